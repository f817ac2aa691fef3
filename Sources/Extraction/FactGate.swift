/// A cheap first look at a sentence: one with no digit and none of the words a categorical fact
/// needs (weights, licenses) cannot state a fact, so the matchers skip it.
enum FactGate {
    private static let cues = WordSet([
        "open", "weight", "proprietary", "closed", "api", "download", "licen", "apache", "mit", "cc", "gpl", "bsd",
        "input", "accept", "take", "ingest", "modalit", "today", "leaderboard", "tops", "place",
    ], folding: true)

    static func mayStateFacts(_ text: String) -> Bool {
        if text.utf8.contains(where: { (48...57).contains($0) }) { return true }
        return ASCIISearch.containsAny(text, cues)
    }
}
