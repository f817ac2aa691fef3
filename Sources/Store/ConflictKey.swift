public import Model

/// What a conflict is about: one model's attribute. The store keeps at most one conflict per key.
public struct ConflictKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var model: ModelID
    public var attribute: Attribute

    public init(model: ModelID, attribute: Attribute) {
        self.model = model
        self.attribute = attribute
    }

    /// The key of `conflict`.
    public init(_ conflict: Conflict) {
        self.init(model: conflict.model, attribute: conflict.attribute)
    }

    /// The key of `claim`.
    public init(_ claim: Claim) {
        self.init(model: claim.model, attribute: claim.attribute)
    }

    public static func < (lhs: ConflictKey, rhs: ConflictKey) -> Bool {
        (lhs.model, lhs.attribute) < (rhs.model, rhs.attribute)
    }

    public var description: String { "\(model) \(attribute)" }
}
