public import Foundation

/// One entry as a feed lists it, keyed for de-duplication.
public struct ListedEntry: Sendable, Hashable {
    /// The GUID or Atom id, else the link.
    public var key: String
    /// The absolute link to fetch.
    public var url: String
    /// The link normalized (see the Pipeline's canonical URLs), so a link that changes only in
    /// tracking parameters, scheme or case still matches.
    public var canonicalURL: String
    public var published: Date?
    /// When the feed says the entry last changed (its updated time, else its publication time).
    public var changed: Date?

    public init(key: String, url: String, canonicalURL: String, published: Date? = nil, changed: Date? = nil) {
        self.key = key
        self.url = url
        self.canonicalURL = canonicalURL
        self.published = published
        self.changed = changed
    }
}
