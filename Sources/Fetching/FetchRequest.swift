/// One page to fetch, with the validators of the copy already stored (for a conditional GET).
///
/// ```swift
/// let request = FetchRequest(url: "https://example.com/notes", etag: stored.etag,
///                            lastModified: stored.lastModified)
/// let fetch = try await fetcher.fetch(request)
/// if fetch.isNotModified { /* keep the stored copy */ }
/// ```
public struct FetchRequest: Hashable, Sendable {
    public var url: String
    /// Sent back exactly as `If-None-Match`.
    public var etag: String?
    /// Sent back exactly as `If-Modified-Since` (the raw `Last-Modified` header value).
    public var lastModified: String?
    /// The host's limits; the request waits on the fetch thread until they let it start (nil: not paced).
    public var rule: HostRule?

    public init(url: String, etag: String? = nil, lastModified: String? = nil, rule: HostRule? = nil) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.rule = rule
    }
}
