import Model

/// Reads one table cell as the facts it states about one model, by what its column (or row) holds.
struct TableCellReader: Sendable {
    let quantityParser: QuantityParser
    let dateParser: WrittenDateReader

    private static let activeNote = Pattern(#"^\s*\(?\s*(?:activ\w*)\s*\)?"#)
    private static let totalNote = Pattern(#"^\s*\(?\s*total\s*\)?"#)
    private static let rangeJoiner = Pattern(#"^\s*(?:->|→|=>|to|/)\s*$"#)

    func facts(kind: TableColumnKind, cell: String, model: NameSpan, row: Int) -> [TableReader.FactCell] {
        guard let attribute = kind.attribute, !CellText.isEmptyValue(cell) else { return [] }
        let text = CellText.clean(cell).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters }.joined(separator: " ")
        func fact(_ attribute: Attribute, _ value: ClaimValue, unit: String?, hedged: Bool = false, scope: String? = nil)
            -> TableReader.FactCell
        {
            TableReader.FactCell(
                model: model, attribute: attribute, value: value, unit: unit, text: text, hedged: hedged, row: row,
                scope: scope)
        }
        switch kind {
        case .benchmark:
            guard let number = CellValue.number(text) else { return [] }
            return [fact(attribute, .number(number.value), unit: number.value <= 100 ? "percent" : nil, hedged: number.hedged)]
        case .contextWindow, .maxOutputTokens:
            let found = quantityParser.quantities(in: text).filter { $0.tokenValue >= 1000 }
            // `32K -> 128K`: the native window, then the extended one.
            if found.count == 2, kind == .contextWindow,
                Self.rangeJoiner.occurs(in: text.utf16Slice(found[0].fullRange.upperBound..<found[1].range.lowerBound))
            {
                return [
                    fact(attribute, .number(found[0].tokenValue), unit: "tokens", scope: "native"),
                    fact(attribute, .number(found[1].tokenValue), unit: "tokens", scope: "extended"),
                ]
            }
            guard let quantity = CellValue.quantity(text, parser: quantityParser), quantity.tokenValue >= 1000 else { return [] }
            return [fact(attribute, .number(quantity.tokenValue), unit: "tokens", hedged: CellValue.isApproximate(text))]
        case .size:
            return parameterFacts(text, kind: .paramsTotal(scale: 1), scale: 1).map { attribute, value, hedged in
                fact(attribute, .number(value), unit: "parameters", hedged: hedged)
            }
        case .paramsTotal(let scale), .paramsActive(let scale):
            return parameterFacts(text, kind: kind, scale: scale).map { attribute, value, hedged in
                fact(attribute, .number(value), unit: "parameters", hedged: hedged)
            }
        case .releaseDate:
            let dates = dateParser.dates(in: text)
            guard dates.count == 1, let date = dates.first else { return [] }
            return [fact(attribute, .text(date.iso), unit: nil)]
        case .license, .weights:
            let value = kind == .license ? CategoryCell.license(text) : CategoryCell.weights(text)
            return value.map { [fact(attribute, .text($0), unit: nil)] } ?? []
        case .modality:
            return ModalityReader.modality(ofCell: text).map { [fact(attribute, .text($0), unit: nil)] } ?? []
        case .rank, .boardScore, .model, .ignored:
            return []
        }
    }

    /// A rank (`1`, `#2`) or a board's score (`1502`) on the leaderboard `board`, read from a leaderboard's own table.
    func boardFacts(kind: TableColumnKind, board: String, cell: String, model: NameSpan, row: Int) -> [TableReader.FactCell] {
        let text = CellText.clean(cell)
        let attribute: Attribute
        switch kind {
        case .rank: attribute = .rank(board)
        case .boardScore: attribute = .index(board)
        default: return []
        }
        let digits = kind == .rank && text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let number = CellValue.number(digits), number.value > 0, kind != .rank || number.value == number.value.rounded()
        else { return [] }
        return [
            TableReader.FactCell(
                model: model, attribute: attribute, value: .number(number.value), unit: nil, text: text, hedged: number.hedged,
                row: row, scope: nil)
        ]
    }

    /// `70B`; `1B (1.23B)` and `11B (10.6)` (the precise count in parentheses); `17B (Activated) 109B (Total)`;
    /// `1.2T (32B active)`.
    private func parameterFacts(_ text: String, kind: TableColumnKind, scale: Double) -> [(Attribute, Double, Bool)] {
        let found = quantityParser.quantities(in: text)
        guard !found.isEmpty else { return [] }
        let defaultAttribute: Attribute = if case .paramsActive = kind { .paramsActive } else { .paramsTotal }
        func value(_ quantity: Quantity, like reference: Quantity? = nil) -> Double {
            let multiplier = quantity.multiplier == .none ? (reference?.multiplier ?? .none) : quantity.multiplier
            if multiplier == .none { return quantity.decimalValue * scale }
            return (quantity.mantissa * Quantity.decimalFactor(multiplier)).rounded()
        }
        if found.count == 1, let only = found.first {
            let rest = text.utf16Slice(only.range.upperBound..<text.utf16.count)
            let attribute: Attribute = Self.activeNote.occurs(in: rest) ? .paramsActive : defaultAttribute
            let number = value(only)
            return number >= 1e6 ? [(attribute, number, CellValue.isApproximate(text))] : []
        }
        if found.count == 2, text.utf16Slice(found[0].range.upperBound..<found[1].range.lowerBound).trimmingSpaces == "(" {
            // `1.2T (32B active)`: the total, then the active count.
            if Self.activeNote.occurs(in: text.utf16Slice(found[1].range.upperBound..<text.utf16.count)) {
                let total = value(found[0])
                let active = value(found[1], like: found[0])
                return total >= 1e6 && active >= 1e6 ? [(.paramsTotal, total, false), (.paramsActive, active, false)] : []
            }
            // A precise count is close to the rounded one; anything else in parentheses is some other figure.
            let precise = value(found[1], like: found[0])
            let rounded = value(found[0])
            guard precise >= 1e6, rounded > 0, abs(precise - rounded) / rounded <= 0.25 else { return [] }
            return [(defaultAttribute, precise, false)]
        }
        var result: [(Attribute, Double, Bool)] = []
        for (index, quantity) in found.enumerated() {
            let end = index + 1 < found.count ? found[index + 1].range.lowerBound : text.utf16.count
            let note = text.utf16Slice(quantity.range.upperBound..<end)
            let attribute: Attribute
            if Self.activeNote.occurs(in: note) {
                attribute = .paramsActive
            } else if Self.totalNote.occurs(in: note) {
                attribute = .paramsTotal
            } else {
                return []
            }
            let number = value(quantity)
            if number >= 1e6 { result.append((attribute, number, false)) }
        }
        return result
    }

    /// The size a cell starts with (`8B`, `1B (1.23B)` → `1B`), for naming a family's member.
    static func leadingSize(_ text: String) -> String? {
        let first = CellText.clean(text).split(whereSeparator: { $0.isWhitespace || $0 == "(" }).first.map(String.init) ?? ""
        return ModelNameReader.isSize(first, allowThousands: false) ? first : nil
    }
}

extension Substring {
    fileprivate var trimmingCharacters: String { String(self).trimmingSpaces }
}
