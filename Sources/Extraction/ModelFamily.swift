/// How one model family writes its names, as plain data (`Feeds/models.yaml` holds the same table).
///
/// A name is the family word, optional tier words (`Claude Opus 4.7`), a version (`3.5`, `K3`,
/// `V4`, `4o`, `oss`) and a tail of variant words and sizes (`Max-Preview`, `235B-A22B`).
/// ```swift
/// ModelFamily(names: ["Kimi"], id: "kimi", versionPrefixes: ["K"])   // Kimi K3 → kimi-k3
/// ```
public struct ModelFamily: Hashable, Sendable, Codable {
    /// A part of a name that, found after the family word, makes it a model name.
    public enum NamePart: String, Hashable, Sendable, Codable {
        /// A version: `Qwen3`, `Kimi K3`.
        case version
        /// A tier word: `Mistral Large`, `Nemotron Nano`.
        case tier
        /// A size anywhere in the name: `Falcon 180B`, `Moonlight-16B-A3B`.
        case size
        /// A variant word hyphen-joined to the family word: `Qwen-Max`, `Yi-Lightning`.
        case variant
        /// Nothing: the family word alone names a model (`Codestral`).
        case bare
    }

    /// The family word(s) as they appear in text (`Qwen`, `QwQ`).
    public var names: [String]
    /// The canonical id's first part (`qwen`).
    public var id: String
    /// How the version joins the family in the id: `""` (`qwen3.5`) or `"-"` (`llama-4`).
    public var versionJoiner: String
    /// Separators allowed between the family word and its version in text: `""`, `" "`, `"-"`.
    public var separators: [String]
    /// Letters that may start a version (`K` for Kimi K3); `""` for a bare number.
    public var versionPrefixes: [String]
    /// Letters that may follow a version number (`o` for GPT-4o, `n` for Gemma 3n).
    public var versionSuffixes: [String]
    /// Whole words that act as versions (`oss` for gpt-oss, `R+` for Command R+).
    public var versionWords: [String]
    /// Words that may stand between the family word and the version (`Opus`, `Large`).
    public var tiers: [String]
    /// Extra variant words only this family uses in names (`Lightning` for Yi-Lightning).
    public var variants: [String]
    /// The parts any one of which makes the family word a model name (Qwen alone is not one).
    public var accepts: [NamePart]
    /// Whether the family word must match case exactly (`Phi`, `Command`, `OLMo`).
    public var caseSensitive: Bool
    /// Whether the family's members are named by their size (`Llama 3 8B`, `Gemma 2 27B`), so a size written
    /// beside a name without one (a table's `#Params` cell) names the member.
    public var sizedNames: Bool

    public init(
        names: [String], id: String, versionJoiner: String = "-", separators: [String] = ["", " ", "-"],
        versionPrefixes: [String] = [""], versionSuffixes: [String] = [], versionWords: [String] = [],
        tiers: [String] = [], variants: [String] = [], accepts: [NamePart] = [.version],
        caseSensitive: Bool = false, sizedNames: Bool = false
    ) {
        self.names = names
        self.id = id
        self.versionJoiner = versionJoiner
        self.separators = separators
        self.versionPrefixes = versionPrefixes
        self.versionSuffixes = versionSuffixes
        self.versionWords = versionWords
        self.tiers = tiers
        self.variants = variants
        self.accepts = accepts
        self.caseSensitive = caseSensitive
        self.sizedNames = sizedNames
    }
}
