import Model
import Testing

@testable import Extraction

/// Each attribute read from sentences, in the ways articles phrase it.
@Suite struct SentenceFactTests {
    @Test(arguments: [
        ("Kimi K3 was released on May 12, 2026.", "2026-05-12", "May 12, 2026"),
        ("Moonshot launched Kimi K3 on Apr. 20, 2026, to great fanfare.", "2026-04-20", "Apr. 20, 2026"),
        ("Kimi K3 shipped 20 April 2026.", "2026-04-20", "20 April 2026"),
        ("Kimi K3 debuted on 2026-04-20 in Beijing.", "2026-04-20", "2026-04-20"),
        ("Kimi K3 was introduced on May 21 at the developer day.", "2026-05-21", "May 21"),
        ("Kimi K3 has been available since May 2026.", "2026-05", "May 2026"),
        ("On May 12, 2026, Moonshot released Kimi K3.", "2026-05-12", "May 12, 2026"),
        ("Release date: May 12, 2026 for Kimi K3.", "2026-05-12", "May 12, 2026"),
    ])
    func releaseDatesNeedAReleaseVerb(sentence: String, iso: String, written: String) {
        let claims = Fixture.claims(sentence)
        #expect(claims.facts == [Fact("kimi-k3", "release_date", iso)])
        #expect(claims.first?.text == written)
        #expect(claims.first?.unit == nil)
    }

