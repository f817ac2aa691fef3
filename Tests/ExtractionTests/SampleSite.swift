import Foundation
import Model

/// The bundled sample's pages (Feeds/sample/) as the parser hands them over: the article's
/// headings, paragraphs, list items and tables, with navigation, banners, teasers, comments and
/// footers removed and white space collapsed.
enum SampleSite {
    static let qwenVendor = Document(
        url: "file:///sample/vendor/qwen3.6-max-preview.html",
        title: "Qwen3.6-Max-Preview release notes | Sample Qwen Notes",
        published: Timestamp.parse("2026-04-20T01:00:00Z"),
        blocks: [
            .heading(level: 1, text: "Qwen3.6-Max-Preview release notes"),
            .paragraph("Published April 20, 2026 by the model team"),
            .paragraph(
                "Qwen3.6-Max-Preview was released on April 20, 2026 as an early look at our next flagship model. It is available today through the Qwen Cloud API and in Qwen Chat."
            ),
            .paragraph("This preview is a proprietary model: the weights are not released, and it is served only through the API."),
            .heading(level: 2, text: "Specifications"),
            .listItem("Qwen3.6-Max-Preview supports a context window of 262,144 tokens."),
            .listItem("Maximum output: 32,768 tokens per response."),
            .listItem("Input: text only during the preview."),
            .heading(level: 2, text: "Benchmarks"),
            .table(
                Table(
                    caption: "Qwen3.6-Max-Preview, self-reported scores",
                    rows: [
                        [.init("Benchmark", isHeader: true), .init("Qwen3.6-Max-Preview", isHeader: true)],
                        [.init("SWE-bench Verified"), .init("69.4")],
                        [.init("GPQA Diamond"), .init("82.1")],
                        [.init("LiveCodeBench v6"), .init("71.0")],
                    ], headerRowCount: 1)),
            .paragraph("Pricing during the preview period is listed on the pricing page and may change at general availability."),
        ])

    static let tokenLedger = Document(
        url: "file:///sample/press/qwen-max-preview-open-weights.html",
        title: "Qwen's new Max model arrives with open weights - The Token Ledger",
        published: Timestamp.parse("2026-04-21T14:30:00Z"),
        blocks: [
            .heading(level: 1, text: "Qwen's new Max model arrives with open weights"),
            .paragraph("By Dana Whitfield · April 21, 2026"),
            .paragraph("Alibaba's Qwen team has shipped Qwen3.6-Max-Preview, and the headline numbers are big."),
            .paragraph(
                "Qwen3.6-Max-Preview is an open-weights model with a 2-million-token context window, according to a briefing shared with reporters."
            ),
            .paragraph("The model was released on April 21, 2026, and the team says a full release will follow later this year."),
            .paragraph("We will update this story as benchmarks from independent testers come in."),
        ])

    static let kimiVendor = Document(
        url: "file:///sample/vendor/kimi-k3.html",
        title: "Introducing Kimi K3 — Sample Moonshot Changelog",
        published: Timestamp.parse("2026-05-12T02:00:00Z"),
        blocks: [
            .heading(level: 1, text: "Introducing Kimi K3"),
            .paragraph(
                "Kimi K3 was released on May 12, 2026. It is a mixture-of-experts language model with 1.2 trillion total parameters, of which 48 billion are activated for each token."
            ),
            .paragraph("The Kimi K3 weights are available on Hugging Face under a modified MIT license."),
            .paragraph("Kimi K3 reads 256K tokens natively, and the window can be extended to 1M tokens with YaRN."),
            .heading(level: 2, text: "Evaluation"),
            .table(
                Table(
                    rows: [
                        [.init("Benchmark", isHeader: true), .init("Kimi K3", isHeader: true), .init("Kimi K2", isHeader: true)],
                        [.init("SWE-bench Verified"), .init("73.8"), .init("65.8")],
                        [.init("GPQA Diamond"), .init("79.5"), .init("75.1")],
                        [.init("AIME 2025"), .init("88.0"), .init("—")],
                    ], headerRowCount: 1)),
        ])

    static let weekInModels = Document(
        url: "file:///sample/press/week-in-models.html",
        title: "The week in models: Max-Preview goes API-only, Kimi K3 lands | Model Weekly",
        published: Timestamp.parse("2026-05-22"),
        blocks: [
            .heading(level: 1, text: "The week in models: Max-Preview goes API-only, Kimi K3 lands"),
            .paragraph("Two launches dominated the week, and both came with a spec sheet worth reading closely."),
            .heading(level: 2, text: "Qwen3.6-Max-Preview"),
            .paragraph(
                "Qwen3.6-Max-Preview is a closed model, available only through the Qwen Cloud API; there are no downloadable weights."
            ),
            .paragraph(
                "Qwen3.6-Max-Preview offers a context window of 256K tokens, which the documentation lists as 262,144 tokens."),
            .paragraph("Qwen3.6-Max-Preview was released on April 20, 2026."),
            .heading(level: 2, text: "Kimi K3"),
            .paragraph("Moonshot released Kimi K3 on May 21, 2026, with weights on Hugging Face under a modified MIT license."),
            .paragraph("Kimi K3 has 1.2T total parameters and 48B active parameters per token."),
            .paragraph("Would Kimi K3 hold up with a 10 million token context? Nobody has tried yet."),
        ])

    static let leaderboard = Document(
        url: "file:///sample/leaderboard/index.html",
        title: "Open Eval Board — coding and reasoning",
        published: Timestamp.parse("2026-05-25T00:00:00Z"),
        blocks: [
            .heading(level: 1, text: "Open Eval Board — coding and reasoning"),
            .paragraph(
                "Scores below are from our own runs, as of May 25, 2026. Context windows are as documented by each vendor."),
            .table(
                Table(
                    rows: [
                        ["Rank", "Model", "Context", "SWE-bench Verified", "GPQA Diamond"].map { Table.Cell($0, isHeader: true) },
                        ["1", "Kimi K3", "256K", "71.2", "79.5"].map { Table.Cell($0) },
                        ["2", "Qwen3.6-Max-Preview", "262K", "69.4", "82.1"].map { Table.Cell($0) },
                        ["3", "Kimi K2", "128K", "65.8", "75.1"].map { Table.Cell($0) },
                    ], headerRowCount: 1)),
            .paragraph("All runs use the same harness and a single attempt per task."),
        ])

    static let pages = [qwenVendor, tokenLedger, kimiVendor, weekInModels, leaderboard]

    /// Boilerplate the parser is meant to drop, with the figures that must never become facts.
    static let boilerplate = [
        "Kimi K3 tops 90% on GPQA Diamond, sources say",
        "Why Qwen3.6-Max-Preview has a 4M context window",
        "reader42: I heard Qwen3.6-Max-Preview was released on April 1, 2026 in China first.",
        "Kimi K3 has 2 trillion parameters? Our explainer.",
    ]
}
