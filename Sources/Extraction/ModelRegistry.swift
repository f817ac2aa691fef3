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
    private let scanner: ModelNameScanner
    private let aliasScanner: AliasScanner

    public init(families: [ModelFamily], aliases: [ModelAlias] = []) {
        self.families = families
        self.aliases = aliases
        scanner = ModelNameScanner(families: families)
        aliasScanner = AliasScanner(aliases: aliases)
    }

    /// This registry with more families and aliases: a family whose id is already known replaces it.
    public func adding(families extra: [ModelFamily], aliases extraAliases: [ModelAlias]) -> ModelRegistry {
        let replaced = Set(extra.map(\.id))
        return ModelRegistry(
            families: families.filter { !replaced.contains($0.id) } + extra, aliases: aliases + extraAliases)
    }

    /// The standard families (`ModelFamily.standard`) plus the generic `Name Version Size` pattern.
    public static let standard = ModelRegistry(families: ModelFamily.standard)

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
        let found = scanner.scan(text)
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
