/// The cache validators of a stored response, sent back as `If-None-Match` / `If-Modified-Since`.
public struct Validators: Hashable, Sendable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String?, lastModified: String?) {
        self.etag = etag
        self.lastModified = lastModified
    }
}
