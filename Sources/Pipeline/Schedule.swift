public import Foundation
public import Model
public import Store

/// Decides when each source is crawled next, and which sources are due.
///
/// A page is polled every `interval`. A feed's interval adapts to how often it publishes
/// (Miniflux's entry-frequency idea): a week divided by the entries that appeared in the last
/// week, kept between the source's `minInterval` and `maxInterval` (default a quarter and four
/// times `interval`), and the maximum when nothing appeared. Never sooner than the server asks
/// (Cache-Control max-age, Expires, RSS ttl, Retry-After; an ask is honoured up to
/// ``longestServerWait``). A source that fails backs off: `interval × 2^(failures−1)`, up to a week,
/// and is tried again then — it is never dropped.
public struct Schedule: Sendable {
    let store: FactStore

    /// The longest wait a server's headers or ttl can impose.
    public static let longestServerWait: TimeInterval = 7 * 86_400
    /// The longest back-off of a failing source (unless its own interval is longer).
    public static let longestBackoff: TimeInterval = 7 * 86_400

    public init(store: FactStore) { self.store = store }

    /// The sources whose next crawl time has come (never crawled ones included).
    public func due(_ sources: [Source], at now: Date) throws -> [Source] {
        try sources.filter { source in try nextDue(source) <= now }
    }

    /// When `source` is due: its stored schedule, else one interval after its latest fetch, else now.
    public func nextDue(_ source: Source) throws -> Date {
        if let health = try store.health(url: source.url) { return health.nextDue }
        guard let last = try store.latestFetches(url: source.url, limit: 1).first?.fetchedAt else { return .distantPast }
        return last.addingTimeInterval(source.interval)
    }

    /// The interval a feed's publishing rate suggests, between the source's bounds.
    public static func adaptedInterval(for source: Source, entriesLastWeek: Int) -> TimeInterval {
        let (low, high) = bounds(of: source)
        guard entriesLastWeek > 0 else { return high }
        return min(high, max(low, 7 * 86_400 / Double(entriesLastWeek)))
    }

    static func bounds(of source: Source) -> (TimeInterval, TimeInterval) {
        let low = max(1, source.minInterval ?? source.interval / 4)
        return (low, max(low, source.maxInterval ?? source.interval * 4))
    }

    /// The source's health after one crawl of it.
    ///
    /// - Parameters:
    ///   - error: why the crawl failed; nil for success (a 304 included).
    ///   - serverWait: the longest wait the server asked for (see ``RevisitHint``).
    ///   - entriesLastWeek: for a feed, entries that appeared in the last week; nil for a page.
    public static func health(
        after previous: SourceHealth?, source: Source, error: String?, serverWait: TimeInterval?,
        entriesLastWeek: Int?, at now: Date
    ) -> SourceHealth {
        let failures = error == nil ? 0 : (previous?.consecutiveFailures ?? 0) + 1
        var interval: TimeInterval
        if failures > 0 {
            let doubled = source.interval * pow(2, Double(min(failures - 1, 20)))
            interval = min(doubled, max(source.interval, longestBackoff))
        } else if let entriesLastWeek, source.kind == .feed {
            interval = adaptedInterval(for: source, entriesLastWeek: entriesLastWeek)
        } else {
            interval = source.interval
        }
        if let serverWait, serverWait > 0 { interval = max(interval, min(serverWait, longestServerWait)) }
        interval = max(1, interval)
        return SourceHealth(
            url: source.url, lastAttempt: now, lastSuccess: error == nil ? now : previous?.lastSuccess,
            consecutiveFailures: failures, lastError: error ?? nil, interval: interval,
            nextDue: now.addingTimeInterval(interval))
    }
}
