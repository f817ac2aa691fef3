import Model

/// Context windows in tokens (`context window of 262,144 tokens`, `2-million-token context window`,
/// `reads 256K tokens natively`, `128K context`) with their scope (`native`, `extended` with YaRN or
/// RoPE scaling, `input-limit`), and maximum output (`Maximum output: 32,768 tokens`), which is never
/// a context window.
struct ContextWindowMatcher: SentenceMatcher {
    private static let sentenceCue = Pattern(
        #"\b(?:context|window|sequence length|natively|native|YaRN|RoPE|long-context|input (?:length|limit|size))\b"#,
        requires: ["context", "window", "sequence", "native", "yarn", "rope", "input"])
    private static let contextWord = Pattern(
        #"\b(?:context|window|sequence length|input|prompt|reads|handles|accepts|ingests|attends over)\b"#)
    /// Words of output length (`generates up to`, `infinite generation`), not `the previous generation` of a model.
    private static let outputWord = Pattern(
        #"\b(?:output|outputs|completions?|(?<!previous\s)(?<!next\s)(?<!latest\s)(?<!current\s)(?<!prior\s)(?<!older\s)"#
            + #"(?<!earlier\s)(?<!last\s)(?<!new\s)(?<!this\s)generat\w*|max_tokens|response length)\b"#)
    private static let contextAfter = Pattern(#"^[\s-]*(?:tokens?[\s-]+)?(?:of\s+)?(?:context|window|ctx)\b"#)
    /// `65,536-token output limit`: the noun right after the figure says it is an output length.
    private static let outputAfter = Pattern(
        #"^[\s-]*(?:tokens?[\s-]+)?(?:max(?:imum)?\s+)?(?:output|completion|generation|response)\s+(?:limit|length|cap|size|window)\b"#)
    private static let contextRightBefore = Pattern(
        #"\bcontext(?:\s+(?:window|length|size))?\s*(?:of|is|:|=|at)?\s*(?:up\s+to\s+)?(?:a\s+)?$|"#
            // `Context length: 32K → 64K`: the new value, after the arrow.
            + #"\bcontext(?:\s+(?:window|length|size))?\s*:?\s*[\d.,]+\s*[KkMm]?\s*(?:tokens?\s*)?"# + FigureFilter.arrow + #"\s*$"#)
    private static let training = Pattern(#"\b(?:train\w*|pre-?train\w*|datasets?|corpus|corpora|tokeniz\w*|vocabular\w*)\b"#,
        requires: ["train", "dataset", "corpus", "corpora", "tokeniz", "vocabular"])
    private static let fineTuning = Pattern(#"\bfine-?tun\w*|\bfinetun\w*"#, requires: ["tun"])
    /// `the sequence length in pre-training is 32,768 tokens`: a length, not a training corpus.
    private static let lengthWord = Pattern(#"\b(?:sequence|context) length\b"#, requires: ["length"])
    private static let rate = Pattern(
        #"^\s*(?:per|/|a|an|each)\s*(?:second|sec|s|minute|min|hour|day|week|month|year|dollar|\$|request|user)\b"#)
    private static let extended = Pattern(
        #"\b(?:YaRN|RoPE|rope[- ]scaling|extend(?:ed|able|s)?|extension|scal(?:ed|ing|es|"#
            + #"able)\s+(?:up\s+)?to|with scaling|extrapolat\w*)\b"#,
        requires: ["yarn", "rope", "extend", "extension", "scal", "extrapolat"])
    /// `which can be extended to 512K`: a bare number a window is extended to, in a sentence about context.
    private static let extendedTo = Pattern(
        #"\b(?:extend(?:ed|s)?|scal(?:ed|es)|stretch(?:ed|es)?)\s+(?:up\s+)?to\s+(?:about\s+)?$"#,
        requires: ["extend", "scal", "stretch"])
    private static let native = Pattern(#"\bnative(?:ly)?\b"#, requires: ["native"])
    /// `a 1M-token window available in beta`, `for some customers`: a larger window offered beyond the standard one.
    private static let limitedAvailability = Pattern(
        #"\b(?:in|as a|via)\s+(?:public\s+|limited\s+)?(?:beta|preview)\b|\bfor\s+(?:some|select|selected|enterprise|eligible)\s+"#
            + #"(?:customers|users|organizations|developers|tiers?)\b|\bon\s+request\b"#,
        requires: ["beta", "preview", "for", "request"])
    private static let inputLimit = Pattern(#"\b(?:max(?:imum)?\s+input|input\s+(?:limit|length|size|tokens))\b"#, requires: ["input"])
    private static let fromBefore = Pattern(#"\bfrom\s+(?:a\s+)?$"#)
    /// `$3 per 1M input tokens`, `$3 / 1M tokens`: a price's unit, not a window.
    private static let perBefore = Pattern(#"(?:\bper|/)\s*$"#)
    private static let rangeJoiner = Pattern(#"^\s*(?:to|-|–|or|/)\s*$"#)
    /// `the free chat app caps conversations at 128K tokens`, `Pro subscribers get 1M`: a product's or plan's limit,
    /// not the model's.
    private static let product = Pattern(
        #"\b(?:apps?|chatbot|web\s+(?:interface|version)|consumer\s+(?:app|product)s?|free\s+(?:tier|plan|users?|version)|"#
            + #"(?:plus|pro|max|team|business|enterprise)\s+(?:plans?|subscribers?|users?|tiers?)|subscribers?|subscriptions?|"#
            + #"ChatGPT|Claude\.ai|Le\s+Chat|Copilot)\b"#,
        requires: ["app", "chatbot", "web", "consumer", "free", "plan", "subscri", "users", "tier", "chatgpt", "claude.ai", "le chat",
                   "copilot"])
    /// `$6 per million output tokens for requests up to 128K tokens`: the bound of a price tier, no window or limit.
    private static let tierBound = Pattern(
        #"\b(?:prompts?|inputs?|requests?|contexts?|calls?|queries)\s+(?:of\s+|that\s+are\s+)?(?:up\s+to|under|below|over|above|"#
            + #"beyond|exceeding|longer\s+than|shorter\s+than|more\s+than|less\s+than|at\s+most|within|<=|≤|<|>)\s*$"#)

    /// `expanded from 128K to 200K tokens`: the end of the change is the window now.
    private static let grown = Pattern(
        #"\b(?:expand\w*|increas\w*|grow\w*|grew|rais\w*|upgrad\w*|doubl\w*|boost\w*)\b"#,
        requires: ["expand", "increas", "grow", "grew", "rais", "upgrad", "doubl", "boost"])
    private static let setting = Pattern(#"\b(?:is|are|was|were)\s+set\s+to\b|\bwe\s+set\b"#, requires: ["set"])
    /// `We ran it with a 32K context window`, `our runs were capped at 200K`: how a tester ran the model, not its limit.
    private static let testerSetting = Pattern(
        #"\b(?:we|I|our\s+(?:tests?|runs?|setup|harness|evaluations?))\s+(?:\w+\s+){0,2}?(?:ran|run|used|set|configured|capped|"#
            + #"limited|tested|chose|restricted|were\s+capped|were\s+limited)\b"#,
        // Any of the verbs (the pronouns, `i` above all, are in nearly every sentence).
        requires: ["ran", "run", "used", "set", "configured", "capped", "limited", "tested", "chose", "restricted"])

    static var patterns: [Pattern] {
        [sentenceCue, contextWord, outputWord, contextAfter, outputAfter, contextRightBefore, training, fineTuning, lengthWord, rate, extended, extendedTo,
         native, limitedAvailability,
         inputLimit, fromBefore, rangeJoiner, product, tierBound, perBefore, grown, setting, testerSetting]
    }

    private let filter = FigureFilter()

    func findings(in sentence: AnalyzedSentence) -> [Finding] {
        guard !sentence.quantities.isEmpty else { return [] }
        let text = sentence.text
        let length = text.utf16.count
        let hasCue = Self.sentenceCue.occurs(in: text)
        let quantities = sentence.quantities
        var result: [Finding] = []
        for (index, quantity) in quantities.enumerated() {
            let value = quantity.tokenValue
            guard value >= 1000 else { continue }
            let previousEnd = index > 0 ? quantities[index - 1].fullRange.upperBound : 0
            let nextStart = index + 1 < quantities.count ? quantities[index + 1].range.lowerBound : length
            let before = text.utf16Slice(previousEnd..<quantity.range.lowerBound)
            let after = text.utf16Slice(quantity.range.upperBound..<nextStart)
            let rightBefore = text.utf16Slice(Swift.max(0, quantity.range.lowerBound - 40)..<quantity.range.lowerBound)
            let followedByContext = Self.contextAfter.occurs(in: after)
            // `from 128K to 1M tokens`: the unit after the second number counts for the first.
            let sharesUnit =
                index + 1 < quantities.count && quantities[index + 1].unitText != nil && Self.rangeJoiner.occurs(in: after)
            guard quantity.unitText != nil || followedByContext || sharesUnit || Self.contextRightBefore.occurs(in: rightBefore)
                || (hasCue && Self.extendedTo.occurs(in: rightBefore))
            else { continue }
            guard !filter.isDelta(text, range: quantity.range), !filter.isBound(text, range: quantity.range)
            else { continue }
            // `from 16,384 tokens to 32,768 tokens`: the ends of a range, unless a window is extended from one to the other.
            if filter.isRangeBound(text, range: quantity.range, unitEnd: quantity.fullRange.upperBound),
                !Self.extended.occurs(in: text), !Self.grown.occurs(in: text)
            {
                continue
            }
            let clauseRange = sentence.clauseRange(sentence.clauseIndex(at: quantity.range.lowerBound))
            let clauseText = text.utf16Slice(clauseRange)
            guard !Self.training.occurs(in: clauseText) || Self.lengthWord.occurs(in: text) else { continue }
            // `The maximum context for fine-tuning is 64K tokens`: a limit of a service around the model.
            guard !Self.fineTuning.occurs(in: text.utf16Slice(sentence.segmentRange(at: quantity.range.lowerBound))) else { continue }
            let unitEnd = quantity.fullRange.upperBound
            guard !Self.rate.occurs(in: text.utf16Slice(unitEnd..<Swift.min(length, unitEnd + 20))),
                !Self.perBefore.occurs(in: rightBefore), !(text.contains("$") && Self.tierBound.occurs(in: rightBefore)),
                !Self.product.occurs(in: text.utf16Slice(sentence.segmentRange(at: quantity.range.lowerBound))),
                !Self.testerSetting.occurs(in: text.utf16Slice(sentence.segmentRange(at: quantity.range.lowerBound)))
            else { continue }

            let lastContext = Self.contextWord.matches(in: before).last?.range.lowerBound ?? -1
            let lastOutput = Self.outputWord.matches(in: before).last?.range.lowerBound ?? -1
            let finding = Finding(
                attribute: .contextWindow, value: .number(value), unit: "tokens", text: quantity.writtenWithUnit,
                figure: quantity.range)
            if lastOutput > lastContext || Self.outputAfter.occurs(in: after) {
                // `the maximum generation length is set to 32,768 tokens`: an evaluation setting, not a limit.
                guard !Self.setting.occurs(in: text) else { continue }
                var output = finding
                output.attribute = .maxOutputTokens
                result.append(output)
            } else if lastContext >= 0 || followedByContext || hasCue {
                var context = finding
                let lead = text.utf16Slice(Swift.max(clauseRange.lowerBound, previousEnd)..<quantity.range.lowerBound)
                let tailEnd = Swift.max(unitEnd, Swift.min(clauseRange.upperBound, nextStart))
                let tail = text.utf16Slice(unitEnd..<tailEnd)
                let inputUnit = quantity.unitText.map { ASCIISearch.contains($0, lowercased: Array("input".utf8)) } ?? false
                context.scope = scope(lead: lead, tail: tail, inputUnit: inputUnit)
                    // `With YaRN, Kimi K3 handles up to 512K tokens`: the cue may open the sentence, before the clause.
                    ?? sentenceScope(before: text.utf16Slice(Swift.min(previousEnd, clauseRange.lowerBound)..<clauseRange.lowerBound))
                result.append(context)
            }
        }
        return result
    }

    /// The scope a cue before the number's clause states, when only one kind of cue is there (`With YaRN, …`).
    private func sentenceScope(before text: String) -> String? {
        let found = [(Self.inputLimit, "input-limit"), (Self.extended, "extended"), (Self.native, "native")]
            .filter { $0.0.occurs(in: text) }.map(\.1)
        return found.count == 1 ? found[0] : nil
    }

    /// The scope the cue nearest the number states: the last cue in its clause before it (`a native
    /// context of 262,144 tokens`, `extended to 1M`), else the first after it (`256K tokens natively`).
    /// `extended from 128K to 1M`: the number extended from is the native one.
    private func scope(lead: String, tail: String, inputUnit: Bool) -> String? {
        let cues: [(Pattern, String)] = [
            (Self.inputLimit, "input-limit"), (Self.extended, "extended"), (Self.native, "native"),
            (Self.limitedAvailability, "extended"),
        ]
        var nearest: (offset: Int, scope: String)?
        for (pattern, scope) in cues {
            guard let last = pattern.matches(in: lead).last else { continue }
            if nearest.map({ last.range.lowerBound > $0.offset }) ?? true { nearest = (last.range.lowerBound, scope) }
        }
        if inputUnit { return "input-limit" }
        if let nearest {
            return nearest.scope == "extended" && Self.fromBefore.occurs(in: lead) ? "native" : nearest.scope
        }
        for (pattern, scope) in cues {
            guard let first = pattern.firstMatch(in: tail) else { continue }
            if nearest.map({ first.range.lowerBound < $0.offset }) ?? true { nearest = (first.range.lowerBound, scope) }
        }
        return nearest?.scope
    }
}
