public import Foundation
internal import GRDB
internal import Model

extension FactStore {
    /// The bookmark of a digest target, or nil when the target never reported.
    public func digestBookmark(target: String) throws -> DigestBookmark? {
        try read("reading the digest bookmark of \(target)") { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM digest_bookmark WHERE target = ?", arguments: [target])
            else { return nil }
            let json = try row.decode(String.self, forColumn: "open_conflicts")
            let open = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
            return DigestBookmark(
                target: target, until: try row.time("until"),
                lastClaimID: try row.decode(Int64.self, forColumn: "last_claim_id"),
                openConflicts: Dictionary(uniqueKeysWithValues: open.compactMap { key, value in
                    Int64(key).map { ($0, value) }
                }))
        }
    }

    /// Remembers that `bookmark.target` has reported everything up to `bookmark`.
    public func saveDigestBookmark(_ bookmark: DigestBookmark, at date: Date) throws {
        let open = Dictionary(uniqueKeysWithValues: bookmark.openConflicts.map { (String($0.key), $0.value) })
        let json = try ContractJSON.string(open)
        try write("saving the digest bookmark of \(bookmark.target)") { db in
            try db.execute(
                sql: """
                    INSERT INTO digest_bookmark (target, reported_at, until, last_claim_id, open_conflicts)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (target) DO UPDATE SET reported_at = excluded.reported_at, until = excluded.until,
                        last_claim_id = excluded.last_claim_id, open_conflicts = excluded.open_conflicts
                    """,
                arguments: [
                    bookmark.target, Timestamp.format(date), Timestamp.format(bookmark.until), bookmark.lastClaimID,
                    json,
                ])
        }
    }

    /// Everything a digest of `window` reports on, read in one transaction (conflicts aside).
    public func digestMaterial(for window: DigestMaterial.Window) throws -> DigestMaterial {
        var material = try read("gathering the digest") { db in try Self.material(db, window: window) }
        let wanted = Set(material.newConflicts.compactMap(\.id)).union(material.resolvedConflicts.compactMap(\.id))
        if !wanted.isEmpty {
            let all = try conflicts(includeResolved: true)
            let newIDs = Set(material.newConflicts.compactMap(\.id))
            material.newConflicts = all.filter { $0.id.map(newIDs.contains) ?? false }
            material.resolvedConflicts = all.filter { conflict in
                conflict.id.map { wanted.contains($0) && !newIDs.contains($0) } ?? false
            }
        }
        return material
    }

