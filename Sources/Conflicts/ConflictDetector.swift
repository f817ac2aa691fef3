public import Model

/// Finds the disagreements among claims: groups them by model and attribute, splits each attribute into
/// facts by facet (scope, tier, provider, stage), clusters the values that agree within rounding into
/// positions, and flags every fact with two or more, with a kind and a severity (see `ConflictRating`).
///
/// ```swift
/// let conflicts = ConflictDetector().conflicts(among: claims)
/// // [Conflict(model: "qwen3.6-max-preview", attribute: .weights, severity: .medium,
/// //           kind: .contradiction, positions: [closed ×2, open ×1],
/// //           explanation: "2 sources say closed; 1 says open")]
/// ```
///
/// The store keeps one conflict per model and attribute: when two facts of one attribute are disputed
/// (the native and the extended window), their positions share one conflict, rated by the more serious.
public struct ConflictDetector: Sendable {
    /// Changes whenever the rules change, so that a store's conflicts are recomputed from scratch.
    public static let rulesVersion = "2"

    private let grouping = FactGrouping()

    public init() {}

    /// Conflicts among `claims`, one per disputed model and attribute, ordered by model and attribute.
    /// Claims of other attributes of the same model inform the kind (a total against an active parameter count).
    public func conflicts(among claims: [Claim]) -> [Conflict] {
        var byModel: [ModelID: [Claim]] = [:]
        for claim in claims { byModel[claim.model, default: []].append(claim) }
        var conflicts: [Conflict] = []
        for model in byModel.keys.sorted() {
            guard let modelClaims = byModel[model] else { continue }
            var byAttribute: [Attribute: [Claim]] = [:]
            for claim in modelClaims { byAttribute[claim.attribute, default: []].append(claim) }
            for attribute in byAttribute.keys.sorted() {
                guard let members = byAttribute[attribute],
                    let conflict = conflict(model: model, attribute: attribute, claims: members, modelClaims: modelClaims)
                else { continue }
                conflicts.append(conflict)
            }
        }
        return conflicts
    }

    /// The conflict on one model's attribute, or nil when its sources agree.
    public func conflict(model: ModelID, attribute: Attribute, claims: [Claim], modelClaims: [Claim] = []) -> Conflict? {
        let disputed = grouping.groups(of: claims).filter { $0.positions.count >= 2 }
        guard !disputed.isEmpty else { return nil }
        let context = ConflictRating.Context(modelClaims: modelClaims.isEmpty ? claims : modelClaims)
        return ConflictRating.conflict(model: model, attribute: attribute, groups: disputed, context: context)
    }

    /// Whether two claims about the same model and attribute agree (within rounding / precision / scope).
    /// Claims of different facets (`native` and `extended`) are not comparable and never agree.
    public func agree(_ a: Claim, _ b: Claim) -> Bool {
        guard a.attribute == b.attribute, Facet(a) == Facet(b) else { return false }
        return ValueAgreement().agree(a, b)
    }

    /// The facts of one model's attribute with their positions (what `conflict` judges), for consensus.
    public func facts(of claims: [Claim]) -> [FactGroup] {
        grouping.groups(of: claims)
    }
}
