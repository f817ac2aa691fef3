extension AnalyzedSentence {
    private static let attachedOpening = Pattern(
        #"^[\s,(—–-]*(?:which|who|whose|that|[a-z]{3,}ed)\b"#, caseSensitive: true)

    /// Words right before a name that make it what something is compared with (`on par with OpenAI o1`), what it
    /// comes from (`an updated version of Qwen3-235B-A22B`, `based on Llama 3.1`) or what is left out (`except 1B`).
    private static let comparedBefore = Pattern(
        #"\b(?:on par with|compared (?:with|to)|than|like|unlike|rivals?|rivaling|match(?:es|ing)?|"#
            + #"beats?|beating|outperform(?:s|ing)?|surpass(?:es|ing)?|trails?|behind|ahead of|versions? of|"#
            + #"successor (?:to|of)|based on|built on(?: top of)?|fine-?tuned (?:from|on)|distilled from|"#
            + #"derived from|upgrade (?:to|of|over)|same (?:[\w-]+ ){0,3}?as|"#
            // `All sizes except 1B accept images`: a model left out is not what the figure is about.
            + #"except(?: for)?|excluding|other than|apart from|aside from|with the exception of|save for|"#
            // `a tenth of the price of GPT-5.4`, `twice the context of Kimi K2`: a ratio to another model's figure.
            + #"(?:tenth|third|quarter|fifth|half|fraction|multiple|twice|double|triple|times|percent|%)\s+(?:of\s+)?(?:the\s+)?"#
            + #"(?:price|cost|size|speed|context|window|parameters|parameter count)\s+of)\s+(?:[\w.'’-]+\s+)?$|"#
            // `grew from 128K in Mistral Large 2 to 256K`: the model the old value was in.
            + #"\bfrom\s+[^\s,;]+(?:\s+tokens?)?\s+(?:in|on|with|for)\s+(?:the\s+)?$"#)

    /// Words that point back at a model named before this sentence: `the model can handle …`, `its …`.
    private static let pointsBack = Pattern(
        #"\b(?:[Ii]t|[Ii]ts|[Ii]t['’]s|[Tt]he (?:new |latest )?model|[Tt]his (?:new )?model)\b"#, caseSensitive: true)

    /// Between a figure and the name that owns it: `128K window of`, `-token context window of` (a noun of
    /// the figure's, so that `80.0 ahead of` or `instead of` never qualify).
    private static let ofBetween = Pattern(
        #"^[\s-]*(?:[\w-]+\s+){0,2}?(?:window|context|length|limit|score|price|pricing|cost|size|count|"#
            + #"parameters?|params)\s+of\s+(?:the\s+)?$"#)

    /// Members named by size, or several models at once: `the 4B, 12B and 27B models`, `the larger models`.
    private static let otherMembers = Pattern(
        #"\b\d{1,4}(?:\.\d)?[BM]\b(?:[\w\s,-]{0,30}?)\b(?:models?|versions?|variants?)\b|\b(?:models|versions|variants)\b"#,
        caseSensitive: true)

    static var ownershipPatterns: [Pattern] { [attachedOpening, comparedBefore, pointsBack, ofBetween, otherMembers, hungOnName] }

    /// Whether a named model is only what something is compared with: in a comparative clause, or
    /// right after a comparing word.
    func isCompared(_ span: NameSpan) -> Bool {
        if comparativeClauses.contains(clauseIndex(at: span.range.lowerBound)) { return true }
        let before = text.utf16Slice(Swift.max(0, span.range.lowerBound - 30)..<span.range.lowerBound)
        return Self.comparedBefore.occurs(in: before)
    }

    /// `beating DeepSeek-V4 at 77.0%`, `GPT-5.5 with 88.1`: a figure hung on the name right before it.
    private static let hungOnName = Pattern(
        #"^,?\s+(?:at|with|scoring|posting|reaching)\s+(?:about\s+|roughly\s+|around\s+|~\s*)?$"#)

    /// The model named right before a parenthesized figure (`Llama 4 Maverick (~400B)`) or one hung on it
    /// (`beating DeepSeek-V4 at 77.0%`).
    private func nameRightBefore(_ figure: Range<Int>) -> NameSpan? {
        guard let nearest = spans.last(where: { $0.range.upperBound <= figure.lowerBound }) else { return nil }
        let between = text.utf16Slice(nearest.range.upperBound..<figure.lowerBound)
        if Self.hungOnName.occurs(in: between) { return nearest }
        guard between.contains("("), between.allSatisfy({ $0 == " " || $0 == "(" || $0 == "~" || $0 == "≈" }) else { return nil }
        return nearest
    }

    /// Which model the figure at `figure` belongs to.
    ///
    /// In order: a possessive right before it (`Y's 64K`) or an `of` right after (`the 64K window of Y`); the model
    /// a comparison names when the figure is the other side's (`compared with 128K for Y`); the antecedent, when its clause names nobody but points back (`the model`, `it`) before any name and every
    /// name in the sentence is compared with; the one model named in its clause, unless only compared with; the model a relative or
    /// participial clause hangs on (`Kimi K3, released on May 12`, `…, which launched on …`); the one model its
    /// segment (up to `;`, `while`, `but`) names outside comparisons; nobody, when a later segment speaks of other
    /// members or models, or when every name stands in a later segment; the one model the sentence names outside
    /// comparisons. A sentence naming no model leaves it to the page's subject.
    func owner(of figure: Range<Int>) -> Owner {
        guard !spans.isEmpty else { return .subject }
        let clauseIndex = clauseIndex(at: figure.lowerBound)
        let clause = clauseRange(clauseIndex)
        if let possessor = possessor(of: figure, within: clause, spans: spans) ?? ofOwner(of: figure, within: clause) {
            return .model(possessor)
        }
        if let named = nameRightBefore(figure) { return .model(named) }
        // `…, compared with 671B total and 37B active for DeepSeek-V3`: the other side's figures are the compared model's.
        if figureComparisonClauses.contains(clauseIndex) { return comparedOwner(ofClause: clauseIndex) }
        let inClause = spans.filter { clause.contains($0.range.lowerBound) }
        // `The company says the model can handle 260,000 tokens, double the 128K of Qwen3.5-Plus`: a clause that
        // names nobody but points back, before any name, in a sentence whose names are all compared with, is about
        // the model named before. (`With its 1M-token window, Gemini 3 Pro leads` points ahead, at the name the
        // sentence is about; in `Unlike Kimi K2, it reads 256K` the page may be about either.)
        if inClause.isEmpty, spans.allSatisfy(isCompared), !spans.contains(where: { $0.range.lowerBound < figure.lowerBound }),
            Self.pointsBack.occurs(in: text.utf16Slice(0..<figure.lowerBound))
        {
            return .subject
        }
        // A clause whose only names are compared with (`from 128K in Mistral Large 2 to 256K`) does not decide.
        let decidingInClause = inClause.allSatisfy(isCompared) ? [] : inClause
        switch Self.single(decidingInClause) {
        case .model(let span): return .model(span)
        case .unclear: return .unclear
        case .subject: break
        }
        if let attached = attachment(of: clause, spans: spans) { return .model(attached) }
        let principal = spans.filter { !isCompared($0) }
        let segment = segmentRange(at: figure.lowerBound)
        switch Self.single(principal.filter { segment.contains($0.range.lowerBound) }) {
        case .model(let span): return .model(span)
        case .unclear: return .unclear
        case .subject: break
        }
        // `The 1B model reads 32K; the 4B and 12B models read 128K`: a segment about other members, named only
        // by their sizes, is not about the model the sentence named.
        if segment.lowerBound > 0, Self.otherMembers.occurs(in: text.utf16Slice(segment)) { return .unclear }
        // `Weights are on Hugging Face; a distilled Kimi K3-Lite is expected next month`: a name only in a later
        // segment is what that segment is about, not the antecedent of this one.
        if principal.allSatisfy({ $0.range.lowerBound >= segment.upperBound }) { return .unclear }
        if case .model(let span) = Self.single(principal) { return .model(span) }
        return .unclear
    }

    /// The one model named in the run of comparison clauses around `index`, else nobody.
    private func comparedOwner(ofClause index: Int) -> Owner {
        var first = index
        var last = index
        while figureComparisonClauses.contains(first - 1) { first -= 1 }
        while figureComparisonClauses.contains(last + 1) { last += 1 }
        let run = clauseRange(first).lowerBound..<clauseRange(last).upperBound
        if case .model(let span) = Self.single(spans.filter { run.contains($0.range.lowerBound) }) { return .model(span) }
        return .unclear
    }

    /// One distinct model (`.model`), several (`.unclear`) or none (`.subject`).
    private static func single(_ spans: [NameSpan]) -> Owner {
        guard let first = spans.first else { return .subject }
        return Set(spans.map(\.id)).count == 1 ? .model(first) : .unclear
    }

    private func possessor(of figure: Range<Int>, within clause: Range<Int>, spans: [NameSpan]) -> NameSpan? {
        guard
            let nearest = spans.last(where: {
                $0.range.upperBound <= figure.lowerBound && clause.contains($0.range.lowerBound)
            })
        else { return nil }
        let after = text.utf16Slice(nearest.range.upperBound..<Swift.min(text.utf16.count, nearest.range.upperBound + 2))
        return after == "'s" || after == "’s" ? nearest : nil
    }

    /// `the 128K window of Qwen3.5`: the model a figure's noun phrase belongs to, named right after it.
    private func ofOwner(of figure: Range<Int>, within clause: Range<Int>) -> NameSpan? {
        guard let next = spans.first(where: { $0.range.lowerBound >= figure.upperBound && clause.contains($0.range.lowerBound) })
        else { return nil }
        return Self.ofBetween.occurs(in: text.utf16Slice(figure.upperBound..<next.range.lowerBound)) ? next : nil
    }

    /// The model named right before a clause that hangs on it: `Kimi K3, released on …`, `…, which …`.
    private func attachment(of clause: Range<Int>, spans: [NameSpan]) -> NameSpan? {
        guard let before = spans.last(where: { $0.range.upperBound <= clause.lowerBound }),
            text.utf16Slice(before.range.upperBound..<clause.lowerBound).allSatisfy({ $0.isWhitespace || ",(—–-".contains($0) }),
            Self.attachedOpening.occurs(in: text.utf16Slice(clause))
        else { return nil }
        return before
    }
}
