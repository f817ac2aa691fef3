public import Model

/// A stored claim with what weighing it needs to know about its source, passed in as plain values.
public struct Evidence: Hashable, Sendable {
    public var claim: Claim
    /// Whether the page is the model maker's own (release notes, model card, documentation).
    public var isVendor: Bool
    /// Pages with one key say the same thing in the same words (a mirror, a syndicated copy): one source.
    /// The store passes the SHA-256 of the page's main text.
    public var independenceKey: String

    public init(claim: Claim, isVendor: Bool = false, independenceKey: String? = nil) {
        self.claim = claim
        self.isVendor = isVendor
        self.independenceKey = independenceKey ?? claim.source.url
    }
}
