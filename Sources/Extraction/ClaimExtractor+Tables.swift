import Model

extension ClaimExtractor {
    /// The claims of one table, each quoting its row.
    func tableClaims(in table: Table, headingModel: NameSpan?, previousBlock: Block?, page: PageFacts) -> [Claim] {
        let captionModel: NameSpan? = {
            guard let caption = table.caption, case .model(let span) = PageOutline.subject(of: registry.spans(in: caption))
            else { return nil }
            return span
        }()
        let reader = TableReader(registry: registry, quantityParser: quantityParser, dateParser: page.dateParser)
        var previousText: String?
        if case .paragraph(let text) = previousBlock { previousText = text }
        let asOf = table.caption.flatMap(page.asOfReader.asOf(in:)) ?? previousText.flatMap(page.asOfReader.asOf(in:)) ?? page.day
        return reader.cells(of: table, subject: captionModel ?? headingModel).compactMap { cell in
            let quote = table.rowText(cell.row)
            guard !quote.isEmpty else { return nil }
            return Claim(
                model: cell.model.id, modelName: cell.model.name, attribute: cell.attribute, value: cell.value,
                unit: cell.unit, text: cell.text, qualifiers: Qualifiers(hedged: cell.hedged, asOf: asOf), quote: quote,
                source: page.citation)
        }
    }
}
