/// How HTML elements behave when turned into text.
enum HTMLVocabulary {
    /// Phrasing elements: they join their text to the surrounding words without a break.
    static let inlineTags: Set<String> = [
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em",
        "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp",
        "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "picture",
        "source", "output", "meter", "progress",
    ]

    /// Elements whose content is set apart from the text before it by a space (footnote marks, exponents).
    static let spacedInlineTags: Set<String> = ["sup", "sub"]

    static let headingLevels: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]

    /// Elements that are lists (or list-like groups) of items.
    static let listTags: Set<String> = ["ul", "ol", "dl", "menu"]

    static func isInline(_ node: NodeTree.Node) -> Bool {
        node.traits.contains(.inline)
    }

    static func isHeading(_ node: NodeTree.Node) -> Bool {
        node.traits.contains(.heading)
    }
}
