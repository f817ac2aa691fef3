import Extraction
import Foundation
import Model
import Testing

@testable import Pipeline

/// The bundled `Feeds/models.yaml` and the table compiled into modeltrack say the same thing.
@Suite struct ModelsFileTests {
    private static let bundled = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Feeds/models.yaml")

    @Test func theBundledModelsFileHoldsTheBuiltInFamiliesAndTunedWords() throws {
        let registry = try ModelCatalog.registry(file: Self.bundled)
        let ids = Set(ModelFamily.standard.map(\.id))
        #expect(registry.families.filter { ids.contains($0.id) } == ModelFamily.standard)
        #expect(registry.tunedWords == ModelFamily.standardTunedWords)
    }

    @Test func aFamilyInTheFileReplacesTheBuiltInOneAndSizedAndTunedWordsAreRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("models-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = """
            families:
              - names: [Kimi]
                id: kimi
                separators: [" "]
                version_prefixes: ["K"]
                sized: true
            tuned_words:
              kimi-k3: chat
            """
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("models.yaml"))
        let registry = try ModelCatalog.registry(feedsDirectory: folder)
        #expect(registry.families.filter { $0.id == "kimi" }.map(\.sizedNames) == [true])
        #expect(registry.mentions(in: "Kimi-K3 is new.").isEmpty)  // this Kimi takes only a space
        #expect(registry.tunedWords["kimi-k3"] == "chat")
        #expect(registry.tunedWords["llama-2"] == "chat")
    }
}
