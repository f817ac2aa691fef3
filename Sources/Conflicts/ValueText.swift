internal import Foundation
public import Model

/// A value as a reader expects it: `262,144 tokens`, `1.2T parameters`, `73.8`, `$2.5`, `2026-04-20`, `open`.
public enum ValueText {
    public static func display(_ value: ClaimValue, unit: String?) -> String {
        guard let number = value.number else { return value.description }
        switch unit {
        case "tokens": return grouped(number) + " tokens"
        case "parameters": return compact(number) + " parameters"
        case "usd_per_million_tokens": return "$" + value.description + " per million tokens"
        case "tokens_per_second": return value.description + " tokens/s"
        default: return value.description
        }
    }

    static func grouped(_ number: Double) -> String {
        guard number.rounded() == number, abs(number) < 9e15 else { return String(number) }
        let digits = String(Int64(number).magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (number < 0 ? "-" : "") + result
    }

    static func compact(_ number: Double) -> String {
        for (factor, suffix) in [(1e12, "T"), (1e9, "B"), (1e6, "M")] where abs(number) >= factor {
            let scaled = number / factor
            let text = scaled.rounded() == scaled ? String(Int64(scaled)) : String(format: "%g", scaled)
            return text + suffix
        }
        return grouped(number)
    }
}

extension ValueText {
    /// `5`, `0.5`, `3.5`.
    static func weight(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }
}
