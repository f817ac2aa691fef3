import Foundation
import Model
import Testing

@testable import Conflicts

@Suite struct ClaimCheckTests {
    let check = ClaimCheck()

    /// What a store holds on Kimi K5: the vendor's notes, two articles and a later price.
    let stored: [Evidence] = [
        Evidence(
            claim: fact(.contextWindow, .number(131_072), text: "128K tokens", scope: "native", url: "https://v.example.org", id: 1),
            isVendor: true),
        Evidence(
            claim: fact(.contextWindow, .number(524_288), text: "512K tokens", scope: "extended", url: "https://v.example.org", id: 2),
            isVendor: true),
        Evidence(claim: fact(.contextWindow, .number(131_072), text: "131,072 tokens", url: "https://a.example.org", id: 3)),
        Evidence(claim: fact(.releaseDate, .text("2026-03-03"), url: "https://v.example.org", id: 4), isVendor: true),
        Evidence(claim: fact(.releaseDate, .text("2026-03-13"), url: "https://b.example.org", id: 5)),
        Evidence(claim: fact(.priceInput, .number(2.5), asOf: "2026-03-03", url: "https://v.example.org", id: 6), isVendor: true),
        Evidence(claim: fact(.priceInput, .number(1.25), asOf: "2026-06-01", url: "https://c.example.org", id: 7)),
    ]

    private func checked(_ attribute: Attribute, _ value: ClaimValue, text: String, model: String = "kimi-k5", scope: String? = nil, hedged: Bool = false) -> Claim {
        fact(model, attribute, value, text: text, scope: scope, hedged: hedged, asOf: nil, url: "", quote: "The article says \(text).")
    }

    @Test func aBarePriceMatchingOnlyALongPromptTierIsNoSupportWhenThePlainPriceDiffers() {
        let tiered = stored + [
            Evidence(claim: fact(.priceInput, .number(5), tier: ">200k", asOf: "2026-06-01", url: "https://e.example.org", id: 11))
        ]
        let result = check.check(checked(.priceInput, .number(5), text: "$5"), against: tiered)
        #expect(result.verdict == .contradicted)
        // With no plain price stored, the tier's figure still supports it.
        let onlyTier = tiered.filter { $0.claim.attribute != .priceInput || $0.claim.qualifiers.tier != nil }
        #expect(check.check(checked(.priceInput, .number(5), text: "$5"), against: onlyTier).verdict == .supported)
    }

    @Test func aFigureWithinRoundingIsSupported() {
        let result = check.check(checked(.contextWindow, .number(128_000), text: "128K-token"), against: stored)
        #expect(result.verdict == .supported)
        #expect(Set(result.supporting.compactMap(\.id)) == [1, 3])
        #expect(result.contradicting.isEmpty)
    }

    @Test func anUnscopedFigureMatchingTheExtendedWindowIsSupportedByIt() {
        let result = check.check(checked(.contextWindow, .number(512_000), text: "512K"), against: stored)
        #expect(result.verdict == .supported)
        #expect(result.explanation.contains("extended"))
        #expect(result.supporting.compactMap(\.id) == [2])
    }

    @Test func anotherFigureIsContradictedWithTheEvidenceAgainstIt() {
        let result = check.check(checked(.contextWindow, .number(1e6), text: "1M-token"), against: stored)
        #expect(result.verdict == .contradicted)
        #expect(result.explanation == "the vendor's page and 1 other source say 131,072 tokens; none says 1,000,000 tokens")
        #expect(Set(result.contradicting.compactMap(\.id)) == [1, 3])
    }

    @Test func aClaimOnlyHedgedReportsDisagreeWithIsUnverified() {
        let rumour = [Evidence(claim: fact(.paramsTotal, .number(1e12), text: "about 1 trillion", hedged: true, id: 9))]
        let result = check.check(checked(.paramsTotal, .number(2e12), text: "2 trillion"), against: rumour)
        #expect(result.verdict == .unverified)
        #expect(result.explanation.contains("hedged"))
        #expect(result.contradicting.compactMap(\.id) == [9], "the rumour is still shown")
        let firm = rumour + [Evidence(claim: fact(.paramsTotal, .number(1e12), text: "1T", url: "https://v.example.org", id: 10), isVendor: true)]
        #expect(check.check(checked(.paramsTotal, .number(2e12), text: "2 trillion"), against: firm).verdict == .contradicted)
    }

