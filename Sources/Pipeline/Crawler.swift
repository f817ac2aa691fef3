public import Conflicts
public import Extraction
public import Fetching
public import Foundation
public import Logging
public import Model
public import Store

/// Crawls URLs or configured sources: fetch, archive, parse, extract, store, then re-check conflicts.
///
/// ```swift
/// let crawler = Crawler(store: store, fetcher: Fetcher(), logger: logger)
/// let summary = try await crawler.crawl(urls: ["file:///srv/sample/feed.xml"])
/// print(summary.line)
/// ```
///
/// Every URL goes to the fetcher with its host's rule (``Politeness``, robots.txt Crawl-delay), which
/// queues it per host on the fetch thread; robots.txt is obeyed unless `obeysRobots` is false. A
/// feed's entries are remembered in the store, so a recrawl fetches only entries not seen before
/// (or updated since), even when the feed answers 304. Each source's health and next due time are
/// saved after its crawl. A ``CrawlStop`` ends the crawl early: transfers under way finish and are
/// stored, nothing new starts.
public struct Crawler: Sendable {
    let store: FactStore
    let fetcher: any PageFetching
    let reader: PageReader
    let detector: ConflictDetector
    let clock: @Sendable () -> Date
    let logger: Logger
    /// How many URLs are handed to the fetcher at once (it paces them per host).
    let width: Int
    let politeness: Politeness
    let robots: RobotsCache?
    let progress: (@Sendable (CrawlProgress) -> Void)?
    let writer: PageWriter

    public init(
        store: FactStore, fetcher: any PageFetching, extractor: ClaimExtractor = ClaimExtractor(),
        detector: ConflictDetector = ConflictDetector(), politeness: Politeness = Politeness(), width: Int = 256,
        obeysRobots: Bool = true, clock: @escaping @Sendable () -> Date = { Date() }, logger: Logger,
        progress: (@Sendable (CrawlProgress) -> Void)? = nil
    ) {
        self.store = store
        self.fetcher = fetcher
        self.reader = PageReader(extractor: extractor)
        self.detector = detector
        self.politeness = politeness
        self.width = max(1, width)
        self.robots = obeysRobots ? RobotsCache(fetcher: fetcher, clock: clock) : nil
        self.clock = clock
        self.logger = logger
        self.progress = progress
        self.writer = PageWriter(store: store)
    }

    /// Crawls the given URLs; a feed is crawled together with the entries it links to.
    public func crawl(urls: [String], stop: CrawlStop = CrawlStop()) async throws -> CrawlSummary {
        var targets: [Target] = []
        for url in urls {
            let source = Source(url: url, kind: .page, name: url, publisher: Self.commandLine)
            targets.append(
                Target(
                    url: url, source: source, sourceID: try store.upsertSource(source), followsEntries: true,
                    isAdHoc: true, isSourceRoot: true))
        }
        return try await crawl(targets, stop: stop)
    }

    /// Crawls configured sources; feeds are followed to their entries.
    public func crawl(sources: [Source], stop: CrawlStop = CrawlStop()) async throws -> CrawlSummary {
        var targets: [Target] = []
        for source in sources {
            let id = try store.upsertSource(source)
            targets.append(
                Target(
                    url: source.url, source: source, sourceID: id, followsEntries: source.kind == .feed,
                    isAdHoc: false, isSourceRoot: true))
        }
        return try await crawl(targets, stop: stop)
    }

    struct Target: Sendable {
        var url: String
        /// The source the URL is, or was reached through (a feed, for its entries).
        var source: Source
        var sourceID: Int64?
        var followsEntries: Bool
        /// Given with `--url` rather than defined in a publisher file.
        var isAdHoc: Bool
        /// The source's own URL (not one of its feed's entries): its outcome is the source's health.
        var isSourceRoot: Bool
        /// The stored copy's validators when already looked up (a feed entry), else nil and `knowsValidators` false.
        var validators: Validators? = nil
        var knowsValidators = false
    }

    /// One visited URL: what happened, and how long its server asked to be left alone.
    struct Visit: Sendable {
        var target: Target
        var outcome: PageOutcome
        var serverWait: TimeInterval?
    }

