import Model
import Testing

@testable import Conflicts

@Suite struct ConsensusTests {
    let builder = ConsensusBuilder()

    private func evidence(_ claim: Claim, vendor: Bool = false, key: String? = nil) -> Evidence {
        Evidence(claim: claim, isVendor: vendor, independenceKey: key)
    }

    @Test func theVendorsOwnPageOutweighsTwoPressArticles() throws {
        let items = [
            evidence(fact(.releaseDate, .text("2026-03-03"), url: "https://vendor.example.org"), vendor: true),
            evidence(fact(.releaseDate, .text("2026-03-13"), url: "https://a.example.org")),
            evidence(fact(.releaseDate, .text("2026-03-13"), url: "https://b.example.org")),
        ]
        let fact = try #require(builder.consensus(of: items).first)
        #expect(fact.value == .text("2026-03-03"))
        #expect(fact.rule == "weight")
        #expect(fact.support.weight == 3)
        #expect(fact.dissent.map(\.sources) == [2])
        #expect(fact.reason.hasPrefix("the vendor's page (weight 3) says 2026-03-03; 2 independent sources say 2026-03-13"))
    }

    @Test func pagesWithTheSameTextCountOnce() throws {
        let items = [
            evidence(fact(.weights, .text("open"), url: "https://a.example.org")),
            evidence(fact(.weights, .text("closed"), url: "https://b.example.org"), key: "same-text"),
            evidence(fact(.weights, .text("closed"), url: "https://mirror.example.org", quote: "A closed model."), key: "same-text"),
            evidence(fact(.weights, .text("open"), url: "https://c.example.org")),
        ]
        let fact = try #require(builder.consensus(of: items).first)
        #expect(fact.value == .text("open"))
        #expect(fact.support.sources == 2)
        #expect(fact.dissent.first?.sources == 1)
        #expect(fact.dissent.first?.claims.count == 2)
    }

    @Test func aSentenceCopiedWordForWordCountsOnce() throws {
        let sentence = "Kimi K5 is a closed model."
        let items = [
            evidence(fact(.weights, .text("closed"), url: "https://a.example.org", quote: sentence)),
            evidence(fact(.weights, .text("closed"), url: "https://b.example.org", quote: sentence)),
            evidence(fact(.weights, .text("open"), url: "https://c.example.org")),
        ]
        let fact = try #require(builder.consensus(of: items).first)
        #expect(fact.rule == "tie")
        #expect(fact.support.sources == 1)
        #expect(fact.reason.contains("evenly split"))
    }

    @Test func hedgedSourcesWeighHalf() throws {
        let items = [
            evidence(fact(.contextWindow, .number(2e6), text: "2M", hedged: true, url: "https://a.example.org")),
            evidence(fact(.contextWindow, .number(2e6), text: "2M", hedged: true, url: "https://b.example.org")),
            evidence(fact(.contextWindow, .number(2e6), text: "2M", hedged: true, url: "https://c.example.org")),
            evidence(fact(.contextWindow, .number(262_144), text: "256K", url: "https://d.example.org")),
            evidence(fact(.contextWindow, .number(262_144), text: "262,144", url: "https://e.example.org")),
        ]
        let fact = try #require(builder.consensus(of: items).first)
        #expect(fact.value == .number(262_144))
        #expect(fact.dissent.first?.weight == 1.5)
    }

    @Test func theLatestPriceWinsForAFactThatChanges() throws {
        let items = [
            evidence(fact(.priceInput, .number(2.5), asOf: "2026-03-03", url: "https://vendor.example.org"), vendor: true),
            evidence(fact(.priceInput, .number(1.25), asOf: "2026-06-01", url: "https://news.example.org")),
        ]
        let fact = try #require(builder.consensus(of: items).first)
        #expect(fact.value == .number(1.25))
        #expect(fact.rule == "latest")
        #expect(fact.reason.contains("most recent"))
    }

    @Test func eachFacetHasItsOwnConsensusAndAgreeingSourcesAreOnePosition() {
        let items = [
            evidence(fact(.contextWindow, .number(131_072), text: "128K tokens", scope: "native", url: "https://v.example.org"), vendor: true),
            evidence(fact(.contextWindow, .number(524_288), text: "512K tokens", scope: "extended", url: "https://v.example.org"), vendor: true),
            evidence(fact(.contextWindow, .number(131_072), text: "131,072 tokens", url: "https://a.example.org")),
            evidence(fact(.contextWindow, .number(130_000), text: "130,000 tokens", url: "https://b.example.org")),
        ]
        let facts = builder.consensus(of: items)
        #expect(facts.map(\.facet) == [.unstated, Facet(scope: "extended")])
        #expect(facts.first?.support.sources == 3)
        #expect(facts.first?.rule == "only")
        #expect(facts.allSatisfy { $0.dissent.isEmpty })
    }
}
