internal import Foundation
import Model

/// When two positions may both be right because the sources mean different things, and why.
///
/// - **One page**: a page states both leading values. A page rarely contradicts itself; it usually means
///   different variants, settings or counting methods in different places (a window and a default config).
/// - **Counting basis**: a parameter count whose quote says how it was counted (`excluding embeddings`,
///   `including the output head`, `unique parameters`) or carries a footnote mark (`Params†`).
/// - **Size class**: a whole-number size (`7B`) within 25% of a more exact count (`8.54B`): names round loosely.
/// - **Total or active**: one side's parameter count is what the model's other sources give for the other
///   count (a leaderboard's `size` column holding the active parameters of a mixture of experts).
/// - **Measurements**: benchmark or index scores that all come from tables (a model card's own results, a
///   comparison column, a leaderboard): each is a measurement, and harness, shots, prompts or metric differ.
///   A score stated in a sentence repeats someone's number, so it can contradict a table.
enum Ambiguity {
    static func reason(_ positions: [Conflict.Position], attribute: Attribute, modelClaims: [Claim]) -> String? {
        let claims = positions.flatMap(\.claims)
        if let page = pageOnBothSides(positions) {
            return "\(page) states both: it may mean different variants or settings"
        }
        if attribute.family.hasPrefix("params_") {
            if claims.contains(where: { hasCountingNote($0.quote) }) {
                return "a source says how it counts parameters: the counting may differ"
            }
            if isSizeClass(positions) {
                return "a rounded size class against a more exact count"
            }
            if let other = counterpart(of: attribute), matchesCounterpart(positions, other: other, modelClaims: modelClaims) {
                return "one side's figure is the model's \(other == .paramsActive ? "active" : "total") parameter count"
            }
        }
        if ["benchmark", "index"].contains(attribute.family), claims.allSatisfy({ isTableRow($0.quote) }) {
            return "scores from different evaluations: harness, shots, prompts or metric may differ"
        }
        return nil
    }

    /// Two leading parameter counts within 25% of each other, one of them only a whole number of millions, billions
    /// or trillions (`7B` against `8.54B`): a model's size class, not a second count.
    private static func isSizeClass(_ positions: [Conflict.Position]) -> Bool {
        guard positions.count >= 2, let a = positions[0].value.number, let b = positions[1].value.number,
            abs(a - b) <= 0.25 * max(abs(a), abs(b))
        else { return false }
        func isWhole(_ position: Conflict.Position) -> Bool {
            position.claims.allSatisfy { claim in
                let numbers = WrittenNumber.all(in: claim.text)
                return numbers.count == 1 && numbers[0].fractionDigits == 0 && numbers[0].power >= 2
            }
        }
        return isWhole(positions[0]) || isWhole(positions[1])
    }

    /// A page with claims on both leading sides: the page itself says both values.
    private static func pageOnBothSides(_ positions: [Conflict.Position]) -> String? {
        guard positions.count >= 2 else { return nil }
        let first = Set(positions[0].claims.map(\.source.url))
        let shared = positions[1].claims.map(\.source.url).first { first.contains($0) }
        guard shared != nil else { return nil }
        return Set(positions.flatMap(\.claims).map(\.source.url)).count == 1 ? "one page" : "a page"
    }

    /// A table row in the stored main text: cells joined by ` | `.
    static func isTableRow(_ quote: String) -> Bool {
        quote.contains(" | ")
    }

    /// `excluding the embedding`, `incl. the head`, `non-embedding`, `unique parameters`, `Params†`, `Params*`.
    private static let countingNote = try? NSRegularExpression(
        pattern: #"(?i)\b(?:exclud\w*|includ\w*|excl\.|incl\.|non-embedding|without\s+(?:the\s+)?embeddings?|unique\s+param\w*)|[†‡§¶]|\w\*(?!\*)"#)

    static func hasCountingNote(_ quote: String) -> Bool {
        countingNote?.firstMatch(in: quote, range: NSRange(quote.startIndex..., in: quote)) != nil
    }

    private static func counterpart(of attribute: Attribute) -> Attribute? {
        switch attribute {
        case .paramsTotal: .paramsActive
        case .paramsActive: .paramsTotal
        default: nil
        }
    }

    /// Whether a position states what another source gives as the other count.
    private static func matchesCounterpart(_ positions: [Conflict.Position], other: Attribute, modelClaims: [Claim]) -> Bool {
        let counterparts = modelClaims.filter { $0.attribute == other }
        guard !counterparts.isEmpty else { return false }
        let agreement = ValueAgreement()
        return positions.contains { position in
            position.claims.contains { claim in
                var asOther = claim
                asOther.attribute = other
                return counterparts.contains { $0.source.url != claim.source.url && agreement.agree(asOther, $0) }
            }
        }
    }
}
