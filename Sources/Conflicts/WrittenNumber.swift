internal import Foundation

/// A number as a claim's `text` wrote it, and the range of values that writing allows:
/// `262K` is 261.5K…262.5K in 1000- or 1024-based units, `1.2T` is 1.15T…1.25T, `130,000` is
/// 125,000…135,000 (trailing zeros of a large integer are not significant), `73.8` is 73.75…73.85.
/// A rounding allowance never exceeds 5% of the value, so `1M` means 0.95M…1.05M, not 0.5M…1.5M.
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
        guard let regex = Self.number,
            let match = regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)),
            let digitsRange = Range(match.range(at: 1), in: text)
        else { return nil }
        let digits = text[digitsRange].replacingOccurrences(of: ",", with: "")
        let fraction = Range(match.range(at: 2), in: text).map { String(text[$0]) } ?? ""
        guard let value = Double(fraction.isEmpty ? digits : digits + "." + fraction) else { return nil }
        mantissa = value
        fractionDigits = fraction.count
        var multiplier = ""
        if let letter = Range(match.range(at: 3), in: text) { multiplier = text[letter].lowercased() }
        if let word = Range(match.range(at: 4), in: text) { multiplier = String(text[word].lowercased().prefix(1)) }
        switch multiplier {
        case "k": power = 1
        case "m": power = 2
        case "b", "g": power = 3
        case "t": power = 4
        default: power = 0
        }
        if power == 0, fraction.isEmpty, value >= 1000 {
            insignificantZeros = digits.reversed().prefix { $0 == "0" }.count
        } else {
            insignificantZeros = 0
        }
    }

    /// The values this writing allows; `binary` adds the 1024-based reading of K, M, G.
    func intervals(binary: Bool) -> [ClosedRange<Double>] {
        var bases = [pow(1000, Double(power))]
        if binary, power > 0 { bases.append(pow(1024, Double(power))) }
        let halfUnit = fractionDigits > 0 ? 0.5 * pow(10, -Double(fractionDigits)) : 0.5 * pow(10, Double(insignificantZeros))
        return bases.map { base in
            let center = mantissa * base
            let half = Swift.min(halfUnit * base, 0.05 * center)
            return (center - half)...(center + half)
        }
    }
}
