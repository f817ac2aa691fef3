import Model

/// Parameter counts: `1.2 trillion total parameters`, `of which 48 billion are activated`, `235B total /
/// 22B active`, `is a 70B model`. A size that is part of a model's name (`Gemma 3 27B`) is not a claim.
struct ParameterCountMatcher: SentenceMatcher {
    private static let activeAfter = Pattern(
        #"^(?:[\s-]*(?:active|activated)\b|\s*(?:parameters?|params?)\s+(?:are\s+)?(?:active|"#
            + #"activated)\b|\s+(?:are|is|were|get|gets)\s+(?:activ\w+|active|used))"#)
    private static let totalAfter = Pattern(
        #"^(?:\s*(?:total\s+)?(?:parameters?|params?)\b|[\s-]*total\b|\s+in\s+total\b|-parameters?\b)"#)
    private static let modelAfter = Pattern(#"^[\s-](?:parameter\s+)?(?:dense\s+|MoE\s+|mixture-of-experts\s+)?model\b"#)
    private static let predicateBefore = Pattern(#"\b(?:is|was|as)\s+(?:a|an)\s+(?:[\w-]+\s+)?$"#)
    private static let activeBefore = Pattern(
        #"\b(?:activates?|activating|activated|active|activation)\s+(?:only\s+)?(?:parameters?\s*:\s*|params?\s*:\s*)?"#
            + #"(?:about\s+|roughly\s+)?$"#)
    private static let totalBefore = Pattern(
        #"\btotal(?:\s+(?:parameter count|parameters|params|size))?\s*:?\s+(?:of\s+)?(?:about\s+|roughly\s+)?$"#)

    /// `Its vision encoder has 400M parameters`, `the router has 50M`: a part of the model, counted on its own.
    private static let componentBefore = Pattern(
        // (`Mixture-of-Experts` names the architecture, no part.)
        #"\b(?<!of[\s-])(?:encoders?|decoders?|embeddings?|embedding\s+layers?|router|routers|adapters?|projectors?|towers?|heads?|"#
            + #"layers?|modules?|components?|backbone|experts?|draft\s+model|vocabulary|tokenizer)\b"#)

    static var patterns: [Pattern] { [activeAfter, totalAfter, modelAfter, predicateBefore, activeBefore, totalBefore, componentBefore] }

    private let filter = FigureFilter()

    /// `Llama 4 Maverick (~400B)`: a size in parentheses right after a model's name.
    private static func sizeAfterName(_ sentence: AnalyzedSentence, _ quantity: Quantity) -> Bool {
        guard quantity.multiplier == .billion || quantity.multiplier == .trillion,
            let name = sentence.spans.last(where: { $0.range.upperBound <= quantity.range.lowerBound })
        else { return false }
        let between = sentence.text.utf16Slice(name.range.upperBound..<quantity.range.lowerBound)
        let after = sentence.text.utf16Slice(quantity.range.upperBound..<Swift.min(sentence.text.utf16.count, quantity.range.upperBound + 1))
        return between.contains("(") && between.allSatisfy { " (~≈".contains($0) } && after == ")"
    }

    func findings(in sentence: AnalyzedSentence) -> [Finding] {
        let text = sentence.text
        var result: [Finding] = []
        // `8B and 70B parameters`: sizes of several members, read by `SizeListMatcher`.
        let counts = sentence.quantities.contains { [.million, .billion, .trillion].contains($0.multiplier) }
        let listed = counts ? Set(SizeListMatcher.listedSizes(in: text).flatMap { $0.map(\.range.lowerBound) }) : []
        for quantity in sentence.quantities where !listed.contains(quantity.range.lowerBound) {
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
                || Self.sizeAfterName(sentence, quantity)
                || (Self.modelAfter.occurs(in: after) && Self.predicateBefore.occurs(in: before))
            {
                attribute = .paramsTotal
            } else {
                continue
            }
            guard quantity.decimalValue >= 1e6 else { continue }
            let clauseStart = sentence.clauseRange(sentence.clauseIndex(at: quantity.range.lowerBound)).lowerBound
            guard !Self.componentBefore.occurs(in: text.utf16Slice(clauseStart..<quantity.range.lowerBound)) else { continue }
            result.append(
                Finding(
                    attribute: attribute, value: .number(quantity.decimalValue), unit: "parameters", text: quantity.text,
                    figure: quantity.range))
        }
        return result
    }
}
