public import Model

/// A model named in a text: the name as written, its canonical id and where it stands.
public struct ModelMention: Hashable, Sendable {
    /// The name exactly as the text writes it (`Qwen 3.5`).
    public var name: String
    /// The canonical id (`qwen3.5`).
    public var id: ModelID
    public var range: Range<String.Index>

    public init(name: String, id: ModelID, range: Range<String.Index>) {
        self.name = name
        self.id = id
        self.range = range
    }
}

/// A model name found by the scanner, located by UTF-16 offsets (cheap to compare and slice).
struct NameSpan: Hashable, Sendable {
    var name: String
    var id: ModelID
    var range: Range<Int>
}
