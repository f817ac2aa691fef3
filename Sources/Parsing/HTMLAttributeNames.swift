internal import CLibXML2
internal import Foundation

/// The HTML attributes the parsing passes read, recognized straight from libxml2's C string so
/// the many others (data-*, srcset, onclick…) never become Swift strings at all.
enum HTMLAttributeNames {
    static let read: [String] = [
        "class", "id", "role", "style", "hidden", "aria-hidden", "itemprop", "href", "rel", "lang", "content",
        "name", "property", "http-equiv", "charset", "datetime", "pubdate", "type", "colspan", "rowspan",
    ]

    /// The names above grouped by UTF-8 length, with their bytes.
    private static let byLength: [[(bytes: [UInt8], name: String)]] = {
        var table = [[(bytes: [UInt8], name: String)]](repeating: [], count: 16)
        for name in read { table[name.utf8.count].append((Array(name.utf8), name)) }
        return table
    }()

    /// True when the name as written in the page (any case) is one the passes read.
    static func isRead(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.count < byLength.count else { return false }
        return byLength[name.count].contains { candidate in
            zip(candidate.bytes, name).allSatisfy { expected, byte in
                (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte) == expected
            }
        }
    }

    /// The attribute's name when it is one the passes read (matched as libxml2 wrote it: its HTML
    /// parser lowercases names), else nil.
    static func known(_ raw: UnsafePointer<xmlChar>) -> String? {
        let length = strlen(UnsafeRawPointer(raw).assumingMemoryBound(to: CChar.self))
        guard length < byLength.count else { return nil }
        for candidate in byLength[length] where memcmp(raw, candidate.bytes, length) == 0 {
            return candidate.name
        }
        return nil
    }
}
