import Model
import Testing

@testable import Extraction

/// Reports at second hand are hedged; a denial states nothing. Sentences written for this test.
@Suite struct RumourSentenceTests {
    private func claims(_ sentence: String) -> [Claim] {
        Fixture.claims(in: Fixture.document([.heading(level: 1, text: "Kimi K4: what we know"), .paragraph(sentence)]))
    }

    @Test(arguments: [
        "Kimi K4 is tipped to have a 4M-token context window.",
        "The Information reported that Kimi K4 has 3 trillion parameters.",
        "Kimi K4 has 2T parameters, a person with knowledge of the matter told Reuters.",
        "Screenshots circulating on X show Kimi K4 with a 1M context window.",
    ])
    func aSecondHandReportIsHedged(sentence: String) {
        let found = claims(sentence)
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.qualifiers.hedged == true }, "\(found.facts)")
    }

    @Test func aDenialStatesNothingAndAConfirmationIsFirm() {
        #expect(claims("A Moonshot spokesperson denied that Kimi K4 has 3T parameters.").isEmpty)
        let confirmed = claims("Moonshot confirmed that Kimi K4 has a 1M context window.")
        #expect(confirmed.facts == [Fact("kimi-k4", "context_window", "1000000")])
        #expect(confirmed.first?.qualifiers.hedged == false)
    }
}
