import Archiving
import Conflicts
import Fetching
import Foundation
import Logging
import Model
import Pipeline
import Store
import Testing

/// Conflicts follow the pages: recomputed for what changed, resolved (kept) when a source corrects itself.
@Suite struct ConflictRecomputationTests {
    let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    private func page(_ body: String, published: String) -> Data {
        Data(
            """
            <html><head><meta property="article:published_time" content="\(published)T08:00:00Z"></head>
            <body><article>\(body)</article></body></html>
            """.utf8)
    }

    private func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func crawl(_ urls: [URL], store: FactStore, at date: Date) async throws -> CrawlSummary {
        try await Crawler(store: store, fetcher: Fetcher(), clock: { date }, logger: logger).crawl(urls: urls.map(\.absoluteString))
    }

    @Test func aSourceThatCorrectsItselfResolvesTheConflictAndAReturnReopensIt() async throws {
        let site = try folder()
        let vendor = site.appendingPathComponent("vendor.html")
        let press = site.appendingPathComponent("press.html")
        try page("<p>Kimi K5 is an open-weights model.</p>", published: "2026-03-03").write(to: vendor)
        try page("<p>Kimi K5 is a closed model.</p>", published: "2026-03-05").write(to: press)
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        let monday = Date(timeIntervalSince1970: 1_790_000_000)
        _ = try await crawl([vendor, press], store: store, at: monday)
        let opened = try #require(try store.conflicts().first)
        #expect(opened.attribute == .weights)

        try page("<p>Correction: Kimi K5 is an open-weights model.</p>", published: "2026-03-06")
            .write(to: press)
        let tuesday = monday.addingTimeInterval(86_400)
        let corrected = try await crawl([press], store: store, at: tuesday)
        #expect(corrected.resolvedConflicts == 1)
        #expect(try store.conflicts().isEmpty)
        let resolved = try #require(try store.conflicts(includeResolved: true).first)
        #expect(resolved.id == opened.id)
        #expect(resolved.detectedAt == opened.detectedAt)
        #expect(resolved.resolvedAt == tuesday)

        try page("<p>Kimi K5 is a closed model after all.</p>", published: "2026-03-07").write(to: press)
        let wednesday = tuesday.addingTimeInterval(86_400)
        let reopened = try await crawl([press], store: store, at: wednesday)
        #expect(reopened.newConflicts == 1)
        let again = try #require(try store.conflicts().first)
        #expect(again.id == opened.id)
        #expect(again.detectedAt == opened.detectedAt)
        #expect(again.resolvedAt == nil)
    }

    @Test func onlyTheModelsOfNewPagesAreRechecked() async throws {
        let site = try folder()
        let first = site.appendingPathComponent("first.html")
        let second = site.appendingPathComponent("second.html")
        try page("<p>Kimi K5 is an open-weights model.</p><p>Qwen9 is a closed model.</p>", published: "2026-03-03").write(to: first)
        try page("<p>Kimi K5 is a closed model.</p>", published: "2026-03-05").write(to: second)
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        _ = try await crawl([first], store: store, at: now)
        #expect(try ConflictRecomputation(store: store).run(at: now).models == 0)

        let fetch = try await Fetcher().fetch(FetchRequest(url: second.absoluteString))
        guard case .document(let document, let claims) = try PageReader().read(fetch).content else {
            Issue.record("the page is not a document")
            return
        }
        _ = try store.savePage(PageRecord(fetch: fetch, document: document, claims: claims))
        let outcome = try ConflictRecomputation(store: store).run(at: now)
        #expect(outcome.models == 1)
        #expect(!outcome.isFull)
        #expect(outcome.open.map(\.description) == ["kimi-k5 weights"])
    }

    @Test func aStoreCheckedUnderOtherRulesIsRecheckedInFull() throws {
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        #expect(try store.conflictCheckWork(rulesVersion: ConflictDetector.rulesVersion).isFull)
        try store.setMarker("conflicts-checkpoint", to: "rules=0 fetch=0 document=0")
        #expect(try store.conflictCheckWork(rulesVersion: ConflictDetector.rulesVersion).isFull)
        try store.setMarker("conflicts-checkpoint", to: "rules=\(ConflictDetector.rulesVersion) fetch=0 document=0")
        #expect(try !store.conflictCheckWork(rulesVersion: ConflictDetector.rulesVersion).isFull)
    }

    @Test func aPageThatGoesBackToAnEarlierVersionIsRechecked() async throws {
        let site = try folder()
        let vendor = site.appendingPathComponent("vendor.html")
        let press = site.appendingPathComponent("press.html")
        let wrong = page("<p>Kimi K5 is a closed model.</p>", published: "2026-03-05")
        try page("<p>Kimi K5 is an open-weights model.</p>", published: "2026-03-03").write(to: vendor)
        try wrong.write(to: press)
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        _ = try await crawl([vendor, press], store: store, at: now)
        try page("<p>Kimi K5 is an open-weights model.</p>", published: "2026-03-06").write(to: press)
        _ = try await crawl([press], store: store, at: now.addingTimeInterval(60))
        #expect(try store.conflicts().isEmpty)
        // The first version again: no new document, the stored one becomes current again.
        try wrong.write(to: press)
        _ = try await crawl([press], store: store, at: now.addingTimeInterval(120))
        #expect(try store.conflicts().map(\.attribute) == [.weights])
    }
}

/// A recheck of many models, judged in slices on every core, finds what one pass over all claims finds.
@Test func aRecheckOfManyModelsInSlicesFindsWhatOnePassFinds() throws {
    let store = try FactStore(path: SampleSite.temporaryStorePath())
    let date = Date(timeIntervalSince1970: 1_790_000_000)
    var pages: [PageRecord] = []
    for number in 0..<300 {
        for (site, weights) in [("vendor", "open"), ("press", number.isMultiple(of: 3) ? "closed" : "open")] {
            let url = "https://\(site).example.org/kite-\(number)"
            let sentence = "Kite \(number) is an \(weights)-weights model."
            let fetch = Fetch(
                requestedURL: url, finalURL: url, status: 200, contentType: "text/html", fetchedAt: date,
                body: Data("<p>\(sentence)</p>".utf8))
            let citation = Citation(url: url, title: nil, published: date, retrieved: date, sha256: SHA256Digest.hex(fetch.body))
            let claim = Claim(
                model: ModelID(rawValue: "kite-\(number)"), modelName: "Kite \(number)", attribute: .weights,
                value: .text(weights), text: weights, quote: sentence, source: citation)
            pages.append(
                PageRecord(fetch: fetch, document: Document(url: url, blocks: [.paragraph(sentence)]), claims: [claim]))
        }
    }
    _ = try store.savePages(pages, readsClaims: false)
    let outcome = try ConflictRecomputation(store: store).run(at: date)
    let expected = ConflictDetector().conflicts(among: try store.claims())
    #expect(outcome.models == 300)
    #expect(expected.count == 100)
    #expect(outcome.open == Set(expected.map(ConflictKey.init)))
    #expect(try store.conflicts().map(\.positions.count) == expected.map(\.positions.count))
}
