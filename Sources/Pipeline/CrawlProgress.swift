/// How far a crawl has come, reported after each URL.
public struct CrawlProgress: Sendable, Hashable {
    /// URLs finished (stored, unchanged, skipped or failed).
    public var done: Int
    /// URLs known so far: finished, under way and queued (grows as feeds list entries).
    public var total: Int
    public var failed: Int
    /// Seconds since the crawl started.
    public var seconds: Double

    public init(done: Int, total: Int, failed: Int, seconds: Double) {
        self.done = done
        self.total = total
        self.failed = failed
        self.seconds = seconds
    }

    /// Finished URLs per second so far.
    public var pagesPerSecond: Double { seconds > 0 ? Double(done) / seconds : 0 }
}
