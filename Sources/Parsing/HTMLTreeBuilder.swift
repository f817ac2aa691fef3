internal import CLibXML2

/// Builds a `NodeTree` from libxml2's HTML parser events (SAX), so libxml2 never builds,
/// and never frees, a DOM of its own.
///
/// The tree is the one a copy of libxml2's own DOM would give, because this follows the rules of
/// libxml2's tree builder (`SAX2.c`) for the same events: adjacent character
/// data of one kind joins into one node (a comment in between starts a new one), text outside
/// every element is dropped, and an element that starts once the root is closed becomes the
/// root's last child when the root was the document's first node (else a top-level sibling).
/// The HTML parser itself never looks at the tree while blanks are kept, so its events are the
/// same either way. Descendants of opaque elements (`TagTraits.opaque`) are not kept.
struct HTMLTreeBuilder {
    private(set) var tree = NodeTree()
    /// True once libxml2 started the document: it read the input.
    private(set) var started = false

    /// What a node's last child is, as far as joining character data goes.
    private enum LastChild {
        case none
        case text
        case cdata
        case other
    }

    /// What the document's first child is: the root element, or a doctype or comment before it.
    private enum DocumentStart {
        case empty
        case element
        case other
    }

    /// Indices of the open elements, innermost last.
    private var open: [Int] = []
    private var lastChild = LastChild.none
    private var documentStart = DocumentStart.empty
    private var hasDoctype = false
    /// How deep inside an opaque element the parser is; 0 outside.
    private var opaqueDepth = 0
    /// The bytes of the last child while it is character data still growing.
    private var pending: [UInt8] = []
    /// Element names and traits by libxml2's interned name pointer.
    private var names: [UnsafeRawPointer: (name: String, traits: TagTraits)] = [:]
    /// Attribute names the passes read (nil for the others) and their marks, by libxml2's
    /// interned name pointer.
    private var attributeNames: [UnsafeRawPointer: (name: String, marks: AttributeMarks)?] = [:]

    /// Points the parser's event handlers at the builder behind `builder` (through the context's
    /// `_private`); the builder must stay there until the parse returns. A pointer rather than a
    /// class instance: the handlers run for every tag and text, and a class's properties would be
    /// checked for exclusive access at each use.
    static func attach(_ builder: UnsafeMutablePointer<HTMLTreeBuilder>, to context: htmlParserCtxtPtr) {
        context.pointee._private = UnsafeMutableRawPointer(builder)
        guard let sax = context.pointee.sax else { return }
        sax.pointee.startDocument = { context in HTMLTreeBuilder.of(context)?.pointee.started = true }
        sax.pointee.endDocument = nil
        sax.pointee.internalSubset = { context, _, _, _ in HTMLTreeBuilder.of(context)?.pointee.doctype() }
        sax.pointee.startElement = { context, name, attributes in
            guard let context, let name else { return }
            HTMLTreeBuilder.of(context)?.pointee.startElement(name, attributes: attributes, context: context)
        }
        sax.pointee.endElement = { context, _ in HTMLTreeBuilder.of(context)?.pointee.endElement() }
        sax.pointee.characters = { context, bytes, length in
            HTMLTreeBuilder.of(context)?.pointee.characters(bytes, length: length, kind: .text)
        }
        sax.pointee.cdataBlock = { context, bytes, length in
            HTMLTreeBuilder.of(context)?.pointee.characters(bytes, length: length, kind: .cdata)
        }
        sax.pointee.ignorableWhitespace = nil
        sax.pointee.comment = { context, _ in HTMLTreeBuilder.of(context)?.pointee.otherNode() }
        sax.pointee.processingInstruction = { context, _, _ in HTMLTreeBuilder.of(context)?.pointee.otherNode() }
        sax.pointee.reference = nil
    }

    private static func of(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<HTMLTreeBuilder>? {
        let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self)
        return parser?.pointee._private?.assumingMemoryBound(to: HTMLTreeBuilder.self)
    }

    /// Moves the tree out, leaving an empty one.
    mutating func takeTree() -> NodeTree {
        defer { tree = NodeTree() }
        return tree
    }

    /// Closes what the parser left open; call once the parse returned.
    mutating func finish() {
        flushText()
        while !open.isEmpty { closeElement() }
    }

    private mutating func doctype() {
        // An HTML document's doctype goes before everything else, once.
        guard !hasDoctype else { return }
        hasDoctype = true
        documentStart = .other
    }

