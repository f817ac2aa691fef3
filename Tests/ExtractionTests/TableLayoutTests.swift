import Model
import Testing

@testable import Extraction

/// Table layouts model cards use, in tables written for this test.
@Suite struct TableLayoutTests {
    private func table(_ rows: [[String]], spanCopies: Set<[Int]> = []) -> Block {
        .table(
            Table(
                rows: rows.enumerated().map { index, row in
                    row.enumerated().map { column, text in
                        Table.Cell(text, isHeader: index == 0, isSpanCopy: spanCopies.contains([index, column]))
                    }
                }, headerRowCount: 1))
    }

    @Test func aFamilySpannedOverRowsWithASizeColumnNamesEachMember() {
        let block = table(
            [["", "Params", "Context length", "Input modalities"], ["Kimi K3 (text only)", "8B", "128k", "Text"],
             ["Kimi K3 (text only)", "70B", "128k", "Text and images"]], spanCopies: [[2, 0]])
        let found = Fixture.claims(in: Fixture.document([block])).facts
        #expect(found == [
            Fact("kimi-k3-8b", "params_total", "8000000000"), Fact("kimi-k3-8b", "context_window", "131072"),
            Fact("kimi-k3-8b", "modality", "text"), Fact("kimi-k3-70b", "params_total", "70000000000"),
            Fact("kimi-k3-70b", "context_window", "131072"), Fact("kimi-k3-70b", "modality", "text+image"),
        ])
    }

    @Test func theBenchmarkColumnIsFoundPastCategoryAndShotColumnsAndRepeatedNamesAreToldApart() {
        let block = table([
            ["Category", "Benchmark", "# Shots", "Metric", "Kimi K3", "Qwen 3.5"], ["General", "MMLU", "5", "acc", "80.1", "79.0"],
            ["", "MMLU (CoT)", "0", "acc", "82.4", "81.0"], ["Reasoning", "GPQA", "0", "em", "55.5", "—"],
        ])
        let found = Fixture.claims(in: Fixture.document([block])).facts
        #expect(found == [
            Fact("kimi-k3", "benchmark:mmlu", "80.1"), Fact("qwen3.5", "benchmark:mmlu", "79"),
            Fact("kimi-k3", "benchmark:mmlu-cot", "82.4"), Fact("qwen3.5", "benchmark:mmlu-cot", "81"),
            Fact("kimi-k3", "benchmark:gpqa", "55.5"),
        ])
    }

    @Test func aTableUnderAnInstructionTunedHeadingIsOfTheInstructModels() {
        let found = Fixture.claims(in: Fixture.document([
            .heading(level: 3, text: "Instruction tuned models"), table([["Benchmark", "Kimi K3"], ["IFEval", "88.0"]]),
        ])).facts
        #expect(found == [Fact("kimi-k3-instruct", "benchmark:ifeval", "88")])
    }

    @Test func columnsThatReadAsOneModelButDifferAreLeftOut() {
        let found = Fixture.claims(in: Fixture.document([
            table([["Benchmark", "Kimi K3 bf16", "Kimi K3 QLoRA", "Qwen 3.5"], ["GPQA", "40.0", "38.5", "41.0"]])
        ])).facts
        #expect(found == [Fact("qwen3.5", "benchmark:gpqa", "41")])
    }

    @Test func nativeAndExtendedWindowsAndActivatedAndTotalCountsInOneCell() {
        let claims = Fixture.claims(in: Fixture.document([
            table([["Model", "Seq Length", "Params"], ["Kimi K3", "32K -> 128K", "17B (Activated) 109B (Total)"]])
        ]))
        #expect(claims.facts == [
            Fact("kimi-k3", "context_window", "32768", scope: "native"), Fact("kimi-k3", "context_window", "131072", scope: "extended"),
            Fact("kimi-k3", "params_active", "17000000000"), Fact("kimi-k3", "params_total", "109000000000"),
        ])
    }

    @Test func anEmptyModelCellContinuesTheRowAboveAndTrainingFiguresAreNotScores() {
        let found = Fixture.claims(in: Fixture.document([
            table([["Model", "Params", "Context Length", "Training Time (GPU hours)", "Power (W)"],
                   ["Kimi K3", "1B (1.23B)", "128k", "1.5M", "700"], ["", "3B (3.21B)", "", "2.0M", "700"]])
        ])).facts
        #expect(found == [
            Fact("kimi-k3-1b", "params_total", "1230000000"), Fact("kimi-k3-1b", "context_window", "131072"),
            Fact("kimi-k3-3b", "params_total", "3210000000"),
        ])
    }
}
