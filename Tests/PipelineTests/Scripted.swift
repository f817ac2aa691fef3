import Fetching
import Foundation
import Logging
import Pipeline
import Store
import TestSupport

/// A crawler over a fresh store with quick retries, for tests against scripted loopback servers.
struct Scripted {
    let store: FactStore
    let fetcher: Fetcher

    static let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    init(maxBodyBytes: Int = 8 * 1024 * 1024, stallTimeout: TimeInterval = 20) throws {
        store = try FactStore(path: SampleSite.temporaryStorePath())
        fetcher = Fetcher(
            configuration: FetchConfiguration(
                stallTimeout: stallTimeout, maxBodyBytes: maxBodyBytes, maxConnectionsPerHost: 0,
                retry: RetryPolicy(maxAttempts: 3, baseDelay: 0.05, maxDelay: 0.2, maxRetryAfter: 5)))
    }

    func crawler(_ politeness: Politeness = Politeness(), progress: (@Sendable (CrawlProgress) -> Void)? = nil) -> Crawler {
        Crawler(store: store, fetcher: fetcher, politeness: politeness, logger: Self.quiet, progress: progress)
    }

    func crawl(_ urls: [String], stop: CrawlStop = CrawlStop()) async throws -> CrawlSummary {
        try await crawler().crawl(urls: urls, stop: stop)
    }

    /// An RSS 2.0 feed listing `links` (relative or absolute), each item's GUID from `guids` if given.
    static func rss(_ links: [String], guids: [String]? = nil, ttl: Int? = nil) -> Response {
        var items = ""
        for (index, link) in links.enumerated() {
            let guid: String = guids.map { "<guid isPermaLink=\"false\">\($0[index])</guid>" } ?? ""
            items += "<item><title>Post \(index)</title><link>\(link)</link>\(guid)</item>"
        }
        let ttlElement = ttl.map { "<ttl>\($0)</ttl>" } ?? ""
        let xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Lab</title>\(ttlElement)\(items)</channel></rss>"
        return .ok(Data(xml.utf8), contentType: "application/rss+xml")
    }

    /// A small article page stating one fact.
    static func article(_ sentence: String) -> Response {
        .ok(html: "<html><head><title>Notes</title></head><body><article><p>\(sentence)</p></article></body></html>")
    }
}
