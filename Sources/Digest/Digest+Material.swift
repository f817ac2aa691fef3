internal import Model
public import Store

extension Digest {
    /// Sorts a window's material into the digest's sections; a pure function of the values.
    ///
    /// - A model with no claim stored before the window is a **new model**; its key facts are the
    ///   best-supported value of each attribute (`SupportedFact.consensusFirst`).
    /// - A claim whose page's previous version gave the same model and attribute (and scope)
    ///   another value, and not this one, is a **changed fact** (old → new, both cited).
    /// - Any other claim is a **new fact** unless its value was already stored (from any page,
    ///   or from the page's previous version): re-reading a page adds nothing new.
    public init(material: DigestMaterial) {
        self.init(since: material.since, until: material.until)
        let earlier = Dictionary(grouping: material.earlierClaims, by: Topic.init)
        var newModelClaims: [ModelID: [Claim]] = [:]
        var newModelOrder: [ModelID] = []
        var changedTopics: Set<PageTopic> = []
        for claim in material.newClaims {
            if !material.knownModels.contains(claim.model) {
                if newModelClaims[claim.model] == nil { newModelOrder.append(claim.model) }
                newModelClaims[claim.model, default: []].append(claim)
                continue
            }
            let previous = (material.previousVersions[claim.source.url] ?? []).filter { Topic($0) == Topic(claim) }
            if previous.contains(where: { Self.sameValue($0, claim) }) { continue }
            if let old = previous.first, changedTopics.insert(PageTopic(claim)).inserted {
                changedFacts.append(ChangedFact(old: old, new: claim))
                continue
            }
            if (earlier[Topic(claim)] ?? []).contains(where: { Self.sameValue($0, claim) }) { continue }
            newFacts.append(claim)
        }
        newModels = newModelOrder.map { model in
            let claims = newModelClaims[model] ?? []
            var seen: Set<Topic> = []
            let key = SupportedFact.consensusFirst(claims).map(\.claim).filter { seen.insert(Topic($0)).inserted }
            return NewModel(model: model, modelName: Self.usualName(of: claims), facts: Self.inReadingOrder(key))
        }
        newFacts = Self.inReadingOrder(newFacts)
        changedFacts.sort { Self.readsBefore($0.new, $1.new) }
        newConflicts = material.newConflicts
        resolvedConflicts = material.resolvedConflicts
        failingSources = material.failingSources
    }

    /// Whether two claims on one topic state the same value. Exact for now: the place to use the
    /// conflict stage's rounding rules (`256K` ≈ `262,144`) once they are public.
    static func sameValue(_ lhs: Claim, _ rhs: Claim) -> Bool {
        lhs.value == rhs.value
    }

    /// The name most pages use for a model (the first one written, on a tie).
    static func usualName(of claims: [Claim]) -> String {
        var counts: [String: Int] = [:]
        for claim in claims { counts[claim.modelName, default: 0] += 1 }
        var best = claims.first?.modelName ?? ""
        for claim in claims where (counts[claim.modelName] ?? 0) > (counts[best] ?? 0) { best = claim.modelName }
        return best
    }

    /// Claims ordered by model, then as a model card reads (release, weights, license, context …).
    static func inReadingOrder(_ claims: [Claim]) -> [Claim] {
        claims.enumerated().sorted { lhs, rhs in
            if lhs.element.model != rhs.element.model || lhs.element.attribute != rhs.element.attribute {
                return readsBefore(lhs.element, rhs.element)
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    static func readsBefore(_ lhs: Claim, _ rhs: Claim) -> Bool {
        if lhs.model != rhs.model { return lhs.model < rhs.model }
        let left = SupportedFact.readingOrder(lhs.attribute), right = SupportedFact.readingOrder(rhs.attribute)
        if left != right { return left < right }
        return lhs.attribute < rhs.attribute
    }
}

/// One model's attribute in one scope: what two claims must share to be about the same fact.
struct Topic: Hashable {
    var model: ModelID
    var attribute: Attribute
    var scope: String?

    init(_ claim: Claim) {
        model = claim.model
        attribute = claim.attribute
        scope = claim.qualifiers.scope
    }
}

/// A topic on one page: a page changes a fact at most once per digest.
struct PageTopic: Hashable {
    var url: String
    var topic: Topic

    init(_ claim: Claim) {
        url = claim.source.url
        topic = Topic(claim)
    }
}
