import Foundation
import Model
import Testing

@testable import Extraction

/// Which model a figure belongs to, and when the page's subject stands in for a sentence naming none.
@Suite struct AttributionTests {
    @Test func aFigureGoesToTheModelItIsAttachedTo() {
        let claims = Fixture.claims("Kimi K3 has a 128K-token context window, twice Kimi K2's 64K tokens.")
        #expect(claims.facts == [Fact("kimi-k3", "context_window", "131072"), Fact("kimi-k2", "context_window", "65536")])
        let versus = Fixture.claims("Kimi K3 supports 256K tokens of context while Qwen3.5 supports 128K tokens.")
        #expect(versus.facts == [Fact("kimi-k3", "context_window", "262144"), Fact("qwen3.5", "context_window", "131072")])
    }

    @Test func aModelNamedOnlyForComparisonOwnsNothing() {
        let claims = Fixture.claims("Kimi K3, like Kimi K2, reads 128K tokens of context.")
        #expect(claims.facts == [Fact("kimi-k3", "context_window", "131072")])
        #expect(Fixture.claims("Unlike Kimi K2, it reads 256K tokens of context.").isEmpty)
        #expect(Fixture.claims("Kimi K3 is larger than Kimi K2's 1T total parameters.").facts == [
            Fact("kimi-k2", "params_total", "1000000000000")
        ])
    }

    @Test func aClauseThatPointsBackBeforeAnyNameIsAboutThePageSubject() {
        let claims = Fixture.claims(
            "The company says the model can handle 262,144 tokens of context, about double the 128K window of Qwen3.5.",
            title: "Kimi K3 release notes")
        #expect(claims.facts == [Fact("kimi-k3", "context_window", "262144"), Fact("qwen3.5", "context_window", "131072")])
        // `ahead of` is no owner; `the 128K window of` is.
        #expect(Fixture.claims("Kimi K3 has a 256K-token window, ahead of Qwen3.5.").facts == [Fact("kimi-k3", "context_window", "262144")])
        #expect(Fixture.claims("Kimi K3 reads 256K tokens ahead of Qwen3.5.").allSatisfy { $0.model != "qwen3.5" })
        let grown = Fixture.claims("The context window grew from 128K in Kimi K2 to 256K tokens.", title: "Kimi K3 release notes")
        #expect(!grown.contains { $0.model == "kimi-k2" && $0.value == .number(262_144) }, "the old model never gets the new value")
        // `its` may point ahead, at the name the sentence is about.
        let ahead = Fixture.claims("With its 1M-token context window, Qwen3.5 leads the field.", title: "Kimi K3 release notes")
        #expect(ahead.facts == [Fact("qwen3.5", "context_window", "1000000")])
        // A name before the figure is still what `it` points back at.
        let named = Fixture.claims("Qwen3.5 is fast, and it reads 128K tokens.", title: "Kimi K3 release notes")
        #expect(named.facts == [Fact("qwen3.5", "context_window", "131072")])
    }

    @Test func aRelativeOrParticipialClauseBelongsToTheNameItFollows() {
        let relative = Fixture.claims("Kimi K3 outperforms GPT-5.4, which has a 400K-token context window.")
        #expect(relative.facts == [Fact("gpt-5.4", "context_window", "400000")])
        let appositive = Fixture.claims(
            "GPT-5.4 remains proprietary, while Llama 4 Maverick, released on April 5, 2025, ships under the Llama 4 Community License."
        )
        #expect(appositive.facts == [
            Fact("gpt-5.4", "weights", "closed"), Fact("gpt-5.4", "license", "proprietary"),
            Fact("llama-4-maverick", "release_date", "2025-04-05"), Fact("llama-4-maverick", "license", "llama-4-community"),
        ])
    }

    @Test func namesJoinedByAndOrPairedRespectivelyGiveNoClaim() {
        #expect(Fixture.claims("GPT-5.4 and Claude Opus 4.7 were both released on March 3, 2026.").isEmpty)
        #expect(Fixture.claims("GPT-5.4 and Kimi K3 have 400K and 256K tokens of context, respectively.").isEmpty)
    }

    @Test func aClauseNamingTwoModelsGivesNoClaim() {
        #expect(Fixture.claims("Both Kimi K3 or Qwen3.5 could be the one with 256K tokens of context.").isEmpty)
        #expect(Fixture.claims("Kimi K3 vs Qwen3.5: 256K tokens of context.").isEmpty)
    }

    @Test func theTitleOrFirstHeadingNamesThePageSubject() {
        let byTitle = Fixture.claims("The model was released on April 21, 2026.", title: "Kimi K3 release notes")
        #expect(byTitle.facts == [Fact("kimi-k3", "release_date", "2026-04-21")])
        #expect(byTitle.first?.modelName == "Kimi K3")
        let byHeading = Fixture.claims(
            in: Fixture.document([
                .heading(level: 1, text: "Introducing Qwen 3.5"), .heading(level: 2, text: "Specifications"),
                .listItem("Context window: 262,144 tokens."), .listItem("It is released under the Apache 2.0 license."),
            ]))
        // An announcement heading also dates the release: the page's publication day.
        #expect(byHeading.facts == [
            Fact("qwen3.5", "context_window", "262144"), Fact("qwen3.5", "license", "apache-2.0"),
            Fact("qwen3.5", "release_date", "2026-05-22"),
        ])
    }

    @Test func eachSectionHeadingNamesItsOwnSubject() {
        let claims = Fixture.claims(
            in: Fixture.document(
                title: "The week in models", [
                    .heading(level: 1, text: "The week in models"), .heading(level: 2, text: "Kimi K3"),
                    .paragraph("The model was released on May 12, 2026."), .heading(level: 2, text: "GLM-5"),
                    .paragraph("It is an open-weights model."), .heading(level: 2, text: "Pricing"),
                    .paragraph("It was released on May 1, 2026."),
                ]))
        #expect(claims.facts == [Fact("kimi-k3", "release_date", "2026-05-12"), Fact("glm-5", "weights", "open")])
    }

    @Test func anUnclearSubjectGivesNoClaim() {
        #expect(Fixture.claims("The model was released on May 12, 2026.", title: "Kimi K3 vs Qwen3.5: a comparison").isEmpty)
        #expect(Fixture.claims("The model was released on May 12, 2026.", title: "Our favourite release").isEmpty)
        let twoInBlock = Fixture.claims(paragraphs: [
            "Kimi K3 and Qwen3.5 were compared. It reads 256K tokens natively."
        ], title: "Kimi K3 review")
        #expect(twoInBlock.isEmpty)
    }

    @Test func aPronounFollowsTheModelItsParagraphNamed() {
        let claims = Fixture.claims(
            paragraphs: ["Moonshot released Kimi K3 last week. It reads 256K tokens natively."], title: "Weekly roundup")
        #expect(claims.facts == [Fact("kimi-k3", "context_window", "262144", scope: "native")])
    }

    @Test func aSentenceThatDoesNotPointBackAtTheSubjectIsNotAboutIt() {
        let claims = Fixture.claims(
            paragraphs: [
                "Kimi K3 was released on May 12, 2026.", "Meta also released a 70B-parameter model the same week.",
                "Moonshot says it supports 256K tokens of context.",
            ], title: "Kimi K3 review")
        #expect(claims.facts == [
            Fact("kimi-k3", "release_date", "2026-05-12"), Fact("kimi-k3", "context_window", "262144"),
        ])
    }

    @Test func thePageSubjectCanBeTheOnlyModelThePageNames() {
        let claims = Fixture.claims(paragraphs: [
            "Alibaba's Qwen team has shipped Qwen3.6-Max-Preview.", "The model was released on April 21, 2026.",
        ], title: "Qwen's new Max model arrives")
        #expect(claims.facts == [Fact("qwen3.6-max-preview", "release_date", "2026-04-21")])
    }
}

