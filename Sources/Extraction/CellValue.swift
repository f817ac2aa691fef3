/// Values read from a single table cell: a score (`73.8`, `73.8%`, `~70`) or a quantity (`256K`, `1.2T`).
enum CellValue {
    private static let score = Pattern(#"^([~≈]?)\s*(\d{1,4}(?:\.\d+)?)\s*%?$"#)

    static var patterns: [Pattern] { [score] }

    /// A plain score; a signed value (`+2.1`, a delta) or several numbers give nil.
    static func number(_ text: String) -> (value: Double, hedged: Bool)? {
        guard let match = score.firstMatch(in: text), let digits = match.group(2),
            let value = Double(text.utf16Slice(digits))
        else { return nil }
        return (value, match.group(1).map { !$0.isEmpty } ?? false)
    }

    /// The one quantity a cell holds (`256K`, `262,144`, `1.2T`), or nil.
    static func quantity(_ text: String, parser: QuantityParser) -> Quantity? {
        let found = parser.quantities(in: text)
        guard found.count == 1, let only = found.first else { return nil }
        let rest = (text.utf16Slice(0..<only.range.lowerBound) + text.utf16Slice(only.fullRange.upperBound..<text.utf16.count))
            .filter { !$0.isWhitespace && !"~≈".contains($0) }
        return rest.isEmpty || rest.lowercased() == "tokens" ? only : nil
    }

    static func isApproximate(_ text: String) -> Bool {
        text.hasPrefix("~") || text.hasPrefix("≈")
    }
}
