import Fetching
import Foundation
import Pipeline
import Store
import Synchronization
import TestSupport
import Testing

/// Feed entries are remembered: a recrawl fetches only what it has not seen, whatever the feed does
/// to its GUIDs and links, and a 304 costs no parsing.
@Suite struct FeedEntryTests {
    @Test func aFeedWhoseGUIDsAndLinksChangeDoesNotMakeOldEntriesNew() async throws {
        let server = try TestHTTPServer()
        server.setFallback { _ in Scripted.article("Nothing new.") }
        server.setRoute("/feed.xml", Scripted.rss(["/a.html", "/b.html"], guids: ["guid-a-1", "guid-b-1"]))
        let crawl = try Scripted()
        let first = try await crawl.crawl([server.url("/feed.xml")])
        #expect(first.newDocuments == 2)
        // The feed is regenerated: new GUIDs for both, a tracking parameter on one link, and a new entry.
        server.setRoute(
            "/feed.xml",
            Scripted.rss(
                ["/a.html", server.url("/b.html/?utm_source=rss&utm_medium=feed"), "/c.html"],
                guids: ["guid-a-2", "guid-b-2", "guid-c-1"]))
        let second = try await crawl.crawl([server.url("/feed.xml")])
        #expect(second.fetched == 2, "the feed and the one new entry")
        #expect(server.requests(for: "/a.html").count == 1)
        #expect(server.requests(for: "/b.html").count + server.requests(for: "/b.html/").count == 1)
        #expect(server.requests(for: "/c.html").count == 1)
    }

