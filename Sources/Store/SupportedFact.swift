internal import Foundation
public import Model

/// One value that sources give for a model's attribute, with the claims that state it and how many
/// independent sources (sites) they come from.
public struct SupportedFact: Hashable, Sendable {
    /// The claim shown for the value: an unhedged one from the earliest publication.
    public var claim: Claim
    /// Every claim stating the value, the shown one first.
    public var claims: [Claim]
    /// How many independent sources state the value (distinct sites; a local file counts as its own).
    public var support: Int

    /// The pages that state the value, the shown one first, each once.
    public var sourceURLs: [String] {
        var seen: Set<String> = []
        return claims.map(\.source.url).filter { seen.insert($0).inserted }
    }
}

extension SupportedFact {
    /// Groups claims into facts and orders them consensus first.
    ///
    /// A fact is one model, attribute, scope and value. Within an attribute the best-supported value
    /// leads; attributes follow their best support, then the order a model card reads in (release,
    /// weights, license, context …). This is the one place that decides "consensus first": replace it
    /// when the conflict stage can say which value the sources agree on.
    public static func consensusFirst(_ claims: [Claim]) -> [SupportedFact] {
        struct Key: Hashable {
            var model: ModelID
            var attribute: Attribute
            var scope: String?
            var value: ClaimValue
        }
        var groups: [Key: [Claim]] = [:]
        var order: [Key] = []
        for claim in claims {
            let key = Key(model: claim.model, attribute: claim.attribute, scope: claim.qualifiers.scope, value: claim.value)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(claim)
        }
        let facts = order.compactMap { key -> SupportedFact? in
            let stating = (groups[key] ?? []).sorted(by: shownFirst)
            guard let shown = stating.first else { return nil }
            return SupportedFact(claim: shown, claims: stating, support: Set(stating.map(siteOf)).count)
        }
        struct Topic: Hashable {
            var model: ModelID
            var attribute: Attribute
        }
        let topicSupport = Dictionary(grouping: facts) { Topic(model: $0.claim.model, attribute: $0.claim.attribute) }
            .mapValues { $0.map(\.support).max() ?? 0 }
        return facts.sorted { lhs, rhs in
            let left = Topic(model: lhs.claim.model, attribute: lhs.claim.attribute)
            let right = Topic(model: rhs.claim.model, attribute: rhs.claim.attribute)
            if left != right {
                let leftSupport = topicSupport[left] ?? 0, rightSupport = topicSupport[right] ?? 0
                if leftSupport != rightSupport { return leftSupport > rightSupport }
                if left.model != right.model { return left.model < right.model }
                let leftRank = readingOrder(left.attribute), rightRank = readingOrder(right.attribute)
                if leftRank != rightRank { return leftRank < rightRank }
                return left.attribute < right.attribute
            }
            if lhs.support != rhs.support { return lhs.support > rhs.support }
            return shownFirst(lhs.claim, rhs.claim)
        }
    }

    /// Unhedged before hedged, then the earliest publication, then the first stored.
    private static func shownFirst(_ lhs: Claim, _ rhs: Claim) -> Bool {
        if lhs.qualifiers.hedged != rhs.qualifiers.hedged { return !lhs.qualifiers.hedged }
        let left = lhs.source.published ?? lhs.source.retrieved
        let right = rhs.source.published ?? rhs.source.retrieved
        if left != right { return left < right }
        return (lhs.id ?? 0) < (rhs.id ?? 0)
    }

    /// The site a claim comes from: the URL's host, or the whole URL when it has none (`file://`).
    private static func siteOf(_ claim: Claim) -> String {
        guard let host = URL(string: claim.source.url)?.host, !host.isEmpty else { return claim.source.url }
        return host.lowercased().hasPrefix("www.") ? String(host.lowercased().dropFirst(4)) : host.lowercased()
    }

    /// The order a model card reads in.
    public static func readingOrder(_ attribute: Attribute) -> Int {
        let plain: [Attribute] = [
            .releaseDate, .weights, .license, .contextWindow, .maxOutputTokens, .paramsTotal, .paramsActive,
            .modality, .priceInput, .priceOutput, .outputSpeed,
        ]
        if let index = plain.firstIndex(of: attribute) { return index }
        switch attribute.family {
        case "benchmark": return 100
        case "index": return 101
        case "rank": return 102
        default: return 200
        }
    }
}
