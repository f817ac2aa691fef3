import Model
import Testing

@testable import Conflicts

/// Claims that look different but state compatible facts are never a conflict.
@Suite struct NoConflictTests {
    let detector = ConflictDetector()

    @Test func aNativeWindowAndAnExtendedWindowAreDifferentFacts() {
        let claims = [
            fact(.contextWindow, .number(131_072), text: "128K tokens", scope: "native", url: "https://vendor.example.org"),
            fact(.contextWindow, .number(524_288), text: "512K tokens", scope: "extended", url: "https://vendor.example.org"),
            fact(.contextWindow, .number(131_072), text: "131,072 tokens", url: "https://news.example.org"),
        ]
        #expect(detector.conflicts(among: claims).isEmpty)
    }

    @Test func anUnscopedFigureThatMatchesTheExtendedWindowIsReadAsIt() {
        let claims = [
            fact(.contextWindow, .number(131_072), text: "128K tokens", scope: "native", url: "https://vendor.example.org"),
            fact(.contextWindow, .number(524_288), text: "512K tokens", scope: "extended", url: "https://vendor.example.org"),
            fact(.contextWindow, .number(512_000), text: "512K-token", url: "https://news.example.org"),
        ]
        #expect(detector.conflicts(among: claims).isEmpty)
        let facts = detector.facts(of: claims)
        #expect(facts.first { $0.facet == Facet(scope: "extended") }?.positions.first?.claims.count == 2)
    }

    @Test func anUnscopedFigureMatchingNoScopeStillContradictsTheNativeWindow() throws {
        let claims = [
            fact(.contextWindow, .number(131_072), text: "128K tokens", scope: "native", url: "https://vendor.example.org"),
            fact(.contextWindow, .number(524_288), text: "512K tokens", scope: "extended", url: "https://vendor.example.org"),
            fact(.contextWindow, .number(2_000_000), text: "2M tokens", url: "https://news.example.org"),
        ]
        let conflict = try #require(detector.conflicts(among: claims).first)
        #expect(conflict.kind == .contradiction)
        #expect(conflict.positions.map(\.value) == [.number(131_072), .number(2_000_000)])
    }

    @Test func priceTiersAndProvidersAreDifferentFacts() {
        let claims = [
            fact(.priceInput, .number(2.5), url: "https://vendor.example.org"),
            fact(.priceInput, .number(1.25), tier: "batch", url: "https://vendor.example.org"),
            fact(.priceInput, .number(0.25), tier: "cached", url: "https://news.example.org"),
            fact(.priceInput, .number(3.1), provider: "Together AI", url: "https://news.example.org"),
            fact(.priceInput, .number(2.5), url: "https://news.example.org"),
        ]
        #expect(detector.conflicts(among: claims).isEmpty)
    }

    @Test func aPreviewDateAndAGeneralAvailabilityDateAreDifferentFacts() {
        let claims = [
            fact(.releaseDate, .text("2026-03-03"), stage: "preview", url: "https://vendor.example.org"),
            fact(.releaseDate, .text("2026-04-14"), stage: "ga", url: "https://vendor.example.org/ga"),
            fact(.releaseDate, .text("2026-04-14"), url: "https://news.example.org"),
        ]
        #expect(detector.conflicts(among: claims).isEmpty)
    }

    @Test func aPriceThatChangedIsOutdatedNotContradicted() throws {
        let claims = [
            fact(.priceInput, .number(2.5), asOf: "2026-03-03", url: "https://vendor.example.org"),
            fact(.priceInput, .number(1.25), asOf: "2026-06-01", url: "https://news.example.org"),
        ]
        let conflict = try #require(detector.conflicts(among: claims).first)
        #expect(conflict.kind == .outdated)
        #expect(conflict.severity == .low)
        #expect(conflict.explanation?.contains("as of 2026-06-01") == true)
    }

    @Test func aPriceWithoutADayOnOneSideIsOutdatedToo() throws {
        let claims = [
            fact(.priceInput, .number(2.5), asOf: nil, url: "https://vendor.example.org"),
            fact(.priceInput, .number(1.25), asOf: "2026-06-01", url: "https://news.example.org"),
        ]
        #expect(detector.conflicts(among: claims).first?.kind == .outdated)
    }

