internal import CCurl
public import Foundation
public import Model

/// Placeholder API; the Fetching helper replaces this file.
public struct FetchRequest: Hashable, Sendable {
    public var url: String
    public var etag: String?
    public var lastModified: String?
    public init(url: String, etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
    }
}
