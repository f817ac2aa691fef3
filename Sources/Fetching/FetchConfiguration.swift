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
    /// The most connections open at once across all hosts (0: no limit).
    public var maxConnections: Int
    /// The most connections open at once to one host (0: no limit).
    public var maxConnectionsPerHost: Int
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
        self.now = now
    }
}
