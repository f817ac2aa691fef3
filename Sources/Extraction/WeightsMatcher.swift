import Model

/// Whether the weights are open (`open-weights`, `weights are available on Hugging Face`) or closed
/// (`proprietary`, `API-only`, `no downloadable weights`). A negated open cue means closed;
/// a negated closed cue says nothing.
struct WeightsMatcher: SentenceMatcher {
    /// Closed cues that carry their own negation (`weights are not released`): never flipped.
    private static let closedNegated: [Pattern] = [
        Pattern(
            #"\bweights\s+(?:are|were|have|has|will|remain|is)?\s*(?:not|never)\s+(?:been\s+|be\s+|yet\s+)*"#
                + #"(?:released|available|open|published|public|shared|downloadable|provided)\b"#,
            requires: ["weights"]),
        Pattern(#"\b(?:no|without)\s+(?:downloadable\s+|open\s+|public\s+|released\s+)?weights\b"#, requires: ["weights"]),
        Pattern(
            #"\b(?:has|have|did|does|do)\s*(?:not|n't)\s+(?:released|release|published|publish|"#
                + #"open[- ]sourced?|shared|share)"#
                + #"\s+(?:the\s+|its\s+|their\s+)?(?:[\w.-]+\s+){0,3}?weights\b"#,
            requires: ["weights"]),
        Pattern(#"\bweights\s+(?:remain|stay)\s+(?:closed|private|proprietary|unreleased|internal)\b"#, requires: ["weights"]),
        Pattern(#"\bnot\s+(?:been\s+|yet\s+)*open(?:[- ](?:weights?|sourced?))?\b"#, requires: ["open"]),
        Pattern(
            #"\b(?:open[- ])?weights\s*:\s*(?:no|none|closed|proprietary|private|not\s+(?:released|"#
                + #"available))\b"#,
            requires: ["weights"]),
    ]
    /// Closed cues a negation cancels (`is not proprietary`, `no longer API-only`).
    static let closed: [Pattern] = [
        Pattern(
            #"\bproprietary(?:\s+(?:[\w-]+\s+)?(?:model|licen[sc]e|weights|LLM))\b|\b(?:is|remains|"#
                + #"stays)\s+proprietary\b"#,
            requires: ["proprietary"]),
        Pattern(
            #"\bclosed[- ](?:weights?|sourced?)\b(?!\s+models)|\b(?:a|"#
                + #"is)\s+closed\s+(?:[\w-]+\s+)?model\b|\bis\s+closed\b"#,
            requires: ["closed"]),
        Pattern(#"\bAPI[- ]only\b"#, requires: ["api"]),
        Pattern(
            #"\bonly\s+(?:available\s+|accessible\s+|served\s+|offered\s+)?(?:through|via|over|by|on)\s+"#
                + #"(?:the\s+|its\s+|an?\s+)?(?:[\w.'’-]+\s+){0,3}?APIs?\b"#,
            requires: ["api"]),
    ]
    /// Open cues; a negation before one flips it to closed (`is not open-source`).
    private static let open: [Pattern] = [
        Pattern(#"\bopen[- ]weights?\b(?!\s+models)"#, requires: ["open"]),
        // `open-sourced the inference code`: something other than the weights.
        Pattern(#"\bopen[- ]sourced\b(?!\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"# + Self.notWeights + #")"#, requires: ["open"]),
        Pattern(
            #"\b(?:is|are|was|were|be|been|remains?|fully|now)\s+open[- ]source\b|"#
                + #"\bopen[- ]source\s+(?:[\w.-]+\s+){0,2}?(?:model|LLM|weights|release|version|checkpoints?)\b"#,
            requires: ["open"]),
        Pattern(
            #"\bweights\s+(?:are|were|is|have\s+been|has\s+been)\s+(?:now\s+|publicly\s+|freely\s+|also\s+)?"#
                + #"(?:available|released|published|downloadable|public|open)\b"#,
            requires: ["weights"]),
        Pattern(#"\bweights\s+(?:on|via|from|at)\s+(?:Hugging\s?Face|ModelScope|GitHub|Kaggle)\b"#, requires: ["weights"]),
        Pattern(
            #"\b(?:is|are)\s+(?:freely\s+|publicly\s+)?downloadable\b|\bdownloadable\s+(?:weights|"#
                + #"checkpoints?|model)\b"#,
            requires: ["downloadable"]),
        Pattern(
            #"\b(?:released|published|open[- ]sourced|shared|releases|publishes)\s+(?:the\s+|its\s+|their\s+)?"#
                + #"(?:[\w.-]+\s+){0,3}?weights\b"#,
            requires: ["weights"]),
        Pattern(#"\bopen\s+(?!(?:the|a|an|this|that|your|our|its|their)\b)(?:[\w-]+\s+)?model\b"#, requires: ["open"]),
        Pattern(#"\bopenly\s+(?:available|released|releas(?:e|es|ing))\b"#, requires: ["openly"]),
        Pattern(
            #"\b(?:is|are|was)\s+(?:a|an|the)?\s*(?:new\s+|latest\s+)?(?:(?:family|series|collection|suite)\s+of\s+)?"#
                + #"open[- ]weights?\b|,\s+(?:[\w.'’-]+\s+){0,2}?open[- ]weights?\s+(?:models?|LLMs?)\b"#,
            requires: ["open"]),
        Pattern(#"\b(?:open[- ])?weights\s*:\s*(?:yes|open|available|public)\b"#, requires: ["weights"]),
    ]
    /// What a lab open-sources besides weights.
    private static let notWeights =
        #"(?:code|codebase|tokenizer|datasets?|data|framework|library|toolkit|recipes?|evaluations?|harness|scripts?|"#
        + #"pipeline|paper|report|tools?|SDK|agent)\b"#
    /// `not truly open source`, `open, but not open source`: open source in the licence's sense, not the weights'.
    private static let openSourceSense = Pattern(
        #"\b(?:truly|fully|technically|strictly|really|genuinely|actually|true|traditional|OSI|definition|sense)\b"#)
    private static let looseOpen = Pattern(#"\bopen(?:ly)?\b"#, requires: ["open"])
    /// `the open-source Kimi K3`: open only when a model's name follows.
    private static let openSourceAttributive = Pattern(#"\b(open[- ]source)\s+$"#, requires: ["open"])
    private static let negationBefore = Pattern(
        #"\b(?:not(?!\s+only)|no(?:\s+longer)?|never|without|isn't|aren't|wasn't|weren't|nor|"#
            + #"n't)\s+(?:[\w-]+\s+){0,2}$"#)

    private static let cues = WordSet(["open", "weight", "proprietary", "closed", "api", "download"], folding: true)

    static var patterns: [Pattern] { closedNegated + closed + open + [openSourceAttributive, negationBefore, openSourceSense, looseOpen] }

    func findings(in sentence: AnalyzedSentence) -> [Finding] {
        let text = sentence.text
        guard ASCIISearch.containsAny(text, Self.cues) else { return [] }
        var taken: [Range<Int>] = []
        var result: [Finding] = []
        func add(_ value: String, _ range: Range<Int>) {
            taken.append(range)
            result.append(Finding(attribute: .weights, value: .text(value), text: text.utf16Slice(range), figure: range))
        }
        for pattern in Self.closedNegated {
            for match in pattern.matches(in: text) where !taken.contains(where: { $0.overlaps(match.range) }) {
                if isOpenSourceSense(text, cue: match.range, negation: match.range) {
                    taken.append(match.range)
                } else {
                    add("closed", match.range)
                }
            }
        }
        for pattern in Self.closed {
            for match in pattern.matches(in: text) where !taken.contains(where: { $0.overlaps(match.range) }) {
                if negation(text, before: match.range) != nil {
                    taken.append(match.range)
                } else {
                    add("closed", match.range)
                }
            }
        }
        for span in sentence.spans {
            let leadStart = Swift.max(0, span.range.lowerBound - 14)
            let lead = text.utf16Slice(leadStart..<span.range.lowerBound)
            guard let words = Self.openSourceAttributive.firstMatch(in: lead)?.group(1) else { continue }
            let cue = (leadStart + words.lowerBound)..<(leadStart + words.upperBound)
            if !taken.contains(where: { $0.overlaps(cue) }) { add("open", cue) }
        }
        for pattern in Self.open {
            for match in pattern.matches(in: text) where !taken.contains(where: { $0.overlaps(match.range) }) {
                if let negation = negation(text, before: match.range) {
                    // `is not truly open source`, `is open, but not open source`: the licence, not the weights.
                    if isOpenSourceSense(text, cue: match.range, negation: negation) {
                        taken.append(match.range)
                        continue
                    }
                    add("closed", negation.lowerBound..<match.range.upperBound)  // "isn't open-weights"
                } else {
                    add("open", match.range)
                }
            }
        }
        return result
    }

    /// Whether a negated `open source` speaks of the licence's openness: a word like `truly` or another `open` in the
    /// sentence says the weights may well be out.
    private func isOpenSourceSense(_ text: String, cue: Range<Int>, negation: Range<Int>) -> Bool {
        let written = text.utf16Slice(cue).lowercased()
        guard written.contains("source"), !written.contains("sourced") else { return false }
        if Self.openSourceSense.occurs(in: text.utf16Slice(negation.lowerBound..<cue.upperBound)) { return true }
        return Self.looseOpen.matches(in: text).contains { !$0.range.overlaps(cue) && !$0.range.overlaps(negation) }
    }

    /// Where the negation of the cue at `range` starts, if one stands right before it.
    private func negation(_ text: String, before range: Range<Int>) -> Range<Int>? {
        let start = Swift.max(0, range.lowerBound - 30)
        guard let match = Self.negationBefore.firstMatch(in: text.utf16Slice(start..<range.lowerBound)) else { return nil }
        return (start + match.range.lowerBound)..<(start + match.range.upperBound)
    }
}
