/// Remembers, for one page, what each class or id token says: furniture, content, both or
/// neither. Pages repeat the same tokens on thousands of elements (`col-md-4`, `article-body`),
/// and splitting a token into words and matching them against the vocabularies costs far more
/// than one dictionary lookup. Not shared between threads: one cache per parse.
final class ClassTokenCache {
    private struct Meaning: OptionSet {
        let rawValue: UInt8
        static let furniture = Meaning(rawValue: 1)
        static let content = Meaning(rawValue: 2)
    }

    private var meanings: [Substring: Meaning] = [:]

    /// `BoilerplateRules.furnitureName(node)`, token by token through the cache.
    func furnitureName(_ node: NodeTree.Node) -> BoilerplateRules.FurnitureName {
        var matches = 0
        var mixed = 0
        var contentElsewhere = false
        guard node.marks.contains(.classOrID) else { return .none }
        for attribute in node.attributes where attribute.name == "class" || attribute.name == "id" {
            let value = attribute.value
            let utf8 = value.utf8
            var start = utf8.startIndex
            var cursor = utf8.startIndex
            // Tokens are separated by spaces, tabs and newlines; no array of them is built.
            while start < utf8.endIndex {
                while cursor < utf8.endIndex, !Self.isSeparator(utf8[cursor]) { cursor = utf8.index(after: cursor) }
                if cursor == start {
                    cursor = utf8.index(after: cursor)
                    start = cursor
                    continue
                }
                let token = value[start..<cursor]
                start = cursor
                let meaning = self.meaning(of: token)
                if meaning.contains(.furniture) {
                    matches += 1
                    if meaning.contains(.content) { mixed += 1 }
                } else if meaning.contains(.content) {
                    contentElsewhere = true
                }
            }
        }
        guard matches > 0, !contentElsewhere else { return .none }
        return mixed == matches ? .mixed : .clear
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A
    }

    private func meaning(of token: Substring) -> Meaning {
        if let known = meanings[token] { return known }
        var meaning: Meaning = []
        let words = ClassNames.words(of: token)
        if !words.isEmpty {
            let parsed = ClassNames.Token(words: words, joined: words.joined())
            if BoilerplateRules.furnitureWords.matches(parsed) { meaning.insert(.furniture) }
            if BoilerplateRules.contentWords.matches(parsed) { meaning.insert(.content) }
        }
        meanings[token] = meaning
        return meaning
    }
}
