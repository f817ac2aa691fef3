public import Foundation

/// How crawling one source has gone, and when it is due again (a row of `crawl_state`).
public struct SourceHealth: Sendable, Hashable {
    public var url: String
    public var lastAttempt: Date
    public var lastSuccess: Date?
    /// Crawls in a row that failed; 0 after a success.
    public var consecutiveFailures: Int
    /// The error of the latest failed crawl (kept until a success clears it).
    public var lastError: String?
    /// The interval the schedule settled on after the latest crawl (adapted, or backed off).
    public var interval: TimeInterval
    public var nextDue: Date

    public init(
        url: String, lastAttempt: Date, lastSuccess: Date?, consecutiveFailures: Int, lastError: String?,
        interval: TimeInterval, nextDue: Date
    ) {
        self.url = url
        self.lastAttempt = lastAttempt
        self.lastSuccess = lastSuccess
        self.consecutiveFailures = consecutiveFailures
        self.lastError = lastError
        self.interval = interval
        self.nextDue = nextDue
    }
}
