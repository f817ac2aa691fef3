import Model

extension ClaimExtractor {
    /// The claims of one table, each quoting its row.
    private static let instructHeading = Pattern(
        #"\binstruct(?:ion)?[- ]?(?:tuned|following)?\b|\bchat models?\b|\bpost-?trained\b"#,
        requires: ["instruct", "chat", "post"])
    private static let baseHeading = Pattern(#"\b(?:base|pre-?trained)\b"#, requires: ["base", "train"])

    static var tablePatterns: [Pattern] { [instructHeading, baseHeading] }

    /// Whether a heading or caption says the table's models are the instruction-tuned ones.
    static func saysInstructTuned(_ text: String?) -> Bool {
        guard let text else { return false }
        return instructHeading.occurs(in: text) && !baseHeading.occurs(in: text)
    }

    func tableClaims(
        in table: Table, headingModel: NameSpan?, heading: String?, previousBlock: Block?, page: PageFacts,
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
        let context = TableReader.Context(
            subject: captionModel ?? headingModel,
            instructTuned: Self.saysInstructTuned(table.caption) || Self.saysInstructTuned(heading),
            baseTuned: [table.caption, heading].contains { $0.map(Self.baseHeading.occurs(in:)) ?? false }, pageIDs: pageIDs)
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
