public import Model

/// What separates two facts of one attribute: the scope of a context window (`native`, `extended`,
/// `input-limit`), a price tier (`batch`, `cached`), the provider serving the model, the release stage
/// (`preview`, `ga`). Claims of different facets state different facts and are never compared:
/// a native 128K window and a 512K window "with YaRN" are both right.
///
/// A claim that states none of them is *unstated*; an unstated context window is read as the native
/// one (`native` and no scope share a facet).
public struct Facet: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var scope: String?
    public var tier: String?
    public var provider: String?
    public var stage: String?

    public init(scope: String? = nil, tier: String? = nil, provider: String? = nil, stage: String? = nil) {
        self.scope = Self.normalized(scope).flatMap { $0 == "native" ? nil : $0 }
        self.tier = Self.normalized(tier)
        self.provider = Self.normalized(provider)
        self.stage = Self.normalized(stage)
    }

    /// The facet a claim's qualifiers give it. A stage separates release dates and prices only (a preview's date
    /// and price are facts of their own); for other attributes it is the sentence's, not the figure's.
    public init(_ claim: Claim) {
        let qualifiers = claim.qualifiers
        let staged = claim.attribute.takesStage
        self.init(
            scope: qualifiers.scope, tier: qualifiers.tier, provider: qualifiers.provider,
            stage: staged ? qualifiers.stage : nil)
    }

    /// The facet of claims that state no scope (other than native), tier, provider or stage.
    public static let unstated = Facet()

    public var isUnstated: Bool { self == .unstated }

    /// `extended`, `tier batch, via together`, `stage preview`; empty for the unstated facet.
    public var description: String {
        var parts: [String] = []
        if let scope { parts.append(scope) }
        if let tier { parts.append("tier " + tier) }
        if let provider { parts.append("via " + provider) }
        if let stage { parts.append("stage " + stage) }
        return parts.joined(separator: ", ")
    }

    public static func < (lhs: Facet, rhs: Facet) -> Bool {
        if lhs.isUnstated != rhs.isUnstated { return lhs.isUnstated }
        return lhs.description < rhs.description
    }

    /// Whether a claim states nothing that could set it apart: no scope at all (not even `native`), no tier,
    /// provider or stage. Such a claim may be about a qualified variant its source did not name.
    static func isBare(_ claim: Claim) -> Bool {
        let qualifiers = claim.qualifiers
        return normalized(qualifiers.scope) == nil && Facet(claim).isUnstated
    }

    private static func normalized(_ text: String?) -> String? {
        guard let text else { return nil }
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" })
        return words.isEmpty ? nil : words.joined(separator: "-")
    }
}
