internal import Foundation
internal import GRDB
internal import Model

/// A row of `claim`: one extracted fact with its quote, tied to the document and fetch it came from.
struct ClaimRecord: MutablePersistableRecord {
    static let databaseTableName = "claim"

    var id: Int64?
    var documentID: Int64
    var fetchID: Int64
    var claim: Claim
    var firstSeen: Date

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["document_id"] = documentID
        container["fetch_id"] = fetchID
        container["model"] = claim.model.rawValue
        container["model_name"] = claim.modelName
        container["attribute"] = claim.attribute.rawValue
        container["value"] = claim.value.databaseValue
        container["unit"] = claim.unit
        container["text"] = claim.text
        container["qualifiers"] = String(decoding: try ContractJSON.encoder().encode(claim.qualifiers), as: UTF8.self)
        container["quote"] = claim.quote
        container["first_seen"] = Timestamp.format(firstSeen)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Inserts the claims of one document with one cached statement and one JSON encoder (the rows
    /// `insert(_:)` would write, faster when a crawl stores thousands).
    static func insertAll(_ claims: [Claim], documentID: Int64, fetchID: Int64, firstSeen: Date, _ db: Database) throws {
        guard !claims.isEmpty else { return }
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO claim (document_id, fetch_id, model, model_name, attribute, value, unit, text,
                                   qualifiers, quote, first_seen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let encoder = ContractJSON.encoder()
        let seen = Timestamp.format(firstSeen)
        for claim in claims {
            let qualifiers = String(decoding: try encoder.encode(claim.qualifiers), as: UTF8.self)
            try statement.execute(arguments: [
                documentID, fetchID, claim.model.rawValue, claim.modelName, claim.attribute.rawValue,
                claim.value.databaseValue, claim.unit, claim.text, qualifiers, claim.quote, seen,
            ])
        }
    }

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
