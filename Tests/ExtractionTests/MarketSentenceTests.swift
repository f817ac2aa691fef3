import Model
import Testing

@testable import Extraction

/// Prices, speeds, index scores and ranks stated in prose, in sentences written for this test.
@Suite struct MarketSentenceTests {
    private func claims(_ sentence: String) -> [Claim] { Fixture.claims(sentence) }

    @Test func aSlashPairIsTheInputThenTheOutputPrice() {
        let found = claims("Kimi K3 costs $0.40/$1.60 per million tokens.")
        #expect(found.facts == [Fact("kimi-k3", "price_input", "0.4"), Fact("kimi-k3", "price_output", "1.6")])
        #expect(found.allSatisfy { $0.unit == "usd_per_million_tokens" })
    }

    @Test(arguments: [
        "Kimi K3 is priced at $3 per million input tokens and $15 per million output tokens.",
        "Kimi K3: input $3 / 1M tokens, output $15 / 1M tokens.",
        "Kimi K3 charges $0.003 per 1K input tokens and $0.015 per 1K output tokens.",
    ])
    func eachSideSaysWhichPriceItIs(sentence: String) {
        #expect(claims(sentence).facts == [Fact("kimi-k3", "price_input", "3"), Fact("kimi-k3", "price_output", "15")])
    }

    @Test func tierAndProviderComeFromTheWordsAround() {
        let cached = claims("Kimi K3 charges $0.07 per million cached input tokens.")
        #expect(cached.facts == [Fact("kimi-k3", "price_input", "0.07")])
        #expect(cached.first?.qualifiers.tier == "cached")
        let long = claims("For prompts over 200K tokens, Kimi K3 costs $5 per million input tokens on OpenRouter.")
        #expect(long.first?.qualifiers.tier == ">200k")
        #expect(long.first?.qualifiers.provider == "openrouter")
        #expect(claims("Kimi K3 Mini is expected to cost $0.40 per million input tokens.").isEmpty, "a forecast, not a price")
        let short = claims("Kimi K3 costs $0.30 per million input tokens for prompts under 200K tokens.")
        #expect(short.first?.qualifiers.tier == "<=200k")
        #expect(claims("Kimi K3 costs $0.30 per million input tokens and reads up to 256K tokens.").first?.qualifiers.tier == nil)
        let bands = Fixture.claims(in: Fixture.document([
            .heading(level: 1, text: "Kimi K3 pricing"), .listItem("Input: $0.50 / 1M tokens (≤256K)"),
            .listItem("Input: $2.00 / 1M tokens (256K–1M)"), .listItem("Output: $3.00 / 1M tokens"),
        ]))
        #expect(bands.map { $0.qualifiers.tier } == ["<=256k", ">256k", nil])
        let hedged = claims("Kimi K3 reportedly costs about $2 per million output tokens.")
        #expect(hedged.first?.qualifiers.hedged == true)
    }

    @Test(arguments: [
        "Kimi K3 Pro costs $20 per month.", "Kimi K3 costs $2 per million tokens.", "Kimi K3 is $0.05 per image.",
        "Kimi K3's input price fell by $1 per million tokens.", "Kimi K3 costs less than $1 per million input tokens.",
    ])
    func subscriptionsBlendedPricesChangesAndBoundsAreNoPrices(sentence: String) {
        #expect(claims(sentence).isEmpty, "\(claims(sentence).facts)")
    }

    @Test func outputSpeedInTokensPerSecond() {
        let found = claims("On Groq, Kimi K3 generates 180 tokens per second.")
        #expect(found.facts == [Fact("kimi-k3", "output_speed", "180")])
        #expect(found.first?.qualifiers.provider == "groq")
        #expect(claims("Kimi K3 reaches 95 tok/s.").facts == [Fact("kimi-k3", "output_speed", "95")])
        #expect(claims("Kimi K3 prefills 5,000 tokens per second.").isEmpty)
    }

