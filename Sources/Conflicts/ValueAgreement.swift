import Model

/// Whether two values of one attribute say the same thing, at the precision each was written.
///
/// | value kind | agree when |
/// |---|---|
/// | number (tokens) | the ranges their texts allow overlap, K/M read as 1000 or 1024 (`256K` ≈ `262,144` ≈ `262K`) |
/// | number (other) | the ranges overlap in decimal units (`68` ≈ `68.2`, `1.2T` ≈ `1.2 trillion`) |
/// | hedged number | as above, with 10% more room on the hedged side |
/// | date | the same day, or one is a month (`2026-05`) or year the other falls in |
/// | category | the same token, case aside |
struct ValueAgreement: Sendable {
    static let hedgedTolerance = 0.10

    func agree(_ a: Claim, _ b: Claim) -> Bool {
        if a.value == b.value { return true }
        switch a.attribute.valueKind {
        case .date:
            guard let left = a.value.string, let right = b.value.string else { return false }
            return left.hasPrefix(right + "-") || right.hasPrefix(left + "-")
        case .category:
            guard let left = a.value.string, let right = b.value.string else { return false }
            return Self.token(left) == Self.token(right)
        case .number:
            guard a.value.number != nil, b.value.number != nil else {
                return Self.token(a.value.description) == Self.token(b.value.description)
            }
            let binary = a.unit == "tokens" || b.unit == "tokens" || [.contextWindow, .maxOutputTokens].contains(a.attribute)
            let left = intervals(of: a, binary: binary)
            let right = intervals(of: b, binary: binary)
            return left.contains { l in right.contains { r in l.lowerBound < r.upperBound && r.lowerBound < l.upperBound } }
        }
    }

    /// The values a claim allows: its text's rounding ranges and its stored value, widened when hedged.
    func intervals(of claim: Claim, binary: Bool) -> [ClosedRange<Double>] {
        guard let value = claim.value.number else { return [] }
        let exactHalf = Swift.max(abs(value) * 1e-9, 1e-9)
        var ranges: [ClosedRange<Double>] = [(value - exactHalf)...(value + exactHalf)]
        if let written = WrittenNumber(claim.text) {
            let readings = written.intervals(binary: binary)
            // Keep the text's reading only when it is about the stored value (the text may be "2-million-token").
            ranges += readings.filter { range in
                let center = (range.lowerBound + range.upperBound) / 2
                return center == 0 || abs(center - value) / Swift.max(abs(center), abs(value)) < 0.1
            }
        }
        guard claim.qualifiers.hedged else { return ranges }
        return ranges.map { range in
            let center = (range.lowerBound + range.upperBound) / 2
            let room = abs(center) * Self.hedgedTolerance
            return (range.lowerBound - room)...(range.upperBound + room)
        }
    }

    private static func token(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
    }
}
