import Foundation
import Model
import Testing

@testable import Extraction

@Suite struct ModelRegistryTests {
    let registry = ModelRegistry.standard

    @Test(arguments: [
        ("Qwen 3.5", "qwen3.5"), ("Qwen3.5", "qwen3.5"), ("Qwen3.6-Max-Preview", "qwen3.6-max-preview"),
        ("Qwen3-235B-A22B", "qwen3-235b-a22b"), ("Qwen3-Max", "qwen3-max"), ("Qwen3.6-Max", "qwen3.6-max"),
        ("Qwen3.5-397B-A17B", "qwen3.5-397b-a17b"), ("Llama 4 Maverick", "llama-4-maverick"),
        ("Llama 3.1 405B", "llama-3.1-405b"), ("Llama-3.1-8B-Instruct", "llama-3.1-8b-instruct"), ("GPT-5.4", "gpt-5.4"),
        ("GPT-4o mini", "gpt-4o-mini"), ("gpt-oss-120b", "gpt-oss-120b"), ("GPT-5.1-Codex-Max", "gpt-5.1-codex-max"),
        ("o3-mini", "o3-mini"), ("Claude Opus 4.7", "claude-opus-4.7"), ("Claude 3.5 Sonnet", "claude-3.5-sonnet"),
        ("Claude Haiku 4.5", "claude-haiku-4.5"), ("Gemini 3.1 Pro", "gemini-3.1-pro"),
        ("Gemini 2.5 Flash-Lite", "gemini-2.5-flash-lite"), ("DeepSeek-V4", "deepseek-v4"), ("DeepSeek V4", "deepseek-v4"),
        ("DeepSeek-R1", "deepseek-r1"), ("DeepSeek-V3.1-Terminus", "deepseek-v3.1-terminus"),
        ("DeepSeek-R1-Distill-Qwen-32B", "deepseek-r1-distill-qwen-32b"), ("Kimi K3", "kimi-k3"),
        ("Kimi K2.5", "kimi-k2.5"), ("Kimi-K2-Instruct", "kimi-k2-instruct"), ("GLM-4.5-Air", "glm-4.5-air"),
        ("GLM-4.5V", "glm-4.5v"), ("Gemma 3 27B", "gemma-3-27b"), ("Gemma 3n E4B", "gemma-3n-e4b"),
        ("Mistral Large 2", "mistral-large-2"), ("Mistral Small 3.1", "mistral-small-3.1"), ("Mistral 7B", "mistral-7b"),
        ("Mixtral 8x7B", "mixtral-8x7b"), ("Magistral Medium 1.2", "magistral-medium-1.2"), ("Devstral", "devstral"),
        ("Codestral 25.01", "codestral-25.01"), ("Phi-4", "phi-4"), ("Phi-3.5-mini-instruct", "phi-3.5-mini-instruct"),
        ("Grok 4", "grok-4"), ("Grok 4.1 Fast", "grok-4.1-fast"), ("Nemotron Nano 2", "nemotron-nano-2"),
        ("Command R+", "command-r+"), ("Command A", "command-a"), ("OLMo 2 32B", "olmo-2-32b"),
        ("Falcon 180B", "falcon-180b"), ("Falcon-H1-34B", "falcon-h1-34b"), ("Yi-34B", "yi-34b"),
        ("Yi-Lightning", "yi-lightning"), ("InternLM3-8B-Instruct", "internlm3-8b-instruct"), ("MiniMax-M2", "minimax-m2"),
        ("ERNIE 4.5", "ernie-4.5"), ("ERNIE X1", "ernie-x1"), ("Hunyuan-A13B", "hunyuan-a13b"),
        ("Hunyuan-Large", "hunyuan-large"), ("Moonlight-16B-A3B", "moonlight-16b-a3b"), ("Orion-2-70B", "orion-2-70b"),
        ("Nova 3 Pro 32B", "nova-3-pro-32b"), ("Nemotron 4 Super", "nemotron-4-super"), ("Opus 5", "claude-opus-5"),
        ("Sonnet 4.6", "claude-sonnet-4.6"), ("Haiku 5", "claude-haiku-5"), ("Claude Sonnet 5", "claude-sonnet-5"),
    ])
    func canonicalIDFollowsHowTheFamilyWritesIt(name: String, id: String) {
        #expect(registry.canonicalID(for: name) == ModelID(id))
    }

    @Test(arguments: [
        "Windows 11", "Python 3", "iPhone 17", "COVID-19", "April 2026", "Section 3", "Qwen", "the Qwen team",
        "Claude", "Gemini", "GPT", "ChatGPT", "Mistral AI", "Falcon 9", "Command line", "Phi", "phi 2", "Kimi",
        "Llamas", "Moonlight", "Yi Zhang", "Top 10 70B models", "Series 3 70B", "minimax search", "a GLM fit",
    ])
    func everydayWordsAndNumbersAreNotModels(text: String) {
        #expect(registry.mentions(in: text).isEmpty, "\(registry.mentions(in: text).map(\.name))")
    }

    @Test func variantsAndVersionsMakeDistinctModels() {
        let ids = registry.mentions(in: "Qwen3-Max, Qwen3.6-Max and Qwen3.6-Max-Preview").map(\.id.rawValue)
        #expect(ids == ["qwen3-max", "qwen3.6-max", "qwen3.6-max-preview"])
    }

    @Test func mentionsKeepTheNameAsWrittenAndWhereItStands() {
        let text = "Yesterday Kimi K3 beat Kimi K2's score, while Qwen 3.5 trailed."
        let mentions = registry.mentions(in: text)
        #expect(mentions.map(\.name) == ["Kimi K3", "Kimi K2", "Qwen 3.5"])
        for mention in mentions { #expect(String(text[mention.range]) == mention.name) }
    }

    @Test(arguments: [
        ("GPT-4-class models are common.", "gpt-4"), ("A Qwen3.6-Max-Preview-based agent.", "qwen3.6-max-preview"),
        ("Qwen3 235B total parameters.", "qwen3"), ("Kimi K3 reads 256K tokens.", "kimi-k3"),
        ("Gemini 3.1 Pro 1M tokens", "gemini-3.1-pro"), ("Llama 4 Maverick.", "llama-4-maverick"),
    ])
    func aNameStopsWhereOrdinaryWordsBegin(text: String, id: String) {
        #expect(registry.mentions(in: text).map(\.id.rawValue) == [id])
    }

    @Test func canonicalIDRefusesTextThatIsMoreThanOneName() {
        #expect(registry.canonicalID(for: "Kimi K3 and Kimi K2") == nil)
        #expect(registry.canonicalID(for: "the new Kimi K3") == nil)
        #expect(registry.canonicalID(for: "  Kimi K3 ") == "kimi-k3")
    }

    @Test func familiesArePlainDataThatRoundTripThroughJSON() throws {
        let data = try ContractJSON.encoder().encode(ModelFamily.standard)
        let decoded = try JSONDecoder().decode([ModelFamily].self, from: data)
        #expect(decoded == ModelFamily.standard)
        let custom = ModelRegistry(families: [ModelFamily(names: ["Zeta"], id: "zeta", separators: [" "])])
        #expect(custom.canonicalID(for: "Zeta 2 Pro") == "zeta-2-pro")
    }
}