    @Test func aFirmClaimOnlyHedgedReportsAgreeWithIsUnverified() {
        let rumour = [Evidence(claim: fact(.paramsTotal, .number(2e12), text: "2 trillion", hedged: true, id: 12))]
        let firm = check.check(checked(.paramsTotal, .number(2e12), text: "2 trillion"), against: rumour)
        #expect(firm.verdict == .unverified)
        #expect(firm.supporting.compactMap(\.id) == [12], "the rumour is still shown")
        let reported = check.check(checked(.paramsTotal, .number(2e12), text: "2 trillion", hedged: true), against: rumour)
        #expect(reported.verdict == .supported, "a report of the rumour matches the rumour")
    }

    @Test func aDateTheVendorContradictsIsContradictedEvenWithPressAgreeing() {
        let result = check.check(checked(.releaseDate, .text("2026-03-13"), text: "March 13, 2026"), against: stored)
        #expect(result.verdict == .contradicted)
        #expect(result.supporting.compactMap(\.id) == [5])
        #expect(result.contradicting.compactMap(\.id) == [4])
    }

    @Test func aMonthOnTheWinningSideDoesNotMakeAnotherDaySupported() {
        let month = Evidence(claim: fact(.releaseDate, .text("2026-03"), text: "March 2026", url: "https://d.example.org", id: 8))
        let result = check.check(checked(.releaseDate, .text("2026-03-13"), text: "March 13, 2026"), against: stored + [month])
        #expect(result.verdict == .contradicted)
        let monthOnly = check.check(checked(.releaseDate, .text("2026-03"), text: "March 2026"), against: stored + [month])
        #expect(monthOnly.verdict == .supported)
    }

    @Test func anOldPriceIsContradictedAsOutdated() {
        let result = check.check(checked(.priceInput, .number(2.5), text: "$2.50"), against: stored)
        #expect(result.verdict == .contradicted)
        #expect(result.explanation.contains("as of 2026-06-01"))
        #expect(result.explanation.contains("held as of 2026-03-03"))
    }

    @Test func nothingStoredOnTheModelOrAttributeIsUnverified() {
        #expect(check.check(checked(.contextWindow, .number(1e6), text: "1M", model: "kimi-k6"), against: stored).verdict == .unverified)
        #expect(check.check(checked(.weights, .text("open"), text: "open weights"), against: stored).verdict == .unverified)
    }

    @Test func aQualifiedClaimIsNeverJudgedAgainstAnotherQualifier() {
        let result = check.check(checked(.contextWindow, .number(1e6), text: "1M", scope: "input-limit"), against: stored)
        #expect(result.verdict == .unverified)
        #expect(result.explanation.contains("input-limit"))
    }

    @Test func theResultEncodesAsTheContractsCheckResult() throws {
        let result = check.check(checked(.contextWindow, .number(1e6), text: "1M-token"), against: stored)
        let object = try #require(
            try JSONSerialization.jsonObject(with: ContractJSON.encoder().encode([result])) as? [[String: Any]])
        let first = try #require(object.first)
        #expect(first["verdict"] as? String == "contradicted")
        #expect((first["evidence"] as? [Any])?.count == 2)
        #expect((first["claim"] as? [String: Any])?["model"] as? String == "kimi-k5")
        #expect((first["claim"] as? [String: Any])?["quote"] as? String == "The article says 1M-token.")
        #expect((first["contradicting"] as? [Int]).map(Set.init) == [1, 3])
    }

    @Test func aClaimReviewCitesEveryEvidencePage() throws {
        let result = check.check(checked(.releaseDate, .text("2026-03-13"), text: "March 13, 2026"), against: stored)
        let review = ClaimReview(result, reviewedAt: Date(timeIntervalSince1970: 1_790_000_000))
        let object = try #require(try JSONSerialization.jsonObject(with: ContractJSON.encoder().encode(review)) as? [String: Any])
        #expect(object["@type"] as? String == "ClaimReview")
        #expect(object["@context"] as? String == "https://schema.org")
        #expect(object["claimReviewed"] as? String == "The article says March 13, 2026.")
        let rating = try #require(object["reviewRating"] as? [String: Any])
        #expect(rating["ratingValue"] as? Int == 1)
        #expect(rating["alternateName"] as? String == "Contradicted")
        let citations = try #require(object["citation"] as? [[String: Any]])
        #expect(citations.compactMap { $0["url"] as? String } == ["https://b.example.org", "https://v.example.org"])
    }
}
