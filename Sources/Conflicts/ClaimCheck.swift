public import Model

/// Gives a claim of a checked text its verdict against the store's evidence on the same fact.
///
/// The fact is the claim's model, attribute and facet. A claim that states no qualifier is checked against
/// the plain fact, and counts as supported by a qualified one it matches (an article's "1M-token context"
/// against a vendor's "1M with YaRN"), unless that one is a price tier and the store holds the plain price. A
/// qualified claim the store holds nothing on in that facet is unverified, never contradicted by another facet;
/// so is a claim that only hedged reports disagree with, and a firm claim that only hedged reports agree with.
///
/// ```swift
/// let result = ClaimCheck().check(articleClaim, against: storedEvidence)
/// // result.verdict == .contradicted
/// // result.explanation == "3 independent sources say 131,072 tokens; none says 1M-token"
/// ```
public struct ClaimCheck: Sendable {
    private let builder = ConsensusBuilder()
    private let agreement = ValueAgreement()

    public init() {}

    public func check(_ claim: Claim, against evidence: [Evidence]) -> CheckResult {
        let relevant = evidence.filter { $0.claim.model == claim.model && $0.claim.attribute == claim.attribute }
        let name = "\(claim.model)'s \(claim.attribute)"
        guard !relevant.isEmpty else {
            return CheckResult(claim: claim, verdict: .unverified, explanation: "the store holds nothing on \(name)")
        }
        let facts = builder.consensus(of: relevant)
        let facet = Facet(claim)
        let sameFacet = facts.first { $0.facet == facet }
        // A price tier (`>200k`, `batch`, `cached`) is no reading of a bare price when the store holds the plain price:
        // "costs $5" against a plain $2.50 and a long-prompt $5 is the plain price, wrongly stated.
        if facet.isUnstated, Facet.isBare(claim), sameFacet.map({ !agrees(claim, with: $0.support) }) ?? true,
            let qualified = facts.first(where: {
                !$0.facet.isUnstated && (sameFacet == nil || $0.facet.tier == nil) && agrees(claim, with: $0.support)
            })
        {
            return supported(claim, qualified, note: " (\(qualified.facet))")
        }
        guard let fact = sameFacet else {
            let held = facts.map { $0.facet.isUnstated ? "the plain figure" : $0.facet.description }
            return CheckResult(
                claim: claim, verdict: .unverified,
                explanation: "the store holds \(name) only for \(held.joined(separator: ", ")), not for \(facet.isUnstated ? "the plain figure" : facet.description)")
        }
        if agrees(claim, with: fact.support) { return supported(claim, fact, note: "") }
        if fact.rule == "tie", let tied = fact.dissent.first(where: { ConsensusBuilder.isTied($0, fact.support) && agrees(claim, with: $0) }) {
            var split = fact
            split.dissent = [fact.support] + fact.dissent.filter { $0 != tied }
            split.support = tied
            return supported(claim, split, note: " (the sources are evenly split)")
        }
        let written = ValueText.display(claim.value, unit: claim.unit)
        let agreeing = fact.dissent.filter { agrees(claim, with: $0) }
        let against = ([fact.support] + fact.dissent.filter { !agrees(claim, with: $0) }).flatMap(\.claims)
        // Only rumours say otherwise (`reportedly about 1T`): nothing firm contradicts the claim.
        if against.allSatisfy(\.qualifiers.hedged) {
            return CheckResult(
                claim: claim, verdict: .unverified,
                explanation: Self.who(fact.support) + " " + ValueText.display(fact.value, unit: fact.unit)
                    + ", but only as a hedged report; nothing firm says either way",
                supporting: agreeing.flatMap(\.claims), contradicting: against, consensus: fact)
        }
        var explanation = Self.who(fact.support) + " " + ValueText.display(fact.value, unit: fact.unit)
        if let older = agreeing.first, fact.rule == "latest" {
            explanation += " as of \(fact.support.latest ?? "the latest report"); \(written) held as of \(older.latest ?? "earlier")"
        } else if agreeing.isEmpty {
            explanation += "; none says \(written)"
        } else {
            let count = agreeing.map(\.sources).reduce(0, +)
            explanation += "; \(count == 1 ? "1 source says" : "\(count) sources say") \(written)"
        }
        return CheckResult(
            claim: claim, verdict: .contradicted, explanation: explanation, supporting: agreeing.flatMap(\.claims),
            contradicting: against, consensus: fact)
    }

    private func supported(_ claim: Claim, _ fact: Consensus, note: String) -> CheckResult {
        var explanation = Self.who(fact.support) + " " + ValueText.display(fact.value, unit: fact.unit) + note
        let dissent = fact.dissent.filter { !agrees(claim, with: $0) }
        if !dissent.isEmpty {
            let count = dissent.map(\.sources).reduce(0, +)
            explanation += "; \(count == 1 ? "1 source says" : "\(count) sources say") otherwise"
        }
        let supporting = ([fact.support] + fact.dissent.filter { agrees(claim, with: $0) }).flatMap(\.claims)
        // A firm claim that only rumours agree with (`reportedly 2T`) is not borne out: nothing firm says so.
        let verdict: CheckResult.Verdict =
            claim.qualifiers.hedged != true && supporting.allSatisfy { $0.qualifiers.hedged == true } ? .unverified : .supported
        if verdict == .unverified { explanation += ", but only as a hedged report; nothing firm says either way" }
        return CheckResult(
            claim: claim, verdict: verdict, explanation: explanation, supporting: supporting,
            contradicting: dissent.flatMap(\.claims), consensus: fact)
    }

    /// Whether the claim agrees with a side, at the precision each was written: with one of its claims, and with
    /// every claim of the side that is at least as precise as it (`2026-03-13` agrees with a side's "March 2026"
    /// but not with a side that also says March 3).
    private func agrees(_ claim: Claim, with side: Consensus.Side) -> Bool {
        let spread = agreement.spread(of: claim)
        return side.claims.contains { agreement.agree(claim, $0) }
            && side.claims.allSatisfy { agreement.spread(of: $0) > spread || agreement.agree(claim, $0) }
    }

    /// `3 independent sources say`, `the vendor's page says`, `the vendor's page and 1 other source say`.
    static func who(_ side: Consensus.Side) -> String {
        let others = side.sources - side.vendorSources
        let subject: String
        switch (side.vendorSources, others) {
        case (0, _): subject = others == 1 ? "1 source" : "\(others) independent sources"
        case (1, 0): subject = "the vendor's page"
        case (_, 0): subject = "\(side.vendorSources) vendor pages"
        default: subject = "\(side.vendorSources == 1 ? "the vendor's page" : "\(side.vendorSources) vendor pages") and \(others) other \(others == 1 ? "source" : "sources")"
        }
        return subject + (side.sources == 1 ? " says" : " say")
    }
}
