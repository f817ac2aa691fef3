import ArgumentParser
import Fetching
import Extraction
import Foundation
import Logging
import Pipeline

struct CrawlCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crawl",
        abstract: "Fetch sources, archive responses, extract claims and flag conflicts.",
        discussion: """
            With --url, crawls those URLs only: a feed (RSS, Atom or JSON Feed, recognized from its content) \
            is crawled with the entries it links to; any other URL is one page. Without --url, crawls the \
            sources defined in --feeds (default Feeds/). robots.txt is obeyed. On a terminal a live line shows \
            the progress; otherwise each URL is logged. Ends with a one-line summary. SIGINT or SIGTERM stops \
            after the transfers under way (a second one quits at once; the store stays consistent).
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Folder of publisher definitions (default Feeds/).")
    var feeds: String = "Feeds"

    @Option(name: .long, help: "A URL or file to crawl instead of the configured sources (repeatable).")
    var url: [String] = []

    @Flag(name: .long, help: "Crawl only the sources whose next scheduled time has come.")
    var due = false

    @Option(name: .customLong("per-host"), help: "For this run: at most N connections per host.")
    var perHost: Int?

    @Option(name: .long, help: "For this run: at least SECONDS between requests to one host.")
    var delay: Double?

    @Flag(name: .long, help: "Print the summary as JSON.")
    var json = false

    @Flag(name: [.short, .long], help: "Print only the summary and errors.")
    var quiet = false

    func validate() throws {
        if let perHost, perHost < 1 { throw ValidationError("--per-host must be at least 1") }
        if let delay, delay < 0 || !delay.isFinite { throw ValidationError("--delay must be zero or more seconds") }
        if due && !url.isEmpty { throw ValidationError("--due schedules configured sources; it cannot be combined with --url") }
    }

    func run() async throws {
        let store = try storeOptions.open()
        let signals = StopSignals()
        // The fetcher paces each host itself (connections and delay); libcurl's own cap stays out of its way.
        let fetcher = Fetcher(configuration: FetchConfiguration(maxConnectionsPerHost: 0))
        let live = !quiet && !json && Terminal.isInteractive(.standardError) ? ProgressLine() : nil
        let logger = ConsoleLog.logger(label: "modeltrack.crawl", quiet: quiet || json, progressLine: live)
        let politeness = Politeness(perHostOverride: perHost, delayOverride: delay)
        var report: (@Sendable (CrawlProgress) -> Void)?
        if let live { report = { live.update($0) } }
        let registry = try ModelCatalog.registry(feedsDirectory: URL(fileURLWithPath: feeds, isDirectory: true))
        let crawler = Crawler(
            store: store, fetcher: fetcher, extractor: ClaimExtractor(registry: registry), politeness: politeness,
            logger: logger, progress: report)

        let summary: CrawlSummary
        if url.isEmpty {
            let catalog = try SourceCatalog(directory: URL(fileURLWithPath: feeds, isDirectory: true))
            var sources = catalog.sources
            if due { sources = try Schedule(store: store).due(sources, at: Date()) }
            summary = try await crawler.crawl(sources: sources, stop: signals.stop)
        } else {
            summary = try await crawler.crawl(urls: url.map { InputLocation.url(for: $0) }, stop: signals.stop)
        }
        live?.clear()
        if json {
            try Output.printJSON(summary)
        } else {
            print(summary.line)
            if quiet || live != nil {
                for failure in summary.failures {
                    Output.printError("failed: \(failure.url): \(failure.message)")
                }
            }
        }
    }
}
