public import Foundation
public import Model
public import Store

/// What changed in the store over one window: the contract's Digest object.
///
/// Built from `DigestMaterial` (see `init(material:)`), printed by `DigestFormat`. Every claim in
/// it carries its citation, so every line a renderer prints can link to its evidence.
public struct Digest: Hashable, Sendable, Codable {
    /// A model the store had never seen before the window, with its key facts.
    public struct NewModel: Hashable, Sendable, Codable {
        public var model: ModelID
        public var modelName: String
        /// The best-supported value of each attribute (and scope), in the order a model card reads.
        public var facts: [Claim]

        public init(model: ModelID, modelName: String, facts: [Claim]) {
            self.model = model
            self.modelName = modelName
            self.facts = facts
        }

        enum CodingKeys: String, CodingKey {
            case model, facts
            case modelName = "model_name"
        }
    }

    /// A page that now states another value than its previous version did.
    public struct ChangedFact: Hashable, Sendable, Codable {
        public var model: ModelID
        public var attribute: Attribute
        public var old: Claim
        public var new: Claim

        public init(old: Claim, new: Claim) {
            self.model = new.model
            self.attribute = new.attribute
            self.old = old
            self.new = new
        }
    }

    public var since: Date
    public var until: Date
    public var newModels: [NewModel]
    /// Claims stating values the store did not hold before, grouped by model and attribute.
    public var newFacts: [Claim]
    public var changedFacts: [ChangedFact]
    public var newConflicts: [Conflict]
    public var resolvedConflicts: [Conflict]
    public var failingSources: [FailingSource]

    public init(
        since: Date, until: Date, newModels: [NewModel] = [], newFacts: [Claim] = [],
        changedFacts: [ChangedFact] = [], newConflicts: [Conflict] = [], resolvedConflicts: [Conflict] = [],
        failingSources: [FailingSource] = []
    ) {
        self.since = since
        self.until = until
        self.newModels = newModels
        self.newFacts = newFacts
        self.changedFacts = changedFacts
        self.newConflicts = newConflicts
        self.resolvedConflicts = resolvedConflicts
        self.failingSources = failingSources
    }

    /// True when nothing changed: every section is empty.
    public var isEmpty: Bool {
        newModels.isEmpty && newFacts.isEmpty && changedFacts.isEmpty && newConflicts.isEmpty
            && resolvedConflicts.isEmpty && failingSources.isEmpty
    }

    enum CodingKeys: String, CodingKey {
        case since, until
        case newModels = "new_models"
        case newFacts = "new_facts"
        case changedFacts = "changed_facts"
        case newConflicts = "new_conflicts"
        case resolvedConflicts = "resolved_conflicts"
        case failingSources = "failing_sources"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func time(_ key: CodingKeys) throws -> Date {
            let text = try container.decode(String.self, forKey: key)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "not a time: \(text)")
            }
            return date
        }
        since = try time(.since)
        until = try time(.until)
        newModels = try container.decode([NewModel].self, forKey: .newModels)
        newFacts = try container.decode([Claim].self, forKey: .newFacts)
        changedFacts = try container.decode([ChangedFact].self, forKey: .changedFacts)
        newConflicts = try container.decode([Conflict].self, forKey: .newConflicts)
        resolvedConflicts = try container.decode([Conflict].self, forKey: .resolvedConflicts)
        failingSources = try container.decode([FailingSource].self, forKey: .failingSources)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Timestamp.format(since), forKey: .since)
        try container.encode(Timestamp.format(until), forKey: .until)
        try container.encode(newModels, forKey: .newModels)
        try container.encode(newFacts, forKey: .newFacts)
        try container.encode(changedFacts, forKey: .changedFacts)
        try container.encode(newConflicts, forKey: .newConflicts)
        try container.encode(resolvedConflicts, forKey: .resolvedConflicts)
        try container.encode(failingSources, forKey: .failingSources)
    }
}
