import Model

/// The column of a models-as-rows table that gives each row's size, and whether that size names the
/// row's member: `Llama 2 | 7B` and `Llama 2 | 13B` are two models, `DeepSeek-V3 | 671B` is one.
struct SizeColumn {
    /// A `Size` column, else a total-parameters column, else an unlabeled column of sizes.
    let column: Int?
    /// The column when it has no label but holds only sizes (`Llama-2-Chat | 13B | 62.18`).
    let unlabeledColumn: Int?
    private let labeledSize: Bool
    /// Model names written on several rows (`Llama 2 | 7B`, `Llama 2 | 13B`, or a spanned name).
    private let repeatedNames: Set<String>
    private let table: Table

    init(table: Table, header: Int, bodyRows: [Int], kinds: [TableColumnKind], rowModels: [Int: (model: NameSpan, text: String)]) {
        self.table = table
        repeatedNames = Set(Dictionary(grouping: rowModels.values.map(\.text), by: { $0 }).filter { $0.value.count > 1 }.keys)
        let sizeLabeled = kinds.firstIndex(of: .size)
        let params = kinds.firstIndex { if case .paramsTotal = $0 { true } else { false } }
        var unlabeled: Int?
        if sizeLabeled == nil, params == nil {
            unlabeled = (0..<table.columnCount).first { column in
                guard table.rows[header].indices.contains(column), CellText.clean(table.rows[header][column].text).isEmpty
                else { return false }
                let cells = bodyRows.compactMap { row -> String? in
                    guard table.rows[row].indices.contains(column) else { return nil }
                    let text = CellText.clean(table.rows[row][column].text)
                    return text.isEmpty ? nil : text
                }
                return cells.count >= 2 && cells.allSatisfy { TableCellReader.leadingSize($0) != nil }
            }
        }
        unlabeledColumn = unlabeled
        labeledSize = sizeLabeled != nil || unlabeled != nil
        column = sizeLabeled ?? params ?? unlabeled
    }

    /// The model a row names: its member of the row's size when the size names one (a `Size` column, a
    /// name repeated over rows, or a family that names members by size), else the model as written.
    func member(_ model: NameSpan, written: String, row: Int, registry: ModelRegistry) -> NameSpan {
        guard let column, table.rows.indices.contains(row), table.rows[row].indices.contains(column),
            let size = TableCellReader.leadingSize(table.rows[row][column].text)
        else { return model }
        guard labeledSize || repeatedNames.contains(written) || registry.takesSize(model.id) else { return model }
        return ModelRegistry.member(model, size: size)
    }
}
