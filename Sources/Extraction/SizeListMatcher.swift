import Model

/// Sizes written as a list (`comes in two sizes — 8B and 70B parameters`, `available in 0.6B, 4B and
/// 30B-A3B`): each names a member of the model, with its parameter count; and the `30B-A3B` notation
/// (30B total, 3B activated) on its own (`a 30B-A3B MoE model`).
struct SizeListMatcher: SentenceMatcher {
    /// `8B`, `0.6B`, `235B-A22B`: a size token standing alone (not glued to a name).
    private static let token = Pattern(
        #"(?<![\w.@/-])(\d{1,4}(?:\.\d{1,2})?)([BM])(?:-A(\d{1,4}(?:\.\d{1,2})?)([BM]))?(?!\w|-(?!param)\w|\.\d)"#,
        caseSensitive: true)
    private static let joiner = Pattern(#"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$"#)
    /// What a list of sizes follows: `sizes`, `available in`, `comes in`, a colon or dash.
    private static let listCue = Pattern(
        #"(?:\bsizes?\b|\bavailable\s+in\b|\bcomes?\s+in\b|\boffered\s+in\b|\breleased\s+in\b|\bin\b|"#
            + #"\bvariants?\b|\bversions?\b|[:—–])[^.;]{0,16}$"#)

    static var patterns: [Pattern] { [token, joiner, listCue] }

    /// Whether a digit stands right before a `B` or `M` somewhere in the text: a cheap test before the pattern.
    static func mayHoldSizes(_ text: String) -> Bool {
        var previousIsDigit = false
        for unit in text.utf16 {
            if (unit == 66 || unit == 77), previousIsDigit { return true }
            previousIsDigit = UTF16Class.isDigit(unit)
        }
        return false
    }

    /// The size tokens of a sentence that are part of a list of two or more, as ranges.
    static func listedSizes(in text: String) -> [[PatternMatch]] {
        guard mayHoldSizes(text) else { return [] }
        let tokens = token.matches(in: text)
        var lists: [[PatternMatch]] = []
        var current: [PatternMatch] = []
        for match in tokens {
            if let last = current.last, joiner.occurs(in: text.utf16Slice(last.range.upperBound..<match.range.lowerBound)) {
                current.append(match)
            } else {
                if current.count >= 2 { lists.append(current) }
                current = [match]
            }
        }
        if current.count >= 2 { lists.append(current) }
        return lists
    }

    func findings(in sentence: AnalyzedSentence) -> [Finding] {
        let text = sentence.text
        guard Self.mayHoldSizes(text) else { return [] }
        var result: [Finding] = []
        let lists = Self.listedSizes(in: text)
        let listed = Set(lists.flatMap { $0.map(\.range.lowerBound) })
        for list in lists {
            guard let first = list.first,
                Self.listCue.occurs(in: text.utf16Slice(Swift.max(0, first.range.lowerBound - 40)..<first.range.lowerBound))
            else { continue }
            for match in list where !overlapsName(match.range, sentence) {
                result += counts(match, text: text, member: text.utf16Slice(match.range))
            }
        }
        for match in Self.token.matches(in: text) where match.group(3) != nil && !listed.contains(match.range.lowerBound) {
            guard !overlapsName(match.range, sentence) else { continue }
            result += counts(match, text: text, member: nil)
        }
        return result
    }

    private func overlapsName(_ range: Range<Int>, _ sentence: AnalyzedSentence) -> Bool {
        sentence.spans.contains { $0.range.overlaps(range) }
    }

    /// The total (and activated) count a size token states.
    private func counts(_ match: PatternMatch, text: String, member: String?) -> [Finding] {
        func value(_ digits: Int, _ letter: Int) -> Double? {
            guard let digits = match.group(digits), let letter = match.group(letter),
                let number = Double(text.utf16Slice(digits))
            else { return nil }
            return (number * (text.utf16Slice(letter) == "B" ? 1e9 : 1e6)).rounded()
        }
        var found: [Finding] = []
        if let total = value(1, 2), total >= 1e8 {
            found.append(
                Finding(
                    attribute: .paramsTotal, value: .number(total), unit: "parameters", text: text.utf16Slice(match.range),
                    figure: match.range, member: member))
        }
        if let active = value(3, 4) {
            found.append(
                Finding(
                    attribute: .paramsActive, value: .number(active), unit: "parameters", text: text.utf16Slice(match.range),
                    figure: match.range, member: member))
        }
        return found
    }
}
