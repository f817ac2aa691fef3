import Model
import Testing

@testable import Extraction

/// Phrasing classes of round 2, each in sentences written for this test.
@Suite struct PhrasingTests {
    private func facts(_ blocks: [Block], title: String? = nil) -> Set<Fact> {
        Fixture.claims(in: Fixture.document(title: title, blocks)).facts
    }

    @Test func aSentenceNamingNoModelBelongsToTheModelTheHeadingNames() {
        let found = facts([.heading(level: 1, text: "Kimi K3"), .paragraph("The context window is 128K tokens natively.")])
        #expect(found == [Fact("kimi-k3", "context_window", "131072", scope: "native")])
    }

    @Test(arguments: [
        "Another lab's model reads 64K tokens of context.", "A typical 70B model has a context window of 32K tokens.",
        "Most competitors stop at 32K tokens of context.",
    ])
    func aSentenceAboutAnotherModelIsNotTheSubjects(sentence: String) {
        #expect(facts([.heading(level: 1, text: "Kimi K3"), .paragraph(sentence)]).isEmpty)
    }

    @Test func bothMeansTheTwoModelsTheSentenceBeforeNamed() {
        let found = facts([
            .paragraph("Today we welcome Qwen 3.5 and Kimi K3 to the catalog. Both are mixtures of experts with 22B active parameters.")
        ])
        #expect(found == [
            Fact("qwen3.5", "params_active", "22000000000"), Fact("kimi-k3", "params_active", "22000000000"),
        ])
    }

    @Test func aSizeInParenthesesAfterANameIsItsParameterCountHedgedWhenApproximate() {
        let claims = Fixture.claims("This week brought Kimi K3 (~1.2T) and Qwen 3.5 (397B).")
        #expect(claims.facts == [
            Fact("kimi-k3", "params_total", "1200000000000"), Fact("qwen3.5", "params_total", "397000000000"),
        ])
        #expect(claims.first { $0.model == "kimi-k3" }?.qualifiers.hedged == true)
        #expect(claims.first { $0.model == "qwen3.5" }?.qualifiers.hedged == false)
    }

    @Test(arguments: [
        ("2026.03.03: We released Kimi K3.", "2026-03-03"), ("News: 2026/03/03: We are releasing Kimi K3 today.", "2026-03-03"),
        ("Kimi K3, released today, reads long documents.", "2026-05-22"),
    ])
    func yearFirstDatesAndTodayAreReleaseDates(sentence: String, iso: String) {
        #expect(Fixture.claims(sentence).filter { $0.attribute == .releaseDate }.facts == [Fact("kimi-k3", "release_date", iso)])
    }

    @Test func aModelNamedAfterAComparingWordIsNotTheOwner() {
        let found = facts([.paragraph("Kimi K3 is here, on par with GPT-5.4, and open-sourced under the MIT license.")])
        #expect(found == [Fact("kimi-k3", "weights", "open"), Fact("kimi-k3", "license", "mit")])
    }

    @Test func namesInsideLinksAreNotMentions() {
        let registry = ModelRegistry.standard
        #expect(registry.mentions(in: "Terms at https://example.com/models/llama3_1/LICENSE apply.").isEmpty)
        #expect(registry.mentions(in: "Kimi K3 (see www.example.com/kimi-k2) is new.").map(\.id) == ["kimi-k3"])
    }

    @Test func mayBeExtendedStatesACapabilityNotAGuess() {
        let found = facts([
            .paragraph("For Kimi K3, the sequence length in pre-training is 32,768 tokens and may be extended to 131,072 tokens.")
        ])
        #expect(found.contains(Fact("kimi-k3", "context_window", "131072", scope: "extended")))
    }

    @Test(arguments: [
        "Kimi K3 could reach 1M tokens of context if it were retrained.", "Would Kimi K3 handle 1M tokens of context?",
        "Kimi K3 improved by 2.1 points on SWE-bench, reaching a 12% improvement.",
    ])
    func hypotheticalsQuestionsAndDeltasStateNothing(sentence: String) {
        #expect(Fixture.claims(sentence).isEmpty)
    }

    @Test func aModelCardsSpecLinesUseThePageSubjectWhenTheTitleNamesNone() {
        let found = facts([
            .paragraph("The Kimi K3 collection is a family of language models for long documents."),
            .heading(level: 2, text: "Model information"), .paragraph("Model Release Date: March 3, 2026."),
            .paragraph("Kimi K3 beats Qwen 3.5 on reading tasks, and Kimi K3 is open-weights."),
        ])
        #expect(found.contains(Fact("kimi-k3", "release_date", "2026-03-03")))
    }

    @Test func frontMatterStatesLicenseBaseModelAndModality() {
        let yaml = "license: apache-2.0\nbase_model:\n- example/Kimi-K2\npipeline_tag: image-text-to-text\ntags: [chat]"
        let document = Fixture.document([.preformatted(yaml), .heading(level: 1, text: "Kimi K3"), .paragraph("Notes.")])
        let claims = ClaimExtractor().claims(in: document, citation: Fixture.citation(), frontMatter: yaml)
        #expect(claims.facts == [
            Fact("kimi-k3", "license", "apache-2.0"), Fact("kimi-k3", "base_model", "kimi-k2"),
            Fact("kimi-k3", "modality", "text+image"),
        ])
        #expect(claims.allSatisfy { document.text.contains($0.quote) })
        #expect(FrontMatterReader.license("llama3.1", name: nil) == "llama-3.1-community")
        #expect(FrontMatterReader.license("other", name: "acme-research") == "acme-research")
    }

    @Test func aBlogPostsFrontMatterDateIsThePagesDayWhenNothingElseDatesIt() {
        let yaml = "title: \"Weekly notes\"\ndate: 2026-11-06"
        let document = Fixture.document(
            published: nil, [.preformatted(yaml), .heading(level: 1, text: "Weekly notes"), .paragraph("Kimi K3 was released today.")])
        let citation = Citation(url: document.url, title: nil, published: nil, retrieved: Fixture.citation().retrieved, sha256: "")
        let claims = ClaimExtractor().claims(in: document, citation: citation, frontMatter: yaml)
        #expect(claims.facts == [Fact("kimi-k3", "release_date", "2026-11-06")])
        #expect(claims.first?.qualifiers.asOf == "2026-11-06")
        #expect(FrontMatterReader.publicationDay([.init(key: "date", value: "Nov 6", line: "date: Nov 6")]) == nil)
    }

    @Test func aliasesNameOneModelWhateverTheFamilyRulesSay() {
        let registry = ModelRegistry.standard.adding(families: [], aliases: [ModelAlias(name: "KK3", id: "kimi-k3")])
        #expect(registry.mentions(in: "KK3 and Qwen 3.5 lead.").map(\.id) == ["kimi-k3", "qwen3.5"])
        #expect(registry.mentions(in: "KK30 is not it.").isEmpty)
    }
}
