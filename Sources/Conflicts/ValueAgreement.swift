public import Model

/// Whether two values of one attribute say the same thing, at the precision each was written.
///
/// | value kind | agree when |
/// |---|---|
/// | number (tokens) | the ranges their texts allow overlap, K/M read as 1000 or 1024 (`128K` ≈ `131,072` ≈ `130,000`) |
/// | number (parameters) | the same, decimal, at the precision written, up to 20%: `3B` is 2.5B…3.5B (sizes are nominal) |
/// | number (other) | the ranges overlap in decimal units, within 5% at most (`68` ≈ `68.2`, `$2.5` ≈ `$2.50`) |
/// | hedged number | as above, with 10% more room on the hedged side (`~68%` ≈ `70`) |
/// | date | the same day, or one is a month (`2026-05`) or year the other falls in |
/// | category | the same token, case and spacing aside; licenses without punctuation; modalities in any order |
public struct ValueAgreement: Sendable {
    static let hedgedTolerance = 0.10
    /// How far a parameter count's rounding may reach: `3B` is 2.5B…3.5B, `1B` only 0.8B…1.2B.
    static let nominalCap = 0.20

    /// The intervals already worked out, by claim: clustering compares every pair, and reading a text's numbers
    /// once per claim instead of once per pair keeps that cheap. Each `ValueAgreement` has its own.
    private let known = IntervalMemo()

    public init() {}

    public func agree(_ a: Claim, _ b: Claim) -> Bool {
        if a.value == b.value { return true }
        switch a.attribute.valueKind {
        case .date:
            guard let left = a.value.string, let right = b.value.string else { return false }
            return left.hasPrefix(right + "-") || right.hasPrefix(left + "-")
        case .category:
            return Self.categoryKey(a.value.description, a.attribute) == Self.categoryKey(b.value.description, b.attribute)
        case .number:
            guard a.value.number != nil, b.value.number != nil else {
                return Self.categoryKey(a.value.description, a.attribute) == Self.categoryKey(b.value.description, b.attribute)
            }
            let left = intervals(of: a)
            let right = intervals(of: b)
            return left.contains { l in right.contains { r in l.lowerBound < r.upperBound && r.lowerBound < l.upperBound } }
        }
    }

    /// The values a claim allows: its stored value, the rounding range of the number its text writes closest to
    /// that value, widened when hedged.
    func intervals(of claim: Claim) -> [ClosedRange<Double>] {
        guard let value = claim.value.number else { return [] }
        let key = IntervalMemo.Key(
            text: claim.text, value: value, unit: claim.unit, attribute: claim.attribute, hedged: claim.qualifiers.hedged)
        if let known = known.intervals(for: key) { return known }
        let ranges = Self.intervals(of: claim, value: value)
        known.remember(ranges, for: key)
        return ranges
    }

    private static func intervals(of claim: Claim, value: Double) -> [ClosedRange<Double>] {
        let binary = claim.unit == "tokens" || [.contextWindow, .maxOutputTokens].contains(claim.attribute)
        let nominal = claim.unit == "parameters" || claim.attribute.family.hasPrefix("params_")
        let exactHalf = Swift.max(abs(value) * 1e-9, 1e-9)
        var ranges: [ClosedRange<Double>] = [(value - exactHalf)...(value + exactHalf)]
        // The text's reading counts only when it is about the stored value (the text may be "2-million-token",
        // or "3B (3.21B)" with two figures).
        let readings = WrittenNumber.all(in: claim.text).filter {
            Self.distance($0, to: value, binary: binary) <= 0.1 * Swift.max(abs(value), 1e-9)
        }
        let closest = readings.min { Self.distance($0, to: value, binary: binary) < Self.distance($1, to: value, binary: binary) }
        if let closest { ranges += closest.intervals(binary: binary, cap: nominal ? Self.nominalCap : 0.05) }
        guard claim.qualifiers.hedged else { return ranges }
        return ranges.map { range in
            let center = (range.lowerBound + range.upperBound) / 2
            let room = abs(center) * Self.hedgedTolerance
            return (range.lowerBound - room)...(range.upperBound + room)
        }
    }

    /// How loosely a claim pins its value, relative to it: 0 for an exact figure or a day, more for `3B`, a month,
    /// a year or a hedge. Precise claims seed positions first.
    func spread(of claim: Claim) -> Double {
        switch claim.attribute.valueKind {
        case .date: return Double(3 - (claim.value.string?.split(separator: "-").count ?? 3))
        case .category: return 0
        case .number:
            guard let value = claim.value.number, value != 0 else { return 0 }
            let widest = intervals(of: claim).map { $0.upperBound - $0.lowerBound }.max() ?? 0
            return widest / abs(value)
        }
    }

    private static func distance(_ written: WrittenNumber, to value: Double, binary: Bool) -> Double {
        written.intervals(binary: binary).map { range in abs((range.lowerBound + range.upperBound) / 2 - value) }.min()
            ?? .infinity
    }

    /// `Apache 2.0` and `apache-2.0` share a key; `text+image` and `image+text` too.
    static func categoryKey(_ text: String, _ attribute: Attribute) -> String {
        let lowered = text.lowercased()
        switch attribute.family {
        case "license":
            return lowered.filter { $0.isLetter || $0.isNumber }
        case "modality":
            return lowered.split(separator: "+").map { $0.trimmingCharacters() }.sorted().joined(separator: "+")
        default:
            return lowered.split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
        }
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
