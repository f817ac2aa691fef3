import Model

extension ClaimExtractor {
    /// `Introducing Kimi K3`, `Welcome GPT OSS, the new open-source model family from OpenAI!`,
    /// `Qwen3.6 is now available`: a page's title heading that announces models.
    private static let announcement = Pattern(
        #"^\s*(?:Introducing|Announcing|Welcome|Meet|Releasing|Say\s+hello\s+to|Hello,?)\b|\b(?:is|are)\s+(?:here|"#
            + #"out|now\s+available|now\s+live)\b|\b(?:launch(?:es|ed)?|released|unveil(?:s|ed))\s*[:!.]?\s*$"#,
        caseSensitive: true)

    static var announcementPatterns: [Pattern] { [announcement] }

    /// The release date an announcement heading implies: the page's publication day, for each model it
    /// names (at most three, none compared). Only the page's first announcement heading counts.
    func announcementClaims(heading: String, page: PageFacts, announced: inout Bool) -> [Claim] {
        guard let day = page.day, Self.announcement.occurs(in: heading) else { return [] }
        let spans = registry.spans(in: heading)
        let ids = Set(spans.map(\.id))
        guard !ids.isEmpty, ids.count <= 3, !ASCIISearch.containsAny(heading, Self.comparisonWords) else { return [] }
        announced = true
        var seen: Set<ModelID> = []
        return spans.compactMap { span in
            guard seen.insert(span.id).inserted else { return nil }
            return Claim(
                model: span.id, modelName: span.name, attribute: .releaseDate, value: .text(day), text: heading,
                qualifiers: Qualifiers(asOf: day), quote: heading, source: page.citation)
        }
    }

    private static let comparisonWords = WordSet([" vs", "versus", "compared", "than"], folding: true)
}
