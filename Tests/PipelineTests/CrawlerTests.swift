import Archiving
import Fetching
import Foundation
import Logging
import Model
import Pipeline
import Store
import TestSupport
import Testing

@Suite struct CrawlerTests {
    let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    private func crawl(_ urls: [String], store: FactStore) async throws -> CrawlSummary {
        try await Crawler(store: store, fetcher: Fetcher(), logger: logger).crawl(urls: urls)
    }

    @Test func crawlingTheSampleFeedStoresEveryLinkedPage() async throws {
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        let summary = try await crawl([SampleSite.feedURL], store: store)
        #expect(summary.failures.isEmpty)
        #expect(summary.feeds == 1)
        #expect(summary.feedEntries == 5)
        #expect(summary.newDocuments == 5)
        #expect(summary.newClaims > 10)
    }

    @Test func theSampleConflictsAreFlaggedAndNothingElse() async throws {
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        _ = try await crawl([SampleSite.feedURL], store: store)
        let found = Set(try store.conflicts().map { "\($0.model) \($0.attribute)" })
        #expect(found == SampleSite.expectedConflicts)
    }

    @Test func boilerplateAndQuestionsNeverBecomeFacts() async throws {
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        _ = try await crawl([SampleSite.feedURL], store: store)
        let quotes = try store.claims().map(\.quote).joined(separator: "\n")
        for phrase in ["tops 90%", "4M context", "April 1, 2026", "has 2 trillion", "10 million", "cookies", "1M tokens\""] {
            #expect(!quotes.contains(phrase), "a claim quotes boilerplate: \(phrase)")
        }
    }

    @Test func everyQuoteIsInTheStoredTextAndEveryHashMatchesTheArchivedBytes() async throws {
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        _ = try await crawl([SampleSite.feedURL], store: store)
        let claims = try store.claims()
        #expect(!claims.isEmpty)
        for claim in claims {
            let text = try #require(try store.mainText(url: claim.source.url))
            #expect(Whitespace.collapse(text).contains(Whitespace.collapse(claim.quote)), "\(claim.quote)")
            let body = try #require(try store.rawBody(sha256: claim.source.sha256))
            #expect(SHA256Digest.hex(body) == claim.source.sha256)
            let file = try Data(contentsOf: try #require(URL(string: claim.source.url)))
            #expect(body == file)
        }
    }

    @Test func crawlingAgainAddsNoDocumentsOrClaims() async throws {
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        _ = try await crawl([SampleSite.feedURL], store: store)
        let before = try store.claims().count
        let second = try await crawl([SampleSite.feedURL], store: store)
        #expect(second.fetched == 1, "entries already stored are not fetched again")
        #expect(second.feedEntries == 5)
        #expect(second.newDocuments == 0)
        #expect(second.newClaims == 0)
        #expect(try store.claims().count == before)
        #expect(second.newConflicts == 0)
        #expect(second.openConflicts == SampleSite.expectedConflicts.count)
    }

    @Test func anUnchangedFeedAnswers304AndItsEntriesAreNotFetchedAgain() async throws {
        let server = try TestHTTPServer(serving: SampleSite.directory)
        defer { server.stop() }
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        let first = try await crawl([server.url("/feed.xml")], store: store)
        #expect(first.newDocuments == 5)
        #expect(first.failures.isEmpty)
        let second = try await crawl([server.url("/feed.xml")], store: store)
        #expect(second.fetched == 1)
        #expect(second.unchanged == 1)
        let conditional = server.requests.filter { $0.headers["If-None-Match"] != nil }
        #expect(conditional.map(\.path) == ["/feed.xml"])
        let claim = try #require(try store.claims(model: "kimi-k3").first)
        #expect(claim.source.url.hasPrefix(server.baseURL))
    }

    @Test func entriesACrawlMissedAreFetchedNextTimeEvenWhenTheFeedAnswers304() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: SampleSite.directory, to: folder)
        let held = folder.appendingPathComponent("vendor/kimi-k3.html")
        let aside = folder.appendingPathComponent("kimi-k3.held")
        try FileManager.default.moveItem(at: held, to: aside)
        let server = try TestHTTPServer(serving: folder)
        defer { server.stop() }
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        let first = try await crawl([server.url("/feed.xml")], store: store)
        #expect(first.newDocuments == 4)
        #expect(first.failures.count == 1)
        try FileManager.default.moveItem(at: aside, to: held)
        let second = try await crawl([server.url("/feed.xml")], store: store)
        #expect(second.unchanged == 1, "the feed answered 304")
        #expect(second.fetched == 2)
        #expect(second.newDocuments == 1)
        #expect(second.failures.isEmpty)
        #expect(try !store.claims(model: "kimi-k3").isEmpty)
    }

    @Test func aFailingURLIsReportedAndRecordedWithoutStoppingTheCrawl() async throws {
        let server = try TestHTTPServer(serving: SampleSite.directory)
        defer { server.stop() }
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        let summary = try await crawl([server.url("/missing.html"), server.url("/vendor/kimi-k3.html")], store: store)
        #expect(summary.failures.map(\.url) == [server.url("/missing.html")])
        #expect(summary.failures.first?.message.contains("404") == true)
        #expect(summary.newDocuments == 1)
        let last = try #require(try store.latestFetches(url: server.url("/missing.html"), limit: 1).first)
        #expect(last.status == 404)
        #expect(last.error != nil)
    }

    @Test func aPageThatCannotBeParsedIsRecordedAsAFailedFetch() async throws {
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString).html")
        try Data().write(to: page)
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        let summary = try await crawl([page.absoluteString], store: store)
        #expect(summary.failures.count == 1)
        let fetch = try #require(try store.latestFetches(url: page.absoluteString, limit: 1).first)
        #expect(fetch.error?.contains("empty") == true)
    }

    @Test func aChangedPageReplacesItsClaims() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("notes.html")
        try Data("<html><body><article><p>Kimi K3 was released on May 12, 2026.</p></article></body></html>".utf8)
            .write(to: page)
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        _ = try await crawl([page.absoluteString], store: store)
        #expect(try store.claims(model: "kimi-k3").map(\.value) == [.text("2026-05-12")])
        try Data("<html><body><article><p>Kimi K3 was released on May 13, 2026.</p></article></body></html>".utf8)
            .write(to: page)
        let second = try await crawl([page.absoluteString], store: store)
        #expect(second.newDocuments == 1)
        #expect(try store.claims(model: "kimi-k3").map(\.value) == [.text("2026-05-13")])
    }
}

/// Whitespace-insensitive comparison, as the contract allows ("verbatim up to whitespace").
enum Whitespace {
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
