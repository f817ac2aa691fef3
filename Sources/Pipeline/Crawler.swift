public import Conflicts
public import Extraction
public import Fetching
public import Foundation
public import Logging
public import Model
internal import Parsing
public import Store

/// Crawls URLs or configured sources: fetch, archive, parse, extract, store, then re-check conflicts.
///
/// ```swift
/// let crawler = Crawler(store: store, fetcher: Fetcher(), logger: logger)
/// let summary = try await crawler.crawl(urls: ["file:///srv/sample/feed.xml"])
/// print(summary.line)
/// ```
public struct Crawler: Sendable {
    let store: FactStore
    let fetcher: any PageFetching
    let reader: PageReader
    let detector: ConflictDetector
    let clock: @Sendable () -> Date
    let logger: Logger
    /// How many URLs are in flight at once, over all hosts.
    let width: Int
    let politeness: Politeness
    let pacer = HostPacer()

    public init(
        store: FactStore, fetcher: any PageFetching, extractor: ClaimExtractor = ClaimExtractor(),
        detector: ConflictDetector = ConflictDetector(), politeness: Politeness = Politeness(), width: Int = 8,
        clock: @escaping @Sendable () -> Date = { Date() }, logger: Logger
    ) {
        self.store = store
        self.fetcher = fetcher
        self.reader = PageReader(extractor: extractor)
        self.detector = detector
        self.politeness = politeness
        self.width = max(1, width)
        self.clock = clock
        self.logger = logger
    }

    /// Crawls the given URLs; a feed is crawled together with the entries it links to.
    public func crawl(urls: [String]) async throws -> CrawlSummary {
        var targets: [Target] = []
        for url in urls {
            let source = Source(url: url, kind: .page, name: url, publisher: Self.commandLine)
            targets.append(
                Target(
                    url: url, source: source, sourceID: try store.upsertSource(source), followsEntries: true,
                    isAdHoc: true))
        }
        return try await crawl(targets)
    }

    /// Crawls configured sources; feeds are followed to their entries.
    public func crawl(sources: [Source]) async throws -> CrawlSummary {
        var targets: [Target] = []
        for source in sources {
            let id = try store.upsertSource(source)
            targets.append(
                Target(
                    url: source.url, source: source, sourceID: id, followsEntries: source.kind == .feed,
                    isAdHoc: false))
        }
        return try await crawl(targets)
    }

    struct Target: Sendable {
        var url: String
        /// The source the URL is, or was reached through (a feed, for its entries).
        var source: Source
        var sourceID: Int64?
        var followsEntries: Bool
        /// Given with `--url` rather than defined in a publisher file.
        var isAdHoc: Bool
    }

    /// The publisher recorded for sources given on the command line.
    static let commandLine = "command line"

    private func crawl(_ initial: [Target]) async throws -> CrawlSummary {
        let started = clock()
        var summary = CrawlSummary()
        var seen = Set<String>()
        var pending = initial.filter { seen.insert($0.url).inserted }
        let before = try openConflictKeys()

        try await withThrowingTaskGroup(of: (Target, PageOutcome).self) { group in
            var running = 0
            while !pending.isEmpty || running > 0 {
                while running < width, !pending.isEmpty {
                    let target = pending.removeFirst()
                    running += 1
                    group.addTask { (target, await self.visit(target)) }
                }
                guard let (target, outcome) = try await group.next() else { break }
                running -= 1
                summary.record(outcome, for: target.url)
                log(outcome, url: target.url)
                if case .feed(let entries, _, _) = outcome, target.followsEntries {
                    for entry in entries where seen.insert(entry).inserted {
                        pending.append(
                            Target(
                                url: entry, source: target.source, sourceID: target.sourceID,
                                followsEntries: false, isAdHoc: false))
                    }
                }
            }
        }

        let after = try recomputeConflicts()
        summary.openConflicts = after.count
        summary.newConflicts = after.subtracting(before).count
        summary.resolvedConflicts = before.subtracting(after).count
        summary.seconds = clock().timeIntervalSince(started)
        return summary
    }

    /// Fetches and processes one URL; never throws, so one bad page cannot stop the crawl.
    private func visit(_ target: Target) async -> PageOutcome {
        let now = clock()
        do {
            let validators = try store.validators(for: target.url)
            let request = FetchRequest(
                url: target.url, etag: validators?.etag, lastModified: validators?.lastModified)
            let fetch: Fetch
            do {
                fetch = try await fetchPolitely(request, rule: politeness.rule(for: target.url, source: target.source))
            } catch {
                let message = error.message
                try store.recordFetch(nil, requestedURL: target.url, sourceID: target.sourceID, error: message, at: now)
                return .failed(message)
            }
            do {
                return try process(fetch, target: target)
            } catch {
                // A page that cannot be parsed or stored is recorded as a failed fetch, so it is retried.
                let message = String(describing: error)
                _ = try? store.recordFetch(
                    fetch, requestedURL: target.url, sourceID: target.sourceID, error: message, at: fetch.fetchedAt)
                return .failed(message)
            }
        } catch {
            return .failed(String(describing: error))
        }
    }

