import Model

/// Weighs the sources of every fact and picks its best-supported value (see `Consensus`).
///
/// Sources are counted once however many pages carry the same text (`Evidence.independenceKey`) or the same
/// quoted sentence (a syndicated paragraph). A vendor's own page weighs 3, any other source 1, and a source
/// whose claims are all hedged half as much. The heaviest position wins; for a time-varying fact (prices,
/// ranks, index scores, speeds) the most recent one does, the older values being what it replaced.
public struct ConsensusBuilder: Sendable {
    static let vendorWeight = 3.0
    static let hedgedFactor = 0.5

    private let grouping = FactGrouping()

    public init() {}

    /// One consensus per model, attribute and facet, ordered by model, attribute and facet.
    public func consensus(of evidence: [Evidence]) -> [Consensus] {
        var byKey: [String: [Evidence]] = [:]
        for item in evidence { byKey[item.claim.model.rawValue + "\u{1F}" + item.claim.attribute.rawValue, default: []].append(item) }
        return byKey.keys.sorted().flatMap { key in consensusOfOneAttribute(byKey[key] ?? []) }
    }

    private func consensusOfOneAttribute(_ evidence: [Evidence]) -> [Consensus] {
        guard let first = evidence.first else { return [] }
        var byClaim: [Claim: Evidence] = [:]
        for item in evidence { byClaim[item.claim] = item }
        return grouping.groups(of: evidence.map(\.claim)).compactMap { group -> Consensus? in
            let sides = group.positions.map { side($0, evidence: byClaim) }
            let timeVarying = first.claim.attribute.isTimeVarying
            let ordered = sides.sorted { timeVarying ? Self.isMoreRecent($0, than: $1) : Self.isHeavier($0, than: $1) }
            guard let support = ordered.first else { return nil }
            let dissent = Array(ordered.dropFirst())
            let rule: String
            if dissent.isEmpty {
                rule = "only"
            } else if timeVarying, support.latest != dissent[0].latest {
                rule = "latest"
            } else {
                rule = Self.isTied(support, dissent[0]) ? "tie" : "weight"
            }
            return Consensus(
                model: first.claim.model, attribute: first.claim.attribute, facet: group.facet, support: support,
                dissent: dissent, rule: rule, reason: Self.reason(support: support, dissent: dissent, rule: rule))
        }
    }

    /// A position with its independent sources counted and weighed.
    private func side(_ position: Conflict.Position, evidence: [Claim: Evidence]) -> Consensus.Side {
        let items = position.claims.map { evidence[$0] ?? Evidence(claim: $0) }
        let units = Self.independentUnits(items)
        var weight = 0.0
        var vendors = 0
        for unit in units {
            let isVendor = unit.contains(where: \.isVendor)
            if isVendor { vendors += 1 }
            var unitWeight = isVendor ? Self.vendorWeight : 1
            if unit.allSatisfy(\.claim.qualifiers.hedged) { unitWeight *= Self.hedgedFactor }
            weight += unitWeight
        }
        return Consensus.Side(
            value: position.value, claims: position.claims, sources: units.count, vendorSources: vendors, weight: weight,
            latest: position.claims.compactMap(\.qualifiers.asOf).max())
    }

    /// Evidence joined when it shares an independence key or quotes the same sentence.
    static func independentUnits(_ items: [Evidence]) -> [[Evidence]] {
        var parent = Array(items.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        func link(_ index: Int, by key: String, in seen: inout [String: Int]) {
            if let first = seen[key] { parent[root(index)] = root(first) } else { seen[key] = index }
        }
        var byKey: [String: Int] = [:]
        var byQuote: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            link(index, by: item.independenceKey, in: &byKey)
            link(index, by: item.claim.quote.lowercased(), in: &byQuote)
        }
        var units: [Int: [Evidence]] = [:]
        for index in items.indices { units[root(index), default: []].append(items[index]) }
        return units.keys.sorted().compactMap { units[$0] }
    }

    static func isHeavier(_ a: Consensus.Side, than b: Consensus.Side) -> Bool {
        if a.weight != b.weight { return a.weight > b.weight }
        if a.sources != b.sources { return a.sources > b.sources }
        if a.vendorSources != b.vendorSources { return a.vendorSources > b.vendorSources }
        return a.value.description < b.value.description
    }

    /// Equal weight, sources and vendor sources: no value is better supported.
    static func isTied(_ a: Consensus.Side, _ b: Consensus.Side) -> Bool {
        a.weight == b.weight && a.sources == b.sources && a.vendorSources == b.vendorSources
    }

    static func isMoreRecent(_ a: Consensus.Side, than b: Consensus.Side) -> Bool {
        if a.latest != b.latest { return (a.latest ?? "") > (b.latest ?? "") }
        return isHeavier(a, than: b)
    }

    /// `the vendor's page and 2 other sources (weight 5) say 262,144 tokens; 1 source (hedged, weight 0.5) says 2,000,000 tokens`.
    static func reason(support: Consensus.Side, dissent: [Consensus.Side], rule: String) -> String {
        var parts = [describe(support, leading: true)]
        parts += dissent.map { describe($0, leading: false) }
        var text = parts.joined(separator: "; ")
        switch rule {
        case "latest": text += " — the most recent value wins for a fact that changes over time"
        case "weight": text += " — the heavier side wins (vendor page 3, other source 1, hedged half)"
        case "tie": text += " — the sources are evenly split: no value is better supported"
        default: break
        }
        return text
    }

    private static func describe(_ side: Consensus.Side, leading: Bool) -> String {
        let value = ValueText.display(side.value, unit: side.claims.first?.unit)
        let others = side.sources - side.vendorSources
        var who: String
        switch (side.vendorSources, others) {
        case (0, _): who = others == 1 ? "1 source" : "\(others) independent sources"
        case (_, 0): who = side.vendorSources == 1 ? "the vendor's page" : "\(side.vendorSources) vendor pages"
        default:
            let vendor = side.vendorSources == 1 ? "the vendor's page" : "\(side.vendorSources) vendor pages"
            who = "\(vendor) and \(others) other \(others == 1 ? "source" : "independent sources")"
        }
        let hedged = side.claims.allSatisfy(\.qualifiers.hedged)
        var notes: [String] = []
        if hedged { notes.append("hedged") }
        if side.weight != Double(side.sources) { notes.append("weight \(ValueText.weight(side.weight))") }
        if let latest = side.latest, side.claims.first?.attribute.isTimeVarying == true { notes.append("as of \(latest)") }
        let verb = side.sources == 1 ? "says" : "say"
        return "\(who)\(notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")") \(verb) \(value)"
    }
}
