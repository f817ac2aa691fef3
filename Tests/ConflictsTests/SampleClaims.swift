import Foundation
import Model

/// The claims the extractor finds on the bundled sample's pages (Feeds/sample/), written out so the
/// conflict detector is tested on them without the extraction stage.
enum SampleClaims {
    static func claim(
        _ url: String, _ model: String, _ name: String, _ attribute: String, _ value: ClaimValue, unit: String?,
        text: String, scope: String? = nil, hedged: Bool = false, asOf: String?, quote: String
    ) -> Claim {
        Claim(
            model: ModelID(model), modelName: name, attribute: Attribute(rawValue: attribute), value: value, unit: unit,
            text: text, qualifiers: Qualifiers(scope: scope, hedged: hedged, asOf: asOf), quote: quote,
            source: Citation(
                url: url, title: nil, published: asOf.flatMap(Timestamp.parse), retrieved: Date(timeIntervalSince1970: 1_790_000_000),
                sha256: String(repeating: "a", count: 64)))
    }

    // swift-format-ignore
    static let all: [Claim] = [
            // file:///sample/vendor/qwen3.6-max-preview.html
            claim("file:///sample/vendor/qwen3.6-max-preview.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "release_date", .text("2026-04-20"), unit: nil, text: "April 20, 2026", asOf: "2026-04-20", quote: "Qwen3.6-Max-Preview was released on April 20, 2026 as an early look at our next flagship model."),
            claim("file:///sample/vendor/qwen3.6-max-preview.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "weights", .text("closed"), unit: nil, text: "proprietary model", asOf: "2026-04-20", quote: "This preview is a proprietary model: the weights are not released, and it is served only through the API."),
            claim("file:///sample/vendor/qwen3.6-max-preview.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "license", .text("proprietary"), unit: nil, text: "proprietary model", asOf: "2026-04-20", quote: "This preview is a proprietary model: the weights are not released, and it is served only through the API."),
            claim("file:///sample/vendor/qwen3.6-max-preview.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "context_window", .number(262144), unit: "tokens", text: "262,144 tokens", asOf: "2026-04-20", quote: "Qwen3.6-Max-Preview supports a context window of 262,144 tokens."),
            claim("file:///sample/vendor/qwen3.6-max-preview.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "max_output_tokens", .number(32768), unit: "tokens", text: "32,768 tokens", asOf: "2026-04-20", quote: "Maximum output: 32,768 tokens per response."),
            claim("file:///sample/vendor/qwen3.6-max-preview.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "benchmark:swe-bench-verified", .number(69.4), unit: "percent", text: "69.4", asOf: "2026-04-20", quote: "SWE-bench Verified | 69.4"),
            claim("file:///sample/vendor/qwen3.6-max-preview.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "benchmark:gpqa-diamond", .number(82.1), unit: "percent", text: "82.1", asOf: "2026-04-20", quote: "GPQA Diamond | 82.1"),
            claim("file:///sample/vendor/qwen3.6-max-preview.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "benchmark:livecodebench-v6", .number(71), unit: "percent", text: "71.0", asOf: "2026-04-20", quote: "LiveCodeBench v6 | 71.0"),
            // file:///sample/press/qwen-max-preview-open-weights.html
            claim("file:///sample/press/qwen-max-preview-open-weights.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "weights", .text("open"), unit: nil, text: "open-weights", hedged: true, asOf: "2026-04-21", quote: "Qwen3.6-Max-Preview is an open-weights model with a 2-million-token context window, according to a briefing shared with reporters."),
            claim("file:///sample/press/qwen-max-preview-open-weights.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "context_window", .number(2000000), unit: "tokens", text: "2-million-token", hedged: true, asOf: "2026-04-21", quote: "Qwen3.6-Max-Preview is an open-weights model with a 2-million-token context window, according to a briefing shared with reporters."),
            claim("file:///sample/press/qwen-max-preview-open-weights.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "release_date", .text("2026-04-21"), unit: nil, text: "April 21, 2026", asOf: "2026-04-21", quote: "The model was released on April 21, 2026, and the team says a full release will follow later this year."),
            // file:///sample/vendor/kimi-k3.html
            claim("file:///sample/vendor/kimi-k3.html", "kimi-k3", "Kimi K3", "release_date", .text("2026-05-12"), unit: nil, text: "May 12, 2026", asOf: "2026-05-12", quote: "Kimi K3 was released on May 12, 2026."),
            claim("file:///sample/vendor/kimi-k3.html", "kimi-k3", "Kimi K3", "params_total", .number(1200000000000), unit: "parameters", text: "1.2 trillion", asOf: "2026-05-12", quote: "It is a mixture-of-experts language model with 1.2 trillion total parameters, of which 48 billion are activated for each token."),
            claim("file:///sample/vendor/kimi-k3.html", "kimi-k3", "Kimi K3", "params_active", .number(48000000000), unit: "parameters", text: "48 billion", asOf: "2026-05-12", quote: "It is a mixture-of-experts language model with 1.2 trillion total parameters, of which 48 billion are activated for each token."),
            claim("file:///sample/vendor/kimi-k3.html", "kimi-k3", "Kimi K3", "weights", .text("open"), unit: nil, text: "weights are available", asOf: "2026-05-12", quote: "The Kimi K3 weights are available on Hugging Face under a modified MIT license."),
            claim("file:///sample/vendor/kimi-k3.html", "kimi-k3", "Kimi K3", "license", .text("modified-mit"), unit: nil, text: "modified MIT license", asOf: "2026-05-12", quote: "The Kimi K3 weights are available on Hugging Face under a modified MIT license."),
            claim("file:///sample/vendor/kimi-k3.html", "kimi-k3", "Kimi K3", "context_window", .number(262144), unit: "tokens", text: "256K tokens", scope: "native", asOf: "2026-05-12", quote: "Kimi K3 reads 256K tokens natively, and the window can be extended to 1M tokens with YaRN."),
            claim("file:///sample/vendor/kimi-k3.html", "kimi-k3", "Kimi K3", "context_window", .number(1000000), unit: "tokens", text: "1M tokens", scope: "extended", asOf: "2026-05-12", quote: "Kimi K3 reads 256K tokens natively, and the window can be extended to 1M tokens with YaRN."),
            claim("file:///sample/vendor/kimi-k3.html", "kimi-k3", "Kimi K3", "benchmark:swe-bench-verified", .number(73.8), unit: "percent", text: "73.8", asOf: "2026-05-12", quote: "SWE-bench Verified | 73.8 | 65.8"),
            claim("file:///sample/vendor/kimi-k3.html", "kimi-k2", "Kimi K2", "benchmark:swe-bench-verified", .number(65.8), unit: "percent", text: "65.8", asOf: "2026-05-12", quote: "SWE-bench Verified | 73.8 | 65.8"),
            claim("file:///sample/vendor/kimi-k3.html", "kimi-k3", "Kimi K3", "benchmark:gpqa-diamond", .number(79.5), unit: "percent", text: "79.5", asOf: "2026-05-12", quote: "GPQA Diamond | 79.5 | 75.1"),
            claim("file:///sample/vendor/kimi-k3.html", "kimi-k2", "Kimi K2", "benchmark:gpqa-diamond", .number(75.1), unit: "percent", text: "75.1", asOf: "2026-05-12", quote: "GPQA Diamond | 79.5 | 75.1"),
            claim("file:///sample/vendor/kimi-k3.html", "kimi-k3", "Kimi K3", "benchmark:aime-2025", .number(88), unit: "percent", text: "88.0", asOf: "2026-05-12", quote: "AIME 2025 | 88.0 | —"),
            // file:///sample/press/week-in-models.html
            claim("file:///sample/press/week-in-models.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "weights", .text("closed"), unit: nil, text: "closed model", asOf: "2026-05-22", quote: "Qwen3.6-Max-Preview is a closed model, available only through the Qwen Cloud API; there are no downloadable weights."),
            claim("file:///sample/press/week-in-models.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "context_window", .number(262144), unit: "tokens", text: "256K tokens", asOf: "2026-05-22", quote: "Qwen3.6-Max-Preview offers a context window of 256K tokens, which the documentation lists as 262,144 tokens."),
            claim("file:///sample/press/week-in-models.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "release_date", .text("2026-04-20"), unit: nil, text: "April 20, 2026", asOf: "2026-05-22", quote: "Qwen3.6-Max-Preview was released on April 20, 2026."),
            claim("file:///sample/press/week-in-models.html", "kimi-k3", "Kimi K3", "release_date", .text("2026-05-21"), unit: nil, text: "May 21, 2026", asOf: "2026-05-22", quote: "Moonshot released Kimi K3 on May 21, 2026, with weights on Hugging Face under a modified MIT license."),
            claim("file:///sample/press/week-in-models.html", "kimi-k3", "Kimi K3", "weights", .text("open"), unit: nil, text: "weights on Hugging Face", asOf: "2026-05-22", quote: "Moonshot released Kimi K3 on May 21, 2026, with weights on Hugging Face under a modified MIT license."),
            claim("file:///sample/press/week-in-models.html", "kimi-k3", "Kimi K3", "license", .text("modified-mit"), unit: nil, text: "modified MIT license", asOf: "2026-05-22", quote: "Moonshot released Kimi K3 on May 21, 2026, with weights on Hugging Face under a modified MIT license."),
            claim("file:///sample/press/week-in-models.html", "kimi-k3", "Kimi K3", "params_total", .number(1200000000000), unit: "parameters", text: "1.2T", asOf: "2026-05-22", quote: "Kimi K3 has 1.2T total parameters and 48B active parameters per token."),
            claim("file:///sample/press/week-in-models.html", "kimi-k3", "Kimi K3", "params_active", .number(48000000000), unit: "parameters", text: "48B", asOf: "2026-05-22", quote: "Kimi K3 has 1.2T total parameters and 48B active parameters per token."),
            // file:///sample/leaderboard/index.html
            claim("file:///sample/leaderboard/index.html", "kimi-k3", "Kimi K3", "context_window", .number(262144), unit: "tokens", text: "256K", asOf: "2026-05-25", quote: "1 | Kimi K3 | 256K | 71.2 | 79.5"),
            claim("file:///sample/leaderboard/index.html", "kimi-k3", "Kimi K3", "benchmark:swe-bench-verified", .number(71.2), unit: "percent", text: "71.2", asOf: "2026-05-25", quote: "1 | Kimi K3 | 256K | 71.2 | 79.5"),
            claim("file:///sample/leaderboard/index.html", "kimi-k3", "Kimi K3", "benchmark:gpqa-diamond", .number(79.5), unit: "percent", text: "79.5", asOf: "2026-05-25", quote: "1 | Kimi K3 | 256K | 71.2 | 79.5"),
            claim("file:///sample/leaderboard/index.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "context_window", .number(262000), unit: "tokens", text: "262K", asOf: "2026-05-25", quote: "2 | Qwen3.6-Max-Preview | 262K | 69.4 | 82.1"),
            claim("file:///sample/leaderboard/index.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "benchmark:swe-bench-verified", .number(69.4), unit: "percent", text: "69.4", asOf: "2026-05-25", quote: "2 | Qwen3.6-Max-Preview | 262K | 69.4 | 82.1"),
            claim("file:///sample/leaderboard/index.html", "qwen3.6-max-preview", "Qwen3.6-Max-Preview", "benchmark:gpqa-diamond", .number(82.1), unit: "percent", text: "82.1", asOf: "2026-05-25", quote: "2 | Qwen3.6-Max-Preview | 262K | 69.4 | 82.1"),
            claim("file:///sample/leaderboard/index.html", "kimi-k2", "Kimi K2", "context_window", .number(131072), unit: "tokens", text: "128K", asOf: "2026-05-25", quote: "3 | Kimi K2 | 128K | 65.8 | 75.1"),
            claim("file:///sample/leaderboard/index.html", "kimi-k2", "Kimi K2", "benchmark:swe-bench-verified", .number(65.8), unit: "percent", text: "65.8", asOf: "2026-05-25", quote: "3 | Kimi K2 | 128K | 65.8 | 75.1"),
            claim("file:///sample/leaderboard/index.html", "kimi-k2", "Kimi K2", "benchmark:gpqa-diamond", .number(75.1), unit: "percent", text: "75.1", asOf: "2026-05-25", quote: "3 | Kimi K2 | 128K | 65.8 | 75.1")
    ]
}
