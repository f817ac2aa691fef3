internal import Archiving
internal import Foundation
internal import GRDB
public import Model

/// A current claim with what weighing it needs about its source.
public struct SourcedClaim: Sendable, Hashable {
    public var claim: Claim
    /// The configured source it was reached through, when there is one (a feed, for its entries).
    public var sourceURL: String?
    /// Its publisher file marks the source as the lab that makes the models (`vendor: true`).
    public var sourceIsVendor: Bool
    /// SHA-256 of the page's main text: pages that say the same thing in the same words share it.
    public var textSHA256: String

    public init(claim: Claim, sourceURL: String? = nil, sourceIsVendor: Bool = false, textSHA256: String) {
        self.claim = claim
        self.sourceURL = sourceURL
        self.sourceIsVendor = sourceIsVendor
        self.textSHA256 = textSHA256
    }
}

extension FactStore {
    /// The current claims about `model` (one attribute when given), each with its source's vendor flag and the
    /// hash of its page's main text, ordered by attribute and id.
    public func sourcedClaims(model: ModelID, attribute: Attribute? = nil) throws -> [SourcedClaim] {
        var filter = "document.is_current = 1 AND claim.model = ?"
        var arguments: StatementArguments = [model.rawValue]
        if let attribute {
            filter += " AND claim.attribute = ?"
            arguments += [attribute.rawValue]
        }
        return try read("listing the sources of \(model)") { db -> [SourcedClaim] in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(ClaimRecord.citedColumns), document.id AS document_id,
                           source.url AS source_url, coalesce(source.is_vendor, 0) AS source_is_vendor
                    FROM claim
                    JOIN document ON document.id = claim.document_id
                    JOIN fetch ON fetch.id = claim.fetch_id
                    LEFT JOIN source ON source.id = fetch.source_id
                    WHERE \(filter)
                    ORDER BY claim.attribute, claim.id
                    """,
                arguments: arguments)
            let documentIDs = Set(rows.map { row -> Int64 in row["document_id"] })
            let hashes = try Self.textHashes(db, documentIDs: documentIDs)
            return try rows.map { row in
                let documentID: Int64 = row["document_id"]
                let isVendor: Int = row["source_is_vendor"]
                return SourcedClaim(
                    claim: try ClaimRecord.claim(from: row), sourceURL: row["source_url"], sourceIsVendor: isVendor == 1,
                    textSHA256: hashes[documentID] ?? "")
            }
        }
    }

    /// SHA-256 of each document's main text.
    private static func textHashes(_ db: Database, documentIDs: Set<Int64>) throws -> [Int64: String] {
        let ids = documentIDs.sorted()
        var hashes: [Int64: String] = [:]
        for start in stride(from: 0, to: ids.count, by: 500) {
            let batch = Array(ids[start..<min(start + 500, ids.count)])
            let placeholders = Array(repeating: "?", count: batch.count).joined(separator: ", ")
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, main_text FROM document WHERE id IN (\(placeholders))", arguments: StatementArguments(batch))
            while let row = try rows.next() {
                let id: Int64 = row["id"]
                let text: String = row["main_text"]
                hashes[id] = SHA256Digest.hex(Data(text.utf8))
            }
        }
        return hashes
    }
}
