import Model

/// How serious a disagreement is, what kind it is, and the sentence that explains it.
///
/// | situation | kind | severity |
/// |---|---|---|
/// | time-varying attribute (price, rank, index, speed), no day stated on both sides | outdated | low |
/// | the sources may mean different things (see `Ambiguity`) | ambiguous | low |
/// | weights, license, release date, context window, max output, parameters; no side hedged | contradiction | high |
/// | the same, a side whose every claim is hedged | contradiction | medium |
/// | benchmarks, modality and everything else; no side hedged | contradiction | medium |
/// | the same, a side hedged | contradiction | low |
enum ConflictRating {
    static let keyAttributes: Set<Attribute> = [
        .weights, .license, .releaseDate, .contextWindow, .maxOutputTokens, .paramsTotal, .paramsActive,
    ]

    /// What the rules may look at beyond the disputed claims: the model's other claims.
    struct Context {
        var modelClaims: [Claim]
    }

    struct Judgement {
        var kind: Conflict.Kind
        var severity: Conflict.Severity
        var note: String?
    }

    /// One conflict for a model's attribute from its disputed facts, rated by the most serious of them.
    static func conflict(model: ModelID, attribute: Attribute, groups: [FactGroup], context: Context) -> Conflict {
        let judged = groups.map { group in (group, judge(group.positions, attribute: attribute, context: context)) }
        let worst = judged.map(\.1).max { rank($0) < rank($1) } ?? Judgement(kind: .contradiction, severity: .medium)
        let sentence = judged.map { group, judgement in
            var line = explanation(group.positions, attribute: attribute)
            if let note = judgement.note { line += " (\(note))" }
            return group.facet.isUnstated ? line : "\(group.facet): \(line)"
        }.joined(separator: " | ")
        return Conflict(
            model: model, attribute: attribute, severity: worst.severity, kind: worst.kind,
            positions: groups.flatMap(\.positions), explanation: sentence)
    }

    static func judge(_ positions: [Conflict.Position], attribute: Attribute, context: Context) -> Judgement {
        if attribute.isTimeVarying, !sameDayOnBothSides(positions) {
            return Judgement(kind: .outdated, severity: .low, note: "values change over time")
        }
        if let reason = Ambiguity.reason(positions, attribute: attribute, modelClaims: context.modelClaims) {
            return Judgement(kind: .ambiguous, severity: .low, note: reason)
        }
        let hedgedSide = positions.contains { $0.claims.allSatisfy(\.qualifiers.hedged) }
        let severity: Conflict.Severity
        switch (keyAttributes.contains(attribute), hedgedSide) {
        case (true, false): severity = .high
        case (true, true), (false, false): severity = .medium
        case (false, true): severity = .low
        }
        return Judgement(kind: .contradiction, severity: severity)
    }

    /// Whether two positions have a claim each that holds for the same day: then a changing fact still contradicts.
    private static func sameDayOnBothSides(_ positions: [Conflict.Position]) -> Bool {
        let days = positions.map { Set($0.claims.compactMap(\.qualifiers.asOf)) }
        for (index, left) in days.enumerated() {
            for right in days[(index + 1)...] where !left.isDisjoint(with: right) { return true }
        }
        return false
    }

    private static func rank(_ judgement: Judgement) -> Int {
        let kind =
            switch judgement.kind {
            case .contradiction: 2
            case .ambiguous: 1
            case .outdated: 0
            }
        let severity =
            switch judgement.severity {
            case .high: 2
            case .medium: 1
            case .low: 0
            }
        return severity * 3 + kind
    }

    /// `2 sources say closed; 1 says open`; time-varying values say as of when.
    static func explanation(_ positions: [Conflict.Position], attribute: Attribute) -> String {
        positions.enumerated().map { index, position in
            let sources = Set(position.claims.map(\.source.url)).count
            let verb = sources == 1 ? "says" : "say"
            let subject = index == 0 ? (sources == 1 ? "1 source" : "\(sources) sources") : "\(sources)"
            var line = "\(subject) \(verb) \(ValueText.display(position.value, unit: position.claims.first?.unit))"
            if attribute.isTimeVarying, let day = position.claims.compactMap(\.qualifiers.asOf).max() {
                line += " (as of \(day))"
            }
            return line
        }.joined(separator: "; ")
    }
}
