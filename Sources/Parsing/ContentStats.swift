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
        for index in stride(from: count - 1, through: 0, by: -1) where !excluded[index] {
            let node = tree[index]
            if node.kind == .text {
                let (length, commaCount) = Self.measure(node.text)
                textLength[index] = length
                commas[index] = commaCount
                looseLength[index] = length
                looseCommas[index] = commaCount
            } else if node.name == "a" {
                linkLength[index] = textLength[index]
                linkCount[index] += 1
                looseLinkLength[index] = looseLength[index]
            }
            let parent = node.parent
            guard parent >= 0 else { continue }
            if node.kind == .text || HTMLVocabulary.isInline(node) {
                looseLength[parent] += looseLength[index]
                looseLinkLength[parent] += looseLinkLength[index]
                looseCommas[parent] += looseCommas[index]
            }
            textLength[parent] += textLength[index]
            linkLength[parent] += linkLength[index]
            linkCount[parent] += linkCount[index]
            commas[parent] += commas[index]
            if hasBlockDescendant[index] || (node.isElement && !HTMLVocabulary.isInline(node)) {
                hasBlockDescendant[parent] = true
            }
        }
    }

    /// The share of a node's text that sits inside links, 0...1.
    func linkDensity(_ index: Int) -> Double {
        let length = textLength[index]
        return length == 0 ? 0 : Double(linkLength[index]) / Double(length)
    }

    /// Visible characters of a string: everything but whitespace and invisible characters.
    static func visibleLength(_ text: String) -> Int {
        measure(text).length
    }

    private static func measure(_ text: String) -> (length: Int, commas: Int) {
        if let ascii = measureASCII(text) { return ascii }
        var length = 0
        var commas = 0
        for scalar in text.unicodeScalars where !TextBuilder.isSpace(scalar) && !TextBuilder.isInvisible(scalar) {
            length += 1
            if scalar == "," || scalar == "\u{FF0C}" || scalar == "\u{3001}" { commas += 1 }
        }
        return (length, commas)
    }

    /// `measure` byte by byte for ASCII text (most of the text on most pages); nil otherwise.
    private static func measureASCII(_ text: String) -> (length: Int, commas: Int)? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> (Int, Int)? in
            var length = 0
            var commas = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte > 0x20 {
                    length += 1
                    if byte == UInt8(ascii: ",") { commas += 1 }
                }
            }
            return (length, commas)
        } ?? nil
    }
}
