internal import Foundation

/// What a page's JSON-LD (`<script type="application/ld+json">`) says about the article:
/// its publication date and authors, looked up in top-level objects, arrays and `@graph` lists,
/// with `{"@id": …}` references to a Person followed.
struct LinkedData {
    /// At most this many objects are visited across a page's JSON-LD.
    static let objectLimit = 2_000
    static let articleTypes = ["article", "posting", "report", "webpage", "creativework", "review", "newsarticle"]

    var datePublished: String?
    var authors: [String] = []

    init(scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            // Only objects with a date, an author or an @id (a Person an author points to) are
            // ever used: a script that names none of them is not decoded at all.
            guard ["datePublished", "author", "@id"].contains(where: { ByteSearch.contains(script, $0) }),
                let value = Self.decode(script)
            else { continue }
            Self.collectObjects(value, into: &objects)
        }
        var byID: [String: [String: Any]] = [:]
        for object in objects {
            if let id = object["@id"] as? String, byID[id] == nil { byID[id] = object }
        }
        let dated = objects.filter { ($0["datePublished"] as? String)?.isEmpty == false }
        let article = dated.first(where: Self.isArticle) ?? dated.first
        datePublished = article?["datePublished"] as? String
        let authored = objects.filter { $0["author"] != nil }
        if let source = (article?["author"] != nil ? article : nil) ?? authored.first(where: Self.isArticle)
            ?? authored.first, let author = source["author"]
        {
            authors = Self.names(author, byID: byID)
        }
    }

    private static func decode(_ script: String) -> Any? {
        var text = script
        if ByteSearch.contains(text, "]]>") || ByteSearch.contains(text, "-->") {
            for wrapper in ["//<![CDATA[", "//]]>", "<![CDATA[", "]]>", "<!--", "-->"] {
                text = text.replacingOccurrences(of: wrapper, with: "")
            }
        }
        // Raw control characters (newlines inside strings) make strict JSON invalid; as spaces they
        // are harmless (and whitespace around the value is allowed).
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] < 0x20 { bytes[index] = 0x20 }
        return try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    }

    /// Every object reachable from `root`, breadth first (so top-level objects come first).
    private static func collectObjects(_ root: Any, into objects: inout [[String: Any]]) {
        var queue: [Any] = [root]
        var head = 0
        while head < queue.count, objects.count < objectLimit {
            let value = queue[head]
            head += 1
            if let array = value as? [Any] {
                queue.append(contentsOf: array)
            } else if let object = value as? [String: Any] {
                objects.append(object)
                for key in ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"] {
                    if let nested = object[key] { queue.append(nested) }
                }
            }
        }
    }

    private static func isArticle(_ object: [String: Any]) -> Bool {
        let types: [String] =
            if let single = object["@type"] as? String { [single] } else { object["@type"] as? [String] ?? [] }
        return types.contains { type in articleTypes.contains { type.lowercased().contains($0) } }
    }

    private static func names(_ value: Any, byID: [String: [String: Any]]) -> [String] {
        let items: [Any] = (value as? [Any]) ?? [value]
        var names: [String] = []
        for item in items.prefix(20) {
            if let name = item as? String {
                names.append(name)
            } else if let object = item as? [String: Any] {
                if let name = object["name"] as? String {
                    names.append(name)
                } else if let id = object["@id"] as? String, let name = byID[id]?["name"] as? String {
                    names.append(name)
                }
            }
        }
        return names.map(TextBuilder.clean).filter { !$0.isEmpty && !$0.hasPrefix("http") }
    }
}
