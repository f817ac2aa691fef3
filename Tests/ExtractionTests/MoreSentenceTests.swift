import Model
import Testing

@testable import Extraction

/// Phrasing classes of round 3, each in sentences written for this test: sizes that name members,
/// modalities, licenses that point at the page's own, short forms, and what a model comes from.
@Suite struct MemberSentenceTests {
    private func facts(_ blocks: [Block], title: String? = nil) -> Set<Fact> {
        Fixture.claims(in: Fixture.document(title: title, blocks)).facts
    }

    @Test func aListOfSizesNamesOneMemberEachWithItsCounts() {
        let found = Fixture.claims("Qwen 4 comes in four sizes: 1.5B, 8B and 30B-A3B, 200B-A20B.").facts
        #expect(found == [
            Fact("qwen4-1.5b", "params_total", "1500000000"), Fact("qwen4-8b", "params_total", "8000000000"),
            Fact("qwen4-30b-a3b", "params_total", "30000000000"), Fact("qwen4-30b-a3b", "params_active", "3000000000"),
            Fact("qwen4-200b-a20b", "params_total", "200000000000"), Fact("qwen4-200b-a20b", "params_active", "20000000000"),
        ])
    }

    @Test func sizesOfAModelWhoseMembersAreNotNamedBySizeGiveNoCount() {
        // Two sizes of one name: neither count is the model's, and the lab names no members by size.
        #expect(Fixture.claims("We release Kimi K3 with 16B and 236B parameters.").isEmpty)
        #expect(Fixture.claims("The Llama 5 family ranges in scale from 8 billion to 400 billion parameters.").isEmpty)
    }

    @Test(arguments: [
        "Its vision encoder has 400M parameters.", "Kimi K3 fits on one node; the embedding layer alone has 1.2B parameters.",
        "Kimi K3's router has 50M parameters.",
    ])
    func aPartsCountIsNoCountOfTheModel(sentence: String) {
        let found = facts([.heading(level: 1, text: "Kimi K3"), .paragraph(sentence)])
        #expect(found.isEmpty, "\(found)")
        #expect(Fixture.claims("Kimi K3 is a 480B-parameter Mixture-of-Experts model with 35B active parameters.").facts == [
            Fact("kimi-k3", "params_total", "480000000000"), Fact("kimi-k3", "params_active", "35000000000"),
        ])
    }

    @Test func aSpecLineInTotalAndActivatedStatesBothCounts() {
        let found = facts([.heading(level: 1, text: "Kimi K3"), .listItem("Number of Parameters: 1T in total and 32B activated")])
        #expect(found == [Fact("kimi-k3", "params_total", "1000000000000"), Fact("kimi-k3", "params_active", "32000000000")])
    }

    @Test func theActivatedNotationStatesBothCounts() {
        let found = Fixture.claims("Kimi K3-Flash is a 30B-A3B mixture of experts.").facts
        #expect(found == [
            Fact("kimi-k3-flash", "params_total", "30000000000"), Fact("kimi-k3-flash", "params_active", "3000000000"),
        ])
    }

    @Test(arguments: [
        ("Input: Models input text only.", "text"), ("Kimi K3 accepts text and images.", "text+image"),
        ("Because Kimi K3 can take images, text and video as inputs, it reads charts.", "text+image+video"),
        ("Input modalities: text, image", "text+image"),
    ])
    func inputModalitiesInProse(sentence: String, modality: String) {
        #expect(facts([.heading(level: 1, text: "Kimi K3"), .paragraph(sentence)]) == [Fact("kimi-k3", "modality", modality)])
    }

    @Test(arguments: [
        "Kimi K3 was tested with up to 5 input images.", "Output: the model generates text and code only.",
        "Kimi K3 does not accept images.",
    ])
    func outputsNounPhrasesAndNegationsAreNoInputModality(sentence: String) {
        #expect(facts([.heading(level: 1, text: "Kimi K3"), .paragraph(sentence)]).isEmpty)
    }

    @Test func aCustomLicenseIsTheOneCustomLicenseThePageNames() {
        let found = facts([
            .heading(level: 1, text: "Llama 5"), .paragraph("License: A custom commercial license is available at our site."),
            .paragraph("Use Llama 5 only as the Llama 5 Community License and the Apache 2.0 license of the code allow."),
        ])
        #expect(found.contains(Fact("llama-5", "license", "llama-5-community")))
        #expect(!found.contains(Fact("llama-5", "license", "apache-2.0")))
        // Two custom licenses on the page: which one is unclear.
        let unclear = facts([
            .heading(level: 1, text: "Kimi K3"), .paragraph("License: a custom license applies."),
            .paragraph("See the Orbit Research License and the Orbit Community License."),
        ])
        #expect(!unclear.contains { $0.attribute == "license" && $0.model == "kimi-k3" })
    }

    @Test func aLicenseNamedWithItsAcronymTakesTheAcronym() {
        let found = Fixture.claims("The Kimi K3 weights have a custom license, called Moonshot Non-Production (MNPL) License.").facts
        #expect(found == [Fact("kimi-k3", "license", "mnpl")])
    }

    @Test func theModelAReleaseIsNamedForIsTheOneReleased() {
        let found = Fixture.claims(
            "2026.05.02: We released an updated version of Kimi K3, named Kimi K3-Turbo, with a 256K-token window.").facts
        #expect(found == [
            Fact("kimi-k3-turbo", "release_date", "2026-05-02"), Fact("kimi-k3-turbo", "context_window", "262144"),
        ])
    }

    @Test func aSectionAboutAPartOfTheModelStatesNothingAboutTheModel() {
        let found = facts([
            .heading(level: 1, text: "Kimi K3 weights"), .heading(level: 2, text: "Main model"),
            .listItem("Total parameters: 1T"), .heading(level: 2, text: "Draft prediction modules"),
            .listItem("Activation parameters: 2.4B"),
        ])
        #expect(found == [Fact("kimi-k3", "params_total", "1000000000000")])
    }

    @Test func theModelsBeforeASentenceThatNamesNoneStayInView() {
        let found = Fixture.claims(in: Fixture.document([
            .paragraph("Meet Kimi K3 and Qwen 4. Both are mixtures of experts. Released today, these models are fast.")
        ])).facts
        #expect(found == [Fact("kimi-k3", "release_date", "2026-05-22"), Fact("qwen4", "release_date", "2026-05-22")])
    }

    @Test func aFamilyWordSaidToBeAFamilyNamesTheFamily() {
        #expect(Fixture.claims("Gemma is a family of open-weights models from Google.").facts == [Fact("gemma", "weights", "open")])
        #expect(Fixture.claims("Gemma weights are on a shelf.").isEmpty)
    }

    @Test func aPageAboutAVariantIsNotOutnumberedByItsLine() {
        let found = facts([
            .paragraph("The Llama 5-Vision collection reads images."), .paragraph("Llama 5 was trained widely."),
            .paragraph("Llama 5 supports eight languages."), .paragraph("Model Release Date: Sept 25, 2026"),
        ])
        #expect(found == [Fact("llama-5-vision", "release_date", "2026-09-25")])
    }

    @Test func aSizeStandsForTheSubjectsMemberWhenThePageNamesIt() {
        let table = Block.table(Table(
            rows: [[Table.Cell("Benchmark", isHeader: true), Table.Cell("Llama 5 70B Instruct", isHeader: true)],
                   [Table.Cell("MMLU"), Table.Cell("80.0")]], headerRowCount: 1))
        let found = facts([
            .paragraph("Llama 5 is a 70B multilingual model."), table, .paragraph("Model Release Date:"),
            .listItem("70B Instruct: December 6, 2026"), .listItem("8B Instruct: December 9, 2026"),
        ])
        // The page names Llama 5 70B Instruct, not an 8B one.
        #expect(found.contains(Fact("llama-5-70b-instruct", "release_date", "2026-12-06")))
        #expect(!found.contains { $0.attribute == "release_date" && $0.value == "2026-12-09" })
    }

    @Test func aSizeFollowedByModelIsTheMemberNeverTheLine() {
        let found = facts([
            .heading(level: 1, text: "Llama 5 arrives"),
            .paragraph("The 405B model has a 256K-token context window, while the smaller two support 128K."),
        ])
        #expect(found == [Fact("llama-5-405b", "context_window", "262144")])
        // A plural is no member: `the 70B models` says nothing of one.
        #expect(facts([.heading(level: 1, text: "Llama 5 arrives"), .paragraph("The 70B models read 128K tokens.")])
            .allSatisfy { $0.model != "llama-5-70b" })
    }

    @Test func aSegmentAboutOtherMembersIsNotAboutTheOneNamedBefore() {
        let found = facts([
            .heading(level: 1, text: "Llama 5 arrives"),
            .paragraph("The 8B model supports a 32K-token context window; the 70B and 405B models support 128K tokens."),
        ])
        #expect(found == [Fact("llama-5-8b", "context_window", "32768")])
    }

    @Test func theWordBeforeModelNamesTheOnePageModelCarryingIt() {
        let found = facts([
            .heading(level: 1, text: "DeepSeek V4 Flash and Pro"),
            .paragraph("DeepSeek-V4-Pro has 1.6 trillion parameters, while DeepSeek-V4-Flash is smaller."),
            .paragraph("DeepSeek-V4-Flash costs $0.14 per million input tokens. The Pro model costs $1.74 per million input tokens."),
        ])
        #expect(found.contains(Fact("deepseek-v4-pro", "price_input", "1.74")))
        #expect(!found.contains(Fact("deepseek-v4-flash", "price_input", "1.74")))
        // A variant the page never names is nobody's: not the model in view.
        let unnamed = facts([
            .heading(level: 1, text: "DeepSeek-V4-Flash"),
            .paragraph("DeepSeek-V4-Flash costs $0.14 per million input tokens. The Max model costs $3 per million input tokens."),
        ])
        #expect(unnamed == [Fact("deepseek-v4-flash", "price_input", "0.14")])
    }

    @Test func bothOrNeitherWithNoModelsJustNamedIsNobodys() {
        let found = facts([
            .heading(level: 1, text: "DeepSeek-V4-Flash"),
            .paragraph("Both models support a context window of 1M tokens and are released under the MIT license."),
            .paragraph("Neither model accepts images."),
        ])
        #expect(found.isEmpty, "\(found)")
        let named = facts([.paragraph("Kimi K3 and Qwen3.5 are out. Neither accepts images.")])
        #expect(named.allSatisfy { $0.attribute != "modality" })
    }

    @Test func thePreviousGenerationIsNoOutputLength() {
        let found = facts([.paragraph("The previous generation, DeepSeek-V3.2, had a 128K window.")])
        #expect(found == [Fact("deepseek-v3.2", "context_window", "131072")])
    }

    @Test func aMemberWordAloneIsTheOneModelThePageNamesWithIt() {
        let found = facts([
            .paragraph("Llama 5 Maverick and Llama 5 Scout are out."), .paragraph("Maverick has a 1M-token context window."),
        ])
        #expect(found == [Fact("llama-5-maverick", "context_window", "1000000")])
    }

    @Test func anAnnouncementHeadingDatesTheReleaseOfItsModels() {
        let found = facts([.heading(level: 1, text: "Welcome Kimi K3, the new open model from Moonshot!")])
        #expect(found == [Fact("kimi-k3", "release_date", "2026-05-22")])
        #expect(facts([.heading(level: 1, text: "Kimi K3 vs Qwen 4: which is here to stay?")]).isEmpty)
        #expect(facts([.heading(level: 1, text: "Notes on Kimi K3")]).isEmpty)
        // A date the page states for the model wins over the publication day.
        let stated = facts([.heading(level: 1, text: "Kimi K3 launch"), .paragraph("Moonshot released Kimi K3 on May 12, 2026.")])
        #expect(stated == [Fact("kimi-k3", "release_date", "2026-05-12")])
    }

    @Test(arguments: [
        "2026/06/18: We released our Technical Report for Kimi K3.", "This code repository of Kimi K3 is licensed under the MIT License.",
        "The use of Kimi K3 weights must follow the Model License.", "Kimi K3 reads from 16,384 tokens to 32,768 tokens in our tests.",
        "Enable YaRN for Kimi K3 when the input exceeds 8,192 tokens.",
        "For Kimi K3, the maximum generation length is set to 32,768 tokens.",
        "The Kimi K3 paper was released on May 14, 2026.", "The Kimi K3 app went live on May 10, 2026.",
    ])
    func reportsCodeLicensesGenericNamesRangesAndSettingsAreNoFacts(sentence: String) {
        #expect(Fixture.claims(sentence).isEmpty, "\(Fixture.claims(sentence).facts)")
    }

    @Test func aSectionWordJoinedToANameIsNotPartOfIt() {
        #expect(ModelRegistry.standard.mentions(in: "DeepSeek-R1-Evaluation").map(\.id) == ["deepseek-r1"])
        #expect(ModelRegistry.standard.mentions(in: "DeepSeek-R1-Zero").map(\.id) == ["deepseek-r1-zero"])
    }

    @Test func aWindowGrownFromOneSizeToAnotherIsTheNewSize() {
        #expect(Fixture.claims("Kimi K3's context window has been expanded from 128K to 200K tokens.").facts == [
            Fact("kimi-k3", "context_window", "200000")
        ])
    }

    @Test func aSnapshotDateAfterANameIsPartOfItAndACompoundNameIsAnotherModel() {
        let registry = ModelRegistry.standard
        #expect(registry.mentions(in: "GPT-4o 0513 scores 49.9.").map(\.id) == ["gpt-4o-0513"])
        #expect(registry.mentions(in: "Kimi K3 1024 tokens").map(\.id) == ["kimi-k3"])
        #expect(registry.mentions(in: "LLaVA-Next-Yi-34B and MiniCPM-Llama3-V2.5").isEmpty)
        #expect(registry.mentions(in: "Meta-Llama-3-8B-Instruct").map(\.id) == ["llama-3-8b-instruct"])
    }
}
