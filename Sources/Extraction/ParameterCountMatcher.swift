import Model

/// Parameter counts: `1.2 trillion total parameters`, `of which 48 billion are activated`, `235B total /
/// 22B active`, `is a 70B model`. A size that is part of a model's name (`Gemma 3 27B`) is not a claim.
struct ParameterCountMatcher: SentenceMatcher {
    private static let activeAfter = Pattern(
        #"^(?:[\s-]*(?:active|activated)\b|\s*(?:parameters?|params?)\s+(?:are\s+)?(?:active|"#
            + #"activated)\b|\s+(?:are|is|were|get|gets)\s+(?:activ\w+|active|used))"#)
    private static let totalAfter = Pattern(
        #"^(?:\s*(?:total\s+)?(?:parameters?|params?)\b|[\s-]*total\b|-parameters?\b)"#)
    private static let modelAfter = Pattern(#"^[\s-](?:parameter\s+)?(?:dense\s+|MoE\s+|mixture-of-experts\s+)?model\b"#)
    private static let predicateBefore = Pattern(#"\b(?:is|was|as)\s+(?:a|an)\s+(?:[\w-]+\s+)?$"#)
    private static let activeBefore = Pattern(#"\b(?:activates?|activating|activated|active)\s+(?:only\s+)?(?:about\s+|roughly\s+)?$"#)
    private static let totalBefore = Pattern(
        #"\btotal(?:\s+(?:parameter count|parameters|params|size))?\s+(?:of\s+)?(?:about\s+|roughly\s+)?$"#)

    static var patterns: [Pattern] { [activeAfter, totalAfter, modelAfter, predicateBefore, activeBefore, totalBefore] }

    private let filter = FigureFilter()

    func findings(in sentence: AnalyzedSentence) -> [Finding] {
        let text = sentence.text
        var result: [Finding] = []
        for quantity in sentence.quantities {
            guard [.million, .billion, .trillion].contains(quantity.multiplier), quantity.unitText == nil else { continue }
            guard !filter.isDelta(text, range: quantity.range), !filter.isBound(text, range: quantity.range),
                !filter.isRangeBound(text, range: quantity.range, unitEnd: quantity.range.upperBound)
            else { continue }
            let after = text.utf16Slice(quantity.range.upperBound..<Swift.min(text.utf16.count, quantity.range.upperBound + 40))
            let before = text.utf16Slice(Swift.max(0, quantity.range.lowerBound - 40)..<quantity.range.lowerBound)
            let attribute: Attribute
            if Self.activeAfter.occurs(in: after) || Self.activeBefore.occurs(in: before) {
                attribute = .paramsActive
            } else if Self.totalAfter.occurs(in: after) || Self.totalBefore.occurs(in: before)
                || (Self.modelAfter.occurs(in: after) && Self.predicateBefore.occurs(in: before))
            {
                attribute = .paramsTotal
            } else {
                continue
            }
            guard quantity.decimalValue >= 1e6 else { continue }
            result.append(
                Finding(
                    attribute: attribute, value: .number(quantity.decimalValue), unit: "parameters", text: quantity.text,
                    figure: quantity.range))
        }
        return result
    }
}
