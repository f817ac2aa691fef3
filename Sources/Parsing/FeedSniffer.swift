internal import CLibXML2
internal import Foundation

/// Finds a document's root element with libxml2's streaming reader, without reading the rest.
enum FeedSniffer {
    /// At most this many nodes (declaration, comments, doctype) are read before giving up.
    static let nodeLimit = 1_000

    /// The root element's local name and namespace URI, or nil when no element starts the document.
    static func rootElement(_ data: Data, encoding: String?) -> (name: String, namespace: String?)? {
        LibXML.prepare()
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NONET.rawValue)
        return data.withUnsafeBytes { raw -> (String, String?)? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self),
                let reader = xmlReaderForMemory(base, Int32(raw.count), nil, encoding, options)
            else { return nil }
            defer { xmlFreeTextReader(reader) }
            for _ in 0..<nodeLimit {
                guard xmlTextReaderRead(reader) == 1 else { return nil }
                guard xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue) else { continue }
                guard let name = LibXML.string(xmlTextReaderConstLocalName(reader)) else { return nil }
                return (name, LibXML.string(xmlTextReaderConstNamespaceUri(reader)))
            }
            return nil
        }
    }
}
