/// Row counts that show how much the store holds.
public struct StoreStatistics: Hashable, Sendable, Codable {
    public var sources: Int
    public var fetches: Int
    /// Fetches that recorded an error (transport failures, non-2xx answers recorded with an error).
    public var failedFetches: Int
    /// Distinct archived response bodies.
    public var bodies: Int
    /// Their size uncompressed, in bytes.
    public var bodyBytes: Int
    /// Their size as stored (compressed), in bytes.
    public var storedBodyBytes: Int
    /// Every stored document, current or replaced.
    public var documents: Int
    /// Documents that are the latest version of their URL.
    public var currentDocuments: Int
    /// Every stored claim.
    public var claims: Int
    /// Claims of current documents (what `facts` lists).
    public var currentClaims: Int
    public var openConflicts: Int
    public var resolvedConflicts: Int

    public init(
        sources: Int = 0, fetches: Int = 0, failedFetches: Int = 0, bodies: Int = 0, bodyBytes: Int = 0,
        storedBodyBytes: Int = 0, documents: Int = 0, currentDocuments: Int = 0, claims: Int = 0,
        currentClaims: Int = 0, openConflicts: Int = 0, resolvedConflicts: Int = 0
    ) {
        self.sources = sources
        self.fetches = fetches
        self.failedFetches = failedFetches
        self.bodies = bodies
        self.bodyBytes = bodyBytes
        self.storedBodyBytes = storedBodyBytes
        self.documents = documents
        self.currentDocuments = currentDocuments
        self.claims = claims
        self.currentClaims = currentClaims
        self.openConflicts = openConflicts
        self.resolvedConflicts = resolvedConflicts
    }

    enum CodingKeys: String, CodingKey {
        case sources, fetches, bodies, documents, claims
        case failedFetches = "failed_fetches"
        case bodyBytes = "body_bytes"
        case storedBodyBytes = "stored_body_bytes"
        case currentDocuments = "current_documents"
        case currentClaims = "current_claims"
        case openConflicts = "open_conflicts"
        case resolvedConflicts = "resolved_conflicts"
    }
}
