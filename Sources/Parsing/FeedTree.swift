internal import Foundation

/// Element lookups and text reading over a parsed feed, by local name and namespace URI.
struct FeedTree {
    let tree: NodeTree
    /// The URL the feed was fetched from: the outermost base for relative links.
    let url: String

    /// The child elements of `parent` with this local name in one of the namespaces.
    func children(_ parent: Int, _ name: String, in namespaces: Set<String?>) -> [Int] {
        tree.childElements(of: parent).filter { tree[$0].name == name && namespaces.contains(tree[$0].namespace) }
    }

    func child(_ parent: Int, _ name: String, in namespaces: Set<String?>) -> Int? {
        children(parent, name, in: namespaces).first
    }

    /// All character data under an element, as written.
    func rawText(_ index: Int) -> String {
        var text = ""
        for inner in index..<tree[index].end where tree[inner].kind == .text { text += tree[inner].text }
        return text
    }

    /// An element's text, whitespace collapsed; nil when empty.
    func plainText(_ index: Int?) -> String? {
        guard let index else { return nil }
        return nonEmpty(TextBuilder.clean(rawText(index)))
    }

    /// A text field that may hold escaped HTML (RSS description, Atom `type="html"`), as plain text;
    /// inline XHTML children are flattened too.
    func markupText(_ index: Int?) -> String? {
        guard let index else { return nil }
        if hasChildElements(index) { return nonEmpty(PlainText(tree: tree, excluded: nil).line(index)) }
        return nonEmpty(MarkupText.plain(rawText(index)))
    }

    /// An Atom text construct (`type` text / html / xhtml; Atom 0.3 `mode` escaped / xml).
    func textConstruct(_ index: Int?) -> String? {
        guard let index else { return nil }
        let node = tree[index]
        let type = node.attribute("type")?.lowercased() ?? "text"
        if hasChildElements(index) { return nonEmpty(PlainText(tree: tree, excluded: nil).line(index)) }
        if type.contains("html") || node.attribute("mode")?.lowercased() == "escaped" { return markupText(index) }
        return plainText(index)
    }

    /// The absolute form of a link written on element `index`, resolved against the `xml:base`
    /// attributes of the element and its ancestors (each relative to the one outside it) and
    /// finally the feed URL.
    func absolute(_ link: String, at index: Int) -> String? {
        let trimmed = link.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        var bases: [String] = []
        var current = index
        while current >= 0 {
            if let base = tree[current].attribute("base", namespace: FeedNamespace.xml) { bases.append(base) }
            current = tree[current].parent
        }
        return URIResolver.resolve(trimmed, bases: bases.reversed(), document: url)
    }

    /// The first date among these elements that parses.
    func date(_ candidates: [Int?]) -> Date? {
        for case let index? in candidates {
            if let text = plainText(index), let date = DateParser.parse(text) { return date }
        }
        return nil
    }

    private func hasChildElements(_ index: Int) -> Bool {
        !tree.childElements(of: index).isEmpty
    }

    private func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }
}
