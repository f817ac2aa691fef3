public import Fetching
public import Foundation
public import Model

/// How hard modeltrack may press one host: connections at once and seconds between requests.
///
/// A source's own settings (`per_host`, `delay` in its definition) apply to its host, and the host's
/// robots.txt `Crawl-delay` (up to ``maxCrawlDelay``) lengthens the delay; a run's overrides
/// (`crawl --per-host`, `--delay`) beat all of them. Loopback hosts (local mirrors, tests) get no
/// default delay; every other host gets `defaultDelay`.
public struct Politeness: Sendable, Hashable {
    public var perHostOverride: Int?
    public var delayOverride: TimeInterval?
    public var defaultPerHost: Int
    public var defaultDelay: TimeInterval

    /// The longest robots.txt Crawl-delay obeyed; a longer one is treated as this.
    public static let maxCrawlDelay: TimeInterval = 120

    public init(
        perHostOverride: Int? = nil, delayOverride: TimeInterval? = nil, defaultPerHost: Int = 2,
        defaultDelay: TimeInterval = 1
    ) {
        self.perHostOverride = perHostOverride
        self.delayOverride = delayOverride
        self.defaultPerHost = defaultPerHost
        self.defaultDelay = defaultDelay
    }

    /// The limits for one URL, given the source it was reached through (if it shares its host) and
    /// the host's robots.txt Crawl-delay.
    public func rule(for url: String, source: Source?, crawlDelay: TimeInterval? = nil) -> HostRule {
        let host = HostRule.host(of: url)
        let own = source.flatMap { HostRule.host(of: $0.url) == host ? $0 : nil }
        let connections = perHostOverride ?? own?.perHost ?? defaultPerHost
        var delay = own?.delay ?? (Self.isLoopback(host) ? 0 : defaultDelay)
        if let crawlDelay { delay = max(delay, min(crawlDelay, Self.maxCrawlDelay)) }
        if let delayOverride { delay = delayOverride }
        return HostRule(host: host, connections: max(1, connections), delay: max(0, delay))
    }

    /// The lowercased host of an http(s) URL (with its port, if given); nil for file URLs.
    static func host(of url: String) -> String? {
        HostRule.host(of: url)
    }

    static func isLoopback(_ host: String?) -> Bool {
        guard let host else { return true }
        let name = host.hasPrefix("[") ? String(host.prefix { $0 != "]" }) + "]" : String(host.prefix { $0 != ":" })
        return name == "localhost" || name == "[::1]" || name.hasPrefix("127.")
    }
}