/// Text that states no fact: questions, hypotheticals, changes, bounds.
@Suite struct NonFactTests {
    @Test(arguments: [
        "Would Kimi K3 hold up with a 10 million token context?", "Does Kimi K3 have 2 trillion parameters?",
        "Kimi K3 would support a 1M-token context window if Moonshot enabled it.",
        "If Kimi K3 were open-weights, it would be popular.", "Kimi K3 could be released on June 1, 2026.",
        "Kimi K3 might get a 1M-token context window.", "Kimi K3's context window is +64K tokens larger than before.",
        "Kimi K3 offers a 12% improvement in context window over 128K.", "Kimi K3's context window grew by 128K tokens.",
        "Kimi K3's context window is up 64K tokens.", "Kimi K3 handles more than 1M tokens of context.",
        "Kimi K3's context window, up from 128K tokens, is now larger.",
        "Analysts think a 2M-token window is plausible for Kimi K3.", "Kimi K3 will support a 1M-token context window.",
        "DeepSeek plans to open-source DeepSeek-V4.", "The Qwen3 family ranges from 0.6B to 235B parameters.",
        "Kimi K3 was trained on 15T tokens with a 32K-token context.",
    ])
    func statementsThatAreNotFactsGiveNoClaim(sentence: String) {
        #expect(Fixture.claims(sentence).isEmpty, "\(Fixture.claims(sentence).facts)")
    }

    @Test func upToIsAValueNotAChange() {
        #expect(Fixture.claims("Kimi K3 handles up to 1M tokens of context.").facts == [
            Fact("kimi-k3", "context_window", "1000000")
        ])
    }
}

