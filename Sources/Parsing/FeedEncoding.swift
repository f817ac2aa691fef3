internal import CLibXML2
internal import Foundation

/// Decides the encoding to force on a feed when its own declaration cannot be trusted: a missing
/// declaration on bytes that are not UTF-8, or a declared encoding libxml2 does not know.
enum FeedEncoding {
    /// The bytes to hand libxml2 and the encoding to force, if any: the prolog trimmed, the XML
    /// declaration dropped when its encoding is overridden, and references rewritten
    /// (see `ReferenceRewriter`).
    static func prepared(_ data: Data) -> (bytes: Data, encoding: String?) {
        var bytes = trimmedProlog(data)
        let encoding = override(for: bytes)
        if encoding != nil { bytes = withoutDeclaration(bytes) }
        return (ReferenceRewriter.rewritten(bytes), encoding)
    }

    /// The encoding to pass to libxml2, or nil to let the document's BOM and declaration decide.
    static func override(for data: Data) -> String? {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return nil }
        if let label = declaredEncoding(data) {
            let name = CharsetLabel.libxmlName(label)
            if let handler = xmlFindCharEncodingHandler(name) {
                xmlCharEncCloseFunc(handler)
                return name == label.lowercased() ? nil : name
            }
        }
        return String(validating: data, as: UTF8.self) != nil ? "UTF-8" : "windows-1252"
    }

    /// The `encoding` of the XML declaration, if there is one.
    static func declaredEncoding(_ data: Data) -> String? {
        let prolog = data.prefix(256)
        guard let text = String(bytes: prolog, encoding: .isoLatin1), text.hasPrefix("<?xml"),
            let close = text.range(of: "?>")
        else { return nil }
        let declaration = text[..<close.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return value.isEmpty ? nil : String(value)
    }

    /// The bytes without their `<?xml …?>` declaration, so a wrong encoding in it cannot fight the override.
    static func withoutDeclaration(_ data: Data) -> Data {
        guard data.starts(with: Array("<?xml".utf8)) else { return data }
        let window = data.prefix(256)
        guard let close = window.indices.first(where: { index in
            data[index] == UInt8(ascii: "?") && index + 1 < data.endIndex && data[index + 1] == UInt8(ascii: ">")
        }) else { return data }
        return Data(data[(close + 2)...])
    }

    /// The bytes from the first `<` on (after an optional UTF-8 BOM): whitespace or junk before the
    /// XML declaration makes libxml2 refuse the whole document.
    static func trimmedProlog(_ data: Data) -> Data {
        var start = data.startIndex
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        guard !data.starts(with: [0xFF, 0xFE]), !data.starts(with: [0xFE, 0xFF]) else { return data }
        let limit = min(data.endIndex, start + 1024)
        guard let first = data[start..<limit].firstIndex(of: UInt8(ascii: "<")) else { return Data(data[start...]) }
        return Data(data[first...])
    }
}
