public import Foundation
internal import GRDB

/// A stored fetch as the `sources` listing and the digest show it: when, what came back, what failed.
public struct FetchSummary: Hashable, Sendable {
    public var id: Int64
    public var sourceID: Int64?
    public var requestedURL: String
    public var finalURL: String?
    public var status: Int?
    public var fetchedAt: Date
    /// The archived body's hash; nil for a 304 or a failure.
    public var sha256: String?
    public var error: String?

    public init(
        id: Int64, sourceID: Int64?, requestedURL: String, finalURL: String?, status: Int?, fetchedAt: Date,
        sha256: String?, error: String?
    ) {
        self.id = id
        self.sourceID = sourceID
        self.requestedURL = requestedURL
        self.finalURL = finalURL
        self.status = status
        self.fetchedAt = fetchedAt
        self.sha256 = sha256
        self.error = error
    }

    init(row: Row) throws {
        self.init(
            id: try row.decode(Int64.self, forColumn: "id"),
            sourceID: try row.decode(Int64?.self, forColumn: "source_id"),
            requestedURL: try row.decode(String.self, forColumn: "requested_url"),
            finalURL: try row.decode(String?.self, forColumn: "final_url"),
            status: try row.decode(Int?.self, forColumn: "status"),
            fetchedAt: try row.time("fetched_at"),
            sha256: try row.decode(String?.self, forColumn: "sha256"),
            error: try row.decode(String?.self, forColumn: "error"))
    }
}