/// Hedges, as-of days and stages.
@Suite struct QualifierTests {
    @Test(arguments: [
        "Kimi K3 reportedly has 1.2T total parameters.", "Kimi K3 has about 1.2T total parameters.",
        "Kimi K3 has ~1.2T total parameters.", "Kimi K3 has 1.2T total parameters, according to people familiar with it.",
        "Kimi K3 has 1.2T total parameters, though the figure is not officially confirmed.",
        "Kimi K3 is rumored to have 1.2T total parameters.", "Some reports put Kimi K3 at 1.2T total parameters.",
    ])
    func hedgedStatementsAreMarked(sentence: String) {
        let claims = Fixture.claims(sentence)
        #expect(claims.facts == [Fact("kimi-k3", "params_total", "1200000000000")])
        #expect(claims.allSatisfy { $0.qualifiers.hedged })
    }

    @Test func plainStatementsAreNotHedged() {
        #expect(Fixture.claims("Kimi K3 has 1.2T total parameters.").allSatisfy { !$0.qualifiers.hedged })
        let contrary = Fixture.claims("Contrary to some reports, Kimi K3 has 1.2T total parameters.")
        #expect(contrary.count == 1 && contrary.allSatisfy { !$0.qualifiers.hedged }, "it asserts against the reports")
        let accompanying = Fixture.claims("The technical report that accompanies Kimi K3 lists 1.2T total parameters.")
        #expect(accompanying.allSatisfy { !$0.qualifiers.hedged })
    }

    @Test func aFigureTheClauseCallsWrongIsNoClaim() {
        let page = "Kimi K3 has a 256K-token context window. Claims of a 2M-token window appear to be mistaken."
        #expect(Fixture.claims(page).facts == [Fact("kimi-k3", "context_window", "262144")])
        #expect(Fixture.claims("Kimi K3 was incorrectly listed with 2T total parameters.").isEmpty)
    }

    @Test func asOfComesFromTheTextElseThePublicationDay() {
        let stated = Fixture.claims("As of May 2, 2026, Kimi K3 supports a 256K-token context window.")
        #expect(stated.map(\.qualifiers.asOf) == ["2026-05-02"])
        #expect(Fixture.claims("Last updated: May 25, 2026. Kimi K3 supports a 256K-token context window.").map(\.qualifiers.asOf) == [
            "2026-05-25"
        ])
        let fromParagraph = Fixture.claims("Figures are as of May 2026. Kimi K3 supports a 256K-token context window.")
        #expect(fromParagraph.map(\.qualifiers.asOf) == ["2026-05"])
        #expect(Fixture.claims("Kimi K3 supports a 256K-token context window.").map(\.qualifiers.asOf) == ["2026-05-22"])
        let undated = Fixture.document(published: nil, [.paragraph("Kimi K3 supports a 256K-token context window.")])
        let citation = Citation(url: "https://example.com", title: nil, published: nil, retrieved: .now, sha256: "00")
        #expect(Fixture.claims(in: undated, citation: citation).map(\.qualifiers.asOf) == [nil])
    }

    @Test func theReleaseDayOfAnAnnouncementIsTheWritersDay() {
        // Published at midnight in UTC+8: April 1 in UTC, April 2 where it was written.
        var document = Fixture.document([.heading(level: 1, text: "Introducing Kimi K3")])
        document.published = Date(timeIntervalSince1970: 1_775_059_200)  // 2026-04-01T16:00:00Z
        document.publishedDay = "2026-04-02"
        let citation = Citation(url: document.url, title: nil, published: document.published, retrieved: .now, sha256: "00")
        #expect(Fixture.claims(in: document, citation: citation).facts == [Fact("kimi-k3", "release_date", "2026-04-02")])
    }

    @Test func aStageIsKeptWhenTheSentenceNamesIt() {
        let claims = Fixture.claims("Kimi K3 supports a 128K-token context window during the preview.")
        #expect(claims.map(\.qualifiers.stage) == ["preview"])
        #expect(Fixture.claims("Kimi K3 supports a 128K-token context window.").map(\.qualifiers.stage) == [nil])
    }

    @Test func aTemporaryPriceIsAStageOfItsOwnAndOnlyForPrices() {
        let said = Fixture.claims("Kimi K3 costs $0.60 per million input tokens, though Moonshot says that price is introductory.")
        #expect(said.map(\.qualifiers.stage) == ["introductory"])
        let offer = Fixture.claims("Kimi K3 launched on May 12, 2026 with promotional pricing of $0.30 per million input tokens.")
        #expect(offer.map { "\($0.attribute.rawValue) \($0.qualifiers.stage ?? "-")" } == ["release_date -", "price_input promotional"])
        #expect(Fixture.claims("Kimi K3 costs $0.60 per million input tokens.").map(\.qualifiers.stage) == [nil])
    }
}
