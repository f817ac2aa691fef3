/// A table as a grid: spans are expanded so every row has a cell for every column, and the cells
/// copied from a span are marked so the rendered text shows each cell once.
public struct Table: Hashable, Sendable, Codable {
    public var caption: String?
    public var rows: [[Cell]]
    /// How many leading rows are headers (`<thead>`, rows of `<th>`).
    public var headerRowCount: Int
    /// How many leading columns are headers (a `<th>` at the start of each body row).
    public var headerColumnCount: Int

    public init(caption: String? = nil, rows: [[Cell]], headerRowCount: Int = 0, headerColumnCount: Int = 0) {
        self.caption = caption
        self.rows = rows
        self.headerRowCount = headerRowCount
        self.headerColumnCount = headerColumnCount
    }

    enum CodingKeys: String, CodingKey {
        case caption, rows
        case headerRowCount = "header_rows"
        case headerColumnCount = "header_columns"
    }

    public struct Cell: Hashable, Sendable, Codable {
        public var text: String
        public var isHeader: Bool
        /// True for the copies a `rowspan` or `colspan` leaves in the grid; the original has false.
        public var isSpanCopy: Bool

        public init(_ text: String, isHeader: Bool = false, isSpanCopy: Bool = false) {
            self.text = text
            self.isHeader = isHeader
            self.isSpanCopy = isSpanCopy
        }

        enum CodingKeys: String, CodingKey {
            case text
            case isHeader = "header"
            case isSpanCopy = "span_copy"
        }
    }

    /// A row as it appears in the main text: its own (non-copied, non-empty) cells joined by " | ".
    /// This is the quote of a claim taken from that row.
    public func rowText(_ index: Int) -> String {
        guard rows.indices.contains(index) else { return "" }
        return rows[index].filter { !$0.isSpanCopy && !$0.text.isEmpty }.map(\.text).joined(separator: " | ")
    }

    /// The table as it appears in the main text: the caption, then one line per row.
    public var text: String {
        var lines: [String] = []
        if let caption, !caption.isEmpty { lines.append(caption) }
        for index in rows.indices {
            let line = rowText(index)
            if !line.isEmpty { lines.append(line) }
        }
        return lines.joined(separator: "\n")
    }

    /// The grid as plain strings, spans expanded: `rows[r][c]`.
    public var grid: [[String]] { rows.map { $0.map(\.text) } }

    /// The number of columns of the widest row.
    public var columnCount: Int { rows.map(\.count).max() ?? 0 }
}
