internal import Foundation
import Model

/// How serious a disagreement is, what kind it is, and the sentence that explains it.
///
/// | situation | kind | severity |
/// |---|---|---|
/// | time-varying attribute (price, rank, index, speed), claims with different `as_of` | outdated | low |
/// | weights, license, release date, context window, max output, parameters; no side hedged | contradiction | high |
/// | the same, a side whose every claim is hedged | contradiction | medium |
/// | benchmarks and everything else; no side hedged | contradiction | medium |
/// | the same, a side hedged | contradiction | low |
enum ConflictRating {
    static let keyAttributes: Set<Attribute> = [
        .weights, .license, .releaseDate, .contextWindow, .maxOutputTokens, .paramsTotal, .paramsActive,
    ]

    static func conflict(model: ModelID, attribute: Attribute, positions: [Conflict.Position]) -> Conflict {
        let claims = positions.flatMap(\.claims)
        let asOfDays = Set(claims.map { $0.qualifiers.asOf ?? "" })
        let kind: Conflict.Kind = attribute.isTimeVarying && asOfDays.count > 1 ? .outdated : .contradiction
        let hedgedSide = positions.contains { $0.claims.allSatisfy(\.qualifiers.hedged) }
        let severity: Conflict.Severity
        switch (kind, keyAttributes.contains(attribute), hedgedSide) {
        case (.outdated, _, _), (.ambiguous, _, _): severity = .low
        case (.contradiction, true, false): severity = .high
        case (.contradiction, true, true), (.contradiction, false, false): severity = .medium
        case (.contradiction, false, true): severity = .low
        }
        return Conflict(
            model: model, attribute: attribute, severity: severity, kind: kind, positions: positions,
            explanation: explanation(positions, attribute: attribute))
    }

    /// `2 sources say closed; 1 says open`.
    static func explanation(_ positions: [Conflict.Position], attribute: Attribute) -> String {
        positions.enumerated().map { index, position in
            let sources = Set(position.claims.map(\.source.url)).count
            let verb = sources == 1 ? "says" : "say"
            let subject = index == 0 ? (sources == 1 ? "1 source" : "\(sources) sources") : "\(sources)"
            var line = "\(subject) \(verb) \(display(position.value, unit: position.claims.first?.unit))"
            if attribute.isTimeVarying, let day = position.claims.compactMap(\.qualifiers.asOf).max() {
                line += " (as of \(day))"
            }
            return line
        }.joined(separator: "; ")
    }

    /// A value as a reader expects it: `262,144 tokens`, `1.2T parameters`, `73.8`, `2026-04-20`, `open`.
    static func display(_ value: ClaimValue, unit: String?) -> String {
        guard let number = value.number else { return value.description }
        switch unit {
        case "tokens": return grouped(number) + " tokens"
        case "parameters": return compact(number) + " parameters"
        default: return value.description
        }
    }

    private static func grouped(_ number: Double) -> String {
        guard number.rounded() == number, abs(number) < 9e15 else { return String(number) }
        let digits = String(Int64(number).magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (number < 0 ? "-" : "") + result
    }

    private static func compact(_ number: Double) -> String {
        for (factor, suffix) in [(1e12, "T"), (1e9, "B"), (1e6, "M")] where abs(number) >= factor {
            let scaled = number / factor
            let text = scaled.rounded() == scaled ? String(Int64(scaled)) : String(format: "%g", scaled)
            return text + suffix
        }
        return grouped(number)
    }
}
