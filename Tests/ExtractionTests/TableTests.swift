import Model
import Testing

@testable import Extraction

@Suite struct TableTests {
    private func table(_ rows: [[String]], caption: String? = nil, headerRows: Int = 1) -> Block {
        .table(
            Table(
                caption: caption,
                rows: rows.enumerated().map { index, row in row.map { Table.Cell($0, isHeader: index < headerRows) } },
                headerRowCount: headerRows))
    }

    @Test func benchmarksInRowsWithModelsInColumns() {
        let block = table([
            ["Benchmark", "Kimi K3", "Kimi K2"], ["SWE-bench Verified", "73.8", "65.8"], ["AIME 2025", "88.0%", "—"],
            ["Terminal-Bench 2.0*", "**41.2**", "N/A"],
        ])
        let claims = Fixture.claims(in: Fixture.document([block]))
        #expect(claims.facts == [
            Fact("kimi-k3", "benchmark:swe-bench-verified", "73.8"), Fact("kimi-k2", "benchmark:swe-bench-verified", "65.8"),
            Fact("kimi-k3", "benchmark:aime-2025", "88"), Fact("kimi-k3", "benchmark:terminal-bench-2.0", "41.2"),
        ])
        #expect(claims.first?.quote == "SWE-bench Verified | 73.8 | 65.8")
        #expect(claims.allSatisfy { $0.unit == "percent" })
        #expect(claims.first { $0.attribute == .benchmark("aime-2025") }?.text == "88.0%")
    }

    @Test func aParamsCellWithTheActiveCountInParenthesesStatesBoth() {
        let block = table([["Model", "Params"], ["Kimi K3", "1.2T (32B active)"], ["Kimi K2", "1T (see notes: 48B)"]])
        #expect(Fixture.claims(in: Fixture.document([block])).facts == [
            Fact("kimi-k3", "params_total", "1200000000000"), Fact("kimi-k3", "params_active", "32000000000"),
        ])
    }

    @Test func aColumnOfOldValuesGivesNoClaims() {
        let block = table([["Model", "Old context", "New context"], ["Kimi K3", "128K", "256K"]])
        #expect(Fixture.claims(in: Fixture.document([block])).facts == [Fact("kimi-k3", "context_window", "262144")])
    }

    @Test func modelsInRowsWithBenchmarksAndSpecsInColumns() {
        let block = table([
            ["Rank", "Model", "Context", "Total params", "Active params", "GPQA Diamond", "Price ($/M)"],
            ["1", "Kimi K3", "256K", "1.2T", "48B", "79.5", "$2.50"], ["2", "Qwen3.5", "128K", "-", "", "+1.2", "$1.00"],
        ])
        let claims = Fixture.claims(in: Fixture.document([block]))
        #expect(claims.facts == [
            Fact("kimi-k3", "context_window", "262144"), Fact("kimi-k3", "params_total", "1200000000000"),
            Fact("kimi-k3", "params_active", "48000000000"), Fact("kimi-k3", "benchmark:gpqa-diamond", "79.5"),
            Fact("qwen3.5", "context_window", "131072"),
        ])
        #expect(claims.first?.quote == "1 | Kimi K3 | 256K | 1.2T | 48B | 79.5 | $2.50")
    }

    @Test func aKnownLeaderboardsOwnTableGivesRanksAndScores() {
        let rows = [
            ["Rank (UB)", "Model", "Score", "Votes", "License"], ["1", "Kimi K3", "1461", "9,880", "Modified MIT"],
            ["2", "Qwen3.5", "1455", "7,110", "Proprietary"],
        ]
        let arena = Fixture.claims(in: Fixture.document(title: "Text Arena Leaderboard", [table(rows)]))
        #expect(arena.facts == [
            Fact("kimi-k3", "rank:lmarena", "1"), Fact("kimi-k3", "index:lmarena", "1461"), Fact("kimi-k3", "license", "modified-mit"),
            Fact("qwen3.5", "rank:lmarena", "2"), Fact("qwen3.5", "index:lmarena", "1455"), Fact("qwen3.5", "license", "proprietary"),
        ])
        // Any other page's rank and score columns say nothing of a known board (`Arena-Hard` is a benchmark).
        for title in ["Our model comparison", "Arena-Hard-Auto leaderboard"] {
            let other = Fixture.claims(in: Fixture.document(title: title, [table(rows)]))
            #expect(other.facts == [Fact("kimi-k3", "license", "modified-mit"), Fact("qwen3.5", "license", "proprietary")])
        }
    }

    @Test func aTableWithoutHeaderMarkupUsesItsFirstRowOfLabels() {
        let block = table([["Model", "Params (B)", "HumanEval"], ["Gemma 3 27B", "27", "87.8"]], headerRows: 0)
        let claims = Fixture.claims(in: Fixture.document([block]))
        #expect(claims.facts == [
            Fact("gemma-3-27b", "params_total", "27000000000"), Fact("gemma-3-27b", "benchmark:humaneval", "87.8"),
        ])
    }

    @Test func aCaptionOrHeadingNamingOneModelOwnsASingleValueColumn() {
        let captioned = table([["Benchmark", "Score"], ["MMLU-Pro", "81.2"]], caption: "Kimi K3, self-reported")
        #expect(Fixture.claims(in: Fixture.document([captioned])).facts == [Fact("kimi-k3", "benchmark:mmlu-pro", "81.2")])
        let underHeading = Fixture.document([
            .heading(level: 2, text: "Qwen3.5 results"), table([["Benchmark", "Score"], ["HumanEval", "90.1"]]),
        ])
        #expect(Fixture.claims(in: underHeading).facts == [Fact("qwen3.5", "benchmark:humaneval", "90.1")])
        #expect(Fixture.claims(in: Fixture.document([table([["Benchmark", "Score"], ["HumanEval", "90.1"]])])).isEmpty)
    }

    @Test func aSpecificationTableGivesParametersContextLicenseAndReleaseDate() {
        let block = table([
            ["Specification", "Kimi K3"], ["Total parameters", "1.2T"], ["Activated parameters", "48B"],
            ["Context length", "256K tokens"], ["License", "Modified MIT"], ["Release date", "May 12, 2026"],
            ["Max output tokens", "32,768"],
        ])
        #expect(Fixture.claims(in: Fixture.document([block])).facts == [
            Fact("kimi-k3", "params_total", "1200000000000"), Fact("kimi-k3", "params_active", "48000000000"),
            Fact("kimi-k3", "context_window", "262144"), Fact("kimi-k3", "license", "modified-mit"),
            Fact("kimi-k3", "release_date", "2026-05-12"), Fact("kimi-k3", "max_output_tokens", "32768"),
        ])
    }

    @Test func leaderboardColumnsThatAreNotFactsGiveNothing() {
        let block = table([
            ["Rank (UB)", "Model", "Arena Score", "95% CI", "Votes", "Organization", "License", "Open weights"],
            ["1", "Claude Opus 4.7", "1502", "+5/-4", "21,345", "Anthropic", "Proprietary", "No"],
            ["2", "Qwen3.5", "1468", "+6/-6", "9,871", "Alibaba", "Apache 2.0", "Yes"],
        ])
        #expect(Fixture.claims(in: Fixture.document([block])).facts == [
            Fact("claude-opus-4.7", "license", "proprietary"), Fact("claude-opus-4.7", "weights", "closed"),
            Fact("qwen3.5", "license", "apache-2.0"), Fact("qwen3.5", "weights", "open"),
        ])
    }

    @Test func groupedHeadersUseTheLastHeaderRow() {
        let block = Block.table(
            Table(
                rows: [
                    [.init("Model", isHeader: true), .init("Coding", isHeader: true), .init("Coding", isHeader: true, isSpanCopy: true)],
                    [.init("", isHeader: true), .init("SWE-bench Verified", isHeader: true), .init("LiveCodeBench v6", isHeader: true)],
                    [.init("Kimi K3"), .init("73.8"), .init("70.1")],
                ], headerRowCount: 2))
        #expect(Fixture.claims(in: Fixture.document([block])).facts == [
            Fact("kimi-k3", "benchmark:swe-bench-verified", "73.8"), Fact("kimi-k3", "benchmark:livecodebench-v6", "70.1"),
        ])
    }

    @Test func asOfComesFromTheParagraphAboveTheTable() {
        let document = Fixture.document([
            .paragraph("Scores are from our own runs, as of May 25, 2026."),
            table([["Model", "GPQA Diamond"], ["Kimi K3", "79.5"]]),
        ])
        #expect(Fixture.claims(in: document).map(\.qualifiers.asOf) == ["2026-05-25"])
    }

    @Test func headToHeadMatricesAndNonNumericCellsGiveNothing() {
        let matrix = table([["", "Kimi K3", "Kimi K2"], ["Kimi K3", "—", "61"], ["Kimi K2", "39", "—"]])
        #expect(Fixture.claims(in: Fixture.document([matrix])).isEmpty)
        let words = table([["Benchmark", "Kimi K3"], ["SWE-bench Verified", "strong"], ["GPQA Diamond", "79.5 / 80.1"]])
        #expect(Fixture.claims(in: Fixture.document([words])).isEmpty)
    }
}
