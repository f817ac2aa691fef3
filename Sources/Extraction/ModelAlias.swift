public import Model

/// A name that stands for one model whatever the family rules say (`DSV2-Lite` → `deepseek-v2-lite`,
/// `Claude-Sonnet-3.5` → `claude-3.5-sonnet`): matched as a whole word, ignoring ASCII case.
public struct ModelAlias: Hashable, Sendable, Codable {
    public var name: String
    public var id: ModelID

    public init(name: String, id: ModelID) {
        self.name = name
        self.id = id
    }
}

/// Finds aliases in a text, code unit by code unit.
struct AliasScanner: Sendable {
    private let aliases: [(units: [UInt16], alias: ModelAlias)]

    init(aliases: [ModelAlias]) {
        self.aliases = aliases.map { (Array($0.name.utf16).map(UTF16Class.folded), $0) }
            .sorted { $0.units.count > $1.units.count }
    }

    var isEmpty: Bool { aliases.isEmpty }

    func scan(_ units: [UInt16]) -> [NameSpan] {
        guard !aliases.isEmpty else { return [] }
        var found: [NameSpan] = []
        var position = 0
        while position < units.count {
            if position > 0, UTF16Class.isAlphanumeric(units[position - 1]) {
                position += 1
                continue
            }
            var matched: NameSpan?
            for (needle, alias) in aliases where position + needle.count <= units.count {
                let end = position + needle.count
                guard end == units.count || !UTF16Class.isAlphanumeric(units[end]) || !UTF16Class.isAlphanumeric(needle[needle.count - 1])
                else { continue }
                if needle.indices.allSatisfy({ UTF16Class.folded(units[position + $0]) == needle[$0] }) {
                    matched = NameSpan(name: ASCIIText.string(units[position..<end]), id: alias.id, range: position..<end)
                    break
                }
            }
            if let matched {
                found.append(matched)
                position = matched.range.upperBound
            } else {
                position += 1
            }
        }
        return found
    }
}
