public import Model

/// The best-supported value of one fact (a model's attribute, in one facet), the dissent, and why.
///
/// ```swift
/// let facts = ConsensusBuilder().consensus(of: evidence)
/// // [Consensus(model: "qwen3.6-max-preview", attribute: .contextWindow, value: 262144,
/// //            reason: "the vendor's page and 2 other independent sources (weight 5) say 262,144 tokens; …")]
/// ```
public struct Consensus: Hashable, Sendable, Encodable {
    public var model: ModelID
    public var attribute: Attribute
    /// The fact's facet: `extended`, `tier batch`; unstated for the plain fact.
    public var facet: Facet
    public var support: Side
    /// The other values stated for the same fact, best supported first.
    public var dissent: [Side]
    /// `weight` (the heaviest side wins), `latest` (a time-varying fact: the most recent value wins), `tie`
    /// (evenly split: the value shown is only the first in order) or `only` (one value).
    public var rule: String
    /// Why this value: who says it, who says otherwise, and how they were weighed.
    public var reason: String

    public var value: ClaimValue { support.value }
    public var unit: String? { support.claims.first?.unit }

    /// One value and the sources behind it.
    public struct Side: Hashable, Sendable, Encodable {
        public var value: ClaimValue
        public var claims: [Claim]
        /// Independent sources: pages with the same text, or quoting the same sentence, count once.
        public var sources: Int
        /// How many of those are the model maker's own pages.
        public var vendorSources: Int
        /// Vendor sources weigh 3, others 1, a source whose claims are all hedged half as much.
        public var weight: Double
        /// The latest day its claims hold for.
        public var latest: String?

        enum CodingKeys: String, CodingKey {
            case value, claims, sources, weight, latest
            case vendorSources = "vendor_sources"
        }
    }

    enum CodingKeys: String, CodingKey {
        case model, attribute, facet, value, unit, support, dissent, rule, reason
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(attribute, forKey: .attribute)
        try container.encode(facet.isUnstated ? nil : facet.description, forKey: .facet)
        try container.encode(value, forKey: .value)
        try container.encode(unit, forKey: .unit)
        try container.encode(support, forKey: .support)
        try container.encode(dissent, forKey: .dissent)
        try container.encode(rule, forKey: .rule)
        try container.encode(reason, forKey: .reason)
    }
}
