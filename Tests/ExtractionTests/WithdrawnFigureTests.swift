import Model
import Testing

@testable import Extraction

/// Figures a page states without asserting them: what a correction withdraws, a plan, a threshold that
/// bounds something else. Sentences written for this test.
@Suite struct WithdrawnFigureTests {
    private func facts(_ paragraphs: [String]) -> Set<Fact> {
        Fixture.claims(in: Fixture.document([.heading(level: 1, text: "Kimi K3")] + paragraphs.map { Block.paragraph($0) })).facts
    }

    @Test func whatACorrectionSaysThePageOnceGotWrongIsNoClaim() {
        let found = facts([
            "Correction: An earlier version of this story said Kimi K3 had a 2-million-token context window. It has a 1M-token window.",
        ])
        #expect(found == [Fact("kimi-k3", "context_window", "1000000")])
        #expect(facts(["The window was originally reported as 2M tokens; Kimi K3 reads 1M tokens."]) == [
            Fact("kimi-k3", "context_window", "1000000")
        ])
        // Repeating an earlier report is no retraction.
        #expect(facts(["As previously reported, Kimi K3 reads 1M tokens."]) == [Fact("kimi-k3", "context_window", "1000000")])
    }

    @Test(arguments: [
        "Image input for Kimi K3 is planned.", "Video input is coming soon to Kimi K3.",
        "A 2M-token window for Kimi K3 is on the roadmap.",
    ])
    func aPlanIsNoFact(sentence: String) {
        #expect(facts([sentence]).isEmpty, "\(facts([sentence]))")
    }

    @Test func aThresholdIsNoWindow() {
        #expect(facts(["Kimi K3 reads 1M tokens, though answers got worse beyond about 400K tokens."]) == [
            Fact("kimi-k3", "context_window", "1000000")
        ])
        let priced = Fixture.claims(
            "Kimi K3 costs $0.30 per million input tokens ($0.60 for prompts longer than 200K tokens) and $2.50 per million output tokens.")
        #expect(priced.facts == [Fact("kimi-k3", "price_input", "0.3"), Fact("kimi-k3", "price_output", "2.5")])
        #expect(priced.allSatisfy { $0.qualifiers.tier == nil }, "the parenthesis qualifies the price before it")
        let banded = Fixture.claims(
            "Kimi K3 costs $1 per million input tokens and $5 per million output tokens for requests up to 128K tokens; "
                + "longer requests cost $2 per million input tokens.")
        #expect(banded.facts == [
            Fact("kimi-k3", "price_input", "1"), Fact("kimi-k3", "price_output", "5"), Fact("kimi-k3", "price_input", "2"),
        ], "a tier's bound is no output limit")
        #expect(banded.first { $0.value == .number(2) }?.qualifiers.tier == ">128k")
    }

    @Test(arguments: [
        "Kimi K2, which ranked third on LMArena at the time, was replaced in May.",
        "Kimi K3 Ultra, with roughly 2T parameters, is due in early 2027.",
    ])
    func aFigureOfAnotherTimeIsNoClaim(sentence: String) {
        #expect(facts([sentence]).isEmpty, "\(facts([sentence]))")
    }
}

/// The mood and the noun around a figure: a plan goes on through `and`, an `output limit` is no window.
@Suite struct FigureNounAndMoodTests {
    @Test func aSecondVerbSharesTheFutureOfTheFirst() {
        #expect(Fixture.claims("Kimi K4 will support a 4M-token window and cost $8 per million input tokens.").isEmpty)
        #expect(Fixture.claims("Kimi K3 supports a 1M-token window and costs $2 per million input tokens.").facts == [
            Fact("kimi-k3", "context_window", "1000000"), Fact("kimi-k3", "price_input", "2"),
        ])
    }

    @Test func anOutputLimitNamedAfterTheFigureIsMaxOutput() {
        #expect(Fixture.claims("Kimi K3 keeps the 262,144-token input limit and 32,768-token output limit.").facts == [
            Fact("kimi-k3", "context_window", "262144", scope: "input-limit"), Fact("kimi-k3", "max_output_tokens", "32768"),
        ])
    }
}
