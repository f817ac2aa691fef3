internal import Foundation

/// Plain text from an HTML fragment (a feed summary): tags removed, entities decoded, whitespace collapsed.
enum MarkupText {
    static func plain(_ fragment: String) -> String {
        guard fragment.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
            return TextBuilder.clean(fragment)
        }
        guard let tree = try? NodeTree(html: Data(fragment.utf8), url: "about:blank", charset: "UTF-8") else {
            return TextBuilder.clean(fragment)
        }
        let root = tree.firstElement(named: "body") ?? tree.topLevel.first
        guard let root else { return "" }
        return PlainText(tree: tree, excluded: nil).line(root)
    }

    /// Decodes entities in text that is meant as plain text but often arrives entity-escaped (RSS titles).
    static func decodingEntities(_ text: String) -> String {
        // Bytes, not `contains("&")`, which goes through Foundation's string search for every feed title.
        guard text.utf8.contains(UInt8(ascii: "&")), !text.utf8.contains(UInt8(ascii: "<")) else {
            return TextBuilder.clean(text)
        }
        return plain(text)
    }
}
