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
