import ArgumentParser
import Fetching
import Foundation
import Logging
import Model
import Pipeline

struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Crawl each configured source whenever it is due, in the foreground, until stopped.",
        discussion: """
            Reads --feeds (default Feeds/) before each round, crawls the sources that are due, prints each \
            round's summary, then sleeps until the next source is due. SIGINT or SIGTERM finishes the \
            transfers under way, stores them and exits 0 (a second signal quits at once).
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Folder of publisher definitions (default Feeds/).")
    var feeds: String = "Feeds"

    @Option(name: .customLong("per-host"), help: "At most N connections per host.")
    var perHost: Int?

    @Option(name: .long, help: "At least SECONDS between requests to one host.")
    var delay: Double?

    @Flag(name: [.short, .long], help: "Print only each round's summary and errors.")
    var quiet = false

    /// The longest nap between two looks at the schedule (so edited publisher files are picked up).
    static let longestNap: TimeInterval = 60

    func validate() throws {
        if let perHost, perHost < 1 { throw ValidationError("--per-host must be at least 1") }
        if let delay, delay < 0 || !delay.isFinite { throw ValidationError("--delay must be zero or more seconds") }
    }

    func run() async throws {
        let store = try storeOptions.open()
        let signals = StopSignals()
        let fetcher = Fetcher(configuration: FetchConfiguration(maxConnectionsPerHost: 0))
        let logger = ConsoleLog.logger(label: "modeltrack.watch", quiet: quiet)
        let crawler = Crawler(
            store: store, fetcher: fetcher, politeness: Politeness(perHostOverride: perHost, delayOverride: delay),
            logger: logger)
        let schedule = Schedule(store: store)
        let folder = URL(fileURLWithPath: feeds, isDirectory: true)
        logger.info("watching the sources in \(feeds)/ (SIGINT or SIGTERM to stop)")
        while !signals.stop.isStopped {
            let sources = try SourceCatalog(directory: folder).sources
            let due = try schedule.due(sources, at: Date())
            if !due.isEmpty {
                let summary = try await crawler.crawl(sources: due, stop: signals.stop)
                FileHandle.standardOutput.write(Data((summary.line + "\n").utf8))
            }
            guard !signals.stop.isStopped else { break }
            let next = try sources.map { try schedule.nextDue($0) }.min() ?? .distantFuture
            let nap = min(Self.longestNap, max(1, next.timeIntervalSinceNow))
            if next != .distantFuture, !quiet { logger.info("next source due at \(Timestamp.format(next))") }
            await Self.sleep(nap, unless: signals.stop)
        }
        logger.info("stopped")
    }

    /// Sleeps in short steps so that a stop is noticed within a quarter of a second.
    static func sleep(_ seconds: TimeInterval, unless stop: CrawlStop) async {
        let deadline = Date().addingTimeInterval(seconds)
        while !stop.isStopped, Date() < deadline {
            try? await Task.sleep(for: .milliseconds(250))
        }
    }
}
