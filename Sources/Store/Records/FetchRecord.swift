internal import Foundation
internal import GRDB
internal import Model

/// A row of `fetch`: one transfer, its outcome, and the hash of the body it brought (if archived).
struct FetchRecord: MutablePersistableRecord {
    static let databaseTableName = "fetch"

    var id: Int64?
    var sourceID: Int64?
    var requestedURL: String
    var finalURL: String?
    var status: Int?
    var etag: String?
    var lastModified: String?
    var contentType: String?
    var redirectCount: Int
    var fetchedAt: Date
    var sha256: String?
    var error: String?

    /// The row for `fetch`, archived under `sha256` (nil when no body is kept).
    init(_ fetch: Fetch, requestedURL: String? = nil, sourceID: Int64?, sha256: String?, error: String? = nil) {
        self.sourceID = sourceID
        self.requestedURL = requestedURL ?? fetch.requestedURL
        self.finalURL = fetch.finalURL
        self.status = fetch.status
        self.etag = fetch.etag
        self.lastModified = fetch.lastModified
        self.contentType = fetch.contentType
        self.redirectCount = max(0, fetch.redirectCount)
        self.fetchedAt = fetch.fetchedAt
        self.sha256 = sha256
        self.error = error
    }

    /// The row for a transfer that ended before any response (a transport error).
    init(failedRequest requestedURL: String, sourceID: Int64?, error: String, at date: Date) {
        self.sourceID = sourceID
        self.requestedURL = requestedURL
        self.redirectCount = 0
        self.fetchedAt = date
        self.error = error
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["source_id"] = sourceID
        container["requested_url"] = requestedURL
        container["final_url"] = finalURL
        container["status"] = status
        container["etag"] = etag
        container["last_modified"] = lastModified
        container["content_type"] = contentType
        container["redirect_count"] = redirectCount
        container["fetched_at"] = Timestamp.format(fetchedAt)
        container["sha256"] = sha256
        container["error"] = error
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
