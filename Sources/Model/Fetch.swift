public import Foundation

/// One HTTP(S) or file transfer as it happened: what was asked, where it ended, what came back.
public struct Fetch: Hashable, Sendable {
    public var requestedURL: String
    /// The URL after redirects.
    public var finalURL: String
    /// The HTTP status (0 for `file://`, which has none).
    public var status: Int
    public var etag: String?
    public var lastModified: String?
    public var contentType: String?
    public var fetchedAt: Date
    /// The exact bytes the server sent (after transfer decoding such as gzip), empty for a 304.
    public var body: Data
    /// How many redirects were followed.
    public var redirectCount: Int
    /// The final response's `Cache-Control`, `Expires` and `Retry-After` headers as sent, for scheduling.
    public var cacheControl: String?
    public var expires: String?
    public var retryAfter: String?

    public init(
        requestedURL: String, finalURL: String, status: Int, etag: String? = nil, lastModified: String? = nil,
        contentType: String? = nil, fetchedAt: Date, body: Data, redirectCount: Int = 0,
        cacheControl: String? = nil, expires: String? = nil, retryAfter: String? = nil
    ) {
        self.requestedURL = requestedURL
        self.finalURL = finalURL
        self.status = status
        self.etag = etag
        self.lastModified = lastModified
        self.contentType = contentType
        self.fetchedAt = fetchedAt
        self.body = body
        self.redirectCount = redirectCount
        self.cacheControl = cacheControl
        self.expires = expires
        self.retryAfter = retryAfter
    }

    /// A 2xx status, or a `file://` read (status 0) that succeeded.
    public var isSuccess: Bool { status == 0 || (200..<300).contains(status) }

    /// 304: the stored copy is still current.
    public var isNotModified: Bool { status == 304 }

    /// The charset the server declared in Content-Type, if any (`utf-8`, `iso-8859-1`).
    public var declaredCharset: String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \"'")).lowercased()
            }
        }
        return nil
    }
}
