import Conflicts
import Fetching
import Foundation
import Logging
import Model
import Pipeline
import Store
import TestSupport
import Testing

/// The fixture site in `Fixtures/ConflictSite/` (see its README), crawled from a loopback server.
@Suite struct ConflictSiteTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ConflictSite", isDirectory: true)
    static let pages = [
        "/vendor/kimi-k5.html", "/press/kimi-k5-arrives.html", "/press/kimi-k5-price-cut.html",
        "/press/kimi-k5-closed.html", "/mirror/kimi-k5-closed.html",
    ]
    let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    /// The site crawled into a fresh store, and a vendor catalog that knows `/vendor/` is Moonshot's.
    private func crawledSite() async throws -> (FactStore, TestHTTPServer, VendorCatalog) {
        let server = try TestHTTPServer(serving: Self.directory)
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        _ = try await Crawler(store: store, fetcher: Fetcher(), logger: logger).crawl(urls: Self.pages.map(server.url))
        let vendors = VendorCatalog(vendors: [Vendor(name: "Moonshot AI", models: ["kimi"], domains: ["127.0.0.1/vendor"])])
        return (store, server, vendors)
    }

    @Test func onlyTheRealDisagreementsAreFlaggedWithTheirKinds() async throws {
        let (store, server, _) = try await crawledSite()
        defer { server.stop() }
        let conflicts = try store.conflicts()
        let found = Dictionary(uniqueKeysWithValues: conflicts.map { ("\($0.model) \($0.attribute)", $0) })
        #expect(
            Set(found.keys) == [
                "kimi-k5 weights", "kimi-k5 release_date", "kimi-k5 price_input", "kimi-k5 benchmark:swe-bench-verified",
            ])
        #expect(found["kimi-k5 weights"]?.kind == .contradiction)
        #expect(found["kimi-k5 weights"]?.severity == .high)
        #expect(found["kimi-k5 release_date"]?.kind == .contradiction)
        #expect(found["kimi-k5 price_input"]?.kind == .outdated)
        #expect(found["kimi-k5 price_input"]?.severity == .low)
        // A score a sentence repeats against the vendor's own results table: a misquote.
        #expect(found["kimi-k5 benchmark:swe-bench-verified"]?.kind == .contradiction)
        #expect(found["kimi-k5 benchmark:swe-bench-verified"]?.severity == .medium)
    }

    @Test func theConsensusWeighsTheVendorAndCountsACopiedPageOnce() async throws {
        let (store, server, vendors) = try await crawledSite()
        defer { server.stop() }
        let facts = try ConsensusReader(store: store, vendors: vendors).consensus(model: "kimi-k5")
        let weights = try #require(facts.first { $0.attribute == .weights })
        #expect(weights.value == .text("open"))
        #expect(weights.support.vendorSources == 1)
        #expect(weights.support.weight == 4)
        #expect(weights.dissent.first?.value == .text("closed"))
        #expect(weights.dissent.first?.sources == 1)
        #expect(weights.dissent.first?.claims.count == 2)
        let window = try #require(facts.first { $0.attribute == .contextWindow && $0.facet.isUnstated })
        #expect(window.value == .number(131_072))
        #expect(window.support.sources == 2)
        let extended = try #require(facts.first { $0.attribute == .contextWindow && $0.facet == Facet(scope: "extended") })
        #expect(extended.support.sources == 2)
        #expect(try #require(facts.first { $0.attribute == .priceInput }).value == .number(1.25))
    }

    @Test func checkingSentencesGivesEachClaimItsVerdict() async throws {
        let (store, server, vendors) = try await crawledSite()
        defer { server.stop() }
        let checker = FactChecker(consensus: ConsensusReader(store: store, vendors: vendors))
        let cases: [(String, CheckResult.Verdict)] = [
            ("Kimi K5 has a context window of 128K tokens.", .supported),
            ("Kimi K5 supports a 512K-token context window.", .supported),
            ("Kimi K5 has roughly 72B parameters.", .supported),
            ("Kimi K5 is an open-weights model.", .supported),
            ("Kimi K5 is a closed model.", .contradicted),
            ("Moonshot released Kimi K5 on March 13, 2026.", .contradicted),
            ("Kimi K5 costs $2.50 per million input tokens.", .contradicted),
            ("Kimi K5 has a context window of 1M tokens.", .contradicted),
            ("Kimi K6 has a context window of 1M tokens.", .unverified),
        ]
        for (sentence, verdict) in cases {
            let results = try checker.check(text: sentence, at: Date(timeIntervalSince1970: 1_790_000_000))
            #expect(results.map(\.verdict) == [verdict], "\(sentence)")
            #expect(results.allSatisfy { $0.verdict == .unverified || !$0.evidence.isEmpty }, "\(sentence)")
        }
        #expect(try checker.check(text: "Nothing about any model here.", at: Date()).isEmpty)
    }

    @Test func aSeriesMemberIsSupportedByTheSeriesDateButNeverContradictedByIt() async throws {
        let (store, server, vendors) = try await crawledSite()
        defer { server.stop() }
        let checker = FactChecker(consensus: ConsensusReader(store: store, vendors: vendors))
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        let same = try checker.check(text: "Kimi K5 72B was released on March 3, 2026.", at: now)
        #expect(same.map(\.verdict) == [.supported])
        #expect(same.first?.claim.model == "kimi-k5-72b")
        #expect(same.first?.explanation.contains("kimi-k5 series") == true)
        let other = try checker.check(text: "Kimi K5 72B was released on April 9, 2026.", at: now)
        #expect(other.map(\.verdict) == [.unverified])
        #expect(other.first?.explanation.contains("2026-03-03") == true)
    }

    @Test func checkingAPageReadsItLikeTheCrawler() async throws {
        let (store, server, vendors) = try await crawledSite()
        defer { server.stop() }
        let fetch = try await Fetcher().fetch(FetchRequest(url: server.url("/press/kimi-k5-closed.html")))
        let results = try FactChecker(consensus: ConsensusReader(store: store, vendors: vendors)).check(fetch: fetch)
        #expect(results.map(\.claim.attribute) == [.weights, .releaseDate, .benchmark("swe-bench-verified")])
        #expect(results.allSatisfy { $0.verdict == .contradicted })
        #expect(results.allSatisfy { $0.claim.source.url == server.url("/press/kimi-k5-closed.html") })
    }
}

extension ConflictSiteTests {
    @Test func aStoredPageIsNotEvidenceForItself() async throws {
        let (store, server, vendors) = try await crawledSite()
        defer { server.stop() }
        let fetch = try await Fetcher().fetch(FetchRequest(url: server.url("/press/kimi-k5-arrives.html")))
        let results = try FactChecker(consensus: ConsensusReader(store: store, vendors: vendors)).check(fetch: fetch)
        let page = server.url("/press/kimi-k5-arrives.html")
        #expect(!results.isEmpty)
        #expect(results.allSatisfy { result in result.evidence.allSatisfy { $0.source.url != page } })
        let sibling = try #require(results.first { $0.claim.model == "kimi-k5.5" })
        #expect(sibling.verdict == .unverified)
    }
}
