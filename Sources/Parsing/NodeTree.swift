/// A parsed document flattened into an array in document (pre-order) order.
///
/// Every node's subtree is the contiguous range `index ..< node.end`, so walks are plain loops:
/// skipping a subtree is `index = node.end`, and per-subtree sums are one reverse pass (children
/// always come after their parent). Nothing here recurses, so nesting depth never matters.
struct NodeTree {
    enum Kind: UInt8 {
        case element
        case text
    }

    struct Attribute {
        /// The local name; lowercased for HTML.
        var name: String
        /// The namespace URI for XML attributes (`xml:base` has the XML namespace), else nil.
        var namespace: String?
        var value: String
    }

    struct Node {
        var kind: Kind
        /// The element's local name (lowercased for HTML); empty for text.
        var name: String
        /// The element's namespace URI (XML only).
        var namespace: String?
        /// The character data of a text node; empty for elements.
        var text: String
        var attributes: [Attribute]
        /// The parent's index, or -1 at the top level.
        var parent: Int
        /// One past the last index of this node's subtree.
        var end: Int
        /// Visible characters of a text node (whitespace and invisible characters not counted); 0 for elements.
        var visibleLength: Int = 0
        /// Commas in a text node: a sign of prose.
        var commas: Int = 0
        /// What the element's tag says about it (empty for text).
        var traits: TagTraits = []
        /// Which of the attributes the passes test the element has, so most elements skip the scan.
        var marks: AttributeMarks = []

        var isElement: Bool { kind == .element }

        /// The value of the first attribute with this name (any namespace).
        func attribute(_ name: String) -> String? {
            for attribute in attributes where attribute.name == name { return attribute.value }
            return nil
        }

        /// The value of the attribute with this local name and namespace URI.
        func attribute(_ name: String, namespace: String) -> String? {
            for attribute in attributes where attribute.name == name && attribute.namespace == namespace {
                return attribute.value
            }
            return nil
        }
    }

    var nodes: [Node] = []

    var count: Int { nodes.count }

    subscript(index: Int) -> Node {
        _read { yield nodes[index] }
    }

    /// The indices of an element's child elements, in order.
    func childElements(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        let end = nodes[index].end
        while child < end {
            if nodes[child].kind == .element { result.append(child) }
            child = nodes[child].end
        }
        return result
    }

    /// The indices of the top-level nodes (the root element among them).
    var topLevel: [Int] {
        var result: [Int] = []
        var index = 0
        while index < nodes.count {
            result.append(index)
            index = nodes[index].end
        }
        return result
    }

    /// The first element in document order with this name, within `range` (default: the whole tree).
    func firstElement(named name: String, in range: Range<Int>? = nil) -> Int? {
        let range = range ?? 0..<nodes.count
        for index in range where nodes[index].kind == .element && nodes[index].name == name { return index }
        return nil
    }

    /// True when `index` lies inside the subtree of `ancestor` (or is it).
    func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        index >= ancestor && index < nodes[ancestor].end
    }
}