    /// The publisher recorded for sources given on the command line.
    static let commandLine = "command line"

    private func crawl(_ initial: [Target], stop: CrawlStop) async throws -> CrawlSummary {
        let started = clock()
        var summary = CrawlSummary()
        var seen = Set<String>()
        var queue = TargetQueue()
        for target in initial where seen.insert(target.url).inserted { queue.append(target) }
        let before = try openConflictKeys()
        let fetcher = self.fetcher
        let handler = stop.onStop { fetcher.abandonQueued() }
        defer { stop.removeHandler(handler) }
        let ledger = EntryLedger(store: store, logger: logger)

        await withTaskGroup(of: Visit.self) { group in
            var running = 0
            var done = 0
            while true {
                while running < width, !stop.isStopped, let target = queue.popFirst() {
                    running += 1
                    group.addTask { await self.visit(target, stop: stop) }
                }
                guard running > 0, let visit = await group.next() else { break }
                running -= 1
                let target = visit.target
                summary.record(visit.outcome, for: target.url)
                if case .notAttempted = visit.outcome { summary.notAttempted += 1 } else { done += 1 }
                log(visit.outcome, url: target.url)
                if !target.isSourceRoot { ledger.note(visit.outcome, url: target.url) }
                if target.isSourceRoot { recordHealth(visit) }
                if case .feed(let entries, _, _) = visit.outcome, target.followsEntries {
                    for entry in entries where seen.insert(entry.url).inserted {
                        queue.append(
                            Target(
                                url: entry.url, source: target.source, sourceID: target.sourceID, followsEntries: false,
                                isAdHoc: false, isSourceRoot: false, validators: entry.validators, knowsValidators: true))
                    }
                }
                progress?(
                    CrawlProgress(
                        done: done, total: done + running + queue.count, failed: summary.failures.count,
                        seconds: clock().timeIntervalSince(started)))
            }
        }
        summary.notAttempted += queue.count

        let after = try recomputeConflicts()
        summary.openConflicts = after.count
        summary.newConflicts = after.subtracting(before).count
        summary.resolvedConflicts = before.subtracting(after).count
        summary.seconds = clock().timeIntervalSince(started)
        return summary
    }

    /// Saves a source's health and next due time after its own URL was crawled.
    private func recordHealth(_ visit: Visit) {
        if case .notAttempted = visit.outcome { return }
        let source = visit.target.source
        let now = clock()
        do {
            let weekly: Int? =
                if case .feed = visit.outcome {
                    try store.feedEntriesAppeared(feedURL: source.url, since: now.addingTimeInterval(-7 * 86_400))
                } else { nil }
            let health = Schedule.health(
                after: try store.health(url: source.url), source: source, error: visit.outcome.problem,
                serverWait: visit.serverWait, entriesLastWeek: weekly, at: now)
            try store.saveHealth(health)
        } catch {
            logger.warning("could not save the health of \(source.url): \(error)")
        }
    }

    /// Re-checks the conflicts of the models whose claims changed since the last check (nothing to do when no
    /// document is new) and returns every open conflict's key; see ``ConflictRecomputation``.
    private func recomputeConflicts() throws -> Set<ConflictKey> {
        try ConflictRecomputation(store: store, detector: detector).run(at: clock()).open
    }

    private func openConflictKeys() throws -> Set<ConflictKey> {
        try store.openConflictKeys()
    }

    private func log(_ outcome: PageOutcome, url: String) {
        switch outcome {
        case .stored(let claims): logger.info("stored \(url) (\(claims) claims)")
        case .unchanged: logger.info("unchanged \(url)")
        case .feed(let entries, let listed, let notModified):
            let state = notModified ? "unchanged feed" : "feed"
            logger.info("\(state) \(url) (\(listed) entries, \(entries.count) to fetch)")
        case .skipped(let type): logger.notice("skipped \(url): cannot read \(type) yet")
        case .blocked(let message): logger.warning("blocked \(url): \(message)")
        case .failed(let message): logger.warning("failed \(url): \(message)")
        case .notAttempted: break
        }
    }
}
