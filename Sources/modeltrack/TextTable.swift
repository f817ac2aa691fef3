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

    func render() -> String {
        let all = [headers] + rows.map { row in row.enumerated().map { Self.fit($1, width: maxWidth($0)) } }
        var widths = Array(repeating: 0, count: headers.count)
        for row in all {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    private func maxWidth(_ column: Int) -> Int {
        column < maxWidths.count ? maxWidths[column] : 60
    }

    static func fit(_ text: String, width: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > width, width > 1 else { return flat }
        return String(flat.prefix(width - 1)) + "…"
    }
}
