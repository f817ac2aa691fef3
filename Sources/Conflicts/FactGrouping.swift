public import Model

/// One fact of a model's attribute: the claims of one facet, clustered into positions.
public struct FactGroup: Hashable, Sendable {
    public var facet: Facet
    public var positions: [Conflict.Position]

    public init(facet: Facet, positions: [Conflict.Position]) {
        self.facet = facet
        self.positions = positions
    }
}

/// Splits the claims of one model's attribute into facts (facets) and clusters each into positions.
///
/// A claim that states no qualifier at all is read as the plain fact, unless its value disagrees with the
/// plain fact's other sources and matches what some source states for a qualified variant: a press
/// article's "1M-token context" beside a vendor's native 256K and "1M with YaRN" is about the extended
/// window, not a contradiction of the native one.
struct FactGrouping: Sendable {
    let clustering = PositionClustering()

    func groups(of claims: [Claim]) -> [FactGroup] {
        var byFacet: [Facet: [Claim]] = [:]
        for claim in claims { byFacet[Facet(claim), default: []].append(claim) }
        var groups = byFacet.map { FactGroup(facet: $0.key, positions: clustering.positions(of: $0.value)) }
            .sorted { $0.facet < $1.facet }
        guard let plainIndex = groups.firstIndex(where: { $0.facet.isUnstated }), groups.count > 1 else { return groups }
        var plain = groups[plainIndex].positions
        var moved: [Facet: [Claim]] = [:]
        // From the least supported position up, while the plain fact is still disputed.
        for position in plain.reversed() where plain.count > 1 && position.claims.allSatisfy(Facet.isBare) {
            let match = groups.first { group in
                !group.facet.isUnstated
                    && group.positions.contains { $0.claims.contains { other in position.claims.contains { clustering.agreement.agree($0, other) } } }
            }
            guard let match else { continue }
            plain.removeAll { $0 == position }
            moved[match.facet, default: []] += position.claims
        }
        guard !moved.isEmpty else { return groups }
        groups[plainIndex].positions = plain
        for index in groups.indices {
            guard let extra = moved[groups[index].facet] else { continue }
            groups[index].positions = clustering.positions(of: groups[index].positions.flatMap(\.claims) + extra)
        }
        return groups
    }
}
