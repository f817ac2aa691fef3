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
            With --url, crawls those URLs only: a feed (RSS or Atom, recognized from its content) is crawled \
            with the entries it links to; any other URL is one page. Without --url, crawls the sources defined \
            in --feeds (default Feeds/). Ends with a one-line summary.
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
        // The crawler paces each host itself (connections and delay); libcurl's own cap stays out of its way.
        let fetcher = Fetcher(configuration: FetchConfiguration(maxConnectionsPerHost: 0))
        let logger = ConsoleLog.logger(label: "modeltrack.crawl", quiet: quiet || json)
        let politeness = Politeness(perHostOverride: perHost, delayOverride: delay)
        let registry = try ModelCatalog.registry(feedsDirectory: URL(fileURLWithPath: feeds, isDirectory: true))
        let crawler = Crawler(
            store: store, fetcher: fetcher, extractor: ClaimExtractor(registry: registry), politeness: politeness,
            logger: logger)

        let summary: CrawlSummary
        if url.isEmpty {
            let catalog = try SourceCatalog(directory: URL(fileURLWithPath: feeds, isDirectory: true))
            var sources = catalog.sources
            if due { sources = try Schedule(store: store).due(sources, at: Date()) }
            summary = try await crawler.crawl(sources: sources)
        } else {
            summary = try await crawler.crawl(urls: url.map { InputLocation.url(for: $0) })
        }
        if json {
            try Output.printJSON(summary)
        } else {
            print(summary.line)
            if quiet {
                for failure in summary.failures {
                    Output.printError("failed: \(failure.url): \(failure.message)")
                }
            }
        }
    }
}