    @Test func relativeLinksInAnAtomFeedAreResolvedAndFetched() async throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="/blog/">
              <title>Lab blog</title>
              <entry><id>tag:lab,2026:1</id><title>One</title><link href="posts/one.html"/></entry>
              <entry xml:base="/archive/"><id>tag:lab,2026:2</id><title>Two</title><link rel="alternate" href="two.html"/></entry>
            </feed>
            """
        let server = try TestHTTPServer(routes: ["/feeds/atom.xml": .ok(Data(atom.utf8), contentType: "application/atom+xml")])
        server.setFallback { _ in Scripted.article("Nothing new.") }
        let summary = try await Scripted().crawl([server.url("/feeds/atom.xml")])
        #expect(summary.failures.isEmpty, "\(summary.failures)")
        #expect(summary.newDocuments == 2)
        #expect(server.requests(for: "/blog/posts/one.html").count == 1)
        #expect(server.requests(for: "/archive/two.html").count == 1)
    }

    @Test func aFeedAnswering304IsNotParsedAndItsPendingEntriesComeFromTheStore() async throws {
        let server = try TestHTTPServer()
        let feed = Scripted.rss(["/a.html", "/b.html"]).adding("ETag", "\"v1\"")
        server.setHandler("/feed.xml") { request in
            request.headers["If-None-Match"] == "\"v1\"" ? Response(status: 304, headers: ["ETag": "\"v1\""]) : feed
        }
        let failing = Mutex(true)
        server.setHandler("/b.html") { _ in failing.withLock { $0 } ? .status(404) : Scripted.article("Found again.") }
        server.setFallback { _ in Scripted.article("Nothing new.") }
        let crawl = try Scripted()
        let first = try await crawl.crawl([server.url("/feed.xml")])
        #expect(first.failures.count == 1)
        failing.withLock { $0 = false }
        let second = try await crawl.crawl([server.url("/feed.xml")])
        #expect(second.unchanged == 1, "the feed answered 304")
        #expect(second.fetched == 2, "the feed and the entry that failed before")
        #expect(second.newDocuments == 1)
        #expect(server.requests(for: "/a.html").count == 1)
    }

    @Test func entriesTheFeedMarksAsUpdatedAreRevalidatedWithTheirValidators() async throws {
        let stamp = Mutex("2020-01-01T00:00:00Z")
        let server = try TestHTTPServer()
        server.setHandler("/feed.xml") { _ in
            let xml = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Lab</title>
                <entry><id>one</id><link href="/one.html"/><updated>\(stamp.withLock { $0 })</updated></entry></feed>
                """
            return .ok(Data(xml.utf8), contentType: "application/atom+xml")
        }
        server.setHandler("/one.html") { request in
            if request.headers["If-None-Match"] == "\"one\"" { return Response(status: 304, headers: ["ETag": "\"one\""]) }
            return Scripted.article("Kimi K3 was released on May 12, 2026.").adding("ETag", "\"one\"")
        }
        let crawl = try Scripted()
        _ = try await crawl.crawl([server.url("/feed.xml")])
        let unchanged = try await crawl.crawl([server.url("/feed.xml")])
        #expect(server.requests(for: "/one.html").count == 1, "not updated: not fetched")
        #expect(unchanged.fetched == 1)
        stamp.withLock { $0 = "2099-01-01T00:00:00Z" }
        let revalidated = try await crawl.crawl([server.url("/feed.xml")])
        #expect(revalidated.unchanged == 1)
        #expect(revalidated.newDocuments == 0)
        let requests = server.requests(for: "/one.html")
        #expect(requests.count == 2)
        #expect(requests.last?.headers["If-None-Match"] == "\"one\"")
    }

    @Test func aStoppedCrawlFinishesWhatIsUnderWayAndTheNextCrawlDoesTheRest() async throws {
        let stop = CrawlStop()
        let stopReturned = Mutex(false)  // stop() has run the crawl's handlers (the queue is abandoned)
        let served = Mutex(0)
        let started = ContinuousClock.now
        let events = Mutex<[String]>([])  // what happened when, shown if the test fails
        let note: @Sendable (String) -> Void = { event in events.withLock { $0.append("\(ContinuousClock.now - started) \(event)") } }
        let server = try TestHTTPServer(routes: ["/feed.xml": Scripted.rss((0..<6).map { "/p\($0).html" })])
        server.setFallback { request in
            guard request.path != "/robots.txt" else { return .notFound }
            note("request \(request.path)")
            defer { note("answer \(request.path)") }
            // The first page answers at once; the next one is held until the crawl is asked to stop
            // (the deadline only keeps a broken crawler from hanging the suite: a loaded machine can
            // take many seconds to report the first page).
            if served.withLock({ count in defer { count += 1 }; return count }) >= 1 {
                let deadline = Date().addingTimeInterval(120)
                while !stopReturned.withLock({ $0 }), Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
            }
            return Scripted.article("Page \(request.path) has nothing to say.")
        }
        let crawl = try Scripted()
        let crawler = crawl.crawler(Politeness(perHostOverride: 1), progress: { progress in
            note("progress \(progress.done)/\(progress.total)")
            if progress.done >= 2 {  // the feed and the first page
                stop.stop()
                stopReturned.withLock { $0 = true }
            }
        })
        let first = try await crawler.crawl(urls: [server.url("/feed.xml")], stop: stop)
        #expect(first.failures.isEmpty, "\(first.failures)")
        // The first page, and the one under way when the stop came (unless it had not started yet).
        #expect((1...2).contains(first.newDocuments), "\(events.withLock { $0 })")
        #expect(first.newDocuments + first.notAttempted == 6)
        let second = try await crawl.crawl([server.url("/feed.xml")])
        #expect(second.newDocuments == first.notAttempted)
        #expect(try crawl.store.integrityProblems().isEmpty)
        let pages = (0..<6).map { "/p\($0).html" }
        #expect(pages.allSatisfy { server.requests(for: $0).count == 1 }, "no page was fetched twice")
    }

    @Test(arguments: [
        ("https://Example.com:443/post/?utm_source=rss#top", "//example.com/post"),
        ("http://example.com/post", "//example.com/post"),
        ("https://example.com/post?id=7&fbclid=x", "//example.com/post?id=7"),
        ("https://example.com:8443/", "//example.com:8443/"),
        ("not a url", "not a url"),
    ])
    func canonicalURLsIgnoreSchemeCaseFragmentsSlashesAndTracking(url: String, key: String) {
        #expect(CanonicalURL.key(url) == key)
    }
}
