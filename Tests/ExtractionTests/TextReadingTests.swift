import Model
import Testing

@testable import Extraction

@Suite struct TextReadingTests {
    @Test func sentencesSplitAtEndsButNotAtDecimalsOrAbbreviations() {
        let text =
            "Qwen3.5 scored 73.8 on GPQA. It shipped on Apr. 20, 2026, e.g. before Kimi K2.5 vs. Kimi K3! Dr. Lee agreed? \"Yes.\" The U.S. team said so."
        let sentences = SentenceSplitter().sentences(in: text).map { text.utf16Slice($0) }
        #expect(sentences == [
            "Qwen3.5 scored 73.8 on GPQA.", "It shipped on Apr. 20, 2026, e.g. before Kimi K2.5 vs. Kimi K3!",
            "Dr. Lee agreed?", "\"Yes.\"", "The U.S. team said so.",
        ])
    }

    @Test func aSentenceEndingInAModelNameStillEnds() {
        let text = "The flagship is Qwen3-Max. It reads 256K tokens. Version 3.5. Next."
        let sentences = SentenceSplitter().sentences(in: text).map { text.utf16Slice($0) }
        #expect(sentences == ["The flagship is Qwen3-Max.", "It reads 256K tokens.", "Version 3.5.", "Next."])
    }

    @Test func aLowercaseApiNameOpensASentence() {
        let text = "DeepSeek-V4 released. deepseek-chat now reads 128K tokens. It is fast, e.g. gpt-oss-120b is not."
        let sentences = SentenceSplitter().sentences(in: text).map { text.utf16Slice($0) }
        #expect(sentences == ["DeepSeek-V4 released.", "deepseek-chat now reads 128K tokens.", "It is fast, e.g. gpt-oss-120b is not."])
    }

    @Test(arguments: [
        ("a window of 262,144 tokens", 262_144.0, 262_144.0, "262,144 tokens"),
        ("reads 256K", 256_000, 262_144, "256K"), ("1.2T total", 1.2e12, 1.2e12, "1.2T"),
        ("1.2 trillion total", 1.2e12, 1.2e12, "1.2 trillion"), ("48 billion are", 48e9, 48e9, "48 billion"),
        ("a 2-million-token window", 2e6, 2e6, "2-million-token"), ("a 14B model", 14e9, 14e9, "14B"),
        ("64k context", 64_000, 65_536, "64k"), ("200K context", 200_000, 200_000, "200K"), ("1M tokens", 1e6, 1e6, "1M tokens"),
    ])
    func quantitiesReadDigitsMultipliersAndWords(text: String, decimal: Double, tokens: Double, written: String) {
        let quantities = QuantityParser().quantities(in: text)
        #expect(quantities.count == 1)
        #expect(quantities.first?.decimalValue == decimal)
        #expect(quantities.first?.tokenValue == tokens)
        #expect(quantities.first?.writtenWithUnit == written)
    }

    @Test func numbersGluedToNamesOrMoneyAreNotQuantities() {
        #expect(QuantityParser().quantities(in: "K3 A22B GPT-4o v6 $1.2B").isEmpty)
    }

    @Test(arguments: [
        ("released April 20, 2026", "2026-04-20", "April 20, 2026"), ("on Apr. 20, 2026.", "2026-04-20", "Apr. 20, 2026"),
        ("on 20 April 2026", "2026-04-20", "20 April 2026"), ("on 2026-04-20", "2026-04-20", "2026-04-20"),
        ("on May 21", "2026-05-21", "May 21"), ("in May 2026", "2026-05", "May 2026"),
        ("on Sept. 3, 2026", "2026-09-03", "Sept. 3, 2026"), ("on March 1st, 2025", "2025-03-01", "March 1st, 2025"),
    ])
    func datesReadEveryCommonWriting(text: String, iso: String, written: String) {
        let dates = WrittenDateReader(defaultYear: 2026).dates(in: text)
        #expect(dates.map(\.iso) == [iso])
        #expect(dates.map(\.text) == [written])
    }

    @Test func impossibleOrYearlessDatesWithoutAPageYearAreNotDates() {
        #expect(WrittenDateReader(defaultYear: 2026).dates(in: "February 30, 2026 and 2026-13-01").isEmpty)
        #expect(WrittenDateReader(defaultYear: nil).dates(in: "on May 21 we").isEmpty)
        #expect(WrittenDateReader(defaultYear: 2026).dates(in: "you may 21 times").isEmpty)
    }

    @Test(arguments: [
        ("SWE-bench Verified", "swe-bench-verified"), ("GPQA Diamond", "gpqa-diamond"), ("AIME 2025", "aime-2025"),
        ("LiveCodeBench v6", "livecodebench-v6"), ("MMLU-Pro", "mmlu-pro"), ("HumanEval", "humaneval"),
        ("Terminal-Bench 2.0", "terminal-bench-2.0"), ("**SWE-bench Verified**", "swe-bench-verified"),
        ("GPQA Diamond*", "gpqa-diamond"), ("AIME 2025†", "aime-2025"), ("LiveCodeBench v6 (pass@1)", "livecodebench-v6"),
        ("Humanity's Last Exam", "humanitys-last-exam"), ("τ²-Bench", "tau2-bench"), ("GPQA Diamond²", "gpqa-diamond"),
        // The scale stays: a percentile and a rating of one contest never compare.
        ("Codeforces (Percentile)", "codeforces-percentile"), ("Codeforces (Rating)", "codeforces-rating"),
        ("Chatbot Arena (Elo)", "chatbot-arena-elo"), ("DROP (3-shot F1)", "drop"),
    ])
    func benchmarkSlugsAreLowercaseHyphenatedWithVersionDots(name: String, slug: String) {
        #expect(BenchmarkSlug.slug(name) == slug)
    }

    @Test func everyPatternCompiles() {
        let all =
            QuantityParser.patterns + WrittenDateReader.patterns + HedgeDetector.patterns + FigureFilter.patterns
            + AnalyzedSentence.patterns + ReleaseDateMatcher.patterns + WeightsMatcher.patterns + LicenseMatcher.patterns
            + ContextWindowMatcher.patterns + ParameterCountMatcher.patterns + AsOfReader.patterns + CellValue.patterns
            + ClaimExtractor.sentencePatterns + BenchmarkScoreMatcher.patterns + LeaderboardMatcher.patterns
        for pattern in all { #expect(pattern.isValid, "\(pattern.source)") }
    }
}
