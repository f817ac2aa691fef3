public import Foundation

/// Sources that disagree on one model's attribute, grouped into positions with their evidence.
public struct Conflict: Hashable, Sendable, Codable {
    public var id: Int64?
    public var model: ModelID
    public var attribute: Attribute
    public var severity: Severity
    public var kind: Kind
    public var positions: [Position]
    /// Why the detector flagged it, in one sentence.
    public var explanation: String?
    public var detectedAt: Date?
    /// Set when the disagreement went away (a source corrected itself); the conflict is kept.
    public var resolvedAt: Date?

    public init(
        id: Int64? = nil, model: ModelID, attribute: Attribute, severity: Severity, kind: Kind,
        positions: [Position], explanation: String? = nil, detectedAt: Date? = nil, resolvedAt: Date? = nil
    ) {
        self.id = id
        self.model = model
        self.attribute = attribute
        self.severity = severity
        self.kind = kind
        self.positions = positions
        self.explanation = explanation
        self.detectedAt = detectedAt
        self.resolvedAt = resolvedAt
    }

    /// `contradiction` (both cannot be right), `outdated` (a time-varying fact changed),
    /// `ambiguous` (the sources may mean different things).
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case contradiction, outdated, ambiguous
    }

    public enum Severity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        case high, medium, low

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

        private var rank: Int {
            switch self {
            case .low: 0
            case .medium: 1
            case .high: 2
            }
        }
    }

    /// One value and the claims that state it (values equal within rounding share a position).
    public struct Position: Hashable, Sendable, Codable {
        public var value: ClaimValue
        public var claims: [Claim]

        public init(value: ClaimValue, claims: [Claim]) {
            self.value = value
            self.claims = claims
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, model, attribute, severity, kind, positions, explanation
        case detectedAt = "detected_at"
        case resolvedAt = "resolved_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(Int64.self, forKey: .id)
        model = try container.decode(ModelID.self, forKey: .model)
        attribute = try container.decode(Attribute.self, forKey: .attribute)
        severity = try container.decode(Severity.self, forKey: .severity)
        kind = try container.decode(Kind.self, forKey: .kind)
        positions = try container.decode([Position].self, forKey: .positions)
        explanation = try container.decodeIfPresent(String.self, forKey: .explanation)
        detectedAt = try container.decodeIfPresent(String.self, forKey: .detectedAt).flatMap(Timestamp.parse)
        resolvedAt = try container.decodeIfPresent(String.self, forKey: .resolvedAt).flatMap(Timestamp.parse)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(model, forKey: .model)
        try container.encode(attribute, forKey: .attribute)
        try container.encode(severity, forKey: .severity)
        try container.encode(kind, forKey: .kind)
        try container.encode(positions, forKey: .positions)
        try container.encodeIfPresent(explanation, forKey: .explanation)
        try container.encodeIfPresent(detectedAt.map(Timestamp.format), forKey: .detectedAt)
        try container.encode(resolvedAt.map(Timestamp.format), forKey: .resolvedAt)
    }
}