    private mutating func otherNode() {
        guard opaqueDepth == 0 else { return }
        flushText()
        if open.isEmpty {
            if documentStart == .empty { documentStart = .other }
        } else {
            lastChild = .other
        }
    }

    private mutating func startElement(
        _ rawName: UnsafePointer<xmlChar>, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
        context: UnsafeMutableRawPointer
    ) {
        if opaqueDepth > 0 {
            opaqueDepth += 1
            return
        }
        flushText()
        let (name, traits) = nameAndTraits(rawName, context: context)
        var parent = open.last ?? -1
        if open.isEmpty {
            switch documentStart {
            case .empty: documentStart = .element
            case .element: parent = 0
            case .other: break
            }
        }
        var node = NodeTree.Node(
            kind: .element, name: name, namespace: nil, text: "", attributes: [], parent: parent, end: 0,
            traits: traits)
        readAttributes(attributes, into: &node)
        let index = tree.nodes.count
        tree.nodes.append(node)
        if traits.contains(.opaque) {
            tree.nodes[index].end = index + 1
            opaqueDepth = 1
        } else {
            open.append(index)
            lastChild = .none
        }
    }

    private mutating func endElement() {
        if opaqueDepth > 0 {
            opaqueDepth -= 1
            if opaqueDepth == 0 { lastChild = .other }
            return
        }
        flushText()
        guard !open.isEmpty else { return }
        closeElement()
    }

    private mutating func closeElement() {
        guard let index = open.popLast() else { return }
        tree.nodes[index].end = tree.nodes.count
        lastChild = .other
        // A top-level element adopted by the closed root extends the root's subtree.
        if open.isEmpty, tree.nodes[index].parent >= 0 { tree.nodes[tree.nodes[index].parent].end = tree.nodes.count }
    }

    private mutating func characters(_ bytes: UnsafePointer<xmlChar>?, length: Int32, kind: LastChild) {
        guard opaqueDepth == 0, !open.isEmpty, let bytes, length > 0 else { return }
        if lastChild != kind {
            flushText()
            lastChild = kind
        }
        pending.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(length)))
    }

    /// Turns the character data gathered so far into a text node.
    private mutating func flushText() {
        guard !pending.isEmpty, let parent = open.last else {
            pending.removeAll(keepingCapacity: true)
            return
        }
        tree.appendText(String(decoding: pending, as: UTF8.self), parent: parent)
        pending.removeAll(keepingCapacity: true)
    }

    private mutating func nameAndTraits(_ rawName: UnsafePointer<xmlChar>, context: UnsafeMutableRawPointer)
        -> (name: String, traits: TagTraits)
    {
        let key = UnsafeRawPointer(rawName)
        if let known = names[key] { return known }
        var name = String(cString: rawName)
        if name.utf8.contains(UInt8(ascii: ":")),
            let local = modeltrack_html_local_name(context.assumingMemoryBound(to: xmlParserCtxt.self), rawName)
        {
            // libxml2 keeps only the part after a prefix (`<o:p>` is a `p`).
            name = String(cString: local)
            modeltrack_xml_free(local)
        }
        if name.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
            name = name.lowercased()
        }
        let entry = (name, TagTraits.of(name))
        names[key] = entry
        return entry
    }

    private mutating func readAttributes(
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, into node: inout NodeTree.Node
    ) {
        guard let attributes else { return }
        var slot = 0
        while let rawName = attributes[slot] {
            let rawValue = attributes[slot + 1]
            slot += 2
            guard let (name, marks) = attributeName(rawName) else { continue }
            node.marks.formUnion(marks)
            // libxml2 gives a valueless boolean attribute (`checked`) its own name as value.
            let value: String =
                if let rawValue { String(cString: rawValue) }
                else if htmlIsBooleanAttr(rawName) != 0 { name } else { "" }
            node.attributes.append(NodeTree.Attribute(name: name, namespace: nil, value: value))
        }
    }

    private mutating func attributeName(_ rawName: UnsafePointer<xmlChar>) -> (name: String, marks: AttributeMarks)? {
        let key = UnsafeRawPointer(rawName)
        if let known = attributeNames[key] { return known }
        let entry = HTMLAttributeNames.known(rawName).map { ($0, AttributeMarks.of(attribute: $0)) }
        attributeNames[key] = entry
        return entry
    }
}
