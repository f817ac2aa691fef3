internal import Foundation
import Model

/// Reads an HTML `<table>` into a `Table` grid, or says it is a layout table.
///
/// Spans are expanded (copies marked `isSpanCopy`), clamped to `maximumColspan` / `maximumRowspan`,
/// and never extend past the last row. A table is treated as layout (a container, not data) when
/// it nests another table or a heading, has a cell of several paragraphs, is marked
/// `role=presentation`, has a single column, or is a single row without header cells.
struct TableReader {
    static let maximumColspan = 100
    static let maximumRowspan = 1000
    /// A grid stops growing at this many cells, whatever the spans say.
    static let maximumCells = 500_000
    /// A cell with this many paragraphs is page layout, not data.
    static let layoutParagraphs = 3

    let tree: NodeTree
    let excluded: [Bool]

    private struct SourceCell {
        var node: Int
        var isHeader: Bool
        var colspan: Int
        var rowspan: Int
    }

    private struct SourceRow {
        var cells: [SourceCell]
        var inHead: Bool
    }

    /// The data table at `index`, or nil when it is a layout table (or has no cells).
    func table(at index: Int) -> Table? {
        let node = tree[index]
        if let role = node.attribute("role")?.lowercased(), role == "presentation" || role == "none" { return nil }
        guard let (rows, captionNode) = sourceRows(of: index) else { return nil }
        guard !rows.isEmpty else { return nil }
        let text = PlainText(tree: tree, excluded: excluded)
        let grid = expand(rows, text: text)
        let columnCount = grid.map(\.count).max() ?? 0
        guard columnCount > 1 else { return nil }
        if rows.count == 1, !rows[0].cells.contains(where: \.isHeader) { return nil }
        let padded = grid.map { row in row + Array(repeating: Table.Cell(""), count: columnCount - row.count) }

        var headerRows = 0
        while headerRows < rows.count, headerRows < padded.count,
            rows[headerRows].inHead
                || (!rows[headerRows].cells.isEmpty && rows[headerRows].cells.allSatisfy(\.isHeader))
        {
            headerRows += 1
        }
        if headerRows == padded.count, !rows.contains(where: \.inHead) { headerRows = 0 }
        let bodyRows = padded.dropFirst(headerRows)
        let headerColumns =
            bodyRows.isEmpty
            ? 0 : bodyRows.map { row in row.prefix { $0.isHeader }.count }.min() ?? 0
        let caption = captionNode.map { text.line($0) }.flatMap { $0.isEmpty ? nil : $0 }
        return Table(
            caption: caption, rows: padded, headerRowCount: headerRows,
            headerColumnCount: min(headerColumns, columnCount - 1))
    }

    /// The table's own rows (nested tables excluded) and its caption; nil when a table is nested inside.
    private func sourceRows(of table: Int) -> ([SourceRow], Int?)? {
        var rows: [SourceRow] = []
        var caption: Int?
        var headDepthEnd = -1
        var index = table + 1
        let end = tree[table].end
        while index < end {
            let node = tree[index]
            if excluded[index] || !node.isElement {
                index = node.end
                continue
            }
            switch node.name {
            case "table":
                return nil
            case "caption":
                if caption == nil { caption = index }
                index = node.end
                continue
            case "thead":
                headDepthEnd = node.end
            case "tr":
                rows.append(SourceRow(cells: cells(of: index), inHead: index < headDepthEnd))
                if holdsPageContent(index) { return nil }
                index = node.end
                continue
            default:
                break
            }
            index += 1
        }
        return (rows, caption)
    }

    private func cells(of row: Int) -> [SourceCell] {
        tree.childElements(of: row).compactMap { cell -> SourceCell? in
            let node = tree[cell]
            guard !excluded[cell], node.name == "td" || node.name == "th" else { return nil }
            return SourceCell(
                node: cell, isHeader: node.name == "th",
                colspan: Self.span(node.attribute("colspan"), limit: Self.maximumColspan),
                rowspan: Self.span(node.attribute("rowspan"), limit: Self.maximumRowspan))
        }
    }

    /// True when a row holds what only a layout grid would: a nested table, a heading, or a
    /// cell of several paragraphs.
    private func holdsPageContent(_ row: Int) -> Bool {
        var paragraphs = 0
        for index in row + 1..<tree[row].end where tree[index].isElement {
            let name = tree[index].name
            if name == "td" || name == "th" { paragraphs = 0 }
            if name == "table" || tree[index].traits.contains(.heading) { return true }
            if name == "p" {
                paragraphs += 1
                if paragraphs >= Self.layoutParagraphs { return true }
            }
        }
        return false
    }

    /// Lays the cells out on a grid, copying spanned cells into every slot they cover.
    private func expand(_ rows: [SourceRow], text: PlainText) -> [[Table.Cell]] {
        var grid: [[Table.Cell?]] = Array(repeating: [], count: rows.count)
        var cellCount = 0
        for (rowIndex, row) in rows.enumerated() {
            var column = 0
            for source in row.cells {
                while column < grid[rowIndex].count, grid[rowIndex][column] != nil { column += 1 }
                let original = Table.Cell(text.line(source.node), isHeader: source.isHeader || row.inHead)
                let lastRow = min(rowIndex + source.rowspan, rows.count)
                for spanRow in rowIndex..<lastRow {
                    for spanColumn in column..<(column + source.colspan) {
                        guard cellCount < Self.maximumCells else { break }
                        var cell = original
                        cell.isSpanCopy = spanRow != rowIndex || spanColumn != column
                        if grid[spanRow].count <= spanColumn {
                            grid[spanRow].append(contentsOf: Array(repeating: nil, count: spanColumn + 1 - grid[spanRow].count))
                        }
                        if grid[spanRow][spanColumn] == nil {
                            grid[spanRow][spanColumn] = cell
                            cellCount += 1
                        }
                    }
                }
                column += source.colspan
            }
        }
        return grid.map { row in row.map { $0 ?? Table.Cell("") } }
    }

    private static func span(_ value: String?, limit: Int) -> Int {
        guard let value else { return 1 }
        let digits = value.trimmingCharacters(in: .whitespaces).prefix { $0.isASCII && $0.isNumber }
        guard let number = Int(digits.prefix(6)), number > 0 else { return 1 }
        return min(number, limit)
    }
}
