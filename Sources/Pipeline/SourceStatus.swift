public import Foundation
public import Model
public import Store

/// A configured source with its schedule and how its last fetch went, for `modeltrack sources`.
public struct SourceStatus: Sendable, Encodable {
    public var source: Source
    public var lastFetch: FetchSummary?
    public var nextDue: Date?

    public init(source: Source, store: FactStore) throws {
        self.source = source
        self.lastFetch = try store.latestFetches(url: source.url, limit: 1).first
        self.nextDue = lastFetch.map { $0.fetchedAt.addingTimeInterval(source.interval) }
    }

    /// `ok`, `failing` or `never fetched`.
    public var health: String {
        guard let lastFetch else { return "never fetched" }
        return lastFetch.error == nil ? "ok" : "failing"
    }

    enum CodingKeys: String, CodingKey {
        case url, kind, name, publisher, vendor, health, error
        case intervalSeconds = "interval_seconds"
        case lastFetched = "last_fetched"
        case lastStatus = "last_status"
        case nextDue = "next_due"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source.url, forKey: .url)
        try container.encode(source.kind, forKey: .kind)
        try container.encode(source.name, forKey: .name)
        try container.encode(source.publisher, forKey: .publisher)
        try container.encode(source.isVendor, forKey: .vendor)
        try container.encode(source.interval, forKey: .intervalSeconds)
        try container.encode(health, forKey: .health)
        try container.encode(lastFetch.map { Timestamp.format($0.fetchedAt) }, forKey: .lastFetched)
        try container.encode(lastFetch?.status, forKey: .lastStatus)
        try container.encode(lastFetch?.error, forKey: .error)
        try container.encode(nextDue.map(Timestamp.format), forKey: .nextDue)
    }
}
