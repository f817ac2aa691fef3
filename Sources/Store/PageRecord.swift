public import Model

/// Everything learned from one fetch, saved together by `FactStore.savePage(_:)`.
public struct PageRecord: Sendable {
    /// The transfer, with the raw body that gets archived.
    public var fetch: Fetch
    /// The configured source that led to the fetch, if any (`FactStore.upsertSource(_:)`'s id).
    public var sourceID: Int64?
    /// The parsed page; nil when the body could not be parsed (the fetch and body are still kept).
    public var document: Document?
    /// The claims extracted from `document`; each citation's `sha256` must be the body's hash.
    public var claims: [Claim]

    public init(fetch: Fetch, sourceID: Int64? = nil, document: Document? = nil, claims: [Claim] = []) {
        self.fetch = fetch
        self.sourceID = sourceID
        self.document = document
        self.claims = claims
    }
}
