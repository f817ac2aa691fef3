public import Foundation
public import Model
internal import Yams

/// Which lab makes which models, and which pages are its own: the `vendors:` section of
/// `Feeds/models.yaml` (the built-in table when the file has none). A vendor's own release notes and model
/// card weigh more than press when the store weighs its sources.
///
/// ```yaml
/// vendors:
///   - name: Moonshot AI
///     models: [kimi, moonlight]                      # canonical id prefixes
///     domains: [moonshot.ai, github.com/MoonshotAI]  # hosts, or host/owner on shared sites
/// ```
public struct VendorCatalog: Sendable {
    public var vendors: [Vendor]

    public init(vendors: [Vendor] = VendorCatalog.standard) {
        self.vendors = vendors
    }

    /// The lab that makes `model`, when the table knows it.
    public func vendor(of model: ModelID) -> Vendor? {
        vendors.first { $0.makes(model) }
    }

    /// Whether a claim about `model` on the page at `url` comes from the model's maker. When the table does not
    /// know the model's lab, the source's own flag decides (`vendor: true` in its publisher file).
    public func isVendor(model: ModelID, pageURL: String, sourceURL: String?, sourceIsVendor: Bool) -> Bool {
        guard let vendor = vendor(of: model) else { return sourceIsVendor }
        return vendor.owns(url: pageURL) || sourceURL.map(vendor.owns(url:)) == true
    }

    /// The catalog of a models file: its `vendors:` section, else the built-in table.
    public static func load(file: URL?) throws -> VendorCatalog {
        guard let file, FileManager.default.fileExists(atPath: file.path) else { return VendorCatalog() }
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw CatalogError(path: file.path, message: "cannot read the file as UTF-8 text")
        }
        let definition: VendorsDefinition
        do {
            definition = try YAMLDecoder().decode(VendorsDefinition.self, from: text)
        } catch {
            throw CatalogError(path: file.path, message: "not a valid models file: \(error)")
        }
        guard let vendors = definition.vendors else { return VendorCatalog() }
        for (index, vendor) in vendors.enumerated() where vendor.models.isEmpty || vendor.domains.isEmpty {
            throw CatalogError(path: file.path, message: "vendors[\(index)] (\(vendor.name)): a vendor needs `models` and `domains`")
        }
        return VendorCatalog(vendors: vendors.map { Vendor(name: $0.name, models: $0.models, domains: $0.domains) })
    }

    /// The catalog of a feeds folder's `models.yaml`.
    public static func load(feedsDirectory: URL) throws -> VendorCatalog {
        try load(file: feedsDirectory.appendingPathComponent(ModelCatalog.fileName))
    }
}

/// The `vendors:` section of `Feeds/models.yaml`.
struct VendorsDefinition: Decodable {
    var vendors: [Entry]?

    struct Entry: Decodable {
        var name: String
        var models: [String]
        var domains: [String]
    }
}
