import Model

/// Reads the facts a table states, in either orientation: benchmarks in rows and models in columns
/// (the header row names models), or models in rows and benchmarks in columns (the header row names
/// benchmarks, one column names models). A two-column table under a caption or heading that names
/// one model gives that model's values. Empty cells (`—`, `-`, `N/A`) give nothing.
struct TableReader: Sendable {
    /// One value cell read as a fact.
    struct FactCell: Sendable {
        var model: NameSpan
        var attribute: Attribute
        var value: ClaimValue
        var unit: String?
        var text: String
        var hedged: Bool
        var row: Int
    }

    let registry: ModelRegistry
    let quantityParser: QuantityParser
    let dateParser: WrittenDateReader

    func cells(of table: Table, subject: NameSpan?) -> [FactCell] {
        let grid = table.rows
        guard !grid.isEmpty else { return [] }
        let names = NamedCells(table: table, registry: registry)
        let header = headerRow(of: table)
        let bodyRows = Array(((header ?? -1) + 1)..<grid.count)
        let width = table.columnCount

        if let header {
            var modelColumns: [Int: NameSpan] = [:]
            for column in 1..<Swift.max(1, width) {
                guard let cell = cell(table, header, column), !cell.isSpanCopy,
                    case .model(let span) = names.subject(header, column)
                else { continue }
                modelColumns[column] = span
            }
            if !modelColumns.isEmpty {
                return bodyRows.flatMap { row in
                    rowFacts(table, row: row, labelColumn: 0, models: modelColumns, names: names)
                }
            }
            if let modelColumn = modelColumn(of: table, header: header, bodyRows: bodyRows, names: names) {
                let kinds = (0..<width).map { column -> TableColumnKind in
                    guard column != modelColumn, let label = cell(table, header, column), names.subject(header, column) == .none
                    else { return .ignored }
                    return TableColumnKind.of(label: label.text)
                }
                return bodyRows.flatMap { row in
                    columnFacts(table, row: row, modelColumn: modelColumn, kinds: kinds, names: names)
                }
            }
        }
        guard let subject, width == 2 else { return [] }
        return bodyRows.flatMap { row in rowFacts(table, row: row, labelColumn: 0, models: [1: subject], names: names) }
    }

    // MARK: Orientation

    /// The last header row, or the first row when it is all labels.
    private func headerRow(of table: Table) -> Int? {
        if table.headerRowCount > 0 { return table.headerRowCount - 1 }
        guard let first = table.rows.first else { return nil }
        let labels = first.map { CellText.clean($0.text) }.filter { !$0.isEmpty }
        guard labels.count >= 2, labels.allSatisfy({ CellValue.number($0) == nil }), table.rows.count > 1 else { return nil }
        return 0
    }

    /// The column naming models: one labeled `Model`, else one where most cells name exactly one model.
    private func modelColumn(of table: Table, header: Int, bodyRows: [Int], names: NamedCells) -> Int? {
        for column in 0..<table.columnCount {
            if let label = cell(table, header, column), TableColumnKind.of(label: label.text) == .model { return column }
        }
        for column in 0..<table.columnCount {
            let named = bodyRows.filter { row in
                if case .model = names.subject(row, column) { return true }
                return false
            }
            if !named.isEmpty, named.count * 2 >= bodyRows.count { return column }
        }
        return nil
    }

    // MARK: Facts

    /// A row whose label says the attribute, with one value per model column.
    private func rowFacts(
        _ table: Table, row: Int, labelColumn: Int, models: [Int: NameSpan], names: NamedCells
    ) -> [FactCell] {
        guard let label = cell(table, row, labelColumn), names.subject(row, labelColumn) == .none else { return [] }
        let kind = TableColumnKind.of(label: label.text)
        return models.keys.sorted().compactMap { column in
            guard let model = models[column], let cell = cell(table, row, column), !cell.isSpanCopy else { return nil }
            return fact(kind: kind, cell: cell.text, model: model, row: row)
        }
    }

    /// A row naming one model, with one value per attribute column.
    private func columnFacts(
        _ table: Table, row: Int, modelColumn: Int, kinds: [TableColumnKind], names: NamedCells
    ) -> [FactCell] {
        guard case .model(let model) = names.subject(row, modelColumn) else { return [] }
        return kinds.enumerated().compactMap { column, kind in
            guard kind.attribute != nil, let cell = cell(table, row, column), !cell.isSpanCopy else { return nil }
            return fact(kind: kind, cell: cell.text, model: model, row: row)
        }
    }

    private func fact(kind: TableColumnKind, cell: String, model: NameSpan, row: Int) -> FactCell? {
        guard let attribute = kind.attribute, !CellText.isEmptyValue(cell) else { return nil }
        let text = CellText.clean(cell)
        switch kind {
        case .benchmark:
            guard let number = CellValue.number(text) else { return nil }
            return FactCell(
                model: model, attribute: attribute, value: .number(number.value), unit: number.value <= 100 ? "percent" : nil,
                text: text, hedged: number.hedged, row: row)
        case .contextWindow, .maxOutputTokens:
            guard let quantity = CellValue.quantity(text, parser: quantityParser), quantity.tokenValue >= 1000 else {
                return nil
            }
            return FactCell(
                model: model, attribute: attribute, value: .number(quantity.tokenValue), unit: "tokens", text: text,
                hedged: CellValue.isApproximate(text), row: row)
        case .paramsTotal(let scale), .paramsActive(let scale):
            guard let quantity = CellValue.quantity(text, parser: quantityParser) else { return nil }
            let value = quantity.multiplier == .none ? quantity.decimalValue * scale : quantity.decimalValue
            guard value >= 1e6 else { return nil }
            return FactCell(
                model: model, attribute: attribute, value: .number(value), unit: "parameters", text: text,
                hedged: CellValue.isApproximate(text), row: row)
        case .releaseDate:
            let dates = dateParser.dates(in: text)
            guard dates.count == 1, let date = dates.first else { return nil }
            return FactCell(
                model: model, attribute: attribute, value: .text(date.iso), unit: nil, text: text, hedged: false, row: row)
        case .license, .weights:
            let value = kind == .license ? CategoryCell.license(text) : CategoryCell.weights(text)
            guard let value else { return nil }
            return FactCell(
                model: model, attribute: attribute, value: .text(value), unit: nil, text: text, hedged: false, row: row)
        case .rank, .model, .ignored:
            return nil
        }
    }

    private func cell(_ table: Table, _ row: Int, _ column: Int) -> Table.Cell? {
        guard table.rows.indices.contains(row), table.rows[row].indices.contains(column) else { return nil }
        return table.rows[row][column]
    }
}

/// The models each cell of a table names, read once per table.
private struct NamedCells {
    private let subjects: [[PageOutline.Subject]]

    init(table: Table, registry: ModelRegistry) {
        subjects = table.rows.map { row in row.map { PageOutline.subject(of: registry.spans(in: $0.text)) } }
    }

    func subject(_ row: Int, _ column: Int) -> PageOutline.Subject {
        guard subjects.indices.contains(row), subjects[row].indices.contains(column) else { return .none }
        return subjects[row][column]
    }
}
