import Foundation
import Model
import Testing

@testable import Pipeline

/// Markdown cards and CSV/JSON/YAML leaderboards through the page reader, with files written for this test.
@Suite struct StructuredSourceTests {
    private func fetch(_ body: String, url: String, type: String? = nil) -> Fetch {
        Fetch(
            requestedURL: url, finalURL: url, status: 200, contentType: type,
            fetchedAt: Date(timeIntervalSince1970: 1_800_000_000), body: Data(body.utf8))
    }

    private func claims(_ page: PageReader.Page) -> [Claim] {
        if case .document(_, let claims) = page.content { return claims }
        return []
    }

    @Test func aMarkdownCardWithFrontMatterAndAPipeTableGivesCitedClaims() throws {
        let card = """
            ---
            license: mit
            base_model: example/Kimi-K2
            ---
            # Kimi K3

            | Benchmark | Kimi K3 | Kimi K2 |
            |---|---|---|
            | GPQA Diamond | 71.2 | 66.0 |

            Kimi K3 was released on March 3, 2026.
            """
        let page = try PageReader().read(fetch(card, url: "https://example.com/kimi-k3/README.md"))
        guard case .document(let document, let found) = page.content else {
            Issue.record("not a document")
            return
        }
        let facts = Set(found.map { "\($0.model) \($0.attribute)=\($0.value)" })
        #expect(facts == [
            "kimi-k3 license=mit", "kimi-k3 base_model=kimi-k2", "kimi-k3 benchmark:gpqa-diamond=71.2",
            "kimi-k2 benchmark:gpqa-diamond=66", "kimi-k3 release_date=2026-03-03",
        ])
        #expect(found.allSatisfy { document.text.contains($0.quote) })
    }

    @Test func aCSVLeaderboardIsReadThroughItsColumnMapping() throws {
        let csv = "model,score,ci,date\nKimi K3,81.5,\"(-1.2, +1.1)\",2026-03-01\n\"Qwen 3.5\",77.0,\"(-2, +2)\",2026-03-01\n"
        let mapping = RecordMapping(
            model: "model", columns: [.init(fields: ["score"], attribute: .benchmark("arena-hard"))], asOf: "date")
        let found = claims(try PageReader().read(fetch(csv, url: "https://example.com/board.csv"), records: mapping))
        #expect(found.map { "\($0.model) \($0.value) \($0.qualifiers.asOf ?? "")" } == [
            "kimi-k3 81.5 2026-03-01", "qwen3.5 77 2026-03-01",
        ])
        #expect(found.first?.quote == "Kimi K3 | 81.5 | 2026-03-01")
    }

    @Test func aJSONMapOfRecordsAndAYAMLListWithProseAreRead() throws {
        let json = #"{"Kimi-K3": {"pass@1": {"humaneval": 90.1, "humaneval+": 85.0}, "size": 48}}"#
        let jsonMapping = RecordMapping(
            model: "_key",
            columns: [
                .init(fields: ["pass@1.humaneval"], attribute: .benchmark("humaneval")),
                .init(fields: ["pass@1.humaneval+"], attribute: .benchmark("humaneval-plus")),
                .init(fields: ["size"], attribute: .paramsTotal),
            ])
        let fromJSON = claims(try PageReader().read(fetch(json, url: "https://example.com/results.json"), records: jsonMapping))
        #expect(Set(fromJSON.map { "\($0.attribute)=\($0.value)" }) == [
            "benchmark:humaneval=90.1", "benchmark:humaneval-plus=85", "params_total=48000000000",
        ])
        let yaml = """
            models:
              - id: kimi-k3
                context_window: 262144
                prices:
                  input_mtok: 0.6
                  output_mtok: 2.5
                description: >-
                  A mixture of experts. It has 1 trillion total parameters
                  with 32 billion active per token.
            """
        let yamlMapping = RecordMapping(
            path: "models", model: "id",
            columns: [
                .init(fields: ["context_window"], attribute: .contextWindow),
                .init(fields: ["prices.input_mtok", "prices.0.prices.input_mtok"], attribute: .priceInput),
                .init(fields: ["prices.output_mtok"], attribute: .priceOutput),
            ], text: ["description"])
        let fromYAML = claims(try PageReader().read(fetch(yaml, url: "https://example.com/prices.yml"), records: yamlMapping))
        #expect(Set(fromYAML.map { "\($0.model) \($0.attribute)=\($0.value)" }) == [
            "kimi-k3 context_window=262144", "kimi-k3 price_input=0.6", "kimi-k3 price_output=2.5",
            "kimi-k3 params_total=1000000000000", "kimi-k3 params_active=32000000000",
        ])
    }

    @Test func structuredInputThatIsNotWhatTheMappingSaysIsAClearError() {
        let mapping = RecordMapping(path: "models", model: "id", columns: [.init(fields: ["x"], attribute: .contextWindow)])
        #expect(throws: StructuredError.self) {
            try PageReader().read(fetch("{not json", url: "https://example.com/a.json"), records: mapping)
        }
        #expect(throws: StructuredError.self) {
            try PageReader().read(fetch(#"{"other": []}"#, url: "https://example.com/b.json"), records: mapping)
        }
    }

    @Test func aPublisherFileCarriesTheMappingAndRejectsUnknownAttributes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("records-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let good = """
            publisher: Example Board
            sources:
              - url: https://example.com/board.csv
                kind: leaderboard
                records:
                  model: model
                  columns:
                    score: benchmark:arena-hard
                    "ctx|context": context_window
            """
        try Data(good.utf8).write(to: folder.appendingPathComponent("board.yaml"))
        try Data("aliases:\n  KK3: kimi-k3\n".utf8).write(to: folder.appendingPathComponent("models.yaml"))
        let sources = try SourceCatalog(directory: folder).sources
        #expect(sources.count == 1)
        #expect(sources.first?.records?.columns.map(\.attribute) == [.contextWindow, .benchmark("arena-hard")])
        #expect(sources.first?.records?.columns.first?.fields == ["ctx", "context"])
        let registry = try ModelCatalog.registry(feedsDirectory: folder)
        #expect(registry.mentions(in: "KK3 leads.").map(\.id) == ["kimi-k3"])

        let bad = good.replacingOccurrences(of: "benchmark:arena-hard", with: "score_of_the_week")
        try Data(bad.utf8).write(to: folder.appendingPathComponent("board.yaml"))
        #expect(throws: CatalogError.self) { try SourceCatalog(directory: folder) }
    }
}
