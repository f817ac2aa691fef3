internal import CLibXML2
internal import Foundation

/// Decides the encoding to force on a feed when its own declaration cannot be trusted: a missing
/// declaration on bytes that are not UTF-8, or a declared encoding libxml2 does not know.
enum FeedEncoding {
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
