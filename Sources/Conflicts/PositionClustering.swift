import Model

/// Claims of one fact clustered into positions: every claim of a position agrees with every other
/// (within rounding, precision and hedging), most supported first, whatever the input order.
struct PositionClustering: Sendable {
    let agreement = ValueAgreement()

    /// Claims join positions most precise first; a claim that agrees with several positions joins the one with the
    /// most claims (`3B` beside `2.81B` and two `3.21B` joins the `3.21B` side), else it opens a new one.
    func positions(of claims: [Claim]) -> [Conflict.Position] {
        let ordered = claims.map { (claim: $0, spread: agreement.spread(of: $0)) }
            .sorted { a, b in
                if a.claim.qualifiers.hedged != b.claim.qualifiers.hedged { return !a.claim.qualifiers.hedged }
                if a.spread != b.spread { return a.spread < b.spread }
                return Self.clusteringOrder(a.claim, b.claim)
            }
            .map(\.claim)
        var clusters: [[Claim]] = []
        for claim in ordered {
            let fitting = clusters.indices.filter { index in clusters[index].allSatisfy { agreement.agree($0, claim) } }
            if let best = fitting.max(by: { clusters[$0].count < clusters[$1].count || (clusters[$0].count == clusters[$1].count && $0 > $1) }) {
                clusters[best].append(claim)
            } else {
                clusters.append([claim])
            }
        }
        return clusters.map { Conflict.Position(value: Self.representative(of: $0), claims: $0) }
            .sorted(by: Self.supportOrder)
    }

    /// A stable order, so clustering does not depend on input order.
    static func clusteringOrder(_ a: Claim, _ b: Claim) -> Bool {
        if a.source.url != b.source.url { return a.source.url < b.source.url }
        if a.quote != b.quote { return a.quote < b.quote }
        if a.text != b.text { return a.text < b.text }
        return a.value.description < b.value.description
    }

    /// The value most of a position's claims state exactly (ties: the first in clustering order).
    static func representative(of claims: [Claim]) -> ClaimValue {
        var counts: [ClaimValue: Int] = [:]
        for claim in claims { counts[claim.value, default: 0] += 1 }
        guard var best = claims.first?.value else { return .text("") }
        for claim in claims where (counts[claim.value] ?? 0) > (counts[best] ?? 0) { best = claim.value }
        return best
    }

    /// More sources first, then more claims, then by value.
    static func supportOrder(_ a: Conflict.Position, _ b: Conflict.Position) -> Bool {
        let sourcesA = Set(a.claims.map(\.source.url)).count
        let sourcesB = Set(b.claims.map(\.source.url)).count
        if sourcesA != sourcesB { return sourcesA > sourcesB }
        if a.claims.count != b.claims.count { return a.claims.count > b.claims.count }
        return a.value.description < b.value.description
    }
}
