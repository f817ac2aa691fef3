import Model
import Testing

@testable import Extraction

/// Figures of the other side of a comparison, models left out, and names that only a later segment speaks
/// of. Sentences written for this test.
@Suite struct ComparedFigureTests {
    private func facts(_ paragraphs: [String], heading: String = "Kimi K3 review") -> Set<Fact> {
        Fixture.claims(in: Fixture.document([.heading(level: 1, text: heading)] + paragraphs.map { Block.paragraph($0) })).facts
    }

    @Test func figuresAfterComparedWithBelongToTheComparedModel() {
        let found = facts(["The model has 1T total parameters and 40B active parameters, compared with 500B total and 30B active for Kimi K2."])
        #expect(found == [
            Fact("kimi-k3", "params_total", "1000000000000"), Fact("kimi-k3", "params_active", "40000000000"),
            Fact("kimi-k2", "params_total", "500000000000"), Fact("kimi-k2", "params_active", "30000000000"),
        ])
    }

    @Test func aRatioToAnotherModelsPriceLeavesThatModelOnlyItsOwnPrice() {
        let found = facts(["At $0.30 per million input tokens, it is a tenth of the price of GPT-5.4, which costs $3 per million input tokens."])
        #expect(found == [Fact("gpt-5.4", "price_input", "3")])
    }

    @Test func aNameInALaterSegmentOwnsNoFigureOfAnEarlierOne() {
        let found = facts(["Weights are on Hugging Face under the MIT license; a distilled Kimi K3-Lite is expected next month."])
        #expect(!found.contains { $0.model == "kimi-k3-lite" }, "\(found)")
    }

    @Test func aMemberLeftOutIsNotWhatTheSentenceIsAbout() {
        let found = facts(
            ["Gemma 4 comes in 1B, 4B and 12B sizes.", "All sizes except 1B accept images as well as text; the 1B model is text-only."],
            heading: "Gemma 4")
        #expect(!found.contains { $0.attribute == "modality" }, "\(found)")
    }

    @Test func aModalityListWithoutTextIsAnAdditionNotTheList() {
        #expect(facts(["Kimi K3 accepts images as well as text."]) == [Fact("kimi-k3", "modality", "text+image")])
        #expect(facts(["Kimi K3 accepts images."]).isEmpty)
    }

    @Test(arguments: [
        "Three weeks ago, Kimi K3 was clocked at 120 tokens per second.",
        "Last month Kimi K3 ranked #1 on LMArena.",
        "Kimi K3 cost $0.60 per million input tokens before a price cut in May.",
    ])
    func aTimeVaryingFigureOfAnEarlierDayIsNoClaim(sentence: String) {
        #expect(facts([sentence]).isEmpty, "\(facts([sentence]))")
    }

    @Test func aBygoneClauseLeavesTheCurrentFigure() {
        #expect(facts(["Kimi K3 now costs $0.40 per million input tokens (previously $0.60 per million input tokens)."]) == [
            Fact("kimi-k3", "price_input", "0.4")
        ])
    }
}
