internal import CLibXML2
internal import Foundation

/// Decides a page's encoding before libxml2 sees it, the way browsers do: a BOM wins, then the
/// server's charset, then a `<meta>` charset in the first bytes, then UTF-8 when the bytes are
/// valid UTF-8, else windows-1252.
///
/// libxml2 2.9.14 alone would decode an undeclared UTF-8 page as Latin-1 ("â€™" for "’").
enum HTMLCharset {
    /// How far into the page a `<meta charset>` is looked for.
    static let prescanLength = 4096

    static func encoding(for data: Data, declared: String?) -> String {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if data.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if data.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        for label in [declared, metaCharset(data)].compactMap({ $0 }) {
            var name = CharsetLabel.libxmlName(label)
            // A page that declares UTF-16 in ASCII-compatible markup is really UTF-8 (WHATWG).
            if name.hasPrefix("utf-16") { name = "UTF-8" }
            if isKnown(name) { return name }
        }
        // Validated in place: no copy of the page is made to find out.
        return (try? UTF8Span(validating: data.span)) != nil ? "UTF-8" : "windows-1252"
    }

    /// True for encodings in which a byte below 0x80 is always that ASCII character (UTF-8, the
    /// windows and ISO-8859 code pages), so markup can be read in the raw bytes.
    static func isASCIICompatible(_ encoding: String) -> Bool {
        let name = encoding.uppercased()
        return name == "UTF-8" || name == "US-ASCII" || name == "ASCII" || name.hasPrefix("WINDOWS-")
            || name.hasPrefix("ISO-8859-")
    }

    /// The charset of the first `<meta charset=…>` or `<meta http-equiv content="…; charset=…">`.
    static func metaCharset(_ data: Data) -> String? {
        let bytes = Array(data.prefix(prescanLength)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var searchStart = 0
        while let meta = find(Array("<meta".utf8), in: bytes, from: searchStart) {
            let tagEnd = bytes[meta...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
            if let charset = find(Array("charset".utf8), in: bytes, from: meta, before: tagEnd) {
                var index = charset + 7
                while index < tagEnd, [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "=")].contains(bytes[index]) { index += 1 }
                while index < tagEnd, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    index += 1
                }
                let label = bytes[index..<tagEnd].prefix { byte in
                    (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || "-_.:".utf8.contains(byte)
                }
                if !label.isEmpty { return String(decoding: label, as: UTF8.self) }
            }
            searchStart = meta + 5
        }
        return nil
    }

    private static func isKnown(_ name: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int, before end: Int? = nil) -> Int? {
        let limit = (end ?? haystack.count) - needle.count
        guard start <= limit else { return nil }
        for index in start...limit where haystack[index] == needle[0] {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return index }
        }
        return nil
    }
}