    @Test func aVersionNumberBetweenTheVerbAndTheDateIsPartOfTheSentence() {
        #expect(Fixture.claims("OpenAI released GPT-5.5 on July 14, 2026.").facts == [Fact("gpt-5.5", "release_date", "2026-07-14")])
        #expect(Fixture.claims("Alibaba released Qwen3.5 on July 14, 2026, replacing Qwen3.").facts == [
            Fact("qwen3.5", "release_date", "2026-07-14")
        ])
        // A full stop still ends what the verb governs.
        #expect(Fixture.claims("Moonshot released a paper. On July 14, 2026 Kimi K3 reached 256K tokens.")
            .filter { $0.attribute == .releaseDate }.isEmpty)
    }

    @Test(arguments: [
        "Published April 20, 2026 by the Kimi K3 team.", "The Kimi K3 page was updated on May 3, 2026.",
        "Kimi K3 will be released on June 1, 2026.", "Kimi K3 is expected to launch on June 1, 2026.",
        "Kimi K3 has not been released on May 1, 2026 as planned.", "Kimi K3 is available on Hugging Face.",
        "Kimi K3 was released after May 1, 2026.", "Kimi K3 scored 73.8 as of May 25, 2026.",
    ])
    func datesWithoutAReleaseVerbOrNotYetReleasedAreNotReleaseDates(sentence: String) {
        #expect(Fixture.claims(sentence).filter { $0.attribute == .releaseDate }.isEmpty)
    }

    @Test(arguments: [
        ("Kimi K3 is an open-weights model.", "open"), ("Kimi K3 is open source.", "open"),
        ("The Kimi K3 weights are available on Hugging Face.", "open"), ("Kimi K3 ships with weights on ModelScope.", "open"),
        ("Kimi K3 is downloadable for local use.", "open"), ("Moonshot released the Kimi K3 weights today.", "open"),
        ("Kimi K3 is a proprietary model.", "closed"), ("Kimi K3 is a closed model.", "closed"),
        ("The Kimi K3 weights are not released.", "closed"), ("Kimi K3 has no downloadable weights.", "closed"),
        ("Kimi K3 is API-only.", "closed"), ("Kimi K3 is available only through the API.", "closed"),
        ("Kimi K3 is served only through the Moonshot Platform API.", "closed"), ("Kimi K3 is not open.", "closed"),
        ("Kimi K3 is not open-source.", "closed"), ("Moonshot has not released the Kimi K3 weights.", "closed"),
        ("The open-source Kimi K3 runs on one node.", "open"), ("Kimi K3 was open-sourced in May.", "open"),
        ("Open weights: yes, for Kimi K3.", "open"), ("Kimi K3 weights: not released.", "closed"),
    ])
    func weightsAreOpenOrClosedWithNegationFlippingOpen(sentence: String, value: String) {
        #expect(Fixture.claims(sentence).filter { $0.attribute == .weights }.facts == [Fact("kimi-k3", "weights", value)])
    }

    @Test(arguments: [
        "Kimi K3 is not proprietary software, the team says.", "Kimi K3 is no longer API-only.",
        "Kimi K3 was trained on proprietary data.", "Kimi K3 is available through the API and in the app.",
        "Kimi K3 is downloadable, but not open source.",
        "Kimi K3 integrates with open-source tools like vLLM.", "Kimi K3 beats closed models on coding.",
        "Kimi K3 leads open-weights models on every benchmark.", "Kimi K3 plugs into proprietary systems.",
        "Kimi K3 comes with a downloadable report.",
    ])
    func negatedClosedCuesAndMixedSignalsSayNothing(sentence: String) {
        #expect(Fixture.claims(sentence).filter { $0.attribute == .weights }.isEmpty)
    }

    @Test(arguments: [
        ("Kimi K3 is released under the Apache 2.0 license.", "apache-2.0", "Apache 2.0 license"),
        ("Kimi K3 is licensed under Apache License, Version 2.0.", "apache-2.0", "Apache License, Version 2.0"),
        ("Kimi K3 ships under the MIT license.", "mit", "MIT license"),
        ("Kimi K3 weights come under a modified MIT license.", "modified-mit", "modified MIT license"),
        ("Kimi K3 uses the Llama 3.1 Community License.", "llama-3.1-community", "Llama 3.1 Community License"),
        ("Kimi K3 is a proprietary model.", "proprietary", "proprietary model"),
        ("Kimi K3 is distributed under CC BY-NC 4.0.", "cc-by-nc-4.0", "CC BY-NC 4.0"),
        ("Kimi K3 comes under the Moonshot Open License.", "moonshot-open", "Moonshot Open License"),
    ])
    func licensesBecomeSPDXStyleIDs(sentence: String, id: String, written: String) {
        let claims = Fixture.claims(sentence).filter { $0.attribute == .license }
        #expect(claims.facts == [Fact("kimi-k3", "license", id)])
        #expect(claims.first?.text == written)
    }

    @Test func aLicenseNameNeedsLicenseWordsAndNoNegation() {
        #expect(Fixture.claims("Kimi K3 was built by researchers from MIT.").isEmpty)
        #expect(Fixture.claims("Kimi K3 is not under the Apache 2.0 license.").filter { $0.attribute == .license }.isEmpty)
    }

    @Test(arguments: [
        ("Kimi K3 supports a context window of 262,144 tokens.", 262_144.0, nil, "262,144 tokens"),
        ("Kimi K3 has a 2-million-token context window.", 2e6, nil, "2-million-token"),
        ("Kimi K3 offers a context length of 1M.", 1e6, nil, "1M"),
        ("Kimi K3 reads 256K tokens natively.", 262_144, "native", "256K tokens"),
        ("Kimi K3 ships with 128K context.", 131_072, nil, "128K"),
        ("Kimi K3's window can be extended to 1M tokens with YaRN.", 1e6, "extended", "1M tokens"),
        ("Kimi K3 accepts a maximum input of 900K tokens within its context window.", 900_000, "input-limit", "900K tokens"),
        ("Kimi K3 has a context window of about 1M tokens.", 1e6, nil, "1M tokens"),
        ("With YaRN, Kimi K3 handles up to 1M tokens.", 1e6, "extended", "1M tokens"),
    ] as [(String, Double, String?, String)])
    func contextWindowsInTokensWithTheirScope(sentence: String, value: Double, scope: String?, written: String) {
        let claims = Fixture.claims(sentence)
        #expect(claims.facts == [Fact("kimi-k3", "context_window", ClaimValue.number(value).description, scope: scope)])
        #expect(claims.first?.unit == "tokens")
        #expect(claims.first?.text == written)
    }

    @Test func aLargerWindowOfferedInBetaOrToSomeCustomersIsExtended() {
        let beta = Fixture.claims("Kimi K3 has a 200K-token context window, with a 1M-token window available in beta.")
        #expect(beta.facts == [
            Fact("kimi-k3", "context_window", "200000"), Fact("kimi-k3", "context_window", "1000000", scope: "extended"),
        ])
        #expect(beta.first?.qualifiers.stage == nil, "the 200K is no beta figure")
        #expect(Fixture.claims("Kimi K3 supports up to 1M tokens of context for some customers.").facts == [
            Fact("kimi-k3", "context_window", "1000000", scope: "extended")
        ])
        #expect(Fixture.claims("Kimi K3, now in beta, reads 256K tokens of context.").facts == [
            Fact("kimi-k3", "context_window", "262144")
        ])
    }

    @Test func theOldValueBeforeAnArrowIsNoClaim() {
        let changed = Fixture.claims(in: Fixture.document([
            .heading(level: 1, text: "Kimi K3 release notes"), .listItem("Context length: 32K → 64K"),
        ]))
        #expect(changed.facts == [Fact("kimi-k3", "context_window", "65536")])
    }

    @Test func aBareNumberAWindowIsExtendedToIsTheExtendedWindow() {
        let claims = Fixture.claims("Kimi K3 natively supports 128K tokens of context, which can be extended to 512K with YaRN.")
        #expect(claims.facts == [
            Fact("kimi-k3", "context_window", "131072", scope: "native"),
            Fact("kimi-k3", "context_window", "524288", scope: "extended"),
        ])
        #expect(Fixture.claims("The deadline was extended to 512K users.").isEmpty, "no context, no window")
    }

    @Test func aSentenceWithANativeAndAnExtendedWindowGivesTwoClaims() {
        let claims = Fixture.claims("Kimi K3 reads 256K tokens natively, and the window can be extended to 1M tokens with YaRN.")
        #expect(claims.facts == [
            Fact("kimi-k3", "context_window", "262144", scope: "native"),
            Fact("kimi-k3", "context_window", "1000000", scope: "extended"),
        ])
        let extendedFrom = Fixture.claims("Kimi K3's context can be extended from 128K to 1M tokens using RoPE scaling.")
        #expect(extendedFrom.facts == [
            Fact("kimi-k3", "context_window", "131072", scope: "native"),
            Fact("kimi-k3", "context_window", "1000000", scope: "extended"),
        ])
    }

    @Test func theScopeIsTheOneStatedNearestTheNumber() {
        let claims = Fixture.claims(
            "Qwen3.5 has a native context of 262,144 tokens that can be extended to 1,010,000 tokens.")
        #expect(claims.facts == [
            Fact("qwen3.5", "context_window", "262144", scope: "native"),
            Fact("qwen3.5", "context_window", "1010000", scope: "extended"),
        ])
        let input = Fixture.claims("Gemini 3.1 Pro handles 1,048,576 input tokens.")
        #expect(input.facts == [Fact("gemini-3.1-pro", "context_window", "1048576", scope: "input-limit")])
        #expect(input.first?.text == "1,048,576 input tokens")
    }

    @Test func aNegatedOpenCueKeepsItsNegationInTheText() {
        let claims = Fixture.claims("Anthropic's Claude Opus 4.7 isn't open-weights.")
        #expect(claims.facts == [Fact("claude-opus-4.7", "weights", "closed")])
        #expect(claims.first?.text == "isn't open-weights")
    }

    @Test func maximumOutputIsNeverAContextWindow() {
        let claims = Fixture.claims(paragraphs: [
            "Kimi K3 supports a context window of 128K tokens and a maximum output of 32K tokens.",
            "Kimi K3 can generate up to 16,384 tokens per response.",
        ])
        #expect(claims.facts == [
            Fact("kimi-k3", "context_window", "131072"), Fact("kimi-k3", "max_output_tokens", "32768"),
            Fact("kimi-k3", "max_output_tokens", "16384"),
        ])
    }

    @Test(arguments: [
        "Kimi K3 was trained on 15T tokens of text.", "Kimi K3 streams 200K tokens per second on our cluster.",
        "Kimi K3 costs $2 per 1M tokens.", "Kimi K3 handles 12 tokens of context.",
    ])
    func tokenCountsThatAreNotWindowsAreNotContextWindows(sentence: String) {
        #expect(Fixture.claims(sentence).isEmpty)
    }

    @Test(arguments: [
        ("Kimi K3 has 1.2 trillion total parameters, of which 48 billion are activated for each token.", 1.2e12, 48e9),
        ("Kimi K3 has 1.2T total parameters and 48B active parameters per token.", 1.2e12, 48e9),
        ("Kimi K3 is a mixture of experts with 235B total / 22B active.", 235e9, 22e9),
        ("Kimi K3 activates 48B parameters per token out of a total of 1.2T.", 1.2e12, 48e9),
    ])
    func totalAndActiveParameters(sentence: String, total: Double, active: Double) {
        let claims = Fixture.claims(sentence)
        #expect(claims.facts == [
            Fact("kimi-k3", "params_total", ClaimValue.number(total).description),
            Fact("kimi-k3", "params_active", ClaimValue.number(active).description),
        ])
        #expect(claims.allSatisfy { $0.unit == "parameters" })
    }

    @Test func aSizeCountsOnlyWhenTheSentenceStatesIt() {
        #expect(Fixture.claims("Orion-2-70B is a 70B model.").facts == [Fact("orion-2-70b", "params_total", "70000000000")])
        #expect(Fixture.claims("Gemma 3 27B was well received.").isEmpty)
        #expect(Fixture.claims("Kimi K3 beats every 70B model we tried.").isEmpty)
        #expect(Fixture.claims("Kimi K3 raised $1.2B in funding.").isEmpty)
    }
}
