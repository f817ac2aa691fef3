public import Foundation

/// Something modeltrack polls: a feed, a page (release notes, a model card) or a leaderboard.
public struct Source: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// An RSS or Atom feed whose entries are crawled too.
        case feed
        /// One page: release notes, a changelog, a model card, a blog post.
        case page
        /// A page whose tables rank models.
        case leaderboard
    }

    /// The URL fetched (http, https or file).
    public var url: String
    public var kind: Kind
    /// A short label (`Qwen blog`).
    public var name: String
    /// Who publishes it (`Alibaba Qwen team`).
    public var publisher: String
    /// Whether the publisher is the lab that makes the models (its release notes weigh more than press).
    public var isVendor: Bool
    /// Seconds between polls.
    public var interval: TimeInterval
    /// At most this many connections to the host at once.
    public var perHost: Int?
    /// At least this many seconds between two requests to the host.
    public var delay: TimeInterval?
    /// For a CSV, JSON or YAML leaderboard: where its records are and which field holds what.
    public var records: RecordMapping?

    public init(
        url: String, kind: Kind, name: String, publisher: String, isVendor: Bool = false,
        interval: TimeInterval = 86_400, perHost: Int? = nil, delay: TimeInterval? = nil, records: RecordMapping? = nil
    ) {
        self.url = url
        self.kind = kind
        self.name = name
        self.publisher = publisher
        self.isVendor = isVendor
        self.interval = interval
        self.perHost = perHost
        self.delay = delay
        self.records = records
    }
}
