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
        var scope: String?
    }

    /// What surrounds a table: the model its caption or heading names, and whether the heading above
    /// it says its models are the instruction-tuned ones (`Instruction tuned models`).
    struct Context: Sendable {
        var subject: NameSpan?
        var instructTuned = false
        /// The heading says the table is of base (pre-trained) models.
        var baseTuned = false
        /// Every model id the page names.
        var pageIDs: Set<ModelID> = []
        /// The leaderboard the page is (`lmarena`), when its title or headings name a known one: its rank and score
        /// columns are then claims.
        var board: String?
    }

    let registry: ModelRegistry
    let quantityParser: QuantityParser
    let dateParser: WrittenDateReader

    var cellReader: TableCellReader { TableCellReader(quantityParser: quantityParser, dateParser: dateParser) }

    func cells(of table: Table, context: Context) -> [FactCell] {
        let grid = table.rows
        guard !grid.isEmpty else { return [] }
        let names = NamedCells(table: table, registry: registry)
        let header = headerRow(of: table)
        let bodyRows = Array(((header ?? -1) + 1)..<grid.count)
        let width = table.columnCount

        if let header {
            var named: [Int: NameSpan] = [:]
            for column in 1..<Swift.max(1, width) {
                guard let cell = cell(table, header, column), !cell.isSpanCopy,
                    case .model(let span) = names.subject(header, column)
                else { continue }
                named[column] = span
            }
            // `Llama 3 8B` under `Instruction tuned models` is the instruct model, unless the table names
            // its variants itself (`Kimi K2 Instruct | GPT-4.1`: the others are named as they are).
            let variantWords: Set<String> = ["instruct", "chat", "base", "it"]
            let namesVariants = named.values.contains { span in
                span.id.rawValue.split(separator: "-").contains { variantWords.contains(String($0)) }
            }
            var modelColumns: [Int: NameSpan] = [:]
            for (column, span) in named {
                if context.instructTuned, !namesVariants {
                    modelColumns[column] = tunedVariant(of: span, context: context)
                } else if context.baseTuned, context.pageIDs.contains(ModelID(span.id.rawValue + "-base")) {
                    // A base-model table of a lab that names its base models `…-Base` (`DeepSeek-V3-Base`).
                    modelColumns[column] = NameSpan(name: span.name, id: ModelID(span.id.rawValue + "-base"), range: span.range)
                } else {
                    modelColumns[column] = span
                }
            }
            modelColumns = Self.withoutLookalikes(modelColumns, header: table.rows[header])
            if let firstModel = modelColumns.keys.min() {
                let labelColumn = TableLabels.labelColumn(of: table, header: header, before: firstModel)
                let slugs = TableLabels.benchmarkSlugs(
                    of: table, rows: bodyRows, labelColumn: labelColumn, header: header, firstModel: firstModel)
                return bodyRows.flatMap { row in
                    rowFacts(table, row: row, labelColumn: labelColumn, slugs: slugs, models: modelColumns, names: names)
                }
            }
            if let modelColumn = modelColumn(of: table, header: header, bodyRows: bodyRows, names: names) {
                var kinds = (0..<width).map { column -> TableColumnKind in
                    guard column != modelColumn, let label = cell(table, header, column), names.subject(header, column) == .none
                    else { return .ignored }
                    return TableColumnKind.of(label: label.text)
                }
                kinds = TableLabels.distinctBenchmarks(kinds, header: table.rows[header])
                // A row whose model cell is empty continues the model above it (Markdown has no rowspan).
                var rowModels: [Int: (model: NameSpan, text: String)] = [:]
                var previous: (model: NameSpan, text: String)?
                for row in bodyRows {
                    let text = cell(table, row, modelColumn).map { CellText.clean($0.text) } ?? ""
                    if case .model(let span) = names.subject(row, modelColumn) {
                        previous = (span, text)
                    } else if !text.isEmpty {
                        previous = nil
                    }
                    rowModels[row] = previous
                }
                let sizes = SizeColumn(table: table, header: header, bodyRows: bodyRows, kinds: kinds, rowModels: rowModels)
                if let unlabeled = sizes.unlabeledColumn { kinds[unlabeled] = .size }
                return bodyRows.flatMap { row in
                    columnFacts(table, row: row, model: rowModels[row].map { sizes.member($0.model, written: $0.text, row: row, registry: registry) },
                        sizeColumn: sizes.column, kinds: kinds, board: context.board)
                }
            }
        }
        guard let subject = context.subject, width == 2 else { return [] }
        return bodyRows.flatMap { row in
            rowFacts(table, row: row, labelColumn: 0, slugs: nil, models: [1: subject], names: names)
        }
    }

    /// The model a column of an instruction-tuned table names: a lab that calls its base models `…-Base`
    /// gives the tuned one the plain name (`DeepSeek-V3`); else the tuned variant the page names
    /// (`…-Instruct`, `…-Chat`); else the variant with the word its line uses (`Llama 3 8B` →
    /// `llama-3-8b-instruct`, `Llama 2 13B` → `llama-2-13b-chat`, see `ModelRegistry.tunedWords`).
    private func tunedVariant(of span: NameSpan, context: Context) -> NameSpan {
        let id = span.id.rawValue
        if context.pageIDs.contains(ModelID(id + "-base")) { return span }
        for word in ["instruct", "chat", "it"] where context.pageIDs.contains(ModelID(id + "-" + word)) {
            return NameSpan(name: span.name, id: ModelID(id + "-" + word), range: span.range)
        }
        return Self.instructVariant(of: span, word: registry.tunedWord(for: span.id))
    }

    /// `Llama 3 8B` in a table of instruction-tuned models is `llama-3-8b-instruct`; a name that already
    /// says its variant (`-Instruct`, `-Chat`, `-Base`) stays as written.
    static func instructVariant(of span: NameSpan, word: String = "instruct") -> NameSpan {
        let parts = span.id.rawValue.split(separator: "-").map { $0.lowercased() }
        let variants: Set<String> = ["instruct", "chat", "base", "it", "thinking", "reasoning", "pretrained", "pt"]
        guard !parts.contains(where: variants.contains) else { return span }
        return NameSpan(name: span.name, id: ModelID(span.id.rawValue + "-" + word), range: span.range)
    }

    /// Columns whose different headers read as one id (`Llama 3.2 1B bf16`, `Llama 3.2 1B QLoRA`) are
    /// different models this reader cannot name apart: none of them gives a claim.
    static func withoutLookalikes(_ columns: [Int: NameSpan], header: [Table.Cell]) -> [Int: NameSpan] {
        var texts: [ModelID: Set<String>] = [:]
        for (column, span) in columns where header.indices.contains(column) {
            texts[span.id, default: []].insert(CellText.clean(header[column].text).lowercased())
        }
        return columns.filter { (texts[$0.value.id]?.count ?? 0) <= 1 }
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

    /// A row whose label says the attribute, with one value per model column. With `slugs`, a
    /// benchmark row takes its slug from there, and a row missing there (an ambiguous name) gives nothing.
    private func rowFacts(
        _ table: Table, row: Int, labelColumn: Int, slugs: [Int: String]?, models: [Int: NameSpan], names: NamedCells
    ) -> [FactCell] {
        guard let label = cell(table, row, labelColumn), names.subject(row, labelColumn) == .none else { return [] }
        var kind: TableColumnKind
        if let slug = slugs?[row] {
            kind = .benchmark(slug: slug)  // a spanned or empty label continues the benchmark above
        } else {
            guard !label.isSpanCopy else { return [] }
            kind = TableColumnKind.of(label: label.text)
            if case .benchmark = kind, slugs != nil { return [] }
        }
        return models.keys.sorted().flatMap { column -> [FactCell] in
            guard let model = models[column], let cell = cell(table, row, column), !cell.isSpanCopy else { return [] }
            return cellReader.facts(kind: kind, cell: cell.text, model: model, row: row)
        }
    }

    /// A row naming one model, with one value per attribute column.
    private func columnFacts(
        _ table: Table, row: Int, model: NameSpan?, sizeColumn: Int?, kinds: [TableColumnKind], board: String?
    ) -> [FactCell] {
        guard let model else { return [] }
        return kinds.enumerated().flatMap { column, kind -> [FactCell] in
            if let board, kind == .rank || kind == .boardScore, let cell = cell(table, row, column), !cell.isSpanCopy {
                return cellReader.boardFacts(kind: kind, board: board, cell: cell.text, model: model, row: row)
            }
            guard kind.attribute != nil, let cell = cell(table, row, column) else { return [] }
            // A spanned value holds for every row it spans only when the rows are one model's.
            if cell.isSpanCopy, column != sizeColumn { return [] }
            return cellReader.facts(kind: kind, cell: cell.text, model: model, row: row)
        }
    }

    private func cell(_ table: Table, _ row: Int, _ column: Int) -> Table.Cell? {
        guard table.rows.indices.contains(row), table.rows[row].indices.contains(column) else { return nil }
        return table.rows[row][column]
    }
}

/// The models each cell of a table names, read once per table.
struct NamedCells {
    private let subjects: [[PageOutline.Subject]]

    init(table: Table, registry: ModelRegistry) {
        subjects = table.rows.map { row in
            row.map { cell in PageOutline.subject(of: registry.spans(in: Self.lastPathPart(cell.text))) }
        }
    }

    /// A repository path in a cell (`google/gemma-2/flax/gemma2-27b`) names the model of its last part.
    private static func lastPathPart(_ text: String) -> String {
        guard text.contains("/"), !text.contains(" "), !text.contains("://") else { return text }
        return text.split(separator: "/").last.map(String.init) ?? text
    }

    func subject(_ row: Int, _ column: Int) -> PageOutline.Subject {
        guard subjects.indices.contains(row), subjects[row].indices.contains(column) else { return .none }
        return subjects[row][column]
    }
}
