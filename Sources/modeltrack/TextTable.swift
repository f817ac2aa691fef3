/// Columns aligned with spaces, a header line, long cells cut with an ellipsis.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []
    /// The widest a column may grow; longer cells are truncated.
    var maxWidths: [Int]

    init(headers: [String], maxWidths: [Int]? = nil) {
        self.headers = headers
        self.maxWidths = maxWidths ?? Array(repeating: 60, count: headers.count)
    }

    mutating func add(_ row: [String]) {
        rows.append(row)
    }

    /// The table as text; given a terminal's `width`, the last column is cut so lines fit it.
    func render(width: Int? = Terminal.columns()) -> String {
        let flat = ([headers] + rows).map { $0.map(Self.flatten) }
        var limits = headers.indices.map { column in
            min(maxWidth(column), flat.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0)
        }
        if let width, let last = limits.indices.last {
            let others = limits.dropLast().reduce(0) { $0 + $1 + 2 }
            limits[last] = min(limits[last], max(20, width - others))
        }
        return flat.map { row in
            row.enumerated().map { column, cell in
                let limit = limits[min(column, limits.count - 1)]
                let text = Self.fit(cell, width: limit)
                return column == row.count - 1 ? text : text + String(repeating: " ", count: limit - text.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    private func maxWidth(_ column: Int) -> Int {
        column < maxWidths.count ? maxWidths[column] : 60
    }

    private static func flatten(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    static func fit(_ text: String, width: Int) -> String {
        guard text.count > width, width > 1 else { return text }
        return String(text.prefix(width - 1)) + "…"
    }
}