    @Test func aHedgedFigureGetsMoreRoomThanAFirmOne() {
        let firm = fact(.benchmark("gpqa-diamond"), .number(68.2), url: "https://vendor.example.org")
        #expect(detector.agree(firm, fact(.benchmark("gpqa-diamond"), .number(68), text: "~68%", hedged: true)))
        #expect(detector.agree(firm, fact(.benchmark("gpqa-diamond"), .number(68), text: "68")))
        #expect(detector.agree(firm, fact(.benchmark("gpqa-diamond"), .number(72), text: "about 72%", hedged: true)))
        #expect(!detector.agree(firm, fact(.benchmark("gpqa-diamond"), .number(72), text: "72%")))
    }

    @Test func aNominalSizeAgreesWithTheExactCount() {
        let nominal = fact(.paramsTotal, .number(3e9), text: "3B", url: "https://news.example.org")
        let exact = fact(.paramsTotal, .number(3.21e9), text: "3B (3.21B)", url: "https://vendor.example.org")
        #expect(detector.agree(nominal, exact))
        #expect(detector.agree(fact(.paramsActive, .number(37e9), text: "37B"), fact(.paramsActive, .number(36.7e9), text: "36.7B")))
        #expect(!detector.agree(fact(.paramsTotal, .number(1e9), text: "1B"), fact(.paramsTotal, .number(1.5e9), text: "1.5B")))
        #expect(!detector.agree(fact(.paramsTotal, .number(2.81e9), text: "2.81B"), exact))
    }

    @Test func anImpreciseFigureJoinsTheBestSupportedPositionItFits() {
        let claims = [
            fact(.paramsTotal, .number(2.81e9), text: "2.81B", url: "https://a.example.org"),
            fact(.paramsTotal, .number(3.21e9), text: "3.21B", url: "https://b.example.org"),
            fact(.paramsTotal, .number(3.21e9), text: "3.21B", url: "https://c.example.org"),
            fact(.paramsTotal, .number(3e9), text: "3B", url: "https://d.example.org"),
        ]
        let positions = detector.conflicts(among: claims).first?.positions
        #expect(positions?.map(\.value) == [.number(3.21e9), .number(2.81e9)])
        #expect(positions?.map(\.claims.count) == [3, 1])
    }

    @Test func modelsWithSimilarNamesAreNeverCompared() {
        let claims = [
            fact("kimi-k5", .contextWindow, .number(131_072), text: "128K"),
            fact("kimi-k5.5", .contextWindow, .number(32_768), text: "32K", url: "https://b.example.org"),
            fact("kimi-k5-instruct", .contextWindow, .number(262_144), text: "256K", url: "https://c.example.org"),
            fact("qwen5", .weights, .text("open")),
            fact("qwen5-plus", .weights, .text("closed"), url: "https://b.example.org"),
        ]
        #expect(detector.conflicts(among: claims).isEmpty)
    }

    @Test func categoriesCompareWithoutSpellingDifferences() {
        #expect(detector.agree(fact(.license, .text("apache-2.0")), fact(.license, .text("Apache 2.0"))))
        #expect(detector.agree(fact(.modality, .text("text+image")), fact(.modality, .text("image+text"))))
        #expect(!detector.agree(fact(.modality, .text("text")), fact(.modality, .text("text+image"))))
    }
}

extension NoConflictTests {
    @Test func aStageSeparatesDatesAndPricesButNotOtherFigures() {
        let preview = fact(.contextWindow, .number(262_144), text: "256K", stage: "preview", url: "https://a.example.org")
        let plain = fact(.contextWindow, .number(131_072), text: "128K", url: "https://b.example.org")
        #expect(Facet(preview).isUnstated)
        #expect(detector.conflicts(among: [preview, plain]).count == 1)
        #expect(!Facet(fact(.priceInput, .number(0), stage: "beta")).isUnstated)
    }
}

extension NoConflictTests {
    @Test func aFreeBetaPriceAndALaterPriceAreAnUpdateNotAContradiction() {
        let beta = fact(.priceInput, .number(0), text: "free", stage: "beta", asOf: "2026-03-01", url: "https://a.example.org")
        let later = fact(.priceInput, .number(2.5), text: "$2.50", asOf: "2026-04-01", url: "https://b.example.org")
        #expect(detector.conflicts(among: [beta, later]).allSatisfy { $0.kind != .contradiction })
        var unstaged = beta
        unstaged.qualifiers.stage = nil
        #expect(detector.conflicts(among: [unstaged, later]).map(\.kind) == [.outdated])
    }
}
