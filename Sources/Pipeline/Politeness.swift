public import Foundation
public import Model

/// How hard modeltrack may press one host: connections at once and seconds between requests.
///
/// A source's own settings (`per_host`, `delay` in its definition) apply to its host; a run's
/// overrides (`crawl --per-host`, `--delay`) beat both. Loopback hosts (local mirrors, tests) get no
/// default delay; every other host gets `defaultDelay`.
public struct Politeness: Sendable, Hashable {
    public var perHostOverride: Int?
    public var delayOverride: TimeInterval?
    public var defaultPerHost: Int
    public var defaultDelay: TimeInterval

    public init(
        perHostOverride: Int? = nil, delayOverride: TimeInterval? = nil, defaultPerHost: Int = 2,
        defaultDelay: TimeInterval = 1
    ) {
        self.perHostOverride = perHostOverride
        self.delayOverride = delayOverride
        self.defaultPerHost = defaultPerHost
        self.defaultDelay = defaultDelay
    }

    /// The limits for one URL, given the source it was reached through (if it shares its host).
    public func rule(for url: String, source: Source?) -> HostRule {
        let host = Self.host(of: url)
        let own = source.flatMap { Self.host(of: $0.url) == host ? $0 : nil }
        let connections = perHostOverride ?? own?.perHost ?? defaultPerHost
        let delay = delayOverride ?? own?.delay ?? (Self.isLoopback(host) ? 0 : defaultDelay)
        return HostRule(host: host, connections: max(1, connections), delay: max(0, delay))
    }

    /// The lowercased host of an http(s) URL; nil for file URLs and anything without a host.
    static func host(of url: String) -> String? {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(),
            scheme == "http" || scheme == "https"
        else { return nil }
        return parsed.host?.lowercased()
    }

    static func isLoopback(_ host: String?) -> Bool {
        guard let host else { return true }
        return host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}

/// The limits for one host.
public struct HostRule: Sendable, Hashable {
    /// nil for `file://`, which no pacing applies to.
    public var host: String?
    public var connections: Int
    public var delay: TimeInterval

    public init(host: String?, connections: Int, delay: TimeInterval) {
        self.host = host
        self.connections = connections
        self.delay = delay
    }
}
