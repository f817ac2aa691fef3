/// Reads the day a text says its facts hold for: `as of May 25, 2026`, `Last updated: May 25, 2026` → `2026-05-25`.
struct AsOfReader: Sendable {
    private static let asOf = Pattern(#"\bas\s+of\s+$|\b(?:last\s+)?updated(?:\s+on)?\s*:?\s*$"#)

    private static let cues = WordSet(["as of", "updated"], folding: true)

    static var patterns: [Pattern] { [asOf] }

    let dateParser: WrittenDateReader

    /// The first `as of DATE` in `text`, as an ISO day (or month).
    func asOf(in text: String) -> String? {
        guard ASCIISearch.containsAny(text, Self.cues) else { return nil }
        for date in dateParser.dates(in: text) {
            let before = text.utf16Slice(Swift.max(0, date.range.lowerBound - 12)..<date.range.lowerBound)
            if Self.asOf.occurs(in: before) { return date.iso }
        }
        return nil
    }
}
