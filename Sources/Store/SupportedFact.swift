public import Foundation
public import Model

/// What ordering facts by consensus needs to know about one statement of a value.
public protocol FactStatement {
    var statementID: Int64 { get }
    var model: ModelID { get }
    var attribute: Attribute { get }
    var scope: String? { get }
    var value: ClaimValue { get }
    var isHedged: Bool { get }
    var sourceURL: String { get }
    /// When the source published it, else when it was retrieved.
    var statedAt: Date { get }
}

extension Claim: FactStatement {
    public var statementID: Int64 { id ?? 0 }
    public var scope: String? { qualifiers.scope }
    public var isHedged: Bool { qualifiers.hedged }
    public var sourceURL: String { source.url }
    public var statedAt: Date { source.published ?? source.retrieved }
}

/// One value that sources give for a model's attribute, the claim shown for it, and how many
/// independent sources (sites) state it.
public struct SupportedFact: Hashable, Sendable {
    /// The claim shown for the value: an unhedged one from the earliest publication.
    public var claim: Claim
    /// Every claim stating the value, the shown one first.
    public var claimIDs: [Int64]
    /// The pages that state the value, the shown one first, each once.
    public var sourceURLs: [String]
    /// How many independent sources state the value (distinct sites; a local file counts as its own).
    public var support: Int
}

extension SupportedFact {
    /// Groups claims into facts and orders them consensus first (see `consensusOrder`).
    public static func consensusFirst(_ claims: [Claim]) -> [SupportedFact] {
        consensusOrder(claims).map { group in
            SupportedFact(
                claim: group.shown, claimIDs: group.all.map(\.statementID), sourceURLs: group.sourceURLs,
                support: group.support)
        }
    }

    /// A fact's statements: the one shown, all of them, the pages, and the number of sites.
    public struct Group<Statement: FactStatement> {
        public var shown: Statement
        public var all: [Statement]
        public var sourceURLs: [String]
        public var support: Int
    }

    /// Groups statements into facts (one model, attribute, scope and value) and orders them consensus
    /// first: within an attribute the best-supported value leads; attributes follow their best
    /// support, then the order a model card reads in (release, weights, license, context …).
    ///
    /// This is the one place that decides "consensus first": replace it when the conflict stage can
    /// say which value the sources agree on (values within rounding are separate facts here).
    public static func consensusOrder<Statement: FactStatement>(_ statements: [Statement]) -> [Group<Statement>] {
        var groups: [FactKey: [Statement]] = [:]
        var order: [FactKey] = []
        for statement in statements {
            let key = FactKey(
                model: statement.model, attribute: statement.attribute, scope: statement.scope, value: statement.value)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(statement)
        }
        var facts: [Group<Statement>] = []
        for key in order {
            let stating = (groups[key] ?? []).sorted { shownFirst($0, $1) }
            guard let shown = stating.first else { continue }
            var seen: Set<String> = []
            let urls = stating.map(\.sourceURL).filter { seen.insert($0).inserted }
            facts.append(Group(shown: shown, all: stating, sourceURLs: urls, support: Set(urls.map(site)).count))
        }
        var topicSupport: [Topic: Int] = [:]
        for fact in facts {
            let topic = Topic(model: fact.shown.model, attribute: fact.shown.attribute)
            topicSupport[topic] = max(topicSupport[topic] ?? 0, fact.support)
        }
        return facts.sorted { lhs, rhs in
            let left = Topic(model: lhs.shown.model, attribute: lhs.shown.attribute)
            let right = Topic(model: rhs.shown.model, attribute: rhs.shown.attribute)
            if left != right {
                let leftSupport = topicSupport[left] ?? 0, rightSupport = topicSupport[right] ?? 0
                if leftSupport != rightSupport { return leftSupport > rightSupport }
                if left.model != right.model { return left.model < right.model }
                let leftRank = readingOrder(left.attribute), rightRank = readingOrder(right.attribute)
                if leftRank != rightRank { return leftRank < rightRank }
                return left.attribute < right.attribute
            }
            if lhs.support != rhs.support { return lhs.support > rhs.support }
            return shownFirst(lhs.shown, rhs.shown)
        }
    }

    /// Unhedged before hedged, then the earliest publication, then the first stored.
    private static func shownFirst(_ lhs: some FactStatement, _ rhs: some FactStatement) -> Bool {
        if lhs.isHedged != rhs.isHedged { return !lhs.isHedged }
        if lhs.statedAt != rhs.statedAt { return lhs.statedAt < rhs.statedAt }
        return lhs.statementID < rhs.statementID
    }

    /// The site a page belongs to: its host without `www.`, or the whole URL when it has none (`file://`).
    static func site(_ url: String) -> String {
        guard let host = URL(string: url)?.host?.lowercased(), !host.isEmpty else { return url }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
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

/// One model, attribute, scope and value: what statements share to be one fact.
private struct FactKey: Hashable {
    var model: ModelID
    var attribute: Attribute
    var scope: String?
    var value: ClaimValue
}

/// One model's attribute, whatever the value.
private struct Topic: Hashable {
    var model: ModelID
    var attribute: Attribute
}
