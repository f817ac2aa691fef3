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
    private let scanner: ModelNameScanner

    public init(families: [ModelFamily]) {
        self.families = families
        scanner = ModelNameScanner(families: families)
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

    /// The names in `text` with UTF-16 offsets.
    func spans(in text: String) -> [NameSpan] {
        scanner.scan(text)
    }
}
