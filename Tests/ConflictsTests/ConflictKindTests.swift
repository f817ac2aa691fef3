import Model
import Testing

@testable import Conflicts

/// Real disagreements get the kind and severity a reviewer should see.
@Suite struct ConflictKindTests {
    let detector = ConflictDetector()

    @Test func openWeightsAgainstAPIOnlyIsAHighContradiction() throws {
        let claims = [
            fact(.weights, .text("open"), url: "https://news.example.org"),
            fact(.weights, .text("closed"), url: "https://vendor.example.org"),
        ]
        let conflict = try #require(detector.conflicts(among: claims).first)
        #expect(conflict.kind == .contradiction)
        #expect(conflict.severity == .high)
    }

    @Test func releasedMayThirdAgainstMayThirteenthIsAHighContradiction() throws {
        let claims = [
            fact(.releaseDate, .text("2026-05-03"), url: "https://vendor.example.org"),
            fact(.releaseDate, .text("2026-05-13"), url: "https://news.example.org"),
            fact(.releaseDate, .text("2026-05"), url: "https://other.example.org"),
        ]
        let conflict = try #require(detector.conflicts(among: claims).first)
        #expect(conflict.kind == .contradiction)
        #expect(conflict.severity == .high)
        #expect(conflict.positions.count == 2)
    }

    @Test func scoresFromTwoTablesAreAmbiguousMeasurements() throws {
        let claims = [
            fact(.benchmark("swe-bench-verified"), .number(73.8), url: "https://vendor.example.org", table: true),
            fact(.benchmark("swe-bench-verified"), .number(71.2), url: "https://board.example.org", table: true),
        ]
        let conflict = try #require(detector.conflicts(among: claims).first)
        #expect(conflict.kind == .ambiguous)
        #expect(conflict.severity == .low)
        #expect(conflict.explanation?.contains("different evaluations") == true)
    }

    @Test func aScoreInASentenceThatDiffersFromATableContradictsIt() throws {
        let claims = [
            fact(.benchmark("swe-bench-verified"), .number(73.8), url: "https://vendor.example.org", table: true),
            fact(.benchmark("swe-bench-verified"), .number(78), text: "78%", url: "https://news.example.org"),
        ]
        let conflict = try #require(detector.conflicts(among: claims).first)
        #expect(conflict.kind == .contradiction)
        #expect(conflict.severity == .medium)
    }

    @Test func aCountWithItsCountingMethodIsAmbiguous() throws {
        for quote in ["Total Params† | 15.29B | 2.81B", "Parameters: 15.29B (excluding the embedding layer)"] {
            let claims = [
                fact("moonlight", .paramsTotal, .number(16e9), text: "16B", url: "https://vendor.example.org"),
                fact("moonlight", .paramsTotal, .number(15.29e9), text: "15.29B", url: "https://vendor.example.org/b", quote: quote),
            ]
            let conflict = try #require(detector.conflicts(among: claims).first)
            #expect(conflict.kind == .ambiguous, "\(quote)")
        }
    }

    @Test func aTotalThatIsTheModelsActiveCountIsAmbiguous() throws {
        let claims = [
            fact("coder-x", .paramsTotal, .number(236e9), text: "236B", url: "https://vendor.example.org"),
            fact("coder-x", .paramsActive, .number(21e9), text: "21B", url: "https://vendor.example.org"),
            fact("coder-x", .paramsTotal, .number(21e9), text: "21", url: "https://board.example.org"),
        ]
        let conflict = try #require(detector.conflicts(among: claims).first)
        #expect(conflict.attribute == .paramsTotal)
        #expect(conflict.kind == .ambiguous)
        #expect(conflict.explanation?.contains("active parameter count") == true)
    }

    @Test func aPageThatStatesBothValuesIsAmbiguous() throws {
        let claims = [
            fact(.contextWindow, .number(131_072), text: "128K tokens", url: "https://vendor.example.org"),
            fact(.contextWindow, .number(32_768), text: "32,768 tokens", url: "https://vendor.example.org"),
            fact(.contextWindow, .number(131_072), text: "128K", url: "https://news.example.org"),
        ]
        let conflict = try #require(detector.conflicts(among: claims).first)
        #expect(conflict.kind == .ambiguous)
    }

    @Test func twoPricesForTheSameDayContradict() throws {
        let claims = [
            fact(.priceOutput, .number(10), asOf: "2026-03-03", url: "https://vendor.example.org"),
            fact(.priceOutput, .number(12), asOf: "2026-03-03", url: "https://news.example.org"),
        ]
        #expect(detector.conflicts(among: claims).first?.kind == .contradiction)
    }

    @Test func twoDisputedFactsOfOneAttributeShareOneConflictRatedByTheWorse() throws {
        let claims = [
            fact(.contextWindow, .number(131_072), text: "128K tokens", scope: "native", url: "https://vendor.example.org"),
            fact(.contextWindow, .number(262_144), text: "256K tokens", url: "https://news.example.org"),
            fact(.contextWindow, .number(524_288), text: "512K tokens", scope: "extended", url: "https://vendor.example.org"),
            fact(.contextWindow, .number(1e6), text: "1M tokens", scope: "extended", hedged: true, url: "https://news.example.org"),
        ]
        let conflicts = detector.conflicts(among: claims)
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.positions.count == 4)
        #expect(conflicts.first?.severity == .high)
        #expect(conflicts.first?.explanation?.contains(" | extended: ") == true)
    }
}

extension ConflictKindTests {
    @Test func aWholeNumberSizeAgainstAnExactCountIsASizeClassNotAContradiction() throws {
        let claims = [
            fact("gemma-7", .paramsTotal, .number(7e9), text: "7B", url: "https://news.example.org"),
            fact("gemma-7", .paramsTotal, .number(8.54e9), text: "8.54B", url: "https://vendor.example.org"),
        ]
        #expect(detector.conflicts(among: claims).first?.kind == .ambiguous)
        let far = [
            fact("gemma-7", .paramsTotal, .number(7e9), text: "7B", url: "https://news.example.org"),
            fact("gemma-7", .paramsTotal, .number(27e9), text: "27B", url: "https://vendor.example.org"),
        ]
        #expect(detector.conflicts(among: far).first?.kind == .contradiction)
    }
}
