internal import Foundation
internal import GRDB
internal import Model

/// Reading `claim` rows back as cited claims (rows are written by ``PageInsertion``).
enum ClaimRecord {
    /// The columns that rebuild a `Claim` with its citation, in the order ``claim(from:)`` reads them (a query may
    /// select more after them); join `claim`, `document` and `fetch`.
    static let citedColumns = """
        claim.id, claim.model, claim.model_name, claim.attribute, claim.value, claim.unit, claim.text,
               claim.qualifiers, claim.quote, document.url, document.title, document.published,
               fetch.fetched_at AS retrieved, document.sha256
        """

    /// ``citedColumns`` from `claim` joined with its document and fetch.
    static let citedSelection = """
        SELECT \(citedColumns)
        FROM claim
        JOIN document ON document.id = claim.document_id
        JOIN fetch ON fetch.id = claim.fetch_id
        """

    /// Claims with full citations: `filter` is a SQL condition over `claim`, `document` and `fetch`.
    static func cited(
        _ db: Database, where filter: String, arguments: StatementArguments = [], orderBy order: String = "claim.id",
        cached: Bool = false
    ) throws -> [Claim] {
        let sql = "\(citedSelection) WHERE \(filter) ORDER BY \(order)"
        let rows = try Row.fetchAll(cached ? db.cachedStatement(sql: sql) : db.makeStatement(sql: sql), arguments: arguments)
        return try rows.map(claim(from:))
    }

    /// Claims with the given ids (in any document), keyed by id.
    static func cited(_ db: Database, ids: [Int64]) throws -> [Int64: Claim] {
        var found: [Int64: Claim] = [:]
        // Bounded batches keep the statement under SQLite's variable limit.
        for start in stride(from: 0, to: ids.count, by: 500) {
            let batch = Array(ids[start..<min(start + 500, ids.count)])
            let placeholders = Array(repeating: "?", count: batch.count).joined(separator: ", ")
            for claim in try cited(db, where: "claim.id IN (\(placeholders))", arguments: StatementArguments(batch)) {
                if let id = claim.id { found[id] = claim }
            }
        }
        return found
    }

    /// One decoder for every claim's qualifiers (making one per row costs more than the decoding).
    private static let qualifiersDecoder = JSONDecoder()

    /// Rebuilds a `Claim` from a row whose first columns are ``citedColumns`` (read by position: thousands of
    /// claims are read at once, and a lookup by name costs more than the decoding).
    static func claim(from row: Row) throws -> Claim {
        let qualifiersJSON = try row.decode(String.self, atIndex: 7)
        let qualifiers =
            qualifiersJSON == "{}"
            ? Qualifiers() : try qualifiersDecoder.decode(Qualifiers.self, from: Data(qualifiersJSON.utf8))
        let citation = Citation(
            url: try row.decode(String.self, atIndex: 9),
            title: try row.decode(String?.self, atIndex: 10),
            published: try row.optionalTime(atIndex: 11, column: "published"),
            retrieved: try row.time(atIndex: 12, column: "retrieved"),
            sha256: try row.decode(String.self, atIndex: 13))
        return Claim(
            id: try row.decode(Int64.self, atIndex: 0),
            model: ModelID(rawValue: try row.decode(String.self, atIndex: 1)),
            modelName: try row.decode(String.self, atIndex: 2),
            attribute: Attribute(rawValue: try row.decode(String.self, atIndex: 3)),
            value: try row.claimValue(atIndex: 4, column: "value"),
            unit: try row.decode(String?.self, atIndex: 5),
            text: try row.decode(String.self, atIndex: 6),
            qualifiers: qualifiers,
            quote: try row.decode(String.self, atIndex: 8),
            source: citation)
    }
}
