import Model

extension ClaimExtractor {
    private static let stage = Pattern(
        #"\b(?:during|in)\s+(?:the\s+|its\s+)?(?:public\s+|private\s+|limited\s+|early\s+)?(preview|"#
            + #"beta)\b|\bas\s+an?\s+(?:public\s+|early\s+|limited\s+)?(preview|beta)\b"#,
        requires: ["preview", "beta"])

    /// A sentence that names no model but points back at one: `It …`, `The model …`, `This preview …`, its
    /// pronouns, or a spec line (`Context window: 262,144 tokens`). Other model-less sentences
    /// (`Meta also released a 70B-parameter model`) are not about the page's subject.
    private static let reference = Pattern(
        #"^\s*(?:It|Its|It['’]s|This|That)\b|^\s*(?:The|Our|Its|This|That)\s+(?:[\w-]+\s+){0,3}?"#
            + #"(?:model|LLM|weights|preview|release|version|checkpoint|variant|flagship)\b|"#
            + #"^\s*[A-Z][\w ()/.-]{0,40}:\s*\S|\b(?:it|its|it['’]s)\b|\bthe (?:new |latest )?model\b|"#
            + #"^\s*(?i:(?:Model\s+)?(?:Release\s+Date|Licen[cs]e|Context\s+(?:Length|Window)|Input|Output|Parameters))\b|"#
            + #"\b(?:these|the|our|both|all|their)\s+(?:[\w-]+\s+)?models\b|\b(?:the|its) model weights\b|\btheir\b"#,
        caseSensitive: true)
    /// Words that point away from the page's subject: another model, a predecessor, a generic `a 70B model`.
    private static let otherModel = Pattern(
        #"\b(?:another|other|competitors?|rivals?|predecessors?|previous|prior|earlier|older|successors?|"#
            + #"siblings?|also|upcoming|typical|most|many|some)\b|\ban?\s+(?:[\w-]+\s+){0,3}?(?:model|LLM)s?\b|"#
            + #"\b(?:we|you|users?|developers?)\b"#)
    /// A sentence about every model just named: `Both are …`, `They …`, `These models …`.
    private static let plural = Pattern(
        #"^[^A-Za-z]*(?:Both|They|These|All|Each)\b|^[^A-Za-z]*\S+(?:\s+\S+){0,3},\s+these\b"#, caseSensitive: true)
    private static let generalAvailability = Pattern(
        #"\b(?:general availability|generally available)\b"#, requires: ["general"])

    static var sentencePatterns: [Pattern] { [stage, reference, otherModel, plural, generalAvailability] }

    /// The claims of one paragraph or list item, sentence by sentence.
    func sentenceClaims(in block: String, spans blockSpans: [NameSpan], subject: PageOutline.Subject, page: PageFacts)
        -> [Claim]
    {
        var claims: [Claim] = []
        /// Models named so far in this block outside comparisons: the antecedent of "It …".
        var named: [NameSpan] = []
        /// The models the previous sentence named outside comparisons: what `Both …` and `They …` mean.
        var previousNamed: [NameSpan] = []
        var blockAsOf: String??
        for range in splitter.sentences(in: block) {
            let text = block.utf16Slice(range)
            let spans = blockSpans.filter { range.contains($0.range.lowerBound) && $0.range.upperBound <= range.upperBound }
                .map { span in
                    NameSpan(
                        name: span.name, id: span.id,
                        range: (span.range.lowerBound - range.lowerBound)..<(span.range.upperBound - range.lowerBound))
                }
            guard FactGate.mayStateFacts(text) else {
                named += spans
                previousNamed = spans
                continue
            }
            let sentence = AnalyzedSentence(
                text: text, spans: spans, dateParser: page.dateParser, quantityParser: quantityParser)
            defer {
                let principal = sentence.spans.filter { !sentence.isCompared($0) }
                named += principal
                previousNamed = principal
            }
            guard !filter.isQuestion(text), !filter.isCounterfactual(sentence: text), !filter.pairsRespectively(text)
            else { continue }
            let findings = matchers.flatMap { $0.findings(in: sentence) }.sorted {
                $0.figure.lowerBound < $1.figure.lowerBound
            }
            guard !findings.isEmpty else { continue }

            let fallback = antecedent(named: named, subject: subject)
            if blockAsOf == nil { blockAsOf = .some(page.asOfReader.asOf(in: block)) }
            let qualifiers = Qualifiers(
                asOf: page.asOfReader.asOf(in: text) ?? blockAsOf?.flatMap { $0 } ?? page.day,
                stage: Self.stage.firstMatch(in: text).flatMap { match in
                    (match.group(1) ?? match.group(2)).map { text.utf16Slice($0).lowercased() }
                } ?? (Self.generalAvailability.occurs(in: text) ? "ga" : nil))
            let sentenceHedged = hedges.isHedged(sentence: text)
            var drafts: [Claim] = []
            for finding in findings {
                let clause = sentence.clause(at: finding.figure.lowerBound)
                guard !filter.isHypothetical(clause: clause), !filter.isFuture(clause: clause),
                    !filter.isSpeculative(text.utf16Slice(sentence.segmentRange(at: finding.figure.lowerBound)))
                else { continue }
                let model: NameSpan
                switch sentence.owner(of: finding.figure) {
                case .model(let span): model = span
                case .subject where Self.plural.occurs(in: text) && (2...4).contains(Set(previousNamed.map(\.id)).count):
                    // `Both are …`, `They are …`: each of the models the sentence before named.
                    let distinct = previousNamed.reduce(into: [NameSpan]()) { list, span in
                        if !list.contains(where: { $0.id == span.id }) { list.append(span) }
                    }
                    for span in distinct {
                        drafts.append(claim(finding, span, qualifiers, sentenceHedged, text, sentence: sentence, page: page))
                    }
                    continue
                case .subject:
                    // A sentence that names no model states a fact of the page's subject when it points
                    // back at it, or, on a page whose headings name one model, when nothing in it points
                    // at another model.
                    guard let fallback,
                        Self.reference.occurs(in: text) || (subjectIsStated(subject) && !Self.otherModel.occurs(in: text))
                    else { continue }
                    model = fallback
                case .unclear: continue
                }
                drafts.append(claim(finding, model, qualifiers, sentenceHedged, text, sentence: sentence, page: page))
            }
            claims += Self.withoutSelfContradictions(drafts)
        }
        return claims
    }

    private func claim(
        _ finding: Finding, _ model: NameSpan, _ base: Qualifiers, _ sentenceHedged: Bool, _ text: String,
        sentence: AnalyzedSentence, page: PageFacts
    ) -> Claim {
        var qualifiers = base
        qualifiers.scope = finding.scope
        qualifiers.hedged = sentenceHedged || finding.hedged || hedges.isApproximate(text, before: finding.figure.lowerBound)
        return Claim(
            model: model.id, modelName: model.name, attribute: finding.attribute, value: finding.value, unit: finding.unit,
            text: finding.text, qualifiers: qualifiers, quote: text, source: page.citation)
    }

    private func subjectIsStated(_ subject: PageOutline.Subject) -> Bool {
        if case .model = subject { return true }
        return false
    }

    /// The model a sentence that names none refers to: the one model the block named before it,
    /// else the section's or page's subject. Nil when that is unclear.
    private func antecedent(named: [NameSpan], subject: PageOutline.Subject) -> NameSpan? {
        let ids = Set(named.map(\.id))
        if ids.count == 1, let only = named.last { return only }
        if ids.count > 1 { return nil }
        if case .model(let span) = subject { return span }
        return nil
    }

    /// A sentence that gives one model two different categories (open and closed) states neither.
    private static func withoutSelfContradictions(_ claims: [Claim]) -> [Claim] {
        var categories: [String: Set<ClaimValue>] = [:]
        for claim in claims where claim.attribute.valueKind != .number {
            categories[claim.model.rawValue + "|" + claim.attribute.rawValue, default: []].insert(claim.value)
        }
        return claims.filter { claim in
            claim.attribute.valueKind == .number
                || (categories[claim.model.rawValue + "|" + claim.attribute.rawValue]?.count ?? 0) <= 1
        }
    }
}
