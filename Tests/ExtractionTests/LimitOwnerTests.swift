import Model
import Testing

@testable import Extraction

/// Limits of a product or plan, and figures beside a `versus`. Sentences written for this test.
@Suite struct ProductLimitTests {
    private func facts(_ sentence: String) -> Set<Fact> {
        Fixture.claims(in: Fixture.document([.heading(level: 1, text: "Kimi K3 Thinking"), .paragraph(sentence)])).facts
    }

    @Test func anAppsOrPlansCapIsNotTheModelsWindow() {
        #expect(facts("Moonshot lists a 256K context window, but the free chat app caps conversations at 128K tokens.") == [
            Fact("kimi-k3-thinking", "context_window", "262144")
        ])
        #expect(facts("Pro subscribers get a 1M-token context window.").isEmpty)
        #expect(facts("It has a maximum output of 100,000 tokens in ChatGPT.").isEmpty)
        #expect(facts("The maximum context for Kimi K3 fine-tuning is 64K tokens.").isEmpty)
        #expect(facts("Kimi K3 reads 1M tokens (up to 272K input tokens for the Codex variant).") == [
            Fact("kimi-k3", "context_window", "1000000")
        ])
    }

    @Test func aNameAfterVersusIsWhatTheFigureIsComparedWith() {
        #expect(facts("It runs at 38 tokens per second, versus 61 tokens per second for Kimi K3.") == [
            Fact("kimi-k3-thinking", "output_speed", "38"), Fact("kimi-k3", "output_speed", "61"),
        ])
    }
}

/// How a tester ran a model, and a price of its launch day. Sentences written for this test.
@Suite struct TesterSettingTests {
    private func facts(_ sentence: String) -> Set<Fact> {
        Fixture.claims(in: Fixture.document([.heading(level: 1, text: "Kimi K3 review"), .paragraph(sentence)])).facts
    }

    @Test(arguments: [
        "We ran it with a 32K context window to save memory.", "Our tests were capped at 200K tokens of context.",
        "At launch, it cost $0.60 per million input tokens.",
    ])
    func aTestersSettingOrALaunchDayPriceIsNoClaim(sentence: String) {
        #expect(facts(sentence).isEmpty, "\(facts(sentence))")
    }

    @Test func aTesterConfirmingTheWindowStillStatesIt() {
        #expect(facts("We can confirm it has a 256K context window.") == [Fact("kimi-k3", "context_window", "262144")])
    }
}
