import Conflicts
import Foundation
import Model

/// The evaluation's printout: one line per disagreement, then the totals.
struct DisagreementReport {
    var conflicts: [FactKey: Conflict]
    var claimsByKey: [FactKey: [Claim]]
    var detector: ConflictDetector
    var corpusConflicts: [Conflict]
    var lines: [String] = []
    var outcomes: [DisagreementOutcome] = []
    var sensible = 0
    var judged = 0

    init(conflicts: [Conflict], claimsByKey: [FactKey: [Claim]], detector: ConflictDetector) {
        self.conflicts = Dictionary(uniqueKeysWithValues: conflicts.map { (FactKey(model: $0.model, attribute: $0.attribute), $0) })
        self.claimsByKey = claimsByKey
        self.detector = detector
        corpusConflicts = conflicts
    }

    mutating func add(_ row: DisagreementRow, claimsA: [Claim], claimsB: [Claim], accepted: [String]?) {
        let outcome = DisagreementOutcome.judge(
            row.candidates(claimsA, value: row.valueA), row.candidates(claimsB, value: row.valueB), conflicts: conflicts,
            detector: detector, claimsByKey: claimsByKey)
        outcomes.append(outcome)
        var verdict = "-"
        if case .missing = outcome {
            verdict = "n/a"
        } else {
            judged += 1
            let ok = accepted?.contains(outcome.label) ?? false
            if ok { sensible += 1 }
            verdict = ok ? "ok" : "WRONG (expected \(accepted?.joined(separator: "|") ?? "?"))"
        }
        lines.append(
            "\(row.number)\t\(row.modelName) · \(row.attribute): \(row.valueA) vs \(row.valueB)\t\(outcome.detail)\t\(verdict)")
    }

    var text: String {
        var out = ["row\tdisagreement\toutcome\tsensible"] + lines
        let flagged = outcomes.compactMap { outcome -> Conflict.Kind? in
            if case .flagged(let kind, _) = outcome { kind } else { nil }
        }
        let byKind = Conflict.Kind.allCases.map { kind in "\(kind.rawValue) \(flagged.filter { $0 == kind }.count)" }
        let agree = outcomes.filter { $0 == .agree }.count
        let apart = outcomes.filter { $0.label == "apart" }.count
        let missing = outcomes.filter { $0.label == "missing" }.count
        let unflagged = outcomes.filter { $0 == .unflagged }.count
        out.append("")
        out.append(
            "disagreements: \(outcomes.count); flagged \(flagged.count) (\(byKind.joined(separator: ", "))); "
                + "explained \(agree + apart) (agree within rounding \(agree), different facts or models \(apart)); "
                + "not flagged \(unflagged); not extracted \(missing)")
        out.append(
            String(
                format: "sensible (flagged with an accepted kind, or explained as accepted): %d/%d judged = %.3f; %d rows not judged (a side not extracted)",
                sensible, judged, judged == 0 ? 0 : Double(sensible) / Double(judged), missing))
        let corpusKinds = Conflict.Kind.allCases.map { kind in
            let some = corpusConflicts.filter { $0.kind == kind }
            let high = some.filter { $0.severity == .high }.count
            return "\(kind.rawValue) \(some.count) (\(high) high)"
        }
        out.append("whole corpus: \(corpusConflicts.count) conflicts: \(corpusKinds.joined(separator: ", "))")
        return out.joined(separator: "\n")
    }
}

extension DisagreementReport {
    /// Every conflict of the corpus: kind, severity, explanation and each position's pages.
    var conflictList: String {
        corpusConflicts.map { conflict in
            var lines = ["\n\(conflict.model) \(conflict.attribute): \(conflict.kind.rawValue), \(conflict.severity.rawValue) — \(conflict.explanation ?? "")"]
            for position in conflict.positions {
                for claim in position.claims {
                    lines.append("  \(position.value)\t\(claim.text)\t\(claim.source.url.split(separator: "/").suffix(4).joined(separator: "/"))\t\(claim.quote.prefix(100))")
                }
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

/// One model's attribute.
struct FactKey: Hashable {
    var model: ModelID
    var attribute: Attribute

    init(model: ModelID, attribute: Attribute) {
        self.model = model
        self.attribute = attribute
    }

    init(_ claim: Claim) {
        self.init(model: claim.model, attribute: claim.attribute)
    }
}
