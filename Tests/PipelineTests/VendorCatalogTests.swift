import Foundation
import Model
import Pipeline
import Testing

@Suite struct VendorCatalogTests {
    private static let bundled = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Feeds/models.yaml")

    @Test func theBundledModelsFileHoldsTheBuiltInVendors() throws {
        #expect(try VendorCatalog.load(file: Self.bundled).vendors == VendorCatalog.standard)
    }

    @Test func aVendorMakesTheModelsOfItsFamiliesOnly() {
        let openAI = Vendor(name: "OpenAI", models: ["gpt", "o"], domains: ["openai.com"])
        #expect(openAI.makes("o3-mini"))
        #expect(openAI.makes("gpt-5.4"))
        #expect(!openAI.makes("olmo-2-13b"))
        let catalog = VendorCatalog()
        #expect(catalog.vendor(of: "qwen3.6-max-preview")?.name == "Alibaba Qwen")
        #expect(catalog.vendor(of: "moonlight-16b-a3b")?.name == "Moonshot AI")
        #expect(catalog.vendor(of: "gemma-3-27b")?.name == "Google")
    }

    /// Pages are built from the built-in table's own domains, so the test names no outside host (and never fetches).
    @Test func aPageIsTheVendorsOnItsHostsOrUnderItsOwnerFolder() throws {
        let catalog = VendorCatalog()
        func vendor(_ model: ModelID, _ url: String) -> Bool {
            catalog.isVendor(model: model, pageURL: url, sourceURL: nil, sourceIsVendor: false)
        }
        func domains(_ name: String) throws -> [String] {
            try #require(VendorCatalog.standard.first { $0.name == name }).domains
        }
        for (name, model) in [("Alibaba Qwen", "qwen3.5"), ("Meta", "llama-3.1-8b"), ("Anthropic", "claude-opus-4.7")] {
            for domain in try domains(name) {
                #expect(vendor(ModelID(model), "https://\(domain)/blog/post.html"), "\(domain)")
                // A subdomain of a host counts; a folder that only starts like the owner's does not.
                if domain.contains("/") {
                    #expect(!vendor(ModelID(model), "https://\(domain)irror/fork"), "\(domain)")
                } else {
                    let subdomain = "docs." + domain
                    #expect(vendor(ModelID(model), "https://\(subdomain)/models"), "\(subdomain)")
                }
            }
        }
        let deepSeekRepository = try #require(try domains("DeepSeek").first { $0.contains("/") })
        #expect(!vendor("llama-3.1-405b", "https://\(deepSeekRepository)/DeepSeek-V3/blob/main/README.md"))
        #expect(!vendor("kimi-k3", "https://news.example.com/kimi-k3"))
        #expect(!vendor("kimi-k3", "file:///srv/sample/vendor/kimi-k3.html"))
    }

    @Test func aPublisherMarkedVendorCountsOnlyForModelsTheCatalogDoesNotPlace() throws {
        let catalog = VendorCatalog()
        let meta = try #require(VendorCatalog.standard.first { $0.name == "Meta" }?.domains.first)
        let qwen = try #require(VendorCatalog.standard.first { $0.name == "Alibaba Qwen" }?.domains.first)
        // Meta's card quoting Mistral's scores is not Mistral's page.
        #expect(!catalog.isVendor(model: "mistral-large-2", pageURL: "https://\(meta)/x", sourceURL: nil, sourceIsVendor: true))
        #expect(catalog.isVendor(model: "orion-3", pageURL: "https://orion.example.com/x", sourceURL: nil, sourceIsVendor: true))
        #expect(!catalog.isVendor(model: "orion-3", pageURL: "https://orion.example.com/x", sourceURL: nil, sourceIsVendor: false))
        // A feed entry counts when the feed it came through is the vendor's.
        #expect(catalog.isVendor(model: "qwen3.5", pageURL: "https://cdn.example.com/x", sourceURL: "https://\(qwen)/feed.xml", sourceIsVendor: true))
    }

    @Test func aVendorWithoutDomainsIsRefusedByName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vendors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("vendors:\n  - name: Orion Labs\n    models: [orion]\n    domains: []\n".utf8)
            .write(to: folder.appendingPathComponent("models.yaml"))
        #expect(throws: CatalogError.self) { try VendorCatalog.load(feedsDirectory: folder) }
        do {
            _ = try VendorCatalog.load(feedsDirectory: folder)
        } catch {
            #expect(String(describing: error).contains("Orion Labs"))
        }
    }
}
