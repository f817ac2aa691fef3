internal import Foundation
internal import GRDB
internal import Model

/// Writes prepared pages inside the caller's transaction with cached statements, and indexes their new
/// documents and claims for full-text search at the end, one statement per table.
///
/// FTS5 flushes its pending index to disk at every statement savepoint, so indexing row by row (the
/// insert triggers) writes one small segment per row and then merges them; indexing a batch with one
/// `INSERT … SELECT` writes one. While the `full-text-deferred` marker row exists (only inside this
/// transaction: it is deleted before the commit) the insert triggers stand aside (migration
/// `v3-full-text-in-batches`); rows inserted any other way are still indexed by the triggers.
enum PageInsertion {
    /// The `crawl_marker` row that tells the full-text insert triggers to stand aside.
    static let deferredMarker = "full-text-deferred"

    static func insert(_ pages: [PreparedPage], readsClaims: Bool, _ db: Database) throws -> [SavedPage] {
        try db.cachedStatement(sql: "INSERT INTO crawl_marker (name, value) VALUES (?, '') ON CONFLICT (name) DO NOTHING")
            .execute(arguments: [deferredMarker])
        var firstDocument: Int64?
        var firstClaim: Int64?
        var saved: [SavedPage] = []
        saved.reserveCapacity(pages.count)
        for page in pages {
            saved.append(try insert(page, firstDocument: &firstDocument, firstClaim: &firstClaim, db))
        }
        // Row ids are allocated above the largest one, so every row from the first new id on is new here.
        if let firstDocument {
            try db.cachedStatement(
                sql: "INSERT INTO document_fts (rowid, title, main_text) SELECT id, title, main_text FROM document WHERE id >= ?"
            ).execute(arguments: [firstDocument])
        }
        if let firstClaim {
            try db.cachedStatement(
                sql: """
                    INSERT INTO claim_fts (rowid, model, model_name, attribute, quote)
                    SELECT id, model, model_name, attribute, quote FROM claim WHERE id >= ?
                    """
            ).execute(arguments: [firstClaim])
        }
        try db.cachedStatement(sql: "DELETE FROM crawl_marker WHERE name = ?").execute(arguments: [deferredMarker])
        guard readsClaims else { return saved }
        for index in saved.indices {
            guard let documentID = saved[index].documentID else { continue }
            saved[index].claims = try ClaimRecord.cited(
                db, where: "claim.document_id = ?", arguments: [documentID], cached: true)
        }
        return saved
    }

    /// Writes one page: the body if missing, the fetch, and a new document with its claims (or makes the
    /// stored copy with the same hash current again).
    private static func insert(
        _ page: PreparedPage, firstDocument: inout Int64?, firstClaim: inout Int64?, _ db: Database
    ) throws -> SavedPage {
        if let body = page.body { try body.insertIfMissing(db, at: page.page.fetch.fetchedAt) }
        try db.cachedStatement(
            sql: """
                INSERT INTO fetch (source_id, requested_url, final_url, status, etag, last_modified, content_type,
                                   redirect_count, fetched_at, sha256)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: StatementArguments(page.fetchRow))
        let fetchID = db.lastInsertedRowID
        if let entry = page.fetchedEntry {
            try db.cachedStatement(sql: "UPDATE feed_entry SET fetched_at = ?, failures = 0 WHERE url = ?")
                .execute(arguments: [entry.at, entry.url])
        }
        guard let document = page.document, let sha256 = page.sha256 else {
            return SavedPage(fetchID: fetchID, sha256: page.sha256, documentID: nil, isNewDocument: false, claims: [])
        }
        if let existing = try DocumentRecord.id(db, url: document.url, sha256: sha256) {
            try DocumentRecord.makeCurrent(db, id: existing, url: document.url)
            return SavedPage(fetchID: fetchID, sha256: sha256, documentID: existing, isNewDocument: false, claims: [])
        }
        try DocumentRecord.retire(db, url: document.url)
        var values = document.values
        values.insert(fetchID.databaseValue, at: 2)
        try db.cachedStatement(
            sql: """
                INSERT INTO document (url, sha256, fetch_id, title, published, author, canonical_url, language,
                                      main_text, tables_json, first_seen, is_current)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                """
        ).execute(arguments: StatementArguments(values))
        let documentID = db.lastInsertedRowID
        if firstDocument == nil { firstDocument = documentID }
        let claim = try db.cachedStatement(
            sql: """
                INSERT INTO claim (document_id, fetch_id, model, model_name, attribute, value, unit, text,
                                   qualifiers, quote, first_seen)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for row in page.claimRows {
            try claim.execute(arguments: StatementArguments([documentID.databaseValue, fetchID.databaseValue] + row.values))
            if firstClaim == nil { firstClaim = db.lastInsertedRowID }
        }
        return SavedPage(fetchID: fetchID, sha256: sha256, documentID: documentID, isNewDocument: true, claims: [])
    }
}
