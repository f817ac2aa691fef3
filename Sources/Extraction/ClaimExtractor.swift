public import Model

/// Turns a parsed page into claims: every fact its main content states, each with the verbatim
/// sentence or table row as quote and the page's citation.
///
/// ```swift
/// let claims = ClaimExtractor().claims(in: document, citation: citation)
/// // [Claim(model: "kimi-k3", attribute: .releaseDate, value: .text("2026-05-12"), …)]
/// ```
///
/// Sentences go through the `SentenceMatcher`s (release date, weights, license, context window,
/// parameters); tables through `TableReader` (benchmarks, context, parameters). A figure belongs to the
/// model it is attached to in its sentence, or to the page's subject when the sentence names none.
public struct ClaimExtractor: Sendable {
    public let registry: ModelRegistry
    let matchers: [any SentenceMatcher]
    let splitter = SentenceSplitter()
    let filter = FigureFilter()
    let hedges = HedgeDetector()
    let quantityParser = QuantityParser()

    public init(registry: ModelRegistry = .standard) {
        self.registry = registry
        matchers = [
            ReleaseDateMatcher(), WeightsMatcher(), LicenseMatcher(), ContextWindowMatcher(), ParameterCountMatcher(),
            SizeListMatcher(), ModalityMatcher(), PriceMatcher(), LeaderboardMatcher(), BenchmarkScoreMatcher(),
        ]
    }

    /// The day the page was published, as its writer counts days (`…T00:00:00+08:00` is that day, not the UTC
    /// day before it): what "today" means on the page and the day its figures hold as of.
    static func publicationDay(_ document: Document, _ citation: Citation) -> String? {
        if document.published != nil, let day = document.publishedDay { return day }
        return (document.published ?? citation.published).map(Timestamp.day)
    }

    /// Every claim the document's main content states, each with the verbatim sentence or table row as quote.
    public func claims(in document: Document, citation: Citation) -> [Claim] {
        let day = Self.publicationDay(document, citation)
        var page = PageFacts(
            citation: citation, day: day,
            dateParser: WrittenDateReader(defaultYear: day.flatMap { Int($0.prefix(4)) }, today: day))
        page.licenses = Self.namedLicenses(document)
        page.board = (document.title ?? citation.title).flatMap(LeaderboardMatcher.knownBoard(in:))
        let outline = PageOutline(document: document, registry: registry)
        var claims: [Claim] = []
        var announcements: [Claim] = []
        /// A paragraph that is only a label (`Model Release Date:`): the lead of the list items below it.
        var label: String?
        var announced = false
        for (index, block) in document.blocks.enumerated() {
            switch block {
            case .paragraph(let text), .listItem(let text):
                var lead: String?
                if case .listItem = block { lead = label } else { label = Self.isLabel(text) ? text.trimmingSpaces : nil }
                claims += sentenceClaims(
                    in: text, spans: outline.spans(ofBlock: index), subject: outline.subject(ofBlock: index), page: page,
                    lead: lead)
            case .table(let table):
                label = nil
                let previous = index > 0 ? document.blocks[index - 1] : nil
                var headingModel = outline.headingModel(ofBlock: index)
                if headingModel == nil, case .model(let subject) = outline.subject(ofBlock: index) { headingModel = subject }
                claims += tableClaims(
                    in: table, headingModel: headingModel, headings: outline.headings(ofBlock: index),
                    previousBlock: previous, page: page, pageIDs: outline.pageIDs)
            case .heading(let level, let text):
                label = nil
                if level <= 2, !announced { announcements += announcementClaims(heading: text, page: page, announced: &announced) }
            case .preformatted:
                label = nil
            }
        }
        // `Gemini 3.5 Pro launch` over `Google released Gemini 3.5 Pro on September 16`: the date the page states wins
        // over the publication day its heading implies.
        var stated: [ModelID: Set<ClaimValue>] = [:]
        for claim in claims where claim.attribute == .releaseDate { stated[claim.model, default: []].insert(claim.value) }
        let kept = announcements.filter { claim in stated[claim.model].map { $0.contains(claim.value) } ?? true }
        return Self.deduplicated(kept + claims)
    }

    /// The licenses the page names anywhere in its text (what `a custom license` can only mean when it names one).
    private static func namedLicenses(_ document: Document) -> Set<String> {
        var found: Set<String> = []
        for block in document.blocks {
            switch block {
            case .paragraph(let text), .listItem(let text): found.formUnion(LicenseMatcher.namedLicenses(in: text))
            case .heading, .table, .preformatted: continue
            }
        }
        return found
    }

    /// `Model Release Date:`: a short capitalized label ending in a colon, with nothing after it.
    private static func isLabel(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces
        guard trimmed.hasSuffix(":"), trimmed.utf16.count <= 40, let first = trimmed.utf16.first, UTF16Class.isUppercase(first)
        else { return false }
        return !trimmed.dropLast().contains(where: { ".:;!?".contains($0) })
    }

    private static func deduplicated(_ claims: [Claim]) -> [Claim] {
        var seen: Set<ClaimKey> = []
        return claims.filter { claim in
            seen.insert(ClaimKey(claim: claim)).inserted
        }
    }

    private struct ClaimKey: Hashable {
        var model: ModelID
        var attribute: Attribute
        var value: ClaimValue
        var scope: String?
        var tier: String?
        var provider: String?
        var quote: String

        init(claim: Claim) {
            model = claim.model
            attribute = claim.attribute
            value = claim.value
            scope = claim.qualifiers.scope
            tier = claim.qualifiers.tier
            provider = claim.qualifiers.provider
            quote = claim.quote
        }
    }
}

/// What every claim of one page shares: its citation, publication day and date reading.
struct PageFacts: Sendable {
    var citation: Citation
    /// The publication day, the default `as_of`.
    var day: String?
    var dateParser: WrittenDateReader
    /// The licenses the page names (`a custom license` is the one when there is exactly one).
    var licenses: Set<String> = []
    /// The known leaderboard the page's title names (`Text Arena Leaderboard` → `lmarena`), if any.
    var board: String?

    var asOfReader: AsOfReader { AsOfReader(dateParser: dateParser) }
}
