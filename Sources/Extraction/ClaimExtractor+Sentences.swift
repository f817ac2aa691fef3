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
    /// `The original had 64K`, `The smaller version has 16B`, `Last year's model …`: a model other than the one in
    /// view, however the sentence points back.
    private static let sibling = Pattern(
        #"\b(?:the|its|our|their|this|that)\s+(?:[\w-]+\s+)?(?:original|smaller|larger|bigger|lighter|heavier|distilled|"#
            + #"older|earlier|previous|prior|first|cheaper|faster|slower|compact|tiny|little|big)\s+(?:\d+(?:\.\d+)?[BM]\s+)?"#
            + #"(?:model|version|variant|sibling|one|edition|release|checkpoint)s?\b|\bthe\s+original\b|"#
            + #"\blast\s+year['’]s\b|\bpredecessors?\b"#)
    /// A sentence about every model just named: `Both are …`, `They …`, `These models …`.
    private static let plural = Pattern(
        #"^[^A-Za-z]*(?:Both|They|These|All|Each)\b|^[^A-Za-z]*\S+(?:\s+\S+){0,3},\s+these\b"#, caseSensitive: true)
    /// `Neither model accepts images`: a denial about several models, no fact of any one.
    private static let neither = Pattern(#"^[^A-Za-z]*Neither\b"#, caseSensitive: true, requires: ["Neither"])
    /// `Both models …`, `Both are …`: two models at once (`Both the code and the weights …` is no such thing; `All our
    /// models …` is the family in view).
    private static let pair = Pattern(
        #"^[^A-Za-z]*Both\s+(?:of\s+(?:the|these|them)\s+)?(?:new\s+)?(?:models|versions|variants)\b|"#
            + #"^[^A-Za-z]*Both\s+(?:are|were|support|have|offer|ship|use|come)\b"#,
        caseSensitive: true, requires: ["Both"])
    /// `The Pro model costs …` when no model of the page is its Pro: some model, not the one in view.
    private static let namedVariant = Pattern(
        #"\b[Tt]he\s+[A-Z][a-z]+\s+(?:model|version|variant)\b(?!s)"#, caseSensitive: true, requires: ["model", "version", "variant"])
    /// `Sonnet 5 is close behind …`: a sentence opening with a name and a small version number that no known model
    /// took, most likely another model's short name; the page's subject only when its own name ends so (`Opus 5`).
    private static let unknownOpening = Pattern(
        #"^\W*((?:[A-Z][\w.-]*\s+){0,2}[A-Z][A-Za-z]+[\s-]v?\d{1,2}(?:\.\d+)?)(?![\w%]|\.\d)"#, caseSensitive: true)
    /// A price said to be temporary: `introductory pricing`, `a promotional rate`, `that price is introductory`.
    /// It is a stage of its own (a later list price is no contradiction); prices only.
    private static let priceStage = Pattern(
        #"\b(introductory|promotional|limited-time|temporary)\s+(?:[\w-]+\s+)?(?:price|pricing|prices|rates?|"#
            + #"offer|discount)\b|\b(?:price|pricing|prices|rates?)\s+(?:is|are|was|were)\s+(?:only\s+)?"#
            + #"(introductory|promotional|temporary)\b"#,
        requires: ["introductory", "promotional", "limited-time", "temporary"])
    private static let generalAvailability = Pattern(
        #"\b(?:general availability|generally available)\b"#, requires: ["general"])

    /// `8B Instruct: December 9, 2026`: a line about a member the page does not name in full, not the subject.
    private static let memberLabel = Pattern(
        #"^\W*\d{1,4}(?:\.\d{1,2})?[BM](?:-A\d{1,4}(?:\.\d{1,2})?[BM])?(?:[\s-](?:Instruct|Base|Chat|IT|it))?\s*:"#,
        caseSensitive: true)

    /// `and cost $10`, `or reach 2M`: a clause that is a second verb of the clause before.
    private static let coordinatedVerb = Pattern(
        #"^\s*(?:and|or)\s+(?:also\s+)?(?:cost|support|offer|have|feature|handle|accept|run|reach|come|ship|be|get|read|charge)\b"#)

    static var sentencePatterns: [Pattern] {
        [stage, reference, otherModel, sibling, plural, pair, neither, namedVariant, unknownOpening, priceStage,
         generalAvailability, memberLabel, coordinatedVerb, variantInClause]
    }

    /// The claims of one paragraph or list item, sentence by sentence.
    ///
    /// A `lead` (the label a list item stands under: `Model Release Date:`) is read before each sentence,
    /// as if written there; the quote stays the sentence as written.
    func sentenceClaims(
        in block: String, spans blockSpans: [NameSpan], subject: PageOutline.Subject, page: PageFacts, lead: String? = nil
    ) -> [Claim] {
        var claims: [Claim] = []
        /// Models named so far in this block outside comparisons: the antecedent of "It …".
        var named: [NameSpan] = []
        /// The models the previous sentence named outside comparisons: what `Both …` and `They …` mean.
        var previousNamed: [NameSpan] = []
        var blockAsOf: String??
        for range in splitter.sentences(in: block) {
            let quote = block.utf16Slice(range)
            let prefix = lead.map { $0 + " " } ?? ""
            let shift = prefix.utf16.count - range.lowerBound
            let text = prefix + quote
            let spans = blockSpans.filter { range.contains($0.range.lowerBound) && $0.range.upperBound <= range.upperBound }
                .map { span in
                    NameSpan(name: span.name, id: span.id, range: (span.range.lowerBound + shift)..<(span.range.upperBound + shift))
                }
            guard FactGate.mayStateFacts(text) else {
                named += spans
                if !spans.isEmpty { previousNamed = spans }
                continue
            }
            let sentence = AnalyzedSentence(
                text: text, spans: spans, dateParser: page.dateParser, quantityParser: quantityParser)
            defer {
                let principal = sentence.spans.filter { !sentence.isCompared($0) }
                named += principal
                // A sentence that names no model keeps the ones before it in view (`Both are … Released today, these …`).
                if !principal.isEmpty { previousNamed = principal }
            }
            guard !filter.isQuestion(text), !filter.isCounterfactual(sentence: text), !filter.pairsRespectively(text),
                !Self.neither.occurs(in: text)
            else { continue }
            let findings = Self.withoutRepeatedLicenses(
                matchers.flatMap { $0.findings(in: sentence) }.compactMap { resolved($0, page: page) }
            ).sorted { $0.figure.lowerBound < $1.figure.lowerBound }
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
                let lead = coordinatedLead(of: finding.figure.lowerBound, in: sentence)
                guard !filter.isHypothetical(clause: clause), !filter.isFuture(clause: clause),
                    !filter.isFuture(clause: lead), !filter.isHypothetical(clause: lead),
                    !filter.isRefuted(clause: clause),
                    !filter.isSpeculative(text.utf16Slice(sentence.segmentRange(at: finding.figure.lowerBound))),
                    !filter.isRetracted(text.utf16Slice(sentence.segmentRange(at: finding.figure.lowerBound))),
                    !(finding.attribute.isTimeVarying && isBygone(finding, in: sentence)),
                    !(finding.attribute.valueKind == .category && filter.isSuperseded(clause, attribute: finding.attribute))
                else { continue }
                // A stage dates a release or a price wherever the sentence names it; anything else only in its own clause
                // (`a 200K window, with a 1M window in beta`: the 200K is no beta figure).
                var qualifiers = qualifiers
                if qualifiers.stage != nil, !finding.attribute.takesStage,
                    !Self.stage.occurs(in: clause), !Self.generalAvailability.occurs(in: clause)
                {
                    qualifiers.stage = nil
                }
                let model: NameSpan
                switch sentence.owner(of: finding.figure) {
                case .model(let span) where Self.namesOtherVariant(clause, of: span):
                    // `GPT-5.5 reads 1M (272K for the Codex variant)`: the clause speaks of a variant by its word.
                    continue
                case .model(let span): model = span
                case .subject where Self.plural.occurs(in: text) && (2...4).contains(Set(previousNamed.map(\.id)).count):
                    // `Both are …`, `They are …`: each of the models the sentence before named.
                    // `The Kimi K3 models …: Kimi K3 8B … Kimi K3 70B …`: the family's name stands for its members by size
                    // (`GLM-4.5 and GLM-4.5-Air` are two models).
                    let distinct = previousNamed.reduce(into: [NameSpan]()) { list, span in
                        if !list.contains(where: { $0.id == span.id }) { list.append(span) }
                    }.filter { span in !previousNamed.contains { Self.isSizedMember($0.id, of: span.id) } }
                    for span in distinct {
                        guard let owner = owner(span, of: finding) else { continue }
                        drafts.append(claim(finding, owner, qualifiers, sentenceHedged, text, quote: quote, page: page))
                    }
                    continue
                case .subject:
                    // A sentence that names no model states a fact of the page's subject when it points
                    // back at it, or, on a page whose headings name one model, when nothing in it points
                    // at another model.
                    // `Both models …` with no models just named, `The Pro model …` naming none of the page's: not the subject.
                    guard let fallback, !Self.memberLabel.occurs(in: quote), !Self.pair.occurs(in: text),
                        !Self.namedVariant.occurs(in: text), !Self.opensWithOtherName(text, subject: fallback),
                        !Self.sibling.occurs(in: text.utf16Slice(sentence.segmentRange(at: finding.figure.lowerBound))),
                        Self.reference.occurs(in: text) || (subjectIsStated(subject) && !Self.otherModel.occurs(in: text))
                    else { continue }
                    model = fallback
                case .unclear: continue
                }
                guard let owner = owner(model, of: finding) else { continue }
                drafts.append(claim(finding, owner, qualifiers, sentenceHedged, text, quote: quote, page: page))
            }
            claims += Self.withoutSelfContradictions(drafts)
        }
        return claims
    }

    /// Whether the sentence opens with a name and version (``unknownOpening``) the subject's name does not end with.
    private static func opensWithOtherName(_ text: String, subject: NameSpan) -> Bool {
        guard let match = unknownOpening.firstMatch(in: text), let name = match.group(1) else { return false }
        let opening = text.utf16Slice(name).lowercased()
        let words = opening.split(whereSeparator: { $0 == " " || $0 == "-" })
        let subjectWords = subject.name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
        return !subjectWords.reversed().starts(with: words.reversed())
    }

    /// `will support a 10M window and cost $10`: for a clause that goes on with `and`/`or` and a verb of the same
    /// subject, the clauses before it in its segment, whose mood it shares; else nothing.
    private func coordinatedLead(of offset: Int, in sentence: AnalyzedSentence) -> String {
        let index = sentence.clauseIndex(at: offset)
        let range = sentence.clauseRange(index)
        guard index > 0, Self.coordinatedVerb.occurs(in: sentence.text.utf16Slice(range)) else { return "" }
        let segment = sentence.segmentRange(at: offset)
        return sentence.text.utf16Slice(Swift.max(segment.lowerBound, 0)..<range.lowerBound)
    }

    /// `Three weeks ago, Kimi K3 ran at 120 tok/s`, `(previously $2)`: a time the figure's clause, or the sentence's
    /// opening clause when it names no model, sets before the page's day.
    private func isBygone(_ finding: Finding, in sentence: AnalyzedSentence) -> Bool {
        if filter.isBygone(sentence.clause(at: finding.figure.lowerBound)) { return true }
        let opening = sentence.clauseRange(0)
        guard !opening.contains(finding.figure.lowerBound), !sentence.spans.contains(where: { opening.contains($0.range.lowerBound) })
        else { return false }
        return filter.isBygone(sentence.text.utf16Slice(opening))
    }

    private func claim(
        _ finding: Finding, _ model: NameSpan, _ base: Qualifiers, _ sentenceHedged: Bool, _ text: String, quote: String,
        page: PageFacts
    ) -> Claim {
        var qualifiers = base
        if qualifiers.stage == nil, finding.attribute == .priceInput || finding.attribute == .priceOutput,
            let match = Self.priceStage.firstMatch(in: text), let word = match.group(1) ?? match.group(2)
        {
            qualifiers.stage = text.utf16Slice(word).lowercased()
        }
        qualifiers.scope = finding.scope
        qualifiers.tier = finding.tier
        qualifiers.provider = finding.provider
        qualifiers.hedged = sentenceHedged || finding.hedged || hedges.isApproximate(text, before: finding.figure.lowerBound)
        return Claim(
            model: model.id, modelName: model.name, attribute: finding.attribute, value: finding.value, unit: finding.unit,
            text: finding.text, qualifiers: qualifiers, quote: quote, source: page.citation)
    }

    /// `a custom license`: the one license the page names, else nothing.
    private func resolved(_ finding: Finding, page: PageFacts) -> Finding? {
        guard finding.attribute == .license, finding.value == .text(LicenseMatcher.custom) else { return finding }
        guard page.licenses.count == 1, let only = page.licenses.first else { return nil }
        var named = finding
        named.value = .text(only)
        named.resolvedFromCustom = true
        return named
    }

    /// `A custom commercial license, the Llama 3.1 Community License`: the named reading wins.
    private static func withoutRepeatedLicenses(_ findings: [Finding]) -> [Finding] {
        let named = Set(findings.filter { $0.attribute == .license && !$0.resolvedFromCustom }.map(\.value))
        return findings.filter { !($0.resolvedFromCustom && named.contains($0.value)) }
    }

    /// Whether a clause names a variant by its word (`for the Codex variant`) that the model's own name lacks.
    private static func namesOtherVariant(_ clause: String, of span: NameSpan) -> Bool {
        guard let match = variantInClause.firstMatch(in: clause), let word = match.group(1) else { return false }
        return !span.id.rawValue.contains(clause.utf16Slice(word).lowercased())
    }

    /// `for the Codex variant`, `the Pro version`: a variant named by one capitalized word.
    private static let variantInClause = Pattern(
        #"\b(?:for|on|in|with)\s+the\s+([A-Z][a-z]+)\s+(?:model|version|variant|edition|tier)\b(?!s)"#, caseSensitive: true,
        requires: ["model", "version", "variant", "edition", "tier"])

    /// `kimi-k3-8b` of `kimi-k3`: a member the family's id names by its size.
    private static func isSizedMember(_ member: ModelID, of family: ModelID) -> Bool {
        let prefix = family.rawValue + "-"
        guard member.rawValue.hasPrefix(prefix), let next = member.rawValue.dropFirst(prefix.count).first else { return false }
        return next.isASCII && next.isNumber
    }

    /// The model a finding is about: the member its size names (`llama-3` + `8B` → `llama-3-8b`) when it
    /// names one, nothing when the model's family names no members by size, else the model itself.
    private func owner(_ model: NameSpan, of finding: Finding) -> NameSpan? {
        guard let size = finding.member else { return model }
        guard registry.takesSize(model.id) else { return nil }
        return ModelRegistry.member(model, size: size)
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
