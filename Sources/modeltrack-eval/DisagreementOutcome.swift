import Conflicts
import Model

/// What modeltrack makes of one disagreement: flagged with a kind, or explained, or not judged because a side
/// was not extracted.
enum DisagreementOutcome: Equatable {
    case flagged(Conflict.Kind, Conflict.Severity)
    /// Both values agree within rounding or the precision they were written at.
    case agree
    /// The two claims are different facts: different qualifiers (scope, tier, provider, stage).
    case apartFacet(String)
    /// The two claims are about different models (a family and a member, an API id and a model).
    case apartModel(ModelID, ModelID)
    /// The two claims name different attributes (benchmark slugs read differently from the two tables).
    case apartAttribute(Attribute, Attribute)
    /// Both sides extracted and comparable, yet not flagged.
    case unflagged
    case missing(String)

    /// The label the expectations file uses: a kind, `agree` or `apart`.
    var label: String {
        switch self {
        case .flagged(let kind, _): kind.rawValue
        case .agree: "agree"
        case .apartFacet, .apartModel: "apart"
        case .apartAttribute: "apart-attribute"
        case .unflagged: "unflagged"
        case .missing: "missing"
        }
    }

    var detail: String {
        switch self {
        case .flagged(let kind, let severity): "\(kind.rawValue), \(severity.rawValue)"
        case .agree: "agree within rounding/precision"
        case .apartFacet(let facets): "apart: different facts (\(facets))"
        case .apartModel(let a, let b): "apart: different models (\(a) / \(b))"
        case .apartAttribute(let a, let b): "apart: different attributes (\(a) / \(b))"
        case .unflagged: "not flagged"
        case .missing(let side): "not extracted: \(side)"
        }
    }

    private var priority: Int {
        switch self {
        case .flagged: 6
        case .agree: 5
        case .apartFacet: 4
        case .apartModel: 3
        case .apartAttribute: 2
        case .unflagged: 1
        case .missing: 0
        }
    }

    /// The outcome for the best-matching pair of claims, side A's and side B's.
    static func judge(
        _ sideA: [Claim], _ sideB: [Claim], conflicts: [FactKey: Conflict], detector: ConflictDetector,
        claimsByKey: [FactKey: [Claim]]
    ) -> DisagreementOutcome {
        switch (sideA.isEmpty, sideB.isEmpty) {
        case (true, true): return .missing("both sides")
        case (true, false): return .missing("side a")
        case (false, true): return .missing("side b")
        case (false, false): break
        }
        var best = DisagreementOutcome.unflagged
        for a in sideA {
            for b in sideB {
                let outcome = judge(a, b, conflicts: conflicts, detector: detector, claimsByKey: claimsByKey)
                if outcome.priority > best.priority { best = outcome }
            }
        }
        return best
    }

    private static func judge(
        _ a: Claim, _ b: Claim, conflicts: [FactKey: Conflict], detector: ConflictDetector, claimsByKey: [FactKey: [Claim]]
    ) -> DisagreementOutcome {
        if a.model != b.model { return .apartModel(a.model, b.model) }
        if a.attribute != b.attribute { return .apartAttribute(a.attribute, b.attribute) }
        let key = FactKey(model: a.model, attribute: a.attribute)
        if let conflict = conflicts[key] {
            let positionA = conflict.positions.firstIndex { $0.claims.contains(a) }
            let positionB = conflict.positions.firstIndex { $0.claims.contains(b) }
            if let positionA, let positionB, positionA != positionB { return .flagged(conflict.kind, conflict.severity) }
        }
        let facts = detector.facts(of: claimsByKey[key] ?? [])
        let factA = facts.first { $0.positions.contains { $0.claims.contains(a) } }
        let factB = facts.first { $0.positions.contains { $0.claims.contains(b) } }
        if let factA, let factB, factA.facet != factB.facet {
            let name = { (facet: Facet) in facet.isUnstated ? "plain" : facet.description }
            return .apartFacet("\(name(factA.facet)) / \(name(factB.facet))")
        }
        if let factA, factA.positions.contains(where: { $0.claims.contains(a) && $0.claims.contains(b) }) { return .agree }
        return .unflagged
    }
}
