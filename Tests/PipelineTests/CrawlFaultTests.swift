import Fetching
import Foundation
import Pipeline
import Store
import Synchronization
import TestSupport
import Testing

/// A crawl against scripted loopback servers, one fault at a time: the crawl goes on, the store holds
/// what could be read, and every failure is recorded with its reason.
@Suite struct CrawlFaultTests {
    @Test func robotsTxtDisallowIsObeyedAndReported() async throws {
        let server = try TestHTTPServer(routes: [
            "/robots.txt": .text("User-agent: *\nAllow: /\n\nUser-agent: modeltrack\nDisallow: /private/\n"),
            "/feed.xml": Scripted.rss(["/public.html", "/private/secret.html"]),
            "/public.html": Scripted.article("Kimi K3 was released on May 12, 2026."),
            "/private/secret.html": Scripted.article("Kimi K3 has 2 trillion parameters."),
        ])
        let crawl = try Scripted()
        let summary = try await crawl.crawl([server.url("/feed.xml")])
        #expect(summary.newDocuments == 1)
        #expect(summary.blocked == 1)
        #expect(summary.failures.first?.message.contains("robots.txt") == true)
        #expect(server.requests(for: "/private/secret.html").isEmpty)
        #expect(server.requests(for: "/robots.txt").count == 1, "fetched once per site")
    }

    @Test func robotsCrawlDelaySpacesTheRequests() async throws {
        let arrivals = Mutex<[Date]>([])
        let server = try TestHTTPServer(routes: [
            "/robots.txt": .text("User-agent: *\nCrawl-delay: 0.3\n"),
            "/feed.xml": Scripted.rss(["/a.html", "/b.html", "/c.html"]),
        ])
        server.setFallback { _ in
            arrivals.withLock { $0.append(Date()) }
            return Scripted.article("Nothing to report.")
        }
        _ = try await Scripted().crawl([server.url("/feed.xml")])
        let times = arrivals.withLock { $0 }.sorted()
        #expect(times.count == 3)
        for (earlier, later) in zip(times, times.dropFirst()) { #expect(later.timeIntervalSince(earlier) >= 0.2) }
    }

    @Test func unreachableRobotsTxtClosesTheSiteForThisCrawl() async throws {
        let server = try TestHTTPServer(routes: ["/robots.txt": .status(500), "/a.html": Scripted.article("Hello.")])
        let summary = try await Scripted().crawl([server.url("/a.html")])
        #expect(summary.blocked == 1)
        #expect(summary.failures.first?.message.contains("robots.txt unreachable (HTTP 500)") == true)
        #expect(server.requests(for: "/a.html").isEmpty)
    }

    @Test func a429WithRetryAfterAndA503ThenA200AreRetriedAndStored() async throws {
        let counts = Mutex([String: Int]())
        let server = try TestHTTPServer()
        server.setFallback { request in
            let count = counts.withLock { $0[request.path, default: 0] += 1; return $0[request.path]! }
            switch (request.path, count) {
            case ("/limited.html", 1): return Response.status(429).adding("Retry-After", "1")
            case ("/flaky.html", 1): return .status(503)
            case ("/robots.txt", _): return .notFound
            default: return Scripted.article("Kimi K3 was released on May 12, 2026.")
            }
        }
        let summary = try await Scripted().crawl([server.url("/limited.html"), server.url("/flaky.html")])
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        #expect(summary.newDocuments == 2)
        #expect(server.requests(for: "/limited.html").count == 2)
        #expect(server.requests(for: "/flaky.html").count == 2)
    }

    @Test func aRedirectToAFileIsRefusedAndNothingOfTheFileIsStored() async throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("secret-\(UUID().uuidString).html")
        try Data("<html><body><p>Kimi K3 has 9 trillion parameters.</p></body></html>".utf8).write(to: secret)
        let server = try TestHTTPServer(routes: ["/sneaky": .redirect(to: secret.absoluteString)])
        let crawl = try Scripted()
        let summary = try await crawl.crawl([server.url("/sneaky")])
        #expect(summary.failures.count == 1)
        #expect(summary.failures.first?.message.contains("redirect") == true)
        #expect(try crawl.store.claims().isEmpty)
    }

    @Test func aGzipBombAnOversizedPageAndAStalledOneFailWhileTheRestIsStored() async throws {
        let server = try TestHTTPServer(routes: [
            "/bomb.html": Response(
                status: 200, headers: ["Content-Type": "text/html", "Content-Encoding": "gzip"],
                body: Gzip.bomb(inflatingTo: 32 * 1024 * 1024)),
            "/huge.html": Response(status: 200, headers: ["Content-Type": "text/html"], body: Data(count: 3 * 1024 * 1024))
                .closeDelimited(),
            "/stalled.html": Scripted.article("Late.").delayed(by: 10),
            "/fine.html": Scripted.article("Kimi K3 was released on May 12, 2026."),
        ])
        let crawl = try Scripted(maxBodyBytes: 1024 * 1024, stallTimeout: 1)
        let summary = try await crawl.crawl(["/bomb.html", "/huge.html", "/stalled.html", "/fine.html"].map(server.url))
        #expect(summary.newDocuments == 1)
        let reasons = Dictionary(uniqueKeysWithValues: summary.failures.map { ($0.url, $0.message) })
        #expect(reasons[server.url("/bomb.html")]?.contains("limit") == true)
        #expect(reasons[server.url("/huge.html")]?.contains("limit") == true)
        #expect(reasons[server.url("/stalled.html")] != nil)
        #expect(try crawl.store.integrityProblems().isEmpty)
    }

    @Test(arguments: [
        ("text/html; charset=iso-8859-1", ""),
        ("text/html", "<meta charset=\"windows-1252\">"),
        ("text/html", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"),
    ])
    func aLatin1PageComesOutAsCorrectText(contentType: String, meta: String) async throws {
        let html = "<html><head>\(meta)<title>Caf\u{e9}</title></head><body><article><p>Le mod\u{e8}le Mistral M\u{e9}dium "
            + "co\u{fb}te moins \u{2013} \u{201c}beaucoup\u{201d} moins.</p></article></body></html>"
        let bytes = try #require(html.data(using: .windowsCP1252))
        let server = try TestHTTPServer(routes: ["/page.html": .ok(bytes, contentType: contentType)])
        let crawl = try Scripted()
        _ = try await crawl.crawl([server.url("/page.html")])
        let text = try #require(try crawl.store.mainText(url: server.url("/page.html")))
        #expect(text.contains("Le mod\u{e8}le Mistral M\u{e9}dium co\u{fb}te moins \u{2013} \u{201c}beaucoup\u{201d} moins."))
    }

    @Test func progressIsReportedUpToTheLastURL() async throws {
        let server = try TestHTTPServer(routes: ["/feed.xml": Scripted.rss(["/a.html", "/b.html"])])
        server.setFallback { _ in Scripted.article("Nothing.") }
        let reports = Mutex<[CrawlProgress]>([])
        let crawl = try Scripted()
        _ = try await crawl.crawler(progress: { progress in reports.withLock { $0.append(progress) } })
            .crawl(urls: [server.url("/feed.xml")])
        let last = try #require(reports.withLock { $0.last })
        #expect(last.done == 3)
        #expect(last.total == 3)
    }
}
