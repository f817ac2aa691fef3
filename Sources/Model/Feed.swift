public import Foundation

/// An RSS or Atom feed: its entries with absolute links.
public struct Feed: Hashable, Sendable {
    public enum Format: String, Hashable, Sendable, Codable {
        case rss, atom, rdf, json
    }

    public var format: Format
    public var title: String?
    /// The site the feed describes.
    public var link: String?
    public var entries: [FeedEntry]
    /// How long the feed asks readers to wait before polling again (RSS `ttl`), in seconds.
    public var ttl: TimeInterval?

    public init(
        format: Format, title: String? = nil, link: String? = nil, entries: [FeedEntry] = [], ttl: TimeInterval? = nil
    ) {
        self.format = format
        self.title = title
        self.link = link
        self.entries = entries
        self.ttl = ttl
    }
}

/// One item of a feed.
public struct FeedEntry: Hashable, Sendable {
    /// The GUID or Atom id when there is one, else the link.
    public var id: String
    public var title: String?
    /// Absolute URL: relative links are resolved against `xml:base` or the feed's URL.
    public var url: String
    public var published: Date?
    public var updated: Date?
    public var summary: String?

    public init(
        id: String, title: String? = nil, url: String, published: Date? = nil, updated: Date? = nil,
        summary: String? = nil
    ) {
        self.id = id
        self.title = title
        self.url = url
        self.published = published
        self.updated = updated
        self.summary = summary
    }
}
