public import Extraction
public import Foundation
internal import Model
internal import Yams

/// The models file (`Feeds/models.yaml`): families, aliases and tuned-variant words. A family whose id is
/// built in replaces it, others are added; without the file, the built-in table (the same as the bundled file).
///
/// ```yaml
/// families:
///   - names: [Orion]          # the family word(s) as written
///     id: orion               # the canonical id's first part
///     joiner: "-"             # between family and version in the id (default "-"; "" gives qwen3.5)
///     separators: [" ", "-"]  # between family word and version in text (default "", " ", "-")
///     version_prefixes: [V]   # letters a version may start with (Orion V2)
///     tiers: [Ultra]          # words between family and version (Orion Ultra 2)
///     accepts: [version, size] # what makes the family word a name: version, tier, size, variant, bare
///     sized: true             # members are named by size (Orion 2 70B), so a size beside a name names one
/// tuned_words:
///   orion-2: chat             # the word the line's instruction-tuned ids carry, when not `instruct`
/// aliases:
///   DSV2-Lite: deepseek-v2-lite   # a name as written → its canonical id
/// ```
public enum ModelCatalog {
    /// The file's name inside a feeds folder.
    public static let fileName = "models.yaml"

    /// The built-in registry extended with the models file, if given (and present).
    public static func registry(file: URL?) throws -> ModelRegistry {
        guard let file, FileManager.default.fileExists(atPath: file.path) else { return .standard }
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw CatalogError(path: file.path, message: "cannot read the file as UTF-8 text")
        }
        let definition: ModelsDefinition
        do {
            definition = try YAMLDecoder().decode(ModelsDefinition.self, from: text)
        } catch {
            throw CatalogError(path: file.path, message: "not a valid models file: \(error)")
        }
        return ModelRegistry.standard.adding(
            families: try definition.families?.enumerated().map { try $1.family(file: file.path, index: $0) } ?? [],
            aliases: (definition.aliases ?? [:]).sorted { $0.key < $1.key }.map { ModelAlias(name: $0.key, id: ModelID($0.value)) },
            tunedWords: definition.tunedWords ?? [:])
    }

    /// The registry for a feeds folder: its `models.yaml` when there is one.
    public static func registry(feedsDirectory: URL) throws -> ModelRegistry {
        try registry(file: feedsDirectory.appendingPathComponent(fileName))
    }
}

/// The on-disk shape of `Feeds/models.yaml`.
struct ModelsDefinition: Decodable {
    var families: [FamilyDefinition]?
    var aliases: [String: String]?
    var tunedWords: [String: String]?

    enum CodingKeys: String, CodingKey {
        case families, aliases
        case tunedWords = "tuned_words"
    }

    struct FamilyDefinition: Decodable {
        var names: [String]
        var id: String
        var joiner: String?
        var separators: [String]?
        var versionPrefixes: [String]?
        var versionSuffixes: [String]?
        var versionWords: [String]?
        var tiers: [String]?
        var variants: [String]?
        var accepts: [String]?
        var caseSensitive: Bool?
        var sized: Bool?

        enum CodingKeys: String, CodingKey {
            case names, id, joiner, separators, tiers, variants, accepts, sized
            case versionPrefixes = "version_prefixes"
            case versionSuffixes = "version_suffixes"
            case versionWords = "version_words"
            case caseSensitive = "case_sensitive"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            names = try container.decode([String].self, forKey: .names)
            id = try container.decode(String.self, forKey: .id)
            // `joiner: ""` reads as null in YAML: a joiner key that is present but empty joins with nothing.
            joiner = container.contains(.joiner) ? try container.decodeIfPresent(String.self, forKey: .joiner) ?? "" : nil
            separators = try container.decodeIfPresent([String].self, forKey: .separators)
            versionPrefixes = try container.decodeIfPresent([String].self, forKey: .versionPrefixes)
            versionSuffixes = try container.decodeIfPresent([String].self, forKey: .versionSuffixes)
            versionWords = try container.decodeIfPresent([String].self, forKey: .versionWords)
            tiers = try container.decodeIfPresent([String].self, forKey: .tiers)
            variants = try container.decodeIfPresent([String].self, forKey: .variants)
            accepts = try container.decodeIfPresent([String].self, forKey: .accepts)
            caseSensitive = try container.decodeIfPresent(Bool.self, forKey: .caseSensitive)
            sized = try container.decodeIfPresent(Bool.self, forKey: .sized)
        }

        func family(file: String, index: Int) throws -> ModelFamily {
            let parts = try (accepts ?? ["version"]).map { word -> ModelFamily.NamePart in
                guard let part = ModelFamily.NamePart(rawValue: word) else {
                    throw CatalogError(
                        path: file, message: "families[\(index)]: unknown `accepts` value `\(word)` (use version, tier, size, variant, bare)")
                }
                return part
            }
            guard !names.isEmpty, !id.isEmpty else {
                throw CatalogError(path: file, message: "families[\(index)]: a family needs `names` and an `id`")
            }
            return ModelFamily(
                names: names, id: id, versionJoiner: joiner ?? "-", separators: separators ?? ["", " ", "-"],
                versionPrefixes: versionPrefixes ?? [""], versionSuffixes: versionSuffixes ?? [],
                versionWords: versionWords ?? [], tiers: tiers ?? [], variants: variants ?? [], accepts: parts,
                caseSensitive: caseSensitive ?? false, sizedNames: sized ?? false)
        }
    }
}
