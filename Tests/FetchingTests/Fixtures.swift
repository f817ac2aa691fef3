import Foundation

/// The saved files under `Tests/FetchingTests/Fixtures/`.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func url(_ name: String) -> URL {
        folder.appendingPathComponent(name)
    }

    static func bytes(_ name: String) throws -> Data {
        try Data(contentsOf: url(name))
    }
}
