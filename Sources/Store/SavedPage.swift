public import Model

/// What `FactStore.savePage(_:)` stored: row ids, the body hash and the document's claims as stored.
public struct SavedPage: Hashable, Sendable {
    /// The new `fetch` row.
    public var fetchID: Int64
    /// The archived body's SHA-256; nil for a 304, which has no body.
    public var sha256: String?
    /// The document row: new, or the existing one with the same URL and body hash.
    public var documentID: Int64?
    /// False when the same URL had already been stored with the same bytes (its claims were kept, not re-added).
    public var isNewDocument: Bool
    /// The document's stored claims, with ids and full citations.
    public var claims: [Claim]

    public init(fetchID: Int64, sha256: String?, documentID: Int64?, isNewDocument: Bool, claims: [Claim]) {
        self.fetchID = fetchID
        self.sha256 = sha256
        self.documentID = documentID
        self.isNewDocument = isNewDocument
        self.claims = claims
    }
}
