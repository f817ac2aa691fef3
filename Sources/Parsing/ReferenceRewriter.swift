internal import CLibXML2
internal import Foundation

/// Rewrites a feed's entity references as character references before libxml2 reads it.
///
/// libxml2 2.9.14 stops decoding named references (`&amp;`, `&lt;`…) for the rest of a document
/// after its first well-formedness error, so one bare `&` early in a feed would turn every later
/// escaped summary into "pHello/p". Character references (`&#38;`) are decoded whatever happened
/// before, so: the five XML entities and HTML entity names (`&nbsp;`) become character references,
/// a bare `&` becomes `&#38;`, an unknown name is kept as literal text, and invalid control bytes
/// are dropped. References to entities the document declares itself, CDATA sections and
/// comments are left alone.
enum ReferenceRewriter {
    /// An entity name longer than this is not a reference.
    static let maximumNameLength = 32
    static let predefined: [String: UInt32] = ["amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39]

    static func rewritten(_ data: Data) -> Data {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return data }
        if !needsRewriting(data) { return data }
        let bytes = [UInt8](data)
        let declared = declaredEntities(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 256)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let end = sectionEnd(bytes, at: index) {
                output.append(contentsOf: bytes[index..<end])
                index = end
            } else if byte == UInt8(ascii: "&") {
                index = rewriteReference(bytes, at: index, declared: declared, into: &output)
            } else {
                if byte >= 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { output.append(byte) }
                index += 1
            }
        }
        return Data(output)
    }

    /// Whether the bytes hold a reference or a control byte to drop: most feeds' markup holds neither, and is
    /// then read as it is, without a copy.
    private static func needsRewriting(_ data: Data) -> Bool {
        data.withUnsafeBytes { buffer in
            buffer.contains { byte in
                byte == UInt8(ascii: "&") || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
            }
        }
    }

    /// Appends the rewritten reference starting at `index` and returns the index after it.
    private static func rewriteReference(
        _ bytes: [UInt8], at index: Int, declared: Set<String>, into output: inout [UInt8]
    ) -> Int {
        let limit = min(bytes.count, index + 3 + maximumNameLength)
        var cursor = index + 1
        let isNumeric = cursor < limit && bytes[cursor] == UInt8(ascii: "#")
        if isNumeric { cursor += 1 }
        if isNumeric, cursor < limit, bytes[cursor] == UInt8(ascii: "x") || bytes[cursor] == UInt8(ascii: "X") {
            cursor += 1
        }
        let nameStart = cursor
        while cursor < limit, isNameByte(bytes[cursor]) { cursor += 1 }
        guard cursor > nameStart, cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") else {
            output.append(contentsOf: Array("&#38;".utf8))
            return index + 1
        }
        let end = cursor + 1
        if isNumeric {
            output.append(contentsOf: bytes[index..<end])
            return end
        }
        let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self)
        if declared.contains(name) {
            output.append(contentsOf: bytes[index..<end])
        } else if let value = predefined[name] ?? htmlEntityValue(name) {
            output.append(contentsOf: Array("&#\(value);".utf8))
        } else {
            output.append(contentsOf: Array("&#38;".utf8))
            output.append(contentsOf: bytes[nameStart..<end])
        }
        return end
    }

    private static func htmlEntityValue(_ name: String) -> UInt32? {
        htmlEntityLookup(name).map { $0.pointee.value }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// Names declared with `<!ENTITY name …>` (general entities only).
    private static func declaredEntities(_ bytes: [UInt8]) -> Set<String> {
        let marker = Array("<!ENTITY".utf8)
        var names: Set<String> = []
        var index = 0
        while index + marker.count < bytes.count {
            guard bytes[index] == marker[0], bytes[index..<index + marker.count].elementsEqual(marker) else {
                index += 1
                continue
            }
            var cursor = index + marker.count
            while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 || bytes[cursor] == 0x0A {
                cursor += 1
            }
            let start = cursor
            while cursor < bytes.count, isNameByte(bytes[cursor]) || bytes[cursor] >= 0x80 { cursor += 1 }
            if cursor > start { names.insert(String(decoding: bytes[start..<cursor], as: UTF8.self)) }
            index = cursor
        }
        return names
    }

    /// The index after a CDATA section or comment starting at `index`, if one starts there.
    private static func sectionEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        for (open, close) in [("<![CDATA[", "]]>"), ("<!--", "-->")] {
            let openBytes = Array(open.utf8)
            guard bytes.count - index >= openBytes.count,
                bytes[index..<index + openBytes.count].elementsEqual(openBytes)
            else { continue }
            let closeBytes = Array(close.utf8)
            var cursor = index + openBytes.count
            while cursor + closeBytes.count <= bytes.count {
                if bytes[cursor] == closeBytes[0],
                    bytes[cursor..<cursor + closeBytes.count].elementsEqual(closeBytes)
                {
                    return cursor + closeBytes.count
                }
                cursor += 1
            }
            return bytes.count
        }
        return nil
    }
}
