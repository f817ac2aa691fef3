internal import Foundation
internal import GRDB
public import Model

/// What an incremental conflict check has to look at, and where it stops.
public struct ConflictCheckWork: Sendable, Hashable {
    /// The models whose claims may have changed since the last check (all of them on a full check).
    public var models: Set<ModelID>
    /// Whether every model is rechecked (no earlier check, or the rules changed since).
    public var isFull: Bool
    /// The checkpoint to record once the check is stored.
    public var checkpoint: ConflictCheckpoint
}

/// Where a conflict check stopped: the rules it ran under and the newest fetch and document it covered.
public struct ConflictCheckpoint: Sendable, Hashable {
    public var rulesVersion: String
    public var lastFetchID: Int64
    public var lastDocumentID: Int64

    /// `rules=2 fetch=1234 document=567`, as kept in `crawl_marker`.
    var text: String { "rules=\(rulesVersion) fetch=\(lastFetchID) document=\(lastDocumentID)" }

    init(rulesVersion: String, lastFetchID: Int64, lastDocumentID: Int64) {
        self.rulesVersion = rulesVersion
        self.lastFetchID = lastFetchID
        self.lastDocumentID = lastDocumentID
    }

    init?(text: String) {
        var fields: [String: String] = [:]
        for pair in text.split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        guard let rules = fields["rules"], let fetch = fields["fetch"].flatMap(Int64.init),
            let document = fields["document"].flatMap(Int64.init)
        else { return nil }
        self.init(rulesVersion: rules, lastFetchID: fetch, lastDocumentID: document)
    }
}

extension FactStore {
    /// The `crawl_marker` name of the conflict check's checkpoint.
    static let conflictCheckpointMarker = "conflicts-checkpoint"

    /// The models to recheck: those with claims (in any version) on pages whose body was fetched, or which got a
    /// new version, since the last check — a page that changed, corrected itself or went back to an older
    /// version. Every model with current claims or an open conflict when no check was recorded or it ran under
    /// other rules (`rulesVersion`).
    public func conflictCheckWork(rulesVersion: String) throws -> ConflictCheckWork {
        let saved = try marker(Self.conflictCheckpointMarker).flatMap(ConflictCheckpoint.init(text:))
        return try read("finding what changed since the last conflict check") { db -> ConflictCheckWork in
            let lastFetchID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM fetch") ?? 0
            let lastDocumentID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM document") ?? 0
            let checkpoint = ConflictCheckpoint(
                rulesVersion: rulesVersion, lastFetchID: lastFetchID, lastDocumentID: lastDocumentID)
            guard let saved, saved.rulesVersion == rulesVersion else {
                let models = try String.fetchAll(
                    db, sql: "SELECT model FROM current_claim UNION SELECT model FROM conflict WHERE resolved_at IS NULL")
                return ConflictCheckWork(models: Set(models.map { ModelID($0) }), isFull: true, checkpoint: checkpoint)
            }
            let models = try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT claim.model FROM claim JOIN document ON document.id = claim.document_id
                    WHERE document.url IN (
                        SELECT url FROM document WHERE id > ? AND id <= ?
                        UNION SELECT coalesce(final_url, requested_url) FROM fetch
                        WHERE id > ? AND id <= ? AND sha256 IS NOT NULL)
                    """,
                arguments: [saved.lastDocumentID, lastDocumentID, saved.lastFetchID, lastFetchID])
            return ConflictCheckWork(models: Set(models.map { ModelID($0) }), isFull: false, checkpoint: checkpoint)
        }
    }

    /// Records that conflicts were checked up to `checkpoint`.
    public func recordConflictCheck(_ checkpoint: ConflictCheckpoint) throws {
        try setMarker(Self.conflictCheckpointMarker, to: checkpoint.text)
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

    /// The keys of the open conflicts on these models.
    public func openConflictKeys(of models: Set<ModelID>) throws -> Set<ConflictKey> {
        try openConflictKeys().filter { models.contains($0.model) }
    }
}
