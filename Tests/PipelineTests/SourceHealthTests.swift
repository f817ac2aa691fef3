import Fetching
import Foundation
import Model
import Pipeline
import Store
import Synchronization
import TestSupport
import Testing

@Suite struct SourceHealthTests {
    let feed = Source(url: "https://example.com/feed.xml", kind: .feed, name: "Lab", publisher: "Lab", interval: 6 * 3_600)

    @Test func aFailingSourceBacksOffFurtherButIsNeverDropped() async throws {
        let server = try TestHTTPServer(routes: ["/notes.html": .status(500)])
        let crawl = try Scripted()
        let source = Source(url: server.url("/notes.html"), kind: .page, name: "Notes", publisher: "Lab", interval: 3_600)
        var intervals: [TimeInterval] = []
        for _ in 0..<3 {
            _ = try await crawl.crawler().crawl(sources: [source])
            intervals.append(try #require(try crawl.store.health(url: source.url)).interval)
        }
        let health = try #require(try crawl.store.health(url: source.url))
        #expect(health.consecutiveFailures == 3)
        #expect(health.lastError == "HTTP 500")
        #expect(intervals == [3_600, 7_200, 14_400])
        let status = try SourceStatus(source: source, store: crawl.store)
        #expect(status.health == "failing")
        #expect(status.lastError == "HTTP 500")
        server.setRoute("/notes.html", Scripted.article("Back again."))
        _ = try await crawl.crawler().crawl(sources: [source])
        let recovered = try #require(try crawl.store.health(url: source.url))
        #expect(recovered.consecutiveFailures == 0)
        #expect(recovered.interval == 3_600)
        #expect(try SourceStatus(source: source, store: crawl.store).health == "ok")
    }

    @Test func theNextCrawlIsNeverSoonerThanTheServerAsks() async throws {
        let server = try TestHTTPServer(routes: [
            "/cached.html": Scripted.article("Cached.").adding("Cache-Control", "public, max-age=7200"),
            "/feed.xml": Scripted.rss([], ttl: 300),
        ])
        let crawl = try Scripted()
        let page = Source(url: server.url("/cached.html"), kind: .page, name: "P", publisher: "Lab", interval: 3_600)
        let feed = Source(url: server.url("/feed.xml"), kind: .feed, name: "F", publisher: "Lab", interval: 3_600)
        _ = try await crawl.crawler().crawl(sources: [page, feed])
        #expect(try #require(try crawl.store.health(url: page.url)).interval == 7_200)
        #expect(try #require(try crawl.store.health(url: feed.url)).interval == 18_000, "ttl is in minutes")
        let due = try Schedule(store: crawl.store).due([page, feed], at: Date().addingTimeInterval(3_700))
        #expect(due.isEmpty)
    }

    @Test(arguments: [(0, 86_400.0), (1, 86_400), (7, 86_400), (28, 21_600), (168, 5_400), (10_000, 5_400)])
    func aFeedsIntervalFollowsHowOftenItPublishes(entries: Int, interval: TimeInterval) {
        #expect(Schedule.adaptedInterval(for: feed, entriesLastWeek: entries) == interval)
    }

    @Test func aFeedsOwnBoundsWin() {
        var bounded = feed
        bounded.minInterval = 3_600
        bounded.maxInterval = 7_200
        #expect(Schedule.adaptedInterval(for: bounded, entriesLastWeek: 0) == 7_200)
        #expect(Schedule.adaptedInterval(for: bounded, entriesLastWeek: 1_000) == 3_600)
    }

    static let hints: [(String?, String?, String?, Double?)] = [
        ("max-age=600", nil, nil, 600), ("no-cache, max-age=600", nil, nil, nil), (nil, nil, "120", nil),
        (nil, "Thu, 01 Jan 1970 00:00:00 GMT", nil, nil),
    ]

    @Test(arguments: hints)
    func serverHintsAreRead(cacheControl: String?, expires: String?, retryAfter: String?, seconds: Double?) {
        let fetch = Fetch(
            requestedURL: "https://example.com/", finalURL: "https://example.com/", status: 200, fetchedAt: Date(),
            body: Data(), cacheControl: cacheControl, expires: expires, retryAfter: retryAfter)
        #expect(RevisitHint.seconds(for: fetch, now: Date()) == seconds)
    }

    @Test func aRetryAfterOnA503DefersTheNextCrawl() {
        let fetch = Fetch(
            requestedURL: "https://example.com/", finalURL: "https://example.com/", status: 503, fetchedAt: Date(),
            body: Data(), retryAfter: "86400")
        let wait = RevisitHint.seconds(for: fetch, now: Date())
        #expect(wait == 86_400)
        let health = Schedule.health(
            after: nil, source: feed, error: "HTTP 503", serverWait: wait, entriesLastWeek: nil, at: Date())
        #expect(health.interval == 86_400)
    }
}
