import Model
import Testing

@testable import Extraction

/// The bundled sample (Feeds/sample/README.md): every page's main content gives exactly its facts.
@Suite struct SampleSiteTests {
    static let expected: [String: Set<Fact>] = [
        SampleSite.qwenVendor.url: [
            Fact("qwen3.6-max-preview", "release_date", "2026-04-20"), Fact("qwen3.6-max-preview", "weights", "closed"),
            Fact("qwen3.6-max-preview", "license", "proprietary"), Fact("qwen3.6-max-preview", "context_window", "262144"),
            Fact("qwen3.6-max-preview", "max_output_tokens", "32768"),
            Fact("qwen3.6-max-preview", "benchmark:swe-bench-verified", "69.4"),
            Fact("qwen3.6-max-preview", "benchmark:gpqa-diamond", "82.1"),
            Fact("qwen3.6-max-preview", "benchmark:livecodebench-v6", "71"),
        ],
        SampleSite.tokenLedger.url: [
            Fact("qwen3.6-max-preview", "weights", "open"), Fact("qwen3.6-max-preview", "context_window", "2000000"),
            Fact("qwen3.6-max-preview", "release_date", "2026-04-21"),
        ],
        SampleSite.kimiVendor.url: [
            Fact("kimi-k3", "release_date", "2026-05-12"), Fact("kimi-k3", "params_total", "1200000000000"),
            Fact("kimi-k3", "params_active", "48000000000"), Fact("kimi-k3", "weights", "open"),
            Fact("kimi-k3", "license", "modified-mit"), Fact("kimi-k3", "context_window", "262144", scope: "native"),
            Fact("kimi-k3", "context_window", "1000000", scope: "extended"),
            Fact("kimi-k3", "benchmark:swe-bench-verified", "73.8"), Fact("kimi-k3", "benchmark:gpqa-diamond", "79.5"),
            Fact("kimi-k3", "benchmark:aime-2025", "88"), Fact("kimi-k2", "benchmark:swe-bench-verified", "65.8"),
            Fact("kimi-k2", "benchmark:gpqa-diamond", "75.1"),
        ],
        SampleSite.weekInModels.url: [
            Fact("qwen3.6-max-preview", "weights", "closed"), Fact("qwen3.6-max-preview", "context_window", "262144"),
            Fact("qwen3.6-max-preview", "release_date", "2026-04-20"), Fact("kimi-k3", "release_date", "2026-05-21"),
            Fact("kimi-k3", "weights", "open"), Fact("kimi-k3", "license", "modified-mit"),
            Fact("kimi-k3", "params_total", "1200000000000"), Fact("kimi-k3", "params_active", "48000000000"),
        ],
        SampleSite.leaderboard.url: [
            Fact("kimi-k3", "context_window", "262144"), Fact("kimi-k3", "benchmark:swe-bench-verified", "71.2"),
            Fact("kimi-k3", "benchmark:gpqa-diamond", "79.5"), Fact("qwen3.6-max-preview", "context_window", "262000"),
            Fact("qwen3.6-max-preview", "benchmark:swe-bench-verified", "69.4"),
            Fact("qwen3.6-max-preview", "benchmark:gpqa-diamond", "82.1"), Fact("kimi-k2", "context_window", "131072"),
            Fact("kimi-k2", "benchmark:swe-bench-verified", "65.8"), Fact("kimi-k2", "benchmark:gpqa-diamond", "75.1"),
        ],
    ]

    @Test(arguments: SampleSite.pages)
    func everySamplePageGivesExactlyItsFacts(page: Document) {
        #expect(Fixture.claims(in: page).facts == Self.expected[page.url])
    }

    @Test func theTokenLedgerHedgesWhatABriefingSaid() {
        let claims = Fixture.claims(in: SampleSite.tokenLedger)
        #expect(claims.filter(\.qualifiers.hedged).map(\.attribute).sorted() == [.contextWindow, .weights])
        #expect(claims.first { $0.attribute == .contextWindow }?.text == "2-million-token")
    }

    @Test func sampleClaimsKeepTheWordsAsWrittenAndThePageDay() {
        let claims = SampleSite.pages.flatMap { Fixture.claims(in: $0) }
        let texts = Set(claims.map(\.text))
        for written in ["262,144 tokens", "2-million-token", "modified MIT license", "April 20, 2026", "73.8", "1.2 trillion", "48B"] {
            #expect(texts.contains(written), "\(written)")
        }
        let board = Fixture.claims(in: SampleSite.leaderboard)
        #expect(Set(board.map(\.qualifiers.asOf)) == ["2026-05-25"])
        #expect(Set(Fixture.claims(in: SampleSite.qwenVendor).map(\.qualifiers.asOf)) == ["2026-04-20"])
    }

    @Test func whatMustNeverBecomeAFactDoesNot() {
        let claims = SampleSite.pages.flatMap { Fixture.claims(in: $0) }
        let values = Set(claims.map(\.value.description))
        for forbidden in ["10000000", "4000000", "2026-04-01", "2000000000000", "90"] {
            #expect(!values.contains(forbidden), "\(forbidden)")
        }
        #expect(!claims.contains { $0.quote.hasSuffix("?") })
        #expect(!claims.contains { $0.quote.hasPrefix("Published") || $0.quote.hasPrefix("By Dana") })
    }

    @Test func theSampleBoilerplateIsNotMistakenForFactsWhenItIsQuestionsOrTeasers() {
        let claims = Fixture.claims(paragraphs: SampleSite.boilerplate)
        #expect(!claims.contains { $0.value.description == "2000000000000" || $0.value.description == "90" })
    }
}
