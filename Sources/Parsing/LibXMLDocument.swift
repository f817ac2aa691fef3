internal import CLibXML2
internal import Foundation

/// Owns one libxml2 document tree and frees it when released.
final class LibXMLDocument {
    let pointer: xmlDocPtr

    private init(_ pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The first top-level node (doctype, comments and the root element are siblings there).
    var firstNode: xmlNodePtr? { pointer.pointee.children }

    /// Parses HTML leniently: recovers from bad markup, never touches the network, and keeps nesting
    /// of any depth (the `XML_PARSE_HUGE` bit lifts libxml2's 256-level limit, which would otherwise
    /// drop everything below it). `HTML_PARSE_NOBLANKS` is left out on purpose: it drops the space
    /// between two inline elements it does not know as text containers (`<time>9 June</time> <mark>`).
    ///
    /// - Parameter charset: the encoding the server declared, if any (see `HTMLCharset` for the rest).
    static func html(_ data: Data, url: String, charset: String?) throws(ParseError) -> LibXMLDocument {
        LibXML.prepare()
        try LibXML.checkSize(data, url: url)
        guard let context = htmlNewParserCtxt() else {
            throw ParseError(url: url, message: "libxml2 could not allocate an HTML parser")
        }
        defer { htmlFreeParserCtxt(context) }
        let options =
            Int32(
                HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                    | HTML_PARSE_NONET.rawValue) | modeltrack_xml_parse_huge()
        let encoding = HTMLCharset.encoding(for: data, declared: charset)
        let data = RawTextBlanker.blanked(data)
        let document = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return htmlCtxtReadMemory(context, base, Int32(raw.count), url, encoding, options)
        }
        guard let document else {
            throw ParseError(url: url, message: LibXML.lastErrorMessage() ?? "libxml2 returned no HTML document")
        }
        return LibXMLDocument(document)
    }

    /// Parses XML safely: recovers from errors, never touches the network, and never loads a DTD or
    /// expands external entities (no `XML_PARSE_NOENT`, no `XML_PARSE_DTDLOAD`).
    ///
    /// - Parameter encoding: overrides the document's own declaration when set.
    static func xml(_ data: Data, url: String, encoding: String? = nil) throws(ParseError) -> LibXMLDocument {
        LibXML.prepare()
        try LibXML.checkSize(data, url: url)
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NONET.rawValue)
        let document = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return xmlReadMemory(base, Int32(raw.count), url, encoding, options)
        }
        guard let document else {
            throw ParseError(url: url, message: LibXML.lastErrorMessage() ?? "not well-formed XML")
        }
        return LibXMLDocument(document)
    }
}
