internal import Foundation

/// A number as a claim's `text` wrote it, and the range of values that writing allows:
/// `262K` is 261.5K…262.5K in 1000- or 1024-based units, `1.2T` is 1.15T…1.25T, `130,000` is
/// 125,000…135,000 (trailing zeros of a large integer are not significant), `73.8` is 73.75…73.85. A token count
/// written as whole thousands (`256,000`) may also be the 1024-based `256K` (262,144).
/// A rounding allowance never exceeds a share of the value (5% unless the caller says otherwise), so `1M` means
/// 0.95M…1.05M, not 0.5M…1.5M. Ranges are half-open in effect: `3B` (2.5B…3.5B) does not reach `3.5B`.
struct WrittenNumber: Sendable {
    private static let number: NSRegularExpression? = try? NSRegularExpression(
        pattern: #"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?([KkMmBbTtGg])(?![A-Za-z])|[\s-]*(thousand|million|billion|trillion))?"#)

    static var isValid: Bool { number != nil }

    var mantissa: Double
    var fractionDigits: Int
    /// 0 for none, 1 for thousand (K), 2 for million (M), 3 for billion (B, G), 4 for trillion (T).
    var power: Int
    /// Trailing zeros of an integer of 1000 or more, written without a multiplier.
    var insignificantZeros: Int

    /// The first number in `text`, or nil when it holds none.
    init?(_ text: String) {
        guard let first = Self.all(in: text).first else { return nil }
        self = first
    }

    private init(mantissa: Double, fractionDigits: Int, power: Int, insignificantZeros: Int) {
        self.mantissa = mantissa
        self.fractionDigits = fractionDigits
        self.power = power
        self.insignificantZeros = insignificantZeros
    }

    /// Every number in `text`, in order: `3B (3.21B)` gives 3B and 3.21B.
    static func all(in text: String) -> [WrittenNumber] {
        guard let regex = number else { return [] }
        let matches = regex.matches(in: text, range: NSRange(location: 0, length: text.utf16.count))
        return matches.compactMap { match in
            guard let digitsRange = Range(match.range(at: 1), in: text) else { return nil }
            let digits = text[digitsRange].replacingOccurrences(of: ",", with: "")
            let fraction = Range(match.range(at: 2), in: text).map { String(text[$0]) } ?? ""
            guard let value = Double(fraction.isEmpty ? digits : digits + "." + fraction) else { return nil }
            var multiplier = ""
            if let letter = Range(match.range(at: 3), in: text) { multiplier = text[letter].lowercased() }
            if let word = Range(match.range(at: 4), in: text) { multiplier = String(text[word].lowercased().prefix(1)) }
            let power =
                switch multiplier {
                case "k": 1
                case "m": 2
                case "b", "g": 3
                case "t": 4
                default: 0
                }
            let zeros = power == 0 && fraction.isEmpty && value >= 1000 ? digits.reversed().prefix { $0 == "0" }.count : 0
            return WrittenNumber(mantissa: value, fractionDigits: fraction.count, power: power, insignificantZeros: zeros)
        }
    }

    /// The values this writing allows; `binary` adds the 1024-based reading of K, M, G; `cap` bounds the rounding
    /// allowance as a share of the value.
    func intervals(binary: Bool, cap: Double = 0.05) -> [ClosedRange<Double>] {
        var bases = [pow(1000, Double(power))]
        if binary, power > 0 { bases.append(pow(1024, Double(power))) }
        let halfUnit = fractionDigits > 0 ? 0.5 * pow(10, -Double(fractionDigits)) : 0.5 * pow(10, Double(insignificantZeros))
        var ranges = bases.map { base in
            let center = mantissa * base
            let half = Swift.min(halfUnit * base, cap * abs(center)) * (1 - 1e-6)
            return (center - half)...(center + half)
        }
        // `256,000 tokens` is how a writer spells 256K, which may be 262,144; `1,000,000` may be 1,048,576.
        if binary, power == 0, fractionDigits == 0 {
            for (zeros, base) in [(6, 1_000_000.0), (3, 1000.0)] where insignificantZeros >= zeros {
                let center = mantissa / base * pow(1024, Double(zeros / 3))
                let half = Swift.min(halfUnit * pow(1.024, Double(zeros / 3)), cap * abs(center)) * (1 - 1e-6)
                ranges.append((center - half)...(center + half))
            }
        }
        return ranges
    }

    /// The value this writing names in decimal units (`262K` → 262,000).
    var decimalValue: Double { mantissa * pow(1000, Double(power)) }
}
