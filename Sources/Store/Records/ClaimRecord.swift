internal import Foundation
internal import GRDB
internal import Model

/// Reading `claim` rows back as cited claims (rows are written by ``PageInsertion``).
enum ClaimRecord {
    /// The columns that rebuild a `Claim` with its citation; join `claim`, `document` and `fetch`.
    static let citedSelection = """
        SELECT claim.id, claim.model, claim.model_name, claim.attribute, claim.value, claim.unit, claim.text,
               claim.qualifiers, claim.quote, document.url, document.title, document.published,
               fetch.fetched_at AS retrieved, document.sha256
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

    /// Rebuilds a `Claim` from a row of `citedSelection`.
    static func claim(from row: Row) throws -> Claim {
        let qualifiersJSON = try row.decode(String.self, forColumn: "qualifiers")
        let qualifiers =
            qualifiersJSON == "{}"
            ? Qualifiers() : try qualifiersDecoder.decode(Qualifiers.self, from: Data(qualifiersJSON.utf8))
        let citation = Citation(
            url: try row.decode(String.self, forColumn: "url"),
            title: try row.decode(String?.self, forColumn: "title"),
            published: try row.optionalTime("published"),
            retrieved: try row.time("retrieved"),
            sha256: try row.decode(String.self, forColumn: "sha256"))
        return Claim(
            id: try row.decode(Int64.self, forColumn: "id"),
            model: ModelID(rawValue: try row.decode(String.self, forColumn: "model")),
            modelName: try row.decode(String.self, forColumn: "model_name"),
            attribute: Attribute(rawValue: try row.decode(String.self, forColumn: "attribute")),
            value: try row.claimValue("value"),
            unit: try row.decode(String?.self, forColumn: "unit"),
            text: try row.decode(String.self, forColumn: "text"),
            qualifiers: qualifiers,
            quote: try row.decode(String.self, forColumn: "quote"),
            source: citation)
    }
}
