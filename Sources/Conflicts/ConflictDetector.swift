public import Model

/// Finds the disagreements among claims: groups them by model, attribute and scope, clusters the
/// values that agree within rounding into positions, and flags every group with two or more.
///
/// ```swift
/// let conflicts = ConflictDetector().conflicts(among: claims)
/// // [Conflict(model: "qwen3.6-max-preview", attribute: .weights, severity: .medium,
/// //           kind: .contradiction, positions: [closed ×2, open ×1],
/// //           explanation: "2 sources say closed; 1 says open")]
/// ```
public struct ConflictDetector: Sendable {
    private let agreement = ValueAgreement()

    public init() {}

    /// Groups claims by model and attribute (and scope), clusters values that agree within rounding into one
    /// position, and returns a Conflict for every group with two or more positions, ordered by model and attribute.
    public func conflicts(among claims: [Claim]) -> [Conflict] {
        var groups: [GroupKey: [Claim]] = [:]
        for claim in claims { groups[GroupKey(claim), default: []].append(claim) }
        return groups.keys.sorted().compactMap { key in
            guard let members = groups[key] else { return nil }
            let positions = positions(of: members)
            guard positions.count >= 2 else { return nil }
            return ConflictRating.conflict(model: key.model, attribute: key.attribute, positions: positions)
        }
    }

    /// Whether two claims about the same model and attribute agree (within rounding / precision / scope).
    /// Claims of different scopes (`native` and `extended`) are not comparable and never agree.
    public func agree(_ a: Claim, _ b: Claim) -> Bool {
        guard a.attribute == b.attribute, GroupKey.scope(of: a) == GroupKey.scope(of: b) else { return false }
        return agreement.agree(a, b)
    }

    /// Claims clustered so that every claim of a position agrees with every other, most supported first.
    private func positions(of claims: [Claim]) -> [Conflict.Position] {
        let ordered = claims.sorted(by: Self.clusteringOrder)
        var clusters: [[Claim]] = []
        for claim in ordered {
            if let index = clusters.firstIndex(where: { $0.allSatisfy { agreement.agree($0, claim) } }) {
                clusters[index].append(claim)
            } else {
                clusters.append([claim])
            }
        }
        return clusters.map { Conflict.Position(value: Self.representative(of: $0), claims: $0) }
            .sorted(by: Self.supportOrder)
    }

    /// Unhedged claims first, then a stable order, so clustering does not depend on input order.
    private static func clusteringOrder(_ a: Claim, _ b: Claim) -> Bool {
        if a.qualifiers.hedged != b.qualifiers.hedged { return !a.qualifiers.hedged }
        if a.source.url != b.source.url { return a.source.url < b.source.url }
        if a.quote != b.quote { return a.quote < b.quote }
        return a.value.description < b.value.description
    }

    /// The value most of a position's claims state exactly (ties: the first in clustering order).
    private static func representative(of claims: [Claim]) -> ClaimValue {
        var counts: [ClaimValue: Int] = [:]
        for claim in claims { counts[claim.value, default: 0] += 1 }
        guard var best = claims.first?.value else { return .text("") }
        for claim in claims where (counts[claim.value] ?? 0) > (counts[best] ?? 0) { best = claim.value }
        return best
    }

    private static func supportOrder(_ a: Conflict.Position, _ b: Conflict.Position) -> Bool {
        if a.claims.count != b.claims.count { return a.claims.count > b.claims.count }
        let sourcesA = Set(a.claims.map(\.source.url)).count
        let sourcesB = Set(b.claims.map(\.source.url)).count
        if sourcesA != sourcesB { return sourcesA > sourcesB }
        return a.value.description < b.value.description
    }
}

/// Claims compared with each other: same model, same attribute, same scope (`native` and none together).
struct GroupKey: Hashable, Comparable {
    var model: ModelID
    var attribute: Attribute
    var scope: String

    init(_ claim: Claim) {
        model = claim.model
        attribute = claim.attribute
        scope = Self.scope(of: claim)
    }

    static func scope(of claim: Claim) -> String {
        guard let scope = claim.qualifiers.scope?.lowercased(), !scope.isEmpty, scope != "native" else { return "native" }
        return scope
    }

    static func < (lhs: GroupKey, rhs: GroupKey) -> Bool {
        (lhs.model.rawValue, lhs.attribute.rawValue, lhs.scope) < (rhs.model.rawValue, rhs.attribute.rawValue, rhs.scope)
    }
}
