public import Foundation
internal import GRDB
public import Model

/// What an incremental conflict check has to look at.
public struct ConflictCheckWork: Sendable, Hashable {
    /// The models whose claims changed since the last check (all of them on a first or full check).
    public var models: Set<ModelID>
    /// Whether every model is rechecked (no earlier check, or the rules changed since).
    public var isFull: Bool
    /// The newest document the check covers; record it when the check is stored.
    public var lastDocumentID: Int64
}

extension FactStore {
    /// The models to recheck: those with claims in documents stored since the last check, or in the older
    /// versions those documents replaced (a page that corrected itself). Every model with current claims or an
    /// open conflict when no check was recorded or it ran under other rules (`rulesVersion`).
    public func conflictCheckWork(rulesVersion: String) throws -> ConflictCheckWork {
        try read("finding what changed since the last conflict check") { db -> ConflictCheckWork in
            let lastDocumentID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM document") ?? 0
            var since: Int64?
            if let row = try Row.fetchOne(db, sql: "SELECT last_document_id, rules_version FROM conflict_check WHERE id = 1") {
                let version: String = row["rules_version"]
                let last: Int64 = row["last_document_id"]
                if version == rulesVersion { since = last }
            }
            guard let since else {
                let models = try String.fetchAll(
                    db,
                    sql: """
                        SELECT model FROM current_claim UNION SELECT model FROM conflict WHERE resolved_at IS NULL
                        """)
                return ConflictCheckWork(models: Set(models.map { ModelID($0) }), isFull: true, lastDocumentID: lastDocumentID)
            }
            let models = try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT claim.model FROM claim JOIN document ON document.id = claim.document_id
                    WHERE document.url IN (SELECT url FROM document WHERE id > ? AND id <= ?)
                    """,
                arguments: [since, lastDocumentID])
            return ConflictCheckWork(models: Set(models.map { ModelID($0) }), isFull: false, lastDocumentID: lastDocumentID)
        }
    }

    /// Records that conflicts were checked through document `lastDocumentID` under `rulesVersion`.
    public func recordConflictCheck(through lastDocumentID: Int64, rulesVersion: String, at date: Date) throws {
        try write("recording the conflict check") { db in
            try db.execute(
                sql: """
                    INSERT INTO conflict_check (id, last_document_id, rules_version, checked_at) VALUES (1, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET last_document_id = excluded.last_document_id,
                        rules_version = excluded.rules_version, checked_at = excluded.checked_at
                    """,
                arguments: [lastDocumentID, rulesVersion, Timestamp.format(date)])
        }
    }

    /// The current claims of these models (every attribute), ordered by model, attribute and id.
    public func claims(models: Set<ModelID>) throws -> [Claim] {
        let sorted = models.map(\.rawValue).sorted()
        return try read("listing the claims of \(models.count) models") { db in
            var claims: [Claim] = []
            for start in stride(from: 0, to: sorted.count, by: 500) {
                let batch = Array(sorted[start..<min(start + 500, sorted.count)])
                let placeholders = Array(repeating: "?", count: batch.count).joined(separator: ", ")
                claims += try ClaimRecord.cited(
                    db, where: "document.is_current = 1 AND claim.model IN (\(placeholders))",
                    arguments: StatementArguments(batch), orderBy: "claim.model, claim.attribute, claim.id")
            }
            return claims
        }
    }

    /// The keys of open conflicts, of these models only when given.
    public func openConflictKeys(models: Set<ModelID>? = nil) throws -> Set<ConflictKey> {
        let rows = try read("listing open conflicts") { db in
            try Row.fetchAll(db, sql: "SELECT model, attribute FROM conflict WHERE resolved_at IS NULL")
        }
        let keys = rows.map { row -> ConflictKey in
            let model: String = row["model"]
            let attribute: String = row["attribute"]
            return ConflictKey(model: ModelID(model), attribute: Attribute(rawValue: attribute))
        }
        return Set(keys.filter { models?.contains($0.model) ?? true })
    }
}