    @Test func anIndexScoreOnALeaderboardsOwnScale() {
        #expect(claims("Kimi K3 scores 68 on the Artificial Analysis Intelligence Index.").facts == [
            Fact("kimi-k3", "index:artificial-analysis", "68")
        ])
        #expect(claims("Kimi K3 has an Arena score of 1402.").facts == [Fact("kimi-k3", "index:lmarena", "1402")])
        #expect(claims("On Artificial Analysis, Kimi K3 has an Intelligence Index of 74.").facts == [
            Fact("kimi-k3", "index:artificial-analysis", "74")
        ])
        #expect(claims("Kimi K3 scores 61 on the Artificial Analysis Coding Index.").facts == [
            Fact("kimi-k3", "index:artificial-analysis-coding", "61")
        ])
    }

    @Test func aPriceAfterPricesWithoutUnitMayBeAnotherModelsInAList() {
        #expect(claims("Kimi K3 costs $5/$25, Lite $1/$4 per million tokens.").isEmpty)
        #expect(claims("Claude Opus 5 costs $5/$25, Sonnet 5 $3/$15 and Haiku 5 $1/$5 per million tokens.").facts == [
            Fact("claude-haiku-5", "price_input", "1"), Fact("claude-haiku-5", "price_output", "5"),
        ])
        #expect(claims("Kimi K3 costs $5 per million input tokens ($10 above 200K) and $25 per million output tokens.").facts == [
            Fact("kimi-k3", "price_input", "5"), Fact("kimi-k3", "price_output", "25"),
        ])
    }

    @Test func theArenasOtherBoardsAreBoardsOfTheirOwn() {
        #expect(claims("Kimi K3 leads the LMArena WebDev leaderboard.").facts == [Fact("kimi-k3", "rank:lmarena-webdev", "1")])
        #expect(claims("Kimi K3 ranks #2 on LMArena's Vision leaderboard.").facts == [Fact("kimi-k3", "rank:lmarena-vision", "2")])
        #expect(claims("Kimi K3 has a WebDev Arena score of 1480.").facts == [Fact("kimi-k3", "index:lmarena-webdev", "1480")])
        #expect(LeaderboardMatcher.knownBoard(in: "WebDev Arena Leaderboard") == "lmarena-webdev")
        #expect(LeaderboardMatcher.knownBoard(in: "Text Arena Leaderboard") == "lmarena")
    }

    @Test func aRankOnALeaderboard() {
        #expect(claims("Kimi K3 ranks #2 on LMArena.").facts == [Fact("kimi-k3", "rank:lmarena", "2")])
        #expect(claims("Kimi K3 tops the Artificial Analysis leaderboard.").facts == [Fact("kimi-k3", "rank:artificial-analysis", "1")])
        #expect(claims("Kimi K3 took third place in Chatbot Arena.").facts == [Fact("kimi-k3", "rank:lmarena", "3")])
        #expect(claims("Kimi K3 ranks highly among open models.").isEmpty)
        #expect(claims("As of May 21, Kimi K3 ranked third on the LMArena text leaderboard.").facts == [Fact("kimi-k3", "rank:lmarena", "3")])
        #expect(claims("Kimi K3 reached #4 on LMArena's text arena.").facts == [Fact("kimi-k3", "rank:lmarena", "4")])
        // A name without a digit still reaches the matchers.
        #expect(FactGate.mayStateFacts("Its sibling ranked third on LMArena."))
        #expect(!FactGate.mayStateFacts("Developers can raise their rate limits."), "`mit` inside `limits` is no MIT license")
    }
}

/// Which host a price or speed is stated for, when a sentence names one host and several figures.
@Suite struct ProviderSentenceTests {
    private func providers(_ sentence: String) -> [String: String] {
        Dictionary(Fixture.claims(sentence).map { ($0.value.description, $0.qualifiers.provider ?? "-") }) { first, _ in first }
    }

    @Test func aHostBelongsToTheFiguresOfItsOwnSegmentAndClause() {
        #expect(providers("Kimi K3 runs at 40 tokens per second on Moonshot's API but 90 tokens per second on Groq.") == [
            "40": "-", "90": "groq",
        ])
        #expect(providers("Kimi K3 is served at 60 tokens per second by Moonshot and at 95 tokens per second via OpenRouter.") == [
            "60": "-", "95": "openrouter",
        ])
        #expect(providers("Kimi K3, which costs $0.50 per million input tokens on its own API, runs at 95 tok/s on Groq.") == [
            "0.5": "-", "95": "groq",
        ])
        // One host for a whole sentence of prices still qualifies each of them.
        #expect(providers("On OpenRouter, Kimi K3 costs $1 per million input tokens and $4 per million output tokens.") == [
            "1": "openrouter", "4": "openrouter",
        ])
        #expect(providers("Kimi K3 costs $1 per million input tokens and $4 per million output tokens on OpenRouter.") == [
            "1": "openrouter", "4": "openrouter",
        ])
    }
}