    private static func material(_ db: Database, window: DigestMaterial.Window) throws -> DigestMaterial {
        let lastClaimID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM claim") ?? 0
        var openNow: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, opened_at FROM conflict WHERE resolved_at IS NULL") {
            openNow[try row.decode(Int64.self, forColumn: "id")] = try row.decode(String.self, forColumn: "opened_at")
        }
        let since = Timestamp.format(window.since), until = Timestamp.format(window.until)
        let inWindow: String, inWindowArguments: StatementArguments
        let earlier: String, earlierArguments: StatementArguments
        let newConflictIDs: [Int64], resolvedConflictIDs: [Int64]
        switch window {
        case .time:
            (inWindow, inWindowArguments) = ("claim.first_seen >= ? AND claim.first_seen < ?", [since, until])
            (earlier, earlierArguments) = ("claim.first_seen < ?", [since])
            newConflictIDs = try Int64.fetchAll(
                db, sql: "SELECT id FROM conflict WHERE resolved_at IS NULL AND opened_at >= ? AND opened_at < ?",
                arguments: [since, until])
            resolvedConflictIDs = try Int64.fetchAll(
                db, sql: "SELECT id FROM conflict WHERE resolved_at >= ? AND resolved_at < ?", arguments: [since, until])
        case .from:
            (inWindow, inWindowArguments) = ("claim.first_seen >= ? AND claim.id <= ?", [since, lastClaimID])
            (earlier, earlierArguments) = ("claim.first_seen < ?", [since])
            newConflictIDs = try Int64.fetchAll(
                db, sql: "SELECT id FROM conflict WHERE resolved_at IS NULL AND opened_at >= ?", arguments: [since])
            resolvedConflictIDs = try Int64.fetchAll(
                db, sql: "SELECT id FROM conflict WHERE resolved_at >= ?", arguments: [since])
        case .after(let bookmark, _):
            (inWindow, inWindowArguments) = ("claim.id > ? AND claim.id <= ?", [bookmark.lastClaimID, lastClaimID])
            (earlier, earlierArguments) = ("claim.id <= ?", [bookmark.lastClaimID])
            newConflictIDs = openNow.filter { bookmark.openConflicts[$0.key] != $0.value }.map(\.key).sorted()
            let stillOpen = Set(openNow.keys)
            resolvedConflictIDs = try bookmark.openConflicts.keys.sorted().filter { id in
                try !stillOpen.contains(id)
                    && Bool.fetchOne(db, sql: "SELECT resolved_at IS NOT NULL FROM conflict WHERE id = ?", arguments: [id])
                        == true
            }
        }
        let newClaims = try ClaimRecord.cited(
            db, where: "document.is_current = 1 AND \(inWindow)", arguments: inWindowArguments, orderBy: "claim.id")
        var material = DigestMaterial(
            since: window.since, until: window.until, newClaims: newClaims,
            bookmark: DigestBookmark(target: "", until: window.until, lastClaimID: lastClaimID, openConflicts: openNow))
        var topics: [String: Set<Attribute>] = [:]
        for claim in newClaims { topics[claim.model.rawValue, default: []].insert(claim.attribute) }
        for (model, attributes) in topics.sorted(by: { $0.key < $1.key }) {
            if try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM claim WHERE claim.model = ? AND \(earlier))",
                arguments: [model] + earlierArguments) == true
            {
                material.knownModels.insert(ModelID(model))
            }
            for attribute in attributes.sorted() {
                material.earlierClaims += try ClaimRecord.cited(
                    db, where: "claim.model = ? AND claim.attribute = ? AND \(earlier)",
                    arguments: [model, attribute.rawValue] + earlierArguments, orderBy: "claim.id")
            }
        }
        for url in Set(newClaims.map(\.source.url)).sorted() {
            material.previousVersions[url] = try previousVersionClaims(db, url: url)
        }
        material.newConflicts = newConflictIDs.map(Self.placeholderConflict)
        material.resolvedConflicts = resolvedConflictIDs.map(Self.placeholderConflict)
        material.failingSources = try failingSources(db, asOf: until)
        return material
    }

    /// A conflict standing for its id until the full conflicts are read.
    private static func placeholderConflict(_ id: Int64) -> Conflict {
        Conflict(id: id, model: "", attribute: "", severity: .low, kind: .ambiguous, positions: [])
    }

    /// The claims of the version of `url` that its current version replaced; empty for a first version.
    private static func previousVersionClaims(_ db: Database, url: String) throws -> [Claim] {
        guard
            let previous = try Int64.fetchOne(
                db,
                sql: """
                    SELECT old.id FROM document AS old
                    JOIN document AS current ON current.url = old.url AND current.is_current = 1
                    WHERE old.url = ? AND old.id <> current.id AND old.first_seen <= current.first_seen
                    ORDER BY old.first_seen DESC, old.id DESC LIMIT 1
                    """,
                arguments: [url])
        else { return [] }
        return try ClaimRecord.cited(db, where: "claim.document_id = ?", arguments: [previous], orderBy: "claim.id")
    }

    /// Sources whose latest fetch (of their own URL, up to `until`) failed, with the start of the failures.
    private static func failingSources(_ db: Database, asOf until: String) throws -> [FailingSource] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                WITH latest AS (
                    SELECT source.url,
                           (SELECT fetch.id FROM fetch
                            WHERE (fetch.requested_url = source.url OR fetch.final_url = source.url)
                              AND fetch.fetched_at <= ?
                            ORDER BY fetch.fetched_at DESC, fetch.id DESC LIMIT 1) AS fetch_id
                    FROM source
                )
                SELECT latest.url, fetch.error,
                       (SELECT min(failed.fetched_at) FROM fetch AS failed
                        WHERE (failed.requested_url = latest.url OR failed.final_url = latest.url)
                          AND failed.error IS NOT NULL AND failed.fetched_at <= ?
                          AND failed.fetched_at > coalesce(
                              (SELECT max(worked.fetched_at) FROM fetch AS worked
                               WHERE (worked.requested_url = latest.url OR worked.final_url = latest.url)
                                 AND worked.error IS NULL AND worked.fetched_at <= ?), '')) AS failing_since
                FROM latest JOIN fetch ON fetch.id = latest.fetch_id
                WHERE fetch.error IS NOT NULL
                ORDER BY failing_since, latest.url
                """,
            arguments: [until, until, until])
        return try rows.map { row in
            FailingSource(
                url: try row.decode(String.self, forColumn: "url"), since: try row.time("failing_since"),
                lastError: try row.decode(String.self, forColumn: "error"))
        }
    }
}
