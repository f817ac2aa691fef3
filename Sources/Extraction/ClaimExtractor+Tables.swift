import Model

extension ClaimExtractor {
    /// The claims of one table, each quoting its row.
    private static let instructHeading = Pattern(
        #"\binstruct(?:ion)?[- ]?(?:tuned|following)?\b|\bchat models?\b|\bpost-?trained\b"#,
        requires: ["instruct", "chat", "post"])
    private static let baseHeading = Pattern(#"\b(?:base|pre-?trained)\b"#, requires: ["base", "train"])

    static var tablePatterns: [Pattern] { [instructHeading, baseHeading] }

    /// Whether the headings above a table (or its caption) say its models are instruction-tuned (`true`) or
    /// base (`false`): the innermost heading that says either decides; beyond the innermost, only headings
    /// that name no model count (`Base Model` › `Standard Benchmarks`).
    func tuning(caption: String?, headings: [String]) -> Bool? {
        var candidates = [caption].compactMap { $0 }
        if let innermost = headings.last { candidates.append(innermost) }
        candidates += headings.dropLast().reversed().filter { registry.spans(in: $0).isEmpty }
        for text in candidates {
            if Self.baseHeading.occurs(in: text) { return false }
            if Self.instructHeading.occurs(in: text) { return true }
        }
        return nil
    }

    func tableClaims(
        in table: Table, headingModel: NameSpan?, headings: [String], previousBlock: Block?, page: PageFacts,
        pageIDs: Set<ModelID> = []
    ) -> [Claim] {
        let captionModel: NameSpan? = {
            guard let caption = table.caption, case .model(let span) = PageOutline.subject(of: registry.spans(in: caption))
            else { return nil }
            return span
        }()
        let reader = TableReader(registry: registry, quantityParser: quantityParser, dateParser: page.dateParser)
        var previousText: String?
        if case .paragraph(let text) = previousBlock { previousText = text }
        let asOf = table.caption.flatMap(page.asOfReader.asOf(in:)) ?? previousText.flatMap(page.asOfReader.asOf(in:)) ?? page.day
        let tuning = tuning(caption: table.caption, headings: headings)
        var context = TableReader.Context(
            subject: captionModel ?? headingModel, instructTuned: tuning == true, baseTuned: tuning == false, pageIDs: pageIDs)
        context.board = ([table.caption] + headings.reversed()).lazy.compactMap { $0 }.compactMap(LeaderboardMatcher.knownBoard(in:)).first
            ?? page.board
        return reader.cells(of: table, context: context).compactMap { cell in
            let quote = table.rowText(cell.row)
            guard !quote.isEmpty else { return nil }
            return Claim(
                model: cell.model.id, modelName: cell.model.name, attribute: cell.attribute, value: cell.value,
                unit: cell.unit, text: cell.text, qualifiers: Qualifiers(scope: cell.scope, hedged: cell.hedged, asOf: asOf), quote: quote,
                source: page.citation)
        }
    }
}
