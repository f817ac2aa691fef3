internal import Foundation
internal import Model

/// The formats a structured leaderboard comes in, from the mapping, the URL's extension or the content type.
enum StructuredFormat {
    static func of(_ fetch: Fetch, mapping: RecordMapping) -> RecordMapping.Format? {
        if let format = mapping.format { return format }
        let path = (URL(string: fetch.finalURL)?.path ?? fetch.finalURL).lowercased()
        let type = fetch.contentType?.lowercased() ?? ""
        if path.hasSuffix(".csv") || type.contains("csv") { return .csv }
        if path.hasSuffix(".json") || type.contains("json") { return .json }
        if path.hasSuffix(".yaml") || path.hasSuffix(".yml") || type.contains("yaml") { return .yaml }
        return nil
    }
}

/// A CSV, JSON or YAML leaderboard as a document: one table whose header row names the mapped
/// fields (model first) and whose rows are the records, so every claim quotes its record's row.
struct StructuredDocument {
    var document: Document
    var table: Table

    static func read(_ data: Data, format: RecordMapping.Format, mapping: RecordMapping, url: String) throws
        -> StructuredDocument
    {
        let records: [RecordTree]
        do {
            records = try Self.records(data, format: format, mapping: mapping)
        } catch let error as StructuredError {
            throw error
        } catch {
            throw StructuredError(url: url, message: "not valid \(format.rawValue.uppercased()): \(error)")
        }
        guard !records.isEmpty else {
            throw StructuredError(url: url, message: "no records at `\(mapping.path.isEmpty ? "(top level)" : mapping.path)`")
        }
        let fields = [mapping.model] + mapping.columns.map { $0.fields.joined(separator: "|") } + mapping.text
            + (mapping.asOf.map { [$0] } ?? [])
        var rows: [[Table.Cell]] = [fields.map { Table.Cell($0, isHeader: true) }]
        for record in records {
            let cells = fields.map { field -> Table.Cell in
                let alternatives = field.split(separator: "|").map(String.init)
                let value = alternatives.lazy.compactMap { record.lookup($0)?.text }.first ?? ""
                return Table.Cell(Self.oneLine(value))
            }
            guard !(cells.first?.text.isEmpty ?? true) else { continue }
            rows.append(cells)
        }
        let table = Table(caption: nil, rows: rows, headerRowCount: 1)
        let title = URL(string: url)?.lastPathComponent
        let document = Document(url: url, title: title, blocks: [.table(table)])
        return StructuredDocument(document: document, table: table)
    }

    private static func records(_ data: Data, format: RecordMapping.Format, mapping: RecordMapping) throws -> [RecordTree] {
        switch format {
        case .csv:
            let rows = CSVRows.parse(String(decoding: data, as: UTF8.self))
            guard let header = rows.first else { return [] }
            return rows.dropFirst().map { row in
                .map(header.indices.map { index in (header[index], index < row.count ? .scalar(row[index]) : .null) })
            }
        case .json, .yaml:
            let tree = format == .json ? try RecordTree.json(data) : try RecordTree.yaml(String(decoding: data, as: UTF8.self))
            switch tree.value(at: mapping.path) {
            case .list(let items):
                return items
            case .map(let pairs):
                return pairs.map { pair in
                    guard case .map(let fields) = pair.value else { return .map([("_key", .scalar(pair.key)), ("_value", pair.value)]) }
                    return .map([("_key", .scalar(pair.key))] + fields)
                }
            default:
                return []
            }
        }
    }

    /// Cell text on one line: runs of white space (line breaks of folded YAML prose) become one space.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// A structured leaderboard that could not be read, with its URL.
public struct StructuredError: Error, Sendable, CustomStringConvertible {
    public var url: String
    public var message: String

    public var description: String { "\(url): \(message)" }
}
