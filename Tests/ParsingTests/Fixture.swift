import Foundation
import Model
import Parsing

/// Test inputs: fixture files next to this source file, and helpers to parse them.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    static func page(_ name: String, charset: String? = nil) throws -> Document {
        try PageParser.parse(html: data(name), url: "https://pages.example.com/\(name)", charset: charset)
    }

    static func page(html: String, url: String = "https://pages.example.com/inline.html") throws -> Document {
        try PageParser.parse(html: Data(html.utf8), url: url)
    }

    static func feed(_ name: String, url: String) throws -> Feed {
        try FeedParser.parse(data(name), url: url)
    }

    /// A UTC date from ISO 8601 text, for expectations.
    static func date(_ text: String) -> Date? {
        Timestamp.parse(text)
    }
}
