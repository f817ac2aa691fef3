import Foundation

/// The bundled offline sample in `Feeds/sample/`, located from this file so tests run from any directory.
enum SampleSite {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = repository.appendingPathComponent("Feeds/sample", isDirectory: true)
    static let feedURL = directory.appendingPathComponent("feed.xml").absoluteString

    /// A fresh store path in a new temporary folder.
    static func temporaryStorePath() -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("modeltrack-tests-\(UUID().uuidString)", isDirectory: true)
        return folder.appendingPathComponent("store.sqlite").path
    }

    /// The five disagreements the sample was written to contain.
    static let expectedConflicts: Set<String> = [
        "qwen3.6-max-preview weights",
        "qwen3.6-max-preview context_window",
        "qwen3.6-max-preview release_date",
        "kimi-k3 release_date",
        "kimi-k3 benchmark:swe-bench-verified",
    ]
}
