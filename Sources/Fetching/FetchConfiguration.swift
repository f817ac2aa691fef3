public import Foundation
import Model

/// How a ``Fetcher`` transfers: identity, time limits, size limit, redirects and connection limits.
public struct FetchConfiguration: Sendable {
    /// The User-Agent header; names modeltrack, its version and where to read about it.
    public var userAgent: String
    /// Seconds allowed to establish a connection.
    public var connectTimeout: TimeInterval
    /// Seconds allowed for the whole transfer, redirects included (0: no limit).
    public var timeout: TimeInterval
    /// Abort when fewer than 1 byte per second arrives for this many seconds (0: never).
    public var stallTimeout: TimeInterval
    /// The largest body accepted, counted after decompression.
    public var maxBodyBytes: Int
    /// How many redirects are followed before giving up.
    public var maxRedirects: Int
    /// The most transfers running at once across all hosts (0: no limit).
    public var maxConnections: Int
    /// libcurl's own cap on connections to one host (0: no limit); requests with a ``HostRule`` are
    /// also held to the rule's limits.
    public var maxConnectionsPerHost: Int
    /// Which failures are tried again, and when.
    public var retry: RetryPolicy
    /// A number in [0, 1] for each backoff's jitter (tests pin it).
    public var jitter: @Sendable () -> Double
    /// The clock that stamps ``Model/Fetch/fetchedAt``.
    public var now: @Sendable () -> Date

    /// The User-Agent modeltrack announces unless told otherwise.
    public static let defaultUserAgent = "modeltrack/\(ModelTrackInfo.version) (+\(ModelTrackInfo.homepage))"

    public init(
        userAgent: String = FetchConfiguration.defaultUserAgent,
        connectTimeout: TimeInterval = 10,
        timeout: TimeInterval = 60,
        stallTimeout: TimeInterval = 20,
        maxBodyBytes: Int = 8 * 1024 * 1024,
        maxRedirects: Int = 10,
        maxConnections: Int = 16,
        maxConnectionsPerHost: Int = 2,
        retry: RetryPolicy = RetryPolicy(),
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0...1) },
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.userAgent = userAgent
        self.connectTimeout = connectTimeout
        self.timeout = timeout
        self.stallTimeout = stallTimeout
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
        self.maxConnections = maxConnections
        self.maxConnectionsPerHost = maxConnectionsPerHost
        self.retry = retry
        self.jitter = jitter
        self.now = now
    }
}
