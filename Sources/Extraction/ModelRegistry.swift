public import Model
internal import Foundation

/// The model families modeltrack recognizes, and the canonical ids of the names it finds.
///
/// ```swift
/// ModelRegistry.standard.canonicalID(for: "Claude Opus 4.7")   // "claude-opus-4.7"
/// ModelRegistry.standard.mentions(in: "Qwen 3.5 beats Llama 4 Maverick.").map(\.id)
/// // ["qwen3.5", "llama-4-maverick"]
/// ```
public struct ModelRegistry: Sendable {
    public let families: [ModelFamily]
    public let aliases: [ModelAlias]
    /// The word a line's instruction-tuned models carry in their ids when it is not `instruct`, by id
    /// prefix (`llama-2` → `chat`: Llama 2 13B Chat; `gemma` → `it`).
    public let tunedWords: [String: String]
    private let scanner: ModelNameScanner
    private let aliasScanner: AliasScanner

    public init(families: [ModelFamily], aliases: [ModelAlias] = [], tunedWords: [String: String] = [:]) {
        self.families = families
        self.aliases = aliases
        self.tunedWords = tunedWords
        scanner = ModelNameScanner(families: families)
        aliasScanner = AliasScanner(aliases: aliases)
    }

    /// This registry with more families, aliases and tuned words: a family whose id is already known replaces it.
    public func adding(
        families extra: [ModelFamily], aliases extraAliases: [ModelAlias], tunedWords extraWords: [String: String] = [:]
    ) -> ModelRegistry {
        let replaced = Set(extra.map(\.id))
        return ModelRegistry(
            families: families.filter { !replaced.contains($0.id) } + extra, aliases: aliases + extraAliases,
            tunedWords: tunedWords.merging(extraWords) { $1 })
    }

    /// The standard families (`ModelFamily.standard`) plus the generic `Name Version Size` pattern.
    public static let standard = ModelRegistry(families: ModelFamily.standard, tunedWords: ModelFamily.standardTunedWords)

    /// Every model named in `text`, in order, none overlapping; each name is taken greedily
    /// (`Qwen3.6-Max-Preview`, not `Qwen3.6`).
    public func mentions(in text: String) -> [ModelMention] {
        spans(in: text).map { span in
            ModelMention(
                name: span.name, id: span.id,
                range: text.index(utf16Offset: span.range.lowerBound)..<text.index(utf16Offset: span.range.upperBound))
        }
    }

    /// The canonical id of a name that is exactly one model name (surrounding spaces aside), else nil.
    public func canonicalID(for name: String) -> ModelID? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let found = spans(in: trimmed)
        guard found.count == 1, let only = found.first, only.range == 0..<trimmed.utf16.count else { return nil }
        return only.id
    }

    /// Names inside a web address (`…/models/llama3_1/LICENSE`) are part of a path, not mentions.
    private static func outsideLinks(_ spans: [NameSpan], in text: String) -> [NameSpan] {
        guard !spans.isEmpty, ASCIISearch.containsAny(text, linkCues) else { return spans }
        let units = Array(text.utf16)
        var links: [Range<Int>] = []
        var position = 0
        while position < units.count {
            let rest = units.count - position
            let startsLink =
                (rest > 7 && units[position] == 104 && units[position + 1] == 116 && units[position + 2] == 116
                    && units[position + 3] == 112 && (units[position + 4] == 58 || units[position + 5] == 58))
                || (rest > 4 && units[position] == 119 && units[position + 1] == 119 && units[position + 2] == 119
                    && units[position + 3] == 46)
            guard startsLink, position == 0 || !UTF16Class.isAlphanumeric(units[position - 1]) else {
                position += 1
                continue
            }
            var end = position
            while end < units.count, units[end] > 32, units[end] != 41, units[end] != 93, units[end] != 62 { end += 1 }
            links.append(position..<end)
            position = end
        }
        guard !links.isEmpty else { return spans }
        return spans.filter { span in !links.contains { $0.overlaps(span.range) } }
    }

    private static let linkCues = WordSet(["http", "www."], folding: true)

    /// An id for a name no family reads (`deepseek-chat`, `My Model 2`): lowercase, white space
    /// and underscores as hyphens, only letters, digits, `.`, `-` and `+` kept.
    public static func slug(_ name: String) -> ModelID {
        var slug = ""
        for character in name.lowercased() {
            if character.isLetter || character.isNumber || character == "." || character == "+" {
                slug.append(character)
            } else if character == "-" || character == "_" || character.isWhitespace {
                if !slug.isEmpty, slug.last != "-" { slug.append("-") }
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return ModelID(slug)
    }

    /// The canonical id of a name in a structured list: the registry's reading when the whole name is
    /// one model name, else its slug.
    public func id(forListedName name: String) -> ModelID {
        canonicalID(for: name) ?? Self.slug(name)
    }

    /// The names in `text` with UTF-16 offsets.
    func spans(in text: String) -> [NameSpan] {
        let found = Self.outsideLinks(scanner.scan(text), in: text)
        guard !aliasScanner.isEmpty else { return found }
        let aliased = aliasScanner.scan(Array(text.utf16))
        guard !aliased.isEmpty else { return found }
        // An alias wins over a family reading it overlaps, unless that reading is longer.
        var merged = aliased.filter { alias in
            !found.contains { $0.range.overlaps(alias.range) && $0.range.count > alias.range.count }
        }
        merged += found.filter { name in !merged.contains { $0.range.overlaps(name.range) } }
        return merged.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
