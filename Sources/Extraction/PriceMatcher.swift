import Model

/// Prices in USD per million tokens: `$0.40/$1.60 per million tokens` (input, then output), `$3 per
/// million input tokens and $15 per million output tokens`, `input: $0.50 / 1M tokens`, `$0.002 per 1K
/// output tokens` (→ $2 per million). A price without a token unit, or per month, image or request, is
/// not one; neither is a blended price that says no side. Qualifiers: `tier` (`cached`, `batch`,
/// `>200k`) and `provider` (`openrouter`), from the words around the price.
struct PriceMatcher: SentenceMatcher {
    private static let money = Pattern(#"(?<![\w.])(?:US)?\$\s?(\d{1,5}(?:,\d{3})*(?:\.\d+)?)(?![\d.]\d)"#, requires: ["$"])
    /// The unit after a price: `per million tokens`, `/1M input tokens`, `/ MTok`, `per 1K tokens`.
    private static let unit = Pattern(
        #"^\s*(?:USD\s*)?(?:/|per|a|for\s+(?:each|every)|for)\s*(?:(1\s*M|1\s*million|one\s+million|million|M|1,000,000|"#
            + #"MTok|Mtok|mtok)|(1\s*K|1,000|one\s+thousand|thousand|K))\s*(?:(input|prompt|output|completion|"#
            + #"cached\s+input|cache\s+hit|cache\s+miss)\s+)?(?:tokens?|toks?)?\b"#)
    /// `$0.40/$1.60`: an input and an output price written as a pair.
    private static let pairJoiner = Pattern(#"^\s*(?:/|and|,)\s*$"#)
    private static let inputCue = Pattern(#"\b(?:input|prompt|reading|read)\b"#)
    private static let outputCue = Pattern(#"\b(?:output|completion|generated|generation|writing|write)\b"#)
    private static let otherRate = Pattern(
        #"^\s*(?:/|per|a|each)\s*(?:month|mo|year|yr|hour|hr|minute|min|second|image|images|request|requests|user|"#
            + #"seat|call|query|page|1K\s+searches|search|video|audio)\b"#)

    /// `longer requests`, `beyond that`: the prompts above a bound the sentence stated for another price.
    private static let aboveThatBound = Pattern(
        #"\b(?:longer|larger|bigger)\s+(?:prompts?|requests?|inputs?|contexts?)\b|\b(?:beyond|above|over|past)\s+that\b"#)

    static var patterns: [Pattern] {
        [money, unit, pairJoiner, inputCue, outputCue, otherRate, aboveThatBound] + PriceQualifiers.patterns
    }

    private let filter = FigureFilter()
    private let hedges = HedgeDetector()

    func findings(in sentence: AnalyzedSentence) -> [Finding] {
        let text = sentence.text
        let prices = Self.money.matches(in: text)
        guard !prices.isEmpty else { return [] }
        let length = text.utf16.count
        let perMillionAnywhere = prices.contains { Self.unit.occurs(in: after($0, text)) }
        guard perMillionAnywhere else { return [] }
        var result: [Finding] = []
        let listed = unitlessList(prices, in: text)
        for (index, price) in prices.enumerated() {
            // `Kimi K3 costs $5/$25, Lite $1/$4 per million tokens`: after prices that state no unit, a price no known
            // name stands before may be another model's, in a list whose names this reader does not know.
            let lastUnitless = listed.last { $0 < index }.map { prices[$0].range.upperBound }
            let named = lastUnitless.map { end in sentence.spans.contains { (end..<price.range.lowerBound).contains($0.range.lowerBound) } }
            guard let digits = price.group(1), named ?? true,
                let amount = Double(text.utf16Slice(digits).replacingOccurrences(of: ",", with: ""))
            else { continue }
            let rest = after(price, text)
            guard !Self.otherRate.occurs(in: rest), !filter.isDelta(text, range: price.range),
                !filter.isBound(text, range: price.range)
            else { continue }
            // The unit: this price's own, else the next price's when the two are a pair (`$0.40/$1.60 per M`).
            var unitMatch = Self.unit.firstMatch(in: rest)
            var pairedWith: PatternMatch?
            if unitMatch == nil, index + 1 < prices.count,
                Self.pairJoiner.occurs(in: text.utf16Slice(price.range.upperBound..<prices[index + 1].range.lowerBound))
            {
                pairedWith = prices[index + 1]
                unitMatch = Self.unit.firstMatch(in: after(prices[index + 1], text))
            }
            let pairedBefore = index > 0
                && Self.pairJoiner.occurs(in: text.utf16Slice(prices[index - 1].range.upperBound..<price.range.lowerBound))
                && Self.unit.firstMatch(in: after(prices[index - 1], text)) == nil
            guard let unitMatch else { continue }
            let scale = unitMatch.group(2) != nil ? 1000.0 : 1.0
            let side: Attribute?
            if let word = unitMatch.group(3).map({ rest.utf16Slice($0).lowercased() }), pairedWith == nil {
                side = word.hasPrefix("out") || word.hasPrefix("comp") ? .priceOutput : .priceInput
            } else if pairedWith != nil {
                side = .priceInput
            } else if pairedBefore {
                side = .priceOutput
            } else {
                side = nearestSide(text, price: price, previous: index > 0 ? prices[index - 1] : nil)
            }
            guard let side else { continue }
            let unitEnd = Swift.min(length, price.range.upperBound + unitMatch.range.upperBound)
            var finding = Finding(
                attribute: side, value: .number((amount * scale * 1_000_000).rounded() / 1_000_000),
                unit: "usd_per_million_tokens", text: text.utf16Slice(price.range.lowerBound..<unitEnd), figure: price.range)
            finding.hedged = hedges.isApproximate(text, before: price.range.lowerBound)
            let clause = sentence.clauseRange(sentence.clauseIndex(at: price.range.lowerBound))
            // `$0.30 ($0.60 for prompts over 200K tokens) and $2.50 …`: a parenthesis that closes before this price
            // qualified the one before it; so did the words before a `;` (`… up to 128K tokens; longer ones cost $3`).
            // A lead stops at the segment (`;`, `while`, `but`) the price stands in.
            let leadStart = Swift.max(index > 0 ? prices[index - 1].range.upperBound : 0, sentence.segmentRange(at: price.range.lowerBound).lowerBound)
            let lead = Self.afterClosedParenthesis(text.utf16Slice(leadStart..<price.range.lowerBound))
            // `$2.00 / 1M tokens (256K–1M)`: a parenthesis right after the unit qualifies this price alone.
            let nextStart = index + 1 < prices.count ? prices[index + 1].range.lowerBound : length
            let tail = text.utf16Slice(unitEnd..<Swift.max(unitEnd, nextStart))
            let parenthesis = tail.drop(while: { $0 == " " }).hasPrefix("(") ? tail : ""
            finding.tier = PriceQualifiers.tier(in: text.utf16Slice(clause)) ?? PriceQualifiers.tier(in: lead)
                ?? PriceQualifiers.tier(in: String(parenthesis))
            result.append(finding)
        }
        // `… for requests up to 128K tokens; longer requests cost $3`: the band above the bound stated before.
        if let bound = result.lazy.compactMap({ $0.tier }).first(where: { $0.hasPrefix("<=") }) {
            for (index, finding) in result.enumerated() where finding.tier == nil {
                let segment = text.utf16Slice(sentence.segmentRange(at: finding.figure.lowerBound))
                if Self.aboveThatBound.occurs(in: segment) { result[index].tier = ">" + bound.dropFirst(2) }
            }
        }
        for (index, finding) in result.enumerated() {
            let siblings = result.filter { $0.attribute == finding.attribute }.map(\.figure)
            result[index].provider = PriceQualifiers.provider(in: sentence, figure: finding.figure, siblings: siblings)
        }
        return result
    }

    /// The prices that state no unit, neither their own nor a pair's (`$5/$25,`), outside parentheses.
    private func unitlessList(_ prices: [PatternMatch], in text: String) -> [Int] {
        prices.indices.filter { index in
            let price = prices[index]
            if Self.unit.occurs(in: after(price, text)) { return false }
            if index + 1 < prices.count,
                Self.pairJoiner.occurs(in: text.utf16Slice(price.range.upperBound..<prices[index + 1].range.lowerBound)),
                Self.unit.occurs(in: after(prices[index + 1], text))
            {
                return false
            }
            let before = text.utf16Slice(0..<price.range.lowerBound)
            return before.filter { $0 == "(" }.count <= before.filter { $0 == ")" }.count
        }
    }

    /// The words after the last `)` of a stretch, or all of it when it closes no parenthesis.
    private static func afterClosedParenthesis(_ lead: String) -> String {
        guard let close = lead.lastIndex(of: ")") else { return lead }
        return String(lead[lead.index(after: close)...])
    }

    private func after(_ match: PatternMatch, _ text: String) -> String {
        text.utf16Slice(match.range.upperBound..<Swift.min(text.utf16.count, match.range.upperBound + 50))
    }

    /// `input: $0.50`, `$3 for input`: the side word nearest the price, before it (up to the previous
    /// price) or right after it.
    private func nearestSide(_ text: String, price: PatternMatch, previous: PatternMatch?) -> Attribute? {
        let start = Swift.max(previous?.range.upperBound ?? 0, price.range.lowerBound - 30)
        let before = text.utf16Slice(start..<price.range.lowerBound)
        let lastInput = Self.inputCue.matches(in: before).last?.range.lowerBound ?? -1
        let lastOutput = Self.outputCue.matches(in: before).last?.range.lowerBound ?? -1
        if lastInput >= 0 || lastOutput >= 0 { return lastOutput > lastInput ? .priceOutput : .priceInput }
        let next = text.utf16Slice(price.range.upperBound..<Swift.min(text.utf16.count, price.range.upperBound + 40))
        let firstInput = Self.inputCue.firstMatch(in: next)?.range.lowerBound ?? Int.max
        let firstOutput = Self.outputCue.firstMatch(in: next)?.range.lowerBound ?? Int.max
        if firstInput == Int.max, firstOutput == Int.max { return nil }
        return firstOutput < firstInput ? .priceOutput : .priceInput
    }
}
