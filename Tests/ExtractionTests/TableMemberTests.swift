import Model
import Testing

@testable import Extraction

/// Which model and which benchmark a table cell is about: sizes in their own column, tuned variants,
/// settings of one benchmark, and rows that are no benchmark at all. Tables written for this test.
@Suite struct TableMemberTests {
    private func table(_ rows: [[String]], spanCopies: Set<[Int]> = []) -> Block {
        .table(
            Table(
                rows: rows.enumerated().map { index, row in
                    row.enumerated().map { column, text in
                        Table.Cell(text, isHeader: index == 0, isSpanCopy: spanCopies.contains([index, column]))
                    }
                }, headerRowCount: 1))
    }

    private func facts(_ blocks: [Block], title: String? = nil) -> Set<Fact> {
        Fixture.claims(in: Fixture.document(title: title, blocks)).facts
    }

    @Test func aPlusIsPartOfTheBenchmarkName() {
        #expect(BenchmarkSlug.slug("MBPP+") == "mbpp-plus")
        #expect(BenchmarkSlug.slug("HumanEval+ (pass@1)") == "humaneval-plus")
        #expect(BenchmarkSlug.slug("MBPP ++ (base version)") == "mbpp-plus-plus")
        let found = facts([table([["Benchmark", "Gemma 3 27B"], ["MBPP", "70.1"], ["MBPP+", "61.0"]])])
        #expect(found == [Fact("gemma-3-27b", "benchmark:mbpp", "70.1"), Fact("gemma-3-27b", "benchmark:mbpp-plus", "61")])
    }

