import Model
import Testing

@testable import Extraction

/// Benchmark scores stated in prose, in sentences written for this test.
@Suite struct BenchmarkSentenceTests {
    private func claims(_ sentence: String) -> [Claim] { Fixture.claims(sentence) }

    @Test(arguments: [
        "Kimi K3 scores 79.5% on GPQA Diamond.",
        "Kimi K3 scored 79.5 on the GPQA Diamond benchmark.",
        "Kimi K3 reaches a score of 79.5% on GPQA Diamond.",
        "Kimi K3 has a GPQA Diamond score of 79.5.",
        "On GPQA Diamond, Kimi K3 scores 79.5%.",
        "Kimi K3 (79.5% on GPQA Diamond) is the strongest model this month.",
        "Kimi K3 achieves 79.5% pass@1 on GPQA Diamond.",
    ])
    func aScoreOnANamedBenchmarkIsTheModels(sentence: String) {
        #expect(claims(sentence).facts == [Fact("kimi-k3", "benchmark:gpqa-diamond", "79.5")], "\(claims(sentence).facts)")
    }

    @Test func severalScoresInOneSentenceEachGoToTheirBenchmark() {
        let found = claims("Kimi K3 scores 79.5% on GPQA Diamond, 73.8% on SWE-bench Verified and 88.0 on AIME 2025.")
        #expect(
            Set(found.facts) == [
                Fact("kimi-k3", "benchmark:gpqa-diamond", "79.5"), Fact("kimi-k3", "benchmark:swe-bench-verified", "73.8"),
                Fact("kimi-k3", "benchmark:aime-2025", "88"),
            ])
        #expect(found.first { $0.attribute == .benchmark("gpqa-diamond") }?.text == "79.5%")
    }

    @Test(arguments: [
        "Kimi K3 scores 79.5% on GPQA Diamond, while Kimi K2 scored 75.1% on GPQA Diamond.",
        "Kimi K3 scores 79.5% on GPQA Diamond, beating Kimi K2 at 75.1% on GPQA Diamond.",
        "Kimi K3 scores 79.5% on GPQA Diamond, compared with 75.1% on GPQA Diamond for Kimi K2.",
    ])
    func aComparedModelKeepsItsOwnScore(sentence: String) {
        #expect(Set(claims(sentence).facts) == [
            Fact("kimi-k3", "benchmark:gpqa-diamond", "79.5"), Fact("kimi-k2", "benchmark:gpqa-diamond", "75.1"),
        ], "\(claims(sentence).facts)")
    }

    @Test(arguments: [
        "Kimi K3 scores 61.2% on GPQA Diamond with tools.",
        "Kimi K3 reaches 92.0 on AIME 2025 with majority voting over 64 samples.",
        "Kimi K3 scores 84.1 on MMLU in the 5-shot setting.",
        "Human experts score 65% on GPQA Diamond.",
        "Kimi K3 improves by 4.4 points on GPQA Diamond.",
        "Kimi K3 gains 4.4% on GPQA Diamond over its predecessor.",
        "Kimi K3 and Kimi K2 score 79.5% and 75.1% on GPQA Diamond, respectively.",
        "Kimi K3 scores 2100 on Codeforces.",
        "Kimi K3 tops 90% on GPQA Diamond.",
        "Kimi K3 is in the top 5 on GPQA Diamond.",
        "Kimi K3 scores 0.85 on MMLU.",
        "Kimi K3 scores 79.5% on GPQA Diamond (with thinking enabled).",
        "Kimi K3 scores 79.5% on GPQA Diamond and 50% on HLE without tools.",
        "It also reaches a 47.3% pass@1 on GPQA Diamond under the same conditions.",
        "Kimi K3 scores well on GPQA Diamond, its makers say, in 2026.",
    ])
    func settingsBaselinesChangesAndPairsAreNoScores(sentence: String) {
        #expect(claims(sentence).filter { $0.attribute.family == "benchmark" }.isEmpty, "\(claims(sentence).facts)")
    }

    @Test func aSentenceOpeningWithAnotherShortNameIsNotTheSubjects() {
        let found = Fixture.claims(in: Fixture.document([
            .heading(level: 1, text: "Kimi K3: what the model card says"),
            .paragraph("K3 scores 79.5% on GPQA Diamond. Orion 4 is close behind at 78.0% on GPQA Diamond."),
        ]))
        #expect(found.facts == [Fact("kimi-k3", "benchmark:gpqa-diamond", "79.5")], "\(found.facts)")
        let claude = Fixture.claims(in: Fixture.document([
            .heading(level: 1, text: "Claude Opus 5: what the system card says"),
            .paragraph("Opus 5 scores 84.3% on SWE-bench Verified. Sonnet 5 is close behind at 82.0% on SWE-bench Verified."),
        ]))
        #expect(Set(claude.facts) == [
            Fact("claude-opus-5", "benchmark:swe-bench-verified", "84.3"),
            Fact("claude-sonnet-5", "benchmark:swe-bench-verified", "82"),
        ])
    }

    @Test func aHedgedOrFutureScoreIsMarkedOrDropped() {
        #expect(claims("Kimi K3 reportedly scores 79.5% on GPQA Diamond.").first?.qualifiers.hedged == true)
        #expect(claims("Kimi K3 is expected to score 80% on GPQA Diamond.").isEmpty)
    }
}
