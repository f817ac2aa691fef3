/// A cheap first look at a sentence: one with no digit and no word beginning with what a categorical
/// fact needs (weights, licenses) cannot state a fact, so the matchers skip it. The cues count only
/// at the start of a word: "limits" holds no MIT license, "access" no CC one.
enum FactGate {
    private static let cues = WordSet([
        "open", "weight", "proprietary", "closed", "api", "download", "licen", "apache", "mit", "cc", "gpl", "bsd",
        "input", "accept", "take", "ingest", "modalit", "today", "leaderboard", "tops", "place", "rank", "arena", "lmarena",
    ], folding: true, atWordStart: true)

    static func mayStateFacts(_ text: String) -> Bool {
        if text.utf8.contains(where: { (48...57).contains($0) }) { return true }
        return ASCIISearch.containsAny(text, cues)
    }
}
