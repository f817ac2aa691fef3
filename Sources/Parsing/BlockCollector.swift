import Model

/// Walks the main content element in document order and emits its blocks: headings, paragraphs,
/// list items (nested lists flattened, each item once), preformatted text and tables; text loose
/// inside containers becomes paragraphs. One linear pass, no recursion.
struct BlockCollector {
    /// A list or container is dropped as a link list when it has this many links...
    static let linkListMinimumLinks = 2
    /// ...and at least this share of its text is link text.
    static let linkListDensity = 0.8

    private enum Kind: Equatable {
        case paragraph
        case listItem
        case heading(Int)
    }

    let tree: NodeTree
    let excluded: [Bool]
    let stats: ContentStats
    /// Whether link-dense lists inside the content are dropped.
    var dropsLinkLists = true

    func blocks(in container: Int) -> [Block] {
        let text = PlainText(tree: tree, excluded: excluded)
        let tables = TableReader(tree: tree, excluded: excluded)
        var blocks: [Block] = []
        var buffer = TextBuilder()
        var frames: [(end: Int, kind: Kind)] = [(tree[container].end, .paragraph)]

        func flush() {
            guard !buffer.isEmpty, let kind = frames.last?.kind else { return }
            let line = buffer.text
            switch kind {
            case .paragraph: blocks.append(.paragraph(line))
            case .listItem: blocks.append(.listItem(line))
            case .heading(let level): blocks.append(.heading(level: level, text: line))
            }
            buffer.reset()
        }

        var afterBreak = false
        var index = container
        let end = tree[container].end
        while index < end {
            while frames.count > 1, let top = frames.last, index >= top.end {
                flush()
                frames.removeLast()
            }
            let node = tree[index]
            if excluded[index] {
                index = node.end
                continue
            }
            if node.kind == .text {
                buffer.append(node.text)
                if afterBreak, node.text.unicodeScalars.contains(where: { !TextBuilder.isSpace($0) }) {
                    afterBreak = false
                }
                index += 1
                continue
            }
            if node.name == "br" {
                // Two breaks in a row separate paragraphs in pages that write no <p>.
                if afterBreak { flush() } else { buffer.space() }
                afterBreak = true
                index += 1
                continue
            }
            afterBreak = false
            if HTMLVocabulary.isInline(node), !stats.hasBlockDescendant[index] {
                if node.traits.contains(.spacedInline) { buffer.space() }
                index = text.isPermalinkMark(index) ? node.end : index + 1
                continue
            }
            flush()
            if index != container, isLinkList(index) {
                index = node.end
                continue
            }
            if node.name == "pre" {
                let preformatted = text.preformatted(index)
                if !preformatted.isEmpty { blocks.append(.preformatted(preformatted)) }
                index = node.end
                continue
            }
            if node.name == "table", let table = tables.table(at: index) {
                if !table.text.isEmpty { blocks.append(.table(table)) }
                index = node.end
                continue
            }
            frames.append((node.end, kind(of: node, inside: frames.last?.kind ?? .paragraph)))
            index += 1
        }
        flush()
        return blocks
    }

    private func kind(of node: NodeTree.Node, inside parent: Kind) -> Kind {
        if node.traits.contains(.heading), let level = HTMLVocabulary.headingLevels[node.name] { return .heading(level) }
        switch node.name {
        case "li": return .listItem
        case "td", "th", "blockquote": return .paragraph
        default: return parent
        }
    }

    /// A list or section made of links only ("Related posts", tag clouds, tables of contents), or
    /// a paragraph that is one link and nothing else (a teaser for another story).
    private func isLinkList(_ index: Int) -> Bool {
        guard dropsLinkLists else { return false }
        let name = tree[index].name
        guard stats.linkDensity(index) >= Self.linkListDensity else { return false }
        if tree[index].traits.contains(.list) || name == "div" || name == "section" {
            if stats.linkCount[index] >= Self.linkListMinimumLinks { return true }
        }
        return !stats.hasBlockDescendant[index] && stats.linkCount[index] >= 1
            && !HTMLVocabulary.isHeading(tree[index])
    }
}
