public import Model

extension ClaimExtractor {
    /// The claims of a structured leaderboard read through its column mapping: `table` has a header
    /// row naming the mapped fields (the model field first) and one row per record. Each mapped cell
    /// is a claim about its row's model quoting the row; prose fields are read sentence by sentence.
    public func recordClaims(in table: Table, mapping: RecordMapping, document: Document, citation: Citation) -> [Claim] {
        guard let header = table.rows.first?.map(\.text) else { return [] }
        let day = Self.publicationDay(document, citation)
        let dateReader = WrittenDateReader(defaultYear: day.flatMap { Int($0.prefix(4)) })
        let page = PageFacts(citation: citation, day: day, dateParser: dateReader)
        let values = RecordValueReader(quantityParser: quantityParser, dateParser: dateReader)
        let asOfColumn = mapping.asOf.flatMap { header.firstIndex(of: $0) }
        var claims: [Claim] = []
        for row in table.rows.indices.dropFirst() {
            let cells = table.rows[row]
            guard let name = cells.first?.text, !name.isEmpty else { continue }
            let id = registry.id(forListedName: name)
            guard !id.rawValue.isEmpty else { continue }
            let model = NameSpan(name: name, id: id, range: 0..<0)
            let quote = table.rowText(row)
            let asOf = asOfColumn.flatMap { cells.indices.contains($0) ? dateReader.dates(in: cells[$0].text).first?.iso : nil }
                ?? page.day
            for column in mapping.columns {
                guard let index = header.firstIndex(of: column.fields.joined(separator: "|")), cells.indices.contains(index),
                    let value = values.value(of: cells[index].text, for: column.attribute)
                else { continue }
                claims.append(
                    Claim(
                        model: id, modelName: name, attribute: column.attribute, value: value.value, unit: value.unit,
                        text: cells[index].text, qualifiers: Qualifiers(hedged: value.hedged, asOf: asOf), quote: quote,
                        source: citation))
            }
            for field in mapping.text {
                guard let index = header.firstIndex(of: field), cells.indices.contains(index), !cells[index].text.isEmpty
                else { continue }
                claims += sentenceClaims(in: cells[index].text, spans: registry.spans(in: cells[index].text),
                    subject: .model(model), page: page)
            }
        }
        return claims
    }
}

/// Reads one structured cell as the value of an attribute.
struct RecordValueReader: Sendable {
    let quantityParser: QuantityParser
    let dateParser: WrittenDateReader

    struct Value {
        var value: ClaimValue
        var unit: String?
        var hedged = false
    }

    func value(of raw: String, for attribute: Attribute) -> Value? {
        let text = CellText.clean(raw)
        guard !CellText.isEmptyValue(text) else { return nil }
        switch attribute.family {
        case "benchmark", "index":
            guard let number = CellValue.number(text) else { return nil }
            return Value(value: .number(number.value), unit: attribute.family == "benchmark" ? "percent" : nil, hedged: number.hedged)
        case "rank", "price_input", "price_output", "output_speed":
            let plain = text.hasPrefix("$") ? String(text.dropFirst()) : text
            guard let number = CellValue.number(plain) else { return nil }
            let unit = ["price_input": "usd_per_million_tokens", "price_output": "usd_per_million_tokens",
                        "output_speed": "tokens_per_second"][attribute.family]
            return Value(value: .number(number.value), unit: unit, hedged: number.hedged)
        case "context_window", "max_output_tokens":
            guard let quantity = CellValue.quantity(text, parser: quantityParser), quantity.tokenValue >= 256 else { return nil }
            return Value(value: .number(quantity.tokenValue), unit: "tokens", hedged: CellValue.isApproximate(text))
        case "params_total", "params_active":
            guard let quantity = CellValue.quantity(text, parser: quantityParser) else { return nil }
            // A bare small number in a parameters field is billions, as leaderboards write sizes (`8.0`).
            let value = quantity.multiplier == .none && quantity.decimalValue < 10_000 ? quantity.mantissa * 1e9 : quantity.decimalValue
            guard value >= 1e6 else { return nil }
            return Value(value: .number(value.rounded()), unit: "parameters", hedged: CellValue.isApproximate(text))
        case "release_date":
            let dates = dateParser.dates(in: text)
            guard dates.count == 1, let date = dates.first else { return nil }
            return Value(value: .text(date.iso))
        case "license":
            return CategoryCell.license(text).map { Value(value: .text($0)) }
        case "weights":
            return CategoryCell.weights(text).map { Value(value: .text($0)) }
        case "modality":
            return ModalityReader.modality(ofCell: text).map { Value(value: .text($0)) }
        default:
            return Value(value: .text(text.lowercased()))
        }
    }
}
