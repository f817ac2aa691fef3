/// Remembers, for one page, what each class or id token says: furniture, content, both or
/// neither. Pages repeat the same tokens on thousands of elements (`col-md-4`, `article-body`),
/// and splitting a token into words and matching them against the vocabularies costs far more
/// than one dictionary lookup. Not shared between threads: one cache per parse.
final class ClassTokenCache {
    private struct Meaning: OptionSet {
        let rawValue: UInt8
        static let furniture = Meaning(rawValue: 1)
        static let content = Meaning(rawValue: 2)
        /// `ContentScorer.positiveWords`.
        static let positive = Meaning(rawValue: 4)
        /// `ContentScorer.negativeWords`.
        static let negative = Meaning(rawValue: 8)
    }

    /// What the tokens of one `class` or `id` value add up to.
    private struct Summary {
        /// Tokens naming furniture, and how many of them name content too.
        var matches = 0
        var mixed = 0
        /// A token names content and no furniture.
        var contentElsewhere = false
        /// Every meaning some token has.
        var union: Meaning = []
    }

    private var meanings: [Substring: Meaning] = [:]
    /// Whole attribute values repeat even more than tokens do (`class="col-md-4 card"`).
    private var summaries: [String: Summary] = [:]

    /// `BoilerplateRules.furnitureName(node)`, token by token through the cache.
    func furnitureName(_ node: NodeTree.Node) -> BoilerplateRules.FurnitureName {
        guard node.marks.contains(.classOrID) else { return .none }
        var matches = 0
        var mixed = 0
        var contentElsewhere = false
        for attribute in node.attributes where attribute.name == "class" || attribute.name == "id" {
            let summary = summary(of: attribute.value)
            matches += summary.matches
            mixed += summary.mixed
            contentElsewhere = contentElsewhere || summary.contentElsewhere
        }
        guard matches > 0, !contentElsewhere else { return .none }
        return mixed == matches ? .mixed : .clear
    }

    /// Whether any `class` or `id` token of the element matches `ContentScorer.positiveWords`
    /// and `negativeWords`.
    func scoreWords(_ node: NodeTree.Node) -> (positive: Bool, negative: Bool) {
        guard node.marks.contains(.classOrID) else { return (false, false) }
        var union: Meaning = []
        for attribute in node.attributes where attribute.name == "class" || attribute.name == "id" {
            union.formUnion(summary(of: attribute.value).union)
        }
        return (union.contains(.positive), union.contains(.negative))
    }

    private func summary(of value: String) -> Summary {
        if let known = summaries[value] { return known }
        var summary = Summary()
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
            let meaning = self.meaning(of: value[start..<cursor])
            start = cursor
            summary.union.formUnion(meaning)
            if meaning.contains(.furniture) {
                summary.matches += 1
                if meaning.contains(.content) { summary.mixed += 1 }
            } else if meaning.contains(.content) {
                summary.contentElsewhere = true
            }
        }
        summaries[value] = summary
        return summary
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
            if ContentScorer.positiveWords.matches(parsed) { meaning.insert(.positive) }
            if ContentScorer.negativeWords.matches(parsed) { meaning.insert(.negative) }
        }
        meanings[token] = meaning
        return meaning
    }
}
