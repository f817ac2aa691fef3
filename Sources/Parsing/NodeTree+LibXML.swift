internal import CLibXML2

extension NodeTree {
    /// Copies a libxml2 XML document into a flat tree, iteratively (no recursion, any depth).
    /// (HTML is never copied from a libxml2 DOM: `init(html:url:charset:)` builds its tree directly.)
    ///
    /// Elements and text (CDATA included) are kept; comments, processing instructions and the
    /// doctype are dropped. A reference to an internal entity becomes its literal
    /// replacement text, a reference to an HTML entity name (`&nbsp;` in a sloppy feed) its
    /// character, and a reference to an external entity nothing at all.
    init(_ document: LibXMLDocument) {
        self.init()
        var open: [Int] = []
        var current = document.firstNode
        while let node = current {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let index = nodes.count
                nodes.append(Self.element(node, parent: open.last ?? -1))
                if node.pointee.children != nil {
                    open.append(index)
                    descend = true
                } else {
                    nodes[index].end = index + 1
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = LibXML.string(node.pointee.content), !content.isEmpty {
                    appendText(content, parent: open.last ?? -1)
                }
            case XML_ENTITY_REF_NODE:
                if let text = Self.entityText(node, document: document) {
                    appendText(text, parent: open.last ?? -1)
                }
            default:
                break
            }
            if descend {
                current = node.pointee.children
                continue
            }
            var cursor: xmlNodePtr? = node
            while let step = cursor, step.pointee.next == nil {
                guard let finished = open.popLast() else {
                    cursor = nil
                    break
                }
                nodes[finished].end = nodes.count
                cursor = step.pointee.parent
            }
            current = cursor?.pointee.next
        }
        while let finished = open.popLast() {
            nodes[finished].end = nodes.count
        }
    }

    /// Appends a text node under `parent`, measured.
    mutating func appendText(_ text: String, parent: Int) {
        let index = nodes.count
        let measure = TextMeasure(text)
        nodes.append(
            Node(
                kind: .text, name: "", namespace: nil, text: text, attributes: [], parent: parent, end: index + 1,
                visibleLength: measure.length, commas: measure.commas))
    }

    private static func element(_ node: xmlNodePtr, parent: Int) -> Node {
        let name = LibXML.string(node.pointee.name) ?? ""
        let namespace = LibXML.string(node.pointee.ns?.pointee.href)
        var attributes: [Attribute] = []
        var marks: AttributeMarks = []
        var property = node.pointee.properties
        while let attribute = property {
            if let attributeName = LibXML.string(attribute.pointee.name) {
                marks.formUnion(AttributeMarks.of(attribute: attributeName))
                attributes.append(
                    Attribute(
                        name: attributeName,
                        namespace: LibXML.string(attribute.pointee.ns?.pointee.href),
                        value: attributeValue(attribute)))
            }
            property = attribute.pointee.next
        }
        return Node(
            kind: .element, name: name, namespace: namespace, text: "", attributes: attributes, parent: parent,
            end: 0, traits: TagTraits.of(name), marks: marks)
    }

    private static func attributeValue(_ attribute: xmlAttrPtr) -> String {
        guard let first = attribute.pointee.children else { return "" }
        if first.pointee.next == nil, first.pointee.type == XML_TEXT_NODE {
            return LibXML.string(first.pointee.content) ?? ""
        }
        guard let joined = xmlNodeListGetString(attribute.pointee.doc, first, 1) else { return "" }
        defer { modeltrack_xml_free(joined) }
        return String(cString: joined)
    }

    private static func entityText(_ node: xmlNodePtr, document: LibXMLDocument) -> String? {
        guard let name = node.pointee.name else { return nil }
        if let content = modeltrack_xml_internal_entity_content(document.pointer, name) {
            return String(cString: content)
        }
        if xmlGetDocEntity(document.pointer, name) != nil { return nil }
        guard let entity = htmlEntityLookup(name), let scalar = Unicode.Scalar(entity.pointee.value) else {
            return nil
        }
        return String(Character(scalar))
    }
}
