import Fetching
import Foundation
import Logging
import Model
import Pipeline
import Store
import Synchronization
import TestSupport
import Testing

@Suite struct PolitenessTests {
    let source = Source(
        url: "https://lab.example.com/feed.xml", kind: .feed, name: "Lab", publisher: "Lab", perHost: 1, delay: 5)

    @Test func aSourceSetsTheRulesForItsOwnHost() {
        let rule = Politeness().rule(for: "https://lab.example.com/post", source: source)
        #expect(rule == HostRule(host: "lab.example.com", connections: 1, delay: 5))
    }

    @Test func anotherHostGetsTheDefaults() {
        let rule = Politeness().rule(for: "https://cdn.example.org/post", source: source)
        #expect(rule == HostRule(host: "cdn.example.org", connections: 2, delay: 1))
    }

    @Test func theRunsOverridesBeatTheSource() {
        let rule = Politeness(perHostOverride: 4, delayOverride: 0).rule(for: "https://lab.example.com/x", source: source)
        #expect(rule == HostRule(host: "lab.example.com", connections: 4, delay: 0))
    }

    @Test(arguments: ["http://127.0.0.1:8080/a", "http://localhost/a", "http://[::1]:9/a"])
    func loopbackMirrorsGetNoDefaultDelay(url: String) {
        #expect(Politeness().rule(for: url, source: nil).delay == 0)
    }

    @Test func filesAreNotPaced() {
        #expect(Politeness().rule(for: "file:///srv/a.html", source: nil).host == nil)
    }

    @Test func requestsToOneHostAreSpacedByTheDelayAndNeverOverlap() async throws {
        let arrivals = Mutex<[Date]>([])
        let inFlight = Mutex((now: 0, peak: 0))
        let server = try TestHTTPServer()
        defer { server.stop() }
        let items = (1...4).map { "<item><link>/p\($0).html</link></item>" }.joined()
        server.setRoute("/feed.xml", .ok(Data("<rss version=\"2.0\"><channel>\(items)</channel></rss>".utf8), contentType: "application/rss+xml"))
        server.setFallback { request in
            if request.path == "/robots.txt" { return .notFound }
            arrivals.withLock { $0.append(Date()) }
            inFlight.withLock { $0.now += 1; $0.peak = max($0.peak, $0.now) }
            Thread.sleep(forTimeInterval: 0.05)
            inFlight.withLock { $0.now -= 1 }
            return .ok(html: "<html><body><article><p>Nothing to see.</p></article></body></html>")
        }
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        let crawler = Crawler(
            store: store, fetcher: Fetcher(), politeness: Politeness(perHostOverride: 1, delayOverride: 0.3),
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        let summary = try await crawler.crawl(urls: [server.url("/feed.xml")])
        #expect(summary.newDocuments == 4)
        let times = arrivals.withLock { $0 }.sorted()
        #expect(times.count == 4)
        for (earlier, later) in zip(times, times.dropFirst()) {
            #expect(later.timeIntervalSince(earlier) >= 0.2, "0.3 s apart at the client, at least 0.2 s at the server")
        }
        #expect(inFlight.withLock { $0.peak } == 1)
    }
}

@Suite struct ScheduleTests {
    @Test func aSourceIsDueWhenNeverFetchedOrWhenItsIntervalHasPassed() async throws {
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        let page = SampleSite.directory.appendingPathComponent("vendor/kimi-k3.html").absoluteString
        let source = Source(url: page, kind: .page, name: "Kimi", publisher: "Sample", interval: 3_600)
        let schedule = Schedule(store: store)
        #expect(try schedule.due([source], at: Date()) == [source])
        let crawler = Crawler(store: store, fetcher: Fetcher(), logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        _ = try await crawler.crawl(sources: [source])
        #expect(try schedule.due([source], at: Date()).isEmpty)
        #expect(try schedule.due([source], at: Date().addingTimeInterval(3_601)) == [source])
    }
}