    /// Fetches once the host's rule allows it, and lets the next request to that host go after.
    private func fetchPolitely(_ request: FetchRequest, rule: HostRule) async throws(FetchError) -> Fetch {
        await pacer.acquire(rule)
        do {
            let fetch = try await fetcher.fetch(request)
            await pacer.release(rule)
            return fetch
        } catch {
            await pacer.release(rule)
            throw error
        }
    }

    private func process(_ fetch: Fetch, target: Target) throws -> PageOutcome {
        if fetch.isNotModified {
            try store.recordFetch(fetch, requestedURL: target.url, sourceID: target.sourceID, error: nil, at: fetch.fetchedAt)
            // An unchanged feed may still list entries a killed or failed crawl never fetched.
            if target.followsEntries, let feed = try archivedFeed(url: target.url) {
                return .feed(try entriesToFetch(feed), listed: feed.entries.count, notModified: true)
            }
            return .unchanged
        }
        guard fetch.isSuccess else {
            let message = "HTTP \(fetch.status)"
            try store.recordFetch(fetch, requestedURL: target.url, sourceID: target.sourceID, error: message, at: fetch.fetchedAt)
            return .failed(message)
        }
        let page = try reader.read(fetch, records: target.source.records)
        switch page.content {
        case .feed(let feed):
            if target.isAdHoc {
                let name = feed.title ?? target.url
                try store.upsertSource(Source(url: target.url, kind: .feed, name: name, publisher: Self.commandLine))
            }
            _ = try store.savePage(PageRecord(fetch: fetch, sourceID: target.sourceID, document: nil, claims: []))
            return .feed(try entriesToFetch(feed), listed: feed.entries.count, notModified: false)
        case .document(let document, let claims):
            let saved = try store.savePage(
                PageRecord(fetch: fetch, sourceID: target.sourceID, document: document, claims: claims))
            return saved.isNewDocument ? .stored(claims: saved.claims.count) : .unchanged
        case .unsupported(let contentType):
            _ = try store.savePage(PageRecord(fetch: fetch, sourceID: target.sourceID, document: nil, claims: []))
            return .skipped(contentType)
        }
    }

    /// The entries worth fetching: never stored yet, or updated since modeltrack's copy was fetched.
    private func entriesToFetch(_ feed: Feed) throws -> [String] {
        try feed.entries.compactMap { entry in
            guard let copy = try store.lastArchivedFetch(url: entry.url) else { return entry.url }
            guard let changed = entry.updated ?? entry.published, changed > copy.fetchedAt else { return nil }
            return entry.url
        }
    }

    /// The feed as last archived, for a 304 answer.
    private func archivedFeed(url: String) throws -> Feed? {
        guard let copy = try store.lastArchivedFetch(url: url), let sha256 = copy.sha256,
            let body = try store.rawBody(sha256: sha256)
        else { return nil }
        return try reader.feed(in: body, url: copy.finalURL ?? url)
    }

    /// Re-runs the conflict detector over the current claims and stores the result.
    private func recomputeConflicts() throws -> Set<ConflictKey> {
        let claims = try store.claims()
        let conflicts = detector.conflicts(among: claims)
        var keys = Set(claims.map { ConflictKey(model: $0.model, attribute: $0.attribute) })
        keys.formUnion(try openConflictKeys())
        try store.updateConflicts(conflicts, for: keys, at: clock())
        return Set(conflicts.map { ConflictKey(model: $0.model, attribute: $0.attribute) })
    }

    private func openConflictKeys() throws -> Set<ConflictKey> {
        Set(try store.conflicts().map { ConflictKey(model: $0.model, attribute: $0.attribute) })
    }

    private func log(_ outcome: PageOutcome, url: String) {
        switch outcome {
        case .stored(let claims): logger.info("stored \(url) (\(claims) claims)")
        case .unchanged: logger.info("unchanged \(url)")
        case .feed(let entries, let listed, let notModified):
            let state = notModified ? "unchanged feed" : "feed"
            logger.info("\(state) \(url) (\(listed) entries, \(entries.count) to fetch)")
        case .skipped(let type): logger.notice("skipped \(url): cannot read \(type) yet")
        case .failed(let message): logger.warning("failed \(url): \(message)")
        }
    }
}
