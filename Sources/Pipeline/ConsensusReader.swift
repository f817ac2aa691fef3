public import Conflicts
public import Model
public import Store

/// The store's claims on a model as weighed evidence, and the consensus on each of its facts.
///
/// A claim counts as the vendor's when its page belongs to the lab that makes the model (`VendorCatalog`),
/// or, for a lab the catalog does not know, when its source's publisher file says `vendor: true`. Pages
/// with the same main text share an independence key.
///
/// ```swift
/// let facts = try ConsensusReader(store: store).consensus(model: "kimi-k3")
/// for fact in facts { print(fact.attribute, fact.value, fact.reason) }
/// ```
public struct ConsensusReader: Sendable {
    let store: FactStore
    let vendors: VendorCatalog
    let builder = ConsensusBuilder()

    public init(store: FactStore, vendors: VendorCatalog = VendorCatalog()) {
        self.store = store
        self.vendors = vendors
    }

    /// The current claims on `model` (one attribute when given), weighed.
    public func evidence(model: ModelID, attribute: Attribute? = nil) throws -> [Evidence] {
        try store.sourcedClaims(model: model, attribute: attribute).map(evidence(from:))
    }

    /// One consensus per attribute and facet of `model`.
    public func consensus(model: ModelID, attribute: Attribute? = nil) throws -> [Consensus] {
        builder.consensus(of: try evidence(model: model, attribute: attribute))
    }

    func evidence(from sourced: SourcedClaim) -> Evidence {
        let claim = sourced.claim
        let isVendor = vendors.isVendor(
            model: claim.model, pageURL: claim.source.url, sourceURL: sourced.sourceURL, sourceIsVendor: sourced.sourceIsVendor)
        return Evidence(claim: claim, isVendor: isVendor, independenceKey: sourced.textSHA256.isEmpty ? claim.source.url : sourced.textSHA256)
    }
}
