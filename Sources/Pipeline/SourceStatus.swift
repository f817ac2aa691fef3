public import Foundation
public import Model
public import Store

/// A configured source with its schedule and how its crawls went, for `modeltrack sources`.
public struct SourceStatus: Sendable, Encodable {
    public var source: Source
    public var lastFetch: FetchSummary?
    public var nextDue: Date?
    /// The stored crawl state: failures in a row, last success, current interval.
    public var crawlHealth: SourceHealth?

    public init(source: Source, store: FactStore) throws {
        self.source = source
        self.lastFetch = try store.latestFetches(url: source.url, limit: 1).first
        self.crawlHealth = try store.health(url: source.url)
        let due = try Schedule(store: store).nextDue(source)
        self.nextDue = due == .distantPast ? nil : due
    }

    /// `ok`, `failing` or `never fetched`.
    public var health: String {
        if let crawlHealth { return crawlHealth.consecutiveFailures > 0 ? "failing" : "ok" }
        guard let lastFetch else { return "never fetched" }
        return lastFetch.error == nil ? "ok" : "failing"
    }

    /// The error that makes the source fail (the latest crawl's, else the latest fetch's).
    public var lastError: String? {
        if let crawlHealth, crawlHealth.consecutiveFailures > 0 { return crawlHealth.lastError }
        return lastFetch?.error
    }

    enum CodingKeys: String, CodingKey {
        case url, kind, name, publisher, vendor, health, error
        case intervalSeconds = "interval_seconds"
        case lastFetched = "last_fetched"
        case lastStatus = "last_status"
        case nextDue = "next_due"
        case consecutiveFailures = "consecutive_failures"
        case lastSuccess = "last_success"
        case currentIntervalSeconds = "current_interval_seconds"
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
        try container.encode(lastError, forKey: .error)
        try container.encode(nextDue.map(Timestamp.format), forKey: .nextDue)
        try container.encode(crawlHealth?.consecutiveFailures ?? 0, forKey: .consecutiveFailures)
        try container.encode(crawlHealth?.lastSuccess.map(Timestamp.format), forKey: .lastSuccess)
        try container.encode(crawlHealth?.interval ?? source.interval, forKey: .currentIntervalSeconds)
    }
}
