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
        ]
    }

    /// Every claim the document's main content states, each with the verbatim sentence or table row as quote.
    public func claims(in document: Document, citation: Citation) -> [Claim] {
        let published = document.published ?? citation.published
        let page = PageFacts(
            citation: citation, day: published.map(Timestamp.day),
            dateParser: WrittenDateReader(
                defaultYear: published.flatMap { Int(Timestamp.day($0).prefix(4)) }, today: published.map(Timestamp.day)))
        let outline = PageOutline(document: document, registry: registry)
        var claims: [Claim] = []
        for (index, block) in document.blocks.enumerated() {
            switch block {
            case .paragraph(let text), .listItem(let text):
                claims += sentenceClaims(
                    in: text, spans: outline.spans(ofBlock: index), subject: outline.subject(ofBlock: index), page: page)
            case .table(let table):
                let previous = index > 0 ? document.blocks[index - 1] : nil
                var headingModel = outline.headingModel(ofBlock: index)
                if headingModel == nil, case .model(let subject) = outline.subject(ofBlock: index) { headingModel = subject }
                claims += tableClaims(
                    in: table, headingModel: headingModel, heading: outline.heading(ofBlock: index),
                    previousBlock: previous, page: page, pageIDs: outline.pageIDs)
            case .heading, .preformatted:
                continue
            }
        }
        return Self.deduplicated(claims)
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
        var quote: String

        init(claim: Claim) {
            model = claim.model
            attribute = claim.attribute
            value = claim.value
            scope = claim.qualifiers.scope
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

    var asOfReader: AsOfReader { AsOfReader(dateParser: dateParser) }
}