    @Test func aTotalParametersColumnNamesTheMemberOfAFamilyNamedBySize() {
        let found = facts([
            table([["", "#TP", "#AP", "HumanEval"], ["Llama3-Instruct", "70B", "70B", "80.5"],
                   ["DeepSeek-V3", "671B", "37B", "82.0"]])
        ])
        #expect(found == [
            Fact("llama-3-70b-instruct", "params_total", "70000000000"), Fact("llama-3-70b-instruct", "params_active", "70000000000"),
            Fact("llama-3-70b-instruct", "benchmark:humaneval", "80.5"),
            Fact("deepseek-v3", "params_total", "671000000000"), Fact("deepseek-v3", "params_active", "37000000000"),
            Fact("deepseek-v3", "benchmark:humaneval", "82"),
        ])
    }

    @Test func aMemberWordMakesTheSizeACountNotAName() {
        let found = facts([table([["Model", "Params"], ["Llama 4 Scout", "109B"], ["Llama 3.3", "70B"]])])
        #expect(found == [Fact("llama-4-scout", "params_total", "109000000000"), Fact("llama-3.3-70b", "params_total", "70000000000")])
    }

    @Test func anUnlabeledColumnOfSizesBesideARepeatedNameNamesEachMember() {
        let found = facts([
            table([["", "", "TruthfulQA"], ["Kimi-K3-Chat", "8B", "51.2"], ["Kimi-K3-Chat", "70B", "60.4"]])
        ])
        #expect(found == [
            Fact("kimi-k3-8b-chat", "params_total", "8000000000"), Fact("kimi-k3-8b-chat", "benchmark:truthfulqa", "51.2"),
            Fact("kimi-k3-70b-chat", "params_total", "70000000000"), Fact("kimi-k3-70b-chat", "benchmark:truthfulqa", "60.4"),
        ])
    }

    @Test func aBaseModelSectionHeadingHoldsForTheSubheadingsBelowIt() {
        let found = facts([
            .paragraph("Our models are Kimi K3 and Kimi K3-Base."),
            .heading(level: 3, text: "Base model"), .heading(level: 4, text: "Standard benchmarks"),
            table([["Benchmark", "Kimi K3", "Gemma 3 27B"], ["MMLU", "80.1", "78.0"]]),
        ])
        #expect(found == [Fact("kimi-k3-base", "benchmark:mmlu", "80.1"), Fact("gemma-3-27b", "benchmark:mmlu", "78")])
    }

    @Test func aLabThatNamesItsBaseModelsGivesTheTunedOneThePlainName() {
        let found = facts([
            .paragraph("Kimi K3-Base and Kimi K3 are both released today."),
            .heading(level: 3, text: "Chat model"), .heading(level: 4, text: "Results"),
            table([["Benchmark", "Kimi K3"], ["IFEval", "86.0"]]),
        ])
        #expect(found == [Fact("kimi-k3", "benchmark:ifeval", "86")])
    }

    @Test func eachLineTunedModelTakesTheWordItsLabUses() {
        let found = facts(
            [
                .heading(level: 2, text: "Instruction tuned models"),
                table([["Benchmark", "Llama 3 8B", "Llama 2 13B", "Gemma 2 9B"], ["MMLU", "70.2", "55.0", "61.3"]]),
            ], title: "Llama 3 model card")
        #expect(found == [
            Fact("llama-3-8b-instruct", "benchmark:mmlu", "70.2"), Fact("llama-2-13b-chat", "benchmark:mmlu", "55"),
            Fact("gemma-2-9b-it", "benchmark:mmlu", "61.3"),
        ])
    }

    @Test func aLanguageColumnAndContinuationRowsAreSettingsOfTheBenchmarkAbove() {
        let found = facts([
            table(
                [["Category", "Benchmark", "Language", "Gemma 3 27B"], ["General", "MMLU (5-shot)", "Portuguese", "62.1"],
                 ["General", "MMLU (5-shot)", "Spanish", "62.4"], ["", "", "Thai", "50.3"], ["Reasoning", "GPQA", "", "40.0"]],
                spanCopies: [[2, 0], [2, 1]])
        ])
        #expect(found == [
            Fact("gemma-3-27b", "benchmark:mmlu-portuguese", "62.1"), Fact("gemma-3-27b", "benchmark:mmlu-spanish", "62.4"),
            Fact("gemma-3-27b", "benchmark:mmlu-thai", "50.3"), Fact("gemma-3-27b", "benchmark:gpqa", "40"),
        ])
    }

    @Test func rowsThatShareANameAreToldApartByTheirMetric() {
        let found = facts([table([["Benchmark", "Gemma 3 27B"], ["Codeforces (Percentile)", "58.7"], ["Codeforces (Rating)", "1134"]])])
        #expect(found == [
            Fact("gemma-3-27b", "benchmark:codeforces-percentile", "58.7"), Fact("gemma-3-27b", "benchmark:codeforces-rating", "1134"),
        ])
    }

    @Test func aggregatesAndArchitectureRowsAreNoBenchmarks() {
        let models = facts([table([["Model", "Overall Acc.", "AST Summary", "Relevance"], ["Gemma 3 27B", "58.9", "59.3", "45.8"]])])
        #expect(models == [Fact("gemma-3-27b", "benchmark:relevance", "45.8")])
        let spec = facts([
            .heading(level: 2, text: "Kimi K3 at a glance"),
            table([["", ""], ["Total Parameters", "1T"], ["Number of Experts", "384"], ["Selected Experts per Token", "8"],
                   ["Attention Hidden Dimension", "7168"], ["MMLU", "89.5"]]),
        ])
        #expect(spec == [Fact("kimi-k3", "params_total", "1000000000000"), Fact("kimi-k3", "benchmark:mmlu", "89.5")])
    }

    @Test func categoryAveragesAndTrainingFootprintsAreNoBenchmarks() {
        let found = facts([
            table([["Model", "Size", "Code", "World Knowledge", "Carbon Emitted (tCO2eq)", "MMLU"],
                   ["Gemma 3", "27B", "30.1", "60.2", "120", "70.0"]])
        ])
        #expect(found == [Fact("gemma-3-27b", "params_total", "27000000000"), Fact("gemma-3-27b", "benchmark:mmlu", "70")])
    }

    @Test func besideCategoryAveragesMathIsACategoryToo() {
        let found = facts([table([["Model", "Size", "Code", "Math", "MMLU"], ["Gemma 3", "27B", "30.1", "20.5", "70.0"]])])
        #expect(found == [Fact("gemma-3-27b", "params_total", "27000000000"), Fact("gemma-3-27b", "benchmark:mmlu", "70")])
        let alone = facts([table([["Model", "MATH", "MMLU"], ["Gemma 3 27B", "50.2", "70.0"]])])
        #expect(alone == [Fact("gemma-3-27b", "benchmark:math", "50.2"), Fact("gemma-3-27b", "benchmark:mmlu", "70")])
    }
}
