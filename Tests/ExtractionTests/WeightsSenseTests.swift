import Model
import Testing

@testable import Extraction

/// Open source in the licence's sense, code that is not weights, and categories that have since changed.
/// Sentences written for this test.
@Suite struct WeightsSenseTests {
    private func facts(_ sentence: String) -> Set<Fact> {
        Fixture.claims(in: Fixture.document([.heading(level: 1, text: "Kimi K3 review"), .paragraph(sentence)])).facts
    }

    @Test(arguments: [
        "Kimi K3 is open, but not open source.", "Kimi K3 is not truly open source.",
        "Moonshot has open-sourced the inference code, but not the weights.",
        "Kimi K3 was previously released under Apache 2.0.", "Kimi K3 was formerly API-only.",
    ])
    func noWeightsOrLicenseClaim(sentence: String) {
        #expect(facts(sentence).isEmpty, "\(facts(sentence))")
    }

    @Test func aPlainDenialStillSaysClosedAndTheNewStateStands() {
        #expect(facts("Kimi K3 is not open-source.") == [Fact("kimi-k3", "weights", "closed")])
        #expect(facts("Kimi K3, formerly API-only, is now open-weight.") == [Fact("kimi-k3", "weights", "open")])
        #expect(facts("Moonshot open-sourced Kimi K3 in May.") == [Fact("kimi-k3", "weights", "open")])
    }
}
