/// Per-node sums over the kept (not excluded) part of the tree, computed in one reverse pass.
struct ContentStats {
    /// Visible characters (whitespace not counted) under each node.
    var textLength: [Int]
    /// Visible characters inside links under each node.
    var linkLength: [Int]
    /// Links under each node (the node included).
    var linkCount: [Int]
    /// Commas under each node: a sign of prose.
    var commas: [Int]
    /// True when a non-inline element lies under the node.
    var hasBlockDescendant: [Bool]
    /// Visible characters under each node that no block element holds: the text written loose
    /// in a container between its paragraphs (`<div>Text<br>more text<p>…</p></div>`).
    var looseLength: [Int]
    /// The part of `looseLength` inside links.
    var looseLinkLength: [Int]
    /// Commas in the loose text.
    var looseCommas: [Int]

    init(tree: NodeTree, excluded: [Bool]) {
        let count = tree.count
        textLength = [Int](repeating: 0, count: count)
        linkLength = [Int](repeating: 0, count: count)
        linkCount = [Int](repeating: 0, count: count)
        commas = [Int](repeating: 0, count: count)
        hasBlockDescendant = [Bool](repeating: false, count: count)
        looseLength = [Int](repeating: 0, count: count)
        looseLinkLength = [Int](repeating: 0, count: count)
        looseCommas = [Int](repeating: 0, count: count)
        // Fields are read through the tree's subscript, never by copying a whole node: copies
        // of its strings and attributes would cost more than the sums.
        for index in stride(from: count - 1, through: 0, by: -1) where !excluded[index] {
            let kind = tree.nodes[index].kind
            let traits = tree.nodes[index].traits
            if kind == .text {
                let (length, commaCount) = (tree.nodes[index].visibleLength, tree.nodes[index].commas)
                textLength[index] = length
                commas[index] = commaCount
                looseLength[index] = length
                looseCommas[index] = commaCount
            } else if tree.nodes[index].name == "a" {
                linkLength[index] = textLength[index]
                linkCount[index] += 1
                looseLinkLength[index] = looseLength[index]
            }
            let parent = tree.nodes[index].parent
            guard parent >= 0 else { continue }
            if kind == .text || traits.contains(.inline) {
                looseLength[parent] += looseLength[index]
                looseLinkLength[parent] += looseLinkLength[index]
                looseCommas[parent] += looseCommas[index]
            }
            textLength[parent] += textLength[index]
            linkLength[parent] += linkLength[index]
            linkCount[parent] += linkCount[index]
            commas[parent] += commas[index]
            if hasBlockDescendant[index] || (kind == .element && !traits.contains(.inline)) {
                hasBlockDescendant[parent] = true
            }
        }
    }

    /// The share of a node's text that sits inside links, 0...1.
    func linkDensity(_ index: Int) -> Double {
        let length = textLength[index]
        return length == 0 ? 0 : Double(linkLength[index]) / Double(length)
    }
}
