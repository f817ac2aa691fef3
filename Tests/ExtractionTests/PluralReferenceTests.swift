import Model
import Testing

@testable import Extraction

/// `Both …` and `They …` after a sentence that named a family and its members, and `the original`, `the smaller
/// version`, which point at some other model. Sentences written for this test.
@Suite struct PluralReferenceTests {
    @Test func aFamilysNameStandsForItsMembersNotForAThirdModel() {
        let found = Fixture.claims(paragraphs: [
            "The Kimi K3 models are dense: Kimi K3 8B has 8 billion parameters and Kimi K3 2B has 2 billion. Both support a 64K context window."
        ]).facts
        #expect(found.contains(Fact("kimi-k3-8b", "context_window", "65536")))
        #expect(found.contains(Fact("kimi-k3-2b", "context_window", "65536")))
        #expect(!found.contains { $0.model == "kimi-k3" }, "\(found)")
        // A variant is a model of its own, not a member by size.
        let pair = Fixture.claims(paragraphs: ["We open Kimi K3 and Kimi K3-Air today. They are released under the MIT license."]).facts
        #expect(pair == [Fact("kimi-k3", "license", "mit"), Fact("kimi-k3-air", "license", "mit")])
    }

    @Test(arguments: [
        "The original had a 64K context window.", "Last year's model topped out at 128K tokens of context.",
        "The smaller version has 16B parameters.", "Its predecessor accepted 32K tokens of context.",
    ])
    func aSentencePointingAtAnotherModelStatesNothingOfTheSubject(sentence: String) {
        let found = Fixture.claims(in: Fixture.document([.heading(level: 1, text: "Kimi K3 review"), .paragraph(sentence)]))
        #expect(found.isEmpty, "\(found.facts)")
    }

    @Test func aSiblingInAnotherSegmentLeavesTheSubjectsFigure() {
        let found = Fixture.claims(in: Fixture.document([
            .heading(level: 1, text: "Kimi K3 review"), .paragraph("The model has 1.2T parameters; the distilled 32B variant is also out."),
        ]))
        #expect(found.facts == [Fact("kimi-k3", "params_total", "1200000000000")])
    }

    @Test func figuresListedAgainstNamesByPositionGiveNoClaim() {
        let found = Fixture.claims("Llama 5 8B and 70B have 128K and 512K context windows.").facts
        #expect(found.isEmpty, "\(found)")
    }
}
