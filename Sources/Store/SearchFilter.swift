internal import Foundation
internal import GRDB
internal import Model

/// The filters of a `SearchRequest` as SQL conditions over `document` (and `claim`, for claim rows).
struct SearchFilter {
    /// Conditions every document must meet (current version, dates, source, attribute).
    var documentConditions: [String] = ["document.is_current = 1"]
    var documentArguments: StatementArguments = []
    /// Extra conditions for claim rows (model and attribute).
    var claimConditions: [String] = []
    var claimArguments: StatementArguments = []

    init(_ request: SearchRequest) {
        let dated = "coalesce(document.published, document.first_seen)"
        if let since = request.since {
            documentConditions.append("\(dated) >= ?")
            documentArguments += [Timestamp.format(since)]
        }
        if let until = request.until {
            documentConditions.append("\(dated) < ?")
            documentArguments += [Timestamp.format(until)]
        }
        if let source = request.source?.trimmingCharacters(in: .whitespaces), !source.isEmpty {
            var matches = ["document.url = ?", "document.url LIKE ? ESCAPE '\\'"]
            var arguments: StatementArguments = [source, Self.likeEscaped(source) + "%"]
            let host = Self.likeEscaped(Self.host(of: source))
            if !host.isEmpty, !host.contains(where: { $0 == "/" || $0 == " " }) {
                matches += ["document.url LIKE ? ESCAPE '\\'", "document.url LIKE ? ESCAPE '\\'",
                            "document.url LIKE ? ESCAPE '\\'"]
                arguments += ["%://" + host + "/%", "%://" + host, "%." + host + "/%"]
            }
            matches.append(
                """
                EXISTS (SELECT 1 FROM fetch JOIN source ON source.id = fetch.source_id
                        WHERE fetch.id = document.fetch_id
                          AND (source.url = ? OR source.name = ? COLLATE NOCASE OR source.publisher = ? COLLATE NOCASE))
                """)
            arguments += [source, source, source]
            documentConditions.append("(" + matches.joined(separator: " OR ") + ")")
            documentArguments += arguments
        }
        if let attribute = request.attribute {
            documentConditions.append(
                "EXISTS (SELECT 1 FROM claim AS stated WHERE stated.document_id = document.id AND stated.attribute = ?)")
            documentArguments += [attribute.rawValue]
            claimConditions.append("claim.attribute = ?")
            claimArguments += [attribute.rawValue]
        }
        if let model = request.model {
            claimConditions.append("claim.model = ?")
            claimArguments += [model.rawValue]
        }
    }

    /// The document conditions joined with AND.
    var documentSQL: String { documentConditions.joined(separator: " AND ") }

    /// Document and claim conditions joined with AND, for queries over claims joined to documents.
    var claimSQL: String { (documentConditions + claimConditions).joined(separator: " AND ") }

    var claimSQLArguments: StatementArguments { documentArguments + claimArguments }

    /// The host part of a `--source` value: `example.com` from `https://www.example.com/feed`.
    static func host(of source: String) -> String {
        var rest = Substring(source.lowercased())
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let slash = rest.firstIndex(of: "/") { rest = rest[..<slash] }
        if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
        return String(rest)
    }

    /// `text` with LIKE's wildcards escaped by a backslash.
    static func likeEscaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
