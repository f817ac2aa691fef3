public import Foundation
internal import GRDB
public import Model

extension FactStore {
    /// The ETag and Last-Modified of the latest successful (2xx) fetch of `url`, matched as the
    /// requested or the final URL, for a conditional GET; nil when there is none or it had neither.
    ///
    /// Only fetches whose body was archived count, so a 304 answer always has a stored copy behind it.
    public func validators(for url: String) throws -> Validators? {
        try read("reading validators for \(url)") { db in try Self.validators(db, url: url) }
    }

    /// ``validators(for:)`` inside a transaction the caller holds.
    static func validators(_ db: Database, url: String) throws -> Validators? {
        let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                SELECT etag, last_modified, fetched_at, id FROM fetch
                WHERE requested_url = ? AND status BETWEEN 200 AND 299 AND sha256 IS NOT NULL
                UNION ALL
                SELECT etag, last_modified, fetched_at, id FROM fetch
                WHERE final_url = ? AND status BETWEEN 200 AND 299 AND sha256 IS NOT NULL
                ORDER BY fetched_at DESC, id DESC
                LIMIT 1
                """),
            arguments: [url, url])
        guard let row else { return nil }
        let validators = Validators(
            etag: try row.decode(String?.self, forColumn: "etag"),
            lastModified: try row.decode(String?.self, forColumn: "last_modified"))
        return validators.etag == nil && validators.lastModified == nil ? nil : validators
    }

    /// Records a fetch that brought no body to archive: a transport error (`fetch` nil), a 304, or an
    /// HTTP error answer. Returns the `fetch` row id.
    ///
    /// `fetched_at` is `fetch.fetchedAt` when there is a response, else `date`. No body is archived
    /// here (use `savePage(_:)` for that), so these rows never serve as validators.
    @discardableResult
    public func recordFetch(
        _ fetch: Fetch?, requestedURL: String, sourceID: Int64?, error: String?, at date: Date
    ) throws -> Int64 {
        let context = "recording a fetch of \(requestedURL)"
        var record: FetchRecord
        if let fetch {
            record = FetchRecord(fetch, requestedURL: requestedURL, sourceID: sourceID, sha256: nil, error: error)
        } else {
            guard let error else {
                throw StoreError(
                    kind: .invalidInput, path: path, context: context,
                    message: "a fetch without a response needs an error message")
            }
            record = FetchRecord(failedRequest: requestedURL, sourceID: sourceID, error: error, at: date)
        }
        return try write(context) { db in
            try record.insert(db)
            return db.lastInsertedRowID
        }
    }

    /// The most recent fetches, newest first, optionally of one URL (requested or final).
    public func latestFetches(url: String? = nil, limit: Int = 50) throws -> [FetchSummary] {
        try read("listing fetches") { db in
            var sql = "SELECT * FROM fetch"
            var arguments: StatementArguments = []
            if let url {
                sql += " WHERE requested_url = ? OR final_url = ?"
                arguments = [url, url]
            }
            sql += " ORDER BY fetched_at DESC, id DESC LIMIT ?"
            _ = arguments.append(contentsOf: [max(0, limit)])
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(FetchSummary.init(row:))
        }
    }

    /// The latest fetch of `url` (requested or final) whose body was archived: the copy modeltrack holds.
    public func lastArchivedFetch(url: String) throws -> FetchSummary? {
        try read("finding the archived copy of \(url)") { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT * FROM fetch
                    WHERE (requested_url = ? OR final_url = ?) AND sha256 IS NOT NULL
                    ORDER BY fetched_at DESC, id DESC LIMIT 1
                    """,
                arguments: [url, url]
            ).map(FetchSummary.init(row:))
        }
    }
}
