internal import Foundation
internal import GRDB
internal import Model

/// The `document` table's per-URL bookkeeping: one row per URL and body hash; `is_current` marks
/// each URL's latest (rows are written by ``PageInsertion``).
enum DocumentRecord {
    /// The id of the document stored for `url` with body `sha256`, if any.
    static func id(_ db: Database, url: String, sha256: String) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM document WHERE url = ? AND sha256 = ?"), arguments: [url, sha256])
    }

    /// Makes document `id` the current one of `url`, and every other document of `url` not current.
    static func makeCurrent(_ db: Database, id: Int64, url: String) throws {
        try db.cachedStatement(sql: "UPDATE document SET is_current = 0 WHERE url = ? AND id <> ? AND is_current = 1")
            .execute(arguments: [url, id])
        try db.cachedStatement(sql: "UPDATE document SET is_current = 1 WHERE id = ? AND is_current = 0")
            .execute(arguments: [id])
    }

    /// Clears `is_current` on every document of `url` (before a new current one is inserted).
    static func retire(_ db: Database, url: String) throws {
        try db.cachedStatement(sql: "UPDATE document SET is_current = 0 WHERE url = ? AND is_current = 1").execute(arguments: [url])
    }
}
