public import Foundation
internal import GRDB
public import Model

extension FactStore {
    /// Claims of current documents, optionally of one model and attribute, ordered by model,
    /// attribute and id, each with its full citation.
    public func claims(model: ModelID? = nil, attribute: Attribute? = nil) throws -> [Claim] {
        var conditions = ["document.is_current = 1"]
        var arguments: StatementArguments = []
        if let model {
            conditions.append("claim.model = ?")
            arguments += [model.rawValue]
        }
        if let attribute {
            conditions.append("claim.attribute = ?")
            arguments += [attribute.rawValue]
        }
        return try read("listing claims") { db in
            try ClaimRecord.cited(
                db, where: conditions.joined(separator: " AND "), arguments: arguments,
                orderBy: "claim.model, claim.attribute, claim.id")
        }
    }

    /// Claims of current documents first seen at or after `date` (the digest's window), oldest first.
    public func claims(firstSeenSince date: Date) throws -> [Claim] {
        try read("listing new claims") { db in
            try ClaimRecord.cited(
                db, where: "document.is_current = 1 AND claim.first_seen >= ?",
                arguments: [Timestamp.format(date)], orderBy: "claim.first_seen, claim.id")
        }
    }

    /// The stored claim with this id, current or not.
    public func claim(id: Int64) throws -> Claim? {
        try read("reading claim \(id)") { db in try ClaimRecord.cited(db, ids: [id])[id] }
    }

    /// The archived raw bytes of the body with this SHA-256, decompressed and re-checked against the
    /// hash; nil when no such body is stored.
    public func rawBody(sha256: String) throws -> Data? {
        try read("reading the archived body \(sha256)") { db in try BodyRecord.bytes(db, sha256: sha256.lowercased()) }
    }

    /// The stored main text of the current document of `url` (its final URL, or failing that the URL
    /// that was requested), to re-check quotes.
    public func mainText(url: String) throws -> String? {
        try read("reading the main text of \(url)") { db in
            if let text = try String.fetchOne(
                db, sql: "SELECT main_text FROM document WHERE url = ? AND is_current = 1", arguments: [url])
            {
                return text
            }
            return try String.fetchOne(
                db,
                sql: """
                    SELECT document.main_text FROM document JOIN fetch ON fetch.id = document.fetch_id
                    WHERE fetch.requested_url = ? AND document.is_current = 1
                    ORDER BY document.id DESC LIMIT 1
                    """,
                arguments: [url])
        }
    }

    /// Row counts of the main tables.
    public func statistics() throws -> StoreStatistics {
        try read("counting rows") { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT
                      (SELECT count(*) FROM source) AS sources,
                      (SELECT count(*) FROM fetch) AS fetches,
                      (SELECT count(*) FROM fetch WHERE error IS NOT NULL) AS failed_fetches,
                      (SELECT count(*) FROM body) AS bodies,
                      (SELECT coalesce(sum(size), 0) FROM body) AS body_bytes,
                      (SELECT coalesce(sum(length(data)), 0) FROM body) AS stored_body_bytes,
                      (SELECT count(*) FROM document) AS documents,
                      (SELECT count(*) FROM document WHERE is_current = 1) AS current_documents,
                      (SELECT count(*) FROM claim) AS claims,
                      (SELECT count(*) FROM current_claim) AS current_claims,
                      (SELECT count(*) FROM conflict WHERE resolved_at IS NULL) AS open_conflicts,
                      (SELECT count(*) FROM conflict WHERE resolved_at IS NOT NULL) AS resolved_conflicts
                    """)
            guard let row else { return StoreStatistics() }
            func count(_ column: String) throws -> Int { try row.decode(Int.self, forColumn: column) }
            return StoreStatistics(
                sources: try count("sources"), fetches: try count("fetches"),
                failedFetches: try count("failed_fetches"), bodies: try count("bodies"),
                bodyBytes: try count("body_bytes"), storedBodyBytes: try count("stored_body_bytes"),
                documents: try count("documents"), currentDocuments: try count("current_documents"),
                claims: try count("claims"), currentClaims: try count("current_claims"),
                openConflicts: try count("open_conflicts"), resolvedConflicts: try count("resolved_conflicts"))
        }
    }
}
