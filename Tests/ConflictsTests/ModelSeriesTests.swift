import Model
import Testing

@testable import Conflicts

@Suite struct ModelSeriesTests {
    @Test func sizesAndTuningWordsLeadToTheSeries() {
        #expect(ModelSeries.ancestors(of: "llama-3.1-405b-instruct") == ["llama-3.1-405b", "llama-3.1"])
        #expect(ModelSeries.ancestors(of: "qwen3-235b-a22b") == ["qwen3-235b", "qwen3"])
        #expect(ModelSeries.ancestors(of: "mixtral-8x7b") == ["mixtral"])
        #expect(ModelSeries.ancestors(of: "gemma-3n-e4b-it") == ["gemma-3n-e4b", "gemma-3n"])
        #expect(ModelSeries.ancestors(of: "qwen2.5-coder-1.5b") == ["qwen2.5-coder"])
    }

    @Test func anotherModelOrADatedVersionIsNotASeriesMember() {
        #expect(ModelSeries.ancestors(of: "gpt-4o-mini").isEmpty)
        #expect(ModelSeries.ancestors(of: "llama-3.2-vision").isEmpty)
        #expect(ModelSeries.ancestors(of: "qwen3-235b-a22b-instruct-2507").isEmpty)
        #expect(ModelSeries.ancestors(of: "kimi-k2").isEmpty)
        #expect(ModelSeries.ancestors(of: "405b").isEmpty)
        #expect(ModelSeries.ancestors(of: "phi-3.5b.2b").isEmpty)
    }
}
