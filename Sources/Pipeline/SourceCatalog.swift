public import Foundation
public import Model
internal import Yams

/// The sources defined in a folder of publisher files (`Feeds/*.yaml`), one file per publisher.
///
/// ```yaml
/// publisher: Qwen team (Alibaba Cloud)
/// vendor: true
/// sources:
///   - name: Qwen blog
///     url: https://qwenlm.github.io/blog/index.xml
///     kind: feed
///     every: 6h
/// ```
public struct SourceCatalog: Sendable {
    public var sources: [Source]

    public init(sources: [Source]) { self.sources = sources }

    /// Reads every `*.yaml` / `*.yml` file directly inside `directory` (the sample folder is not a publisher,
    /// nor is the models file, `models.yaml`).
    public init(directory: URL) throws {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw CatalogError(path: directory.path, message: "cannot read the folder of source definitions")
        }
        var sources: [Source] = []
        for name in names.sorted() where (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && name != ModelCatalog.fileName {
            let file = directory.appendingPathComponent(name)
            sources += try Self.load(file: file)
        }
        self.sources = sources
    }

    /// Reads one publisher file.
    public static func load(file: URL) throws -> [Source] {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw CatalogError(path: file.path, message: "cannot read the file as UTF-8 text")
        }
        let definition: PublisherDefinition
        do {
            definition = try YAMLDecoder().decode(PublisherDefinition.self, from: text)
        } catch {
            throw CatalogError(path: file.path, message: "not a valid publisher definition: \(Self.describe(error))")
        }
        return try definition.sources.enumerated().map { index, entry in
            try entry.source(publisher: definition, file: file.path, index: index)
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing `\(key.stringValue)`" + location(context.codingPath)
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return context.debugDescription + location(context.codingPath)
        case DecodingError.dataCorrupted(let context):
            return context.debugDescription + location(context.codingPath)
        default:
            return String(describing: error)
        }
    }

    private static func location(_ path: [any CodingKey]) -> String {
        let names = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
        return names.isEmpty ? "" : " at " + names.joined(separator: ".")
    }
}

/// A publisher file that could not be read, with its path.
public struct CatalogError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message)" }
}
