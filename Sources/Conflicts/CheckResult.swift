public import Model

/// The verdict on one claim of a checked text, with the store's evidence for and against it
/// (the contract's Check result).
public struct CheckResult: Hashable, Sendable, Encodable {
    /// `supported`: the best-supported value agrees; `contradicted`: it differs; `unverified`: nothing stored.
    public enum Verdict: String, Hashable, Sendable, Codable, CaseIterable {
        case supported, contradicted, unverified
    }

    /// The claim as the checked text states it (its source is the text's page when it has one).
    public var claim: Claim
    public var verdict: Verdict
    public var explanation: String
    /// Stored claims that agree with the checked claim, best supported first.
    public var supporting: [Claim]
    /// Stored claims that state another value for the same fact.
    public var contradicting: [Claim]
    /// The store's best-supported value for the fact, when it holds one.
    public var consensus: Consensus?

    public init(
        claim: Claim, verdict: Verdict, explanation: String, supporting: [Claim] = [], contradicting: [Claim] = [],
        consensus: Consensus? = nil
    ) {
        self.claim = claim
        self.verdict = verdict
        self.explanation = explanation
        self.supporting = supporting
        self.contradicting = contradicting
        self.consensus = consensus
    }

    /// Every piece of evidence: for, then against.
    public var evidence: [Claim] { supporting + contradicting }

    enum CodingKeys: String, CodingKey {
        case claim, verdict, explanation, evidence, supporting, contradicting, consensus
    }

    enum ClaimKeys: String, CodingKey {
        case model, attribute, value, unit, text, quote, qualifiers, source
        case modelName = "model_name"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var checked = container.nestedContainer(keyedBy: ClaimKeys.self, forKey: .claim)
        try checked.encode(claim.model, forKey: .model)
        try checked.encode(claim.modelName, forKey: .modelName)
        try checked.encode(claim.attribute, forKey: .attribute)
        try checked.encode(claim.value, forKey: .value)
        try checked.encode(claim.unit, forKey: .unit)
        try checked.encode(claim.text, forKey: .text)
        try checked.encode(claim.quote, forKey: .quote)
        try checked.encode(claim.qualifiers, forKey: .qualifiers)
        if claim.source.url.hasPrefix("http") || claim.source.url.hasPrefix("file:") {
            try checked.encode(claim.source, forKey: .source)
        }
        try container.encode(verdict, forKey: .verdict)
        try container.encode(explanation, forKey: .explanation)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(supporting.compactMap(\.id), forKey: .supporting)
        try container.encode(contradicting.compactMap(\.id), forKey: .contradicting)
        try container.encode(consensus.map(ConsensusSummary.init), forKey: .consensus)
    }

    /// The consensus in a check result: its value, facet, rule and reason (the claims are in `evidence`).
    struct ConsensusSummary: Encodable {
        var value: ClaimValue
        var unit: String?
        var facet: String?
        var rule: String
        var reason: String

        init(_ consensus: Consensus) {
            value = consensus.value
            unit = consensus.unit
            facet = consensus.facet.isUnstated ? nil : consensus.facet.description
            rule = consensus.rule
            reason = consensus.reason
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(value, forKey: .value)
            try container.encode(unit, forKey: .unit)
            try container.encode(facet, forKey: .facet)
            try container.encode(rule, forKey: .rule)
            try container.encode(reason, forKey: .reason)
        }

        enum CodingKeys: String, CodingKey {
            case value, unit, facet, rule, reason
        }
    }
}
