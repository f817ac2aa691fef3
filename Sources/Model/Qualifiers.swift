/// What bounds a claim: its scope, whether it is hedged, the time it holds for, its stage, tier and provider.
public struct Qualifiers: Hashable, Sendable, Codable {
    /// `native`, `extended` (YaRN or RoPE scaling), `input-limit`, … for context windows.
    public var scope: String?
    /// "~", "about", "reportedly", "not officially confirmed" …
    public var hedged: Bool
    /// The day the fact holds for, `YYYY-MM-DD` (the page's publication date by default).
    public var asOf: String?
    /// `preview`, `beta`, `ga`, …
    public var stage: String?
    /// A price tier (`batch`, `cached`, `>200k`).
    public var tier: String?
    /// Who serves the model at that price or speed.
    public var provider: String?

    public init(
        scope: String? = nil, hedged: Bool = false, asOf: String? = nil,
        stage: String? = nil, tier: String? = nil, provider: String? = nil
    ) {
        self.scope = scope
        self.hedged = hedged
        self.asOf = asOf
        self.stage = stage
        self.tier = tier
        self.provider = provider
    }

    enum CodingKeys: String, CodingKey {
        case scope, hedged, stage, tier, provider
        case asOf = "as_of"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        scope = try container.decodeIfPresent(String.self, forKey: .scope)
        hedged = try container.decodeIfPresent(Bool.self, forKey: .hedged) ?? false
        asOf = try container.decodeIfPresent(String.self, forKey: .asOf)
        stage = try container.decodeIfPresent(String.self, forKey: .stage)
        tier = try container.decodeIfPresent(String.self, forKey: .tier)
        provider = try container.decodeIfPresent(String.self, forKey: .provider)
    }
}
