internal import Foundation

/// A page's title, publication time, author, canonical URL and language, read from `<head>`,
/// microdata and JSON-LD in one pass over the tree.
struct PageMetadata {
    /// `name`/`property` values whose `content` is a publication time, in priority order
    /// (JSON-LD and `<time>` come after all of them).
    static let publishedKeys = [
        "article:published_time", "og:published_time", "itemprop:datepublished", "date", "dc.date",
        "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "pubdate", "publishdate",
        "publish-date", "publish_date", "publication_date", "citation_publication_date", "sailthru.date",
        "parsely-pub-date",
    ]

    /// Separators between a page title and the site name in `<title>`.
    static let titleSeparators = [" | ", " - ", " — ", " – ", " · ", " • ", " :: ", " » "]

    var title: String?
    var published: Date?
    /// The day the publication date was written for (see ``Model/Document/publishedDay``).
    var publishedDay: String?
    var author: String?
    var canonicalURL: String?
    var language: String?

    init(tree: NodeTree, url: String) {
        var metas: [String: String] = [:]
        var scripts: [String] = []
        var documentTitle: String?
        var firstHeading: String?
        var canonical: String?
        var base: String?
        var relAuthor: String?
        let text = PlainText(tree: tree, excluded: nil)

        for index in 0..<tree.count where tree.nodes[index].kind == .element {
            if !tree.nodes[index].traits.contains(.metadata) {
                // Most elements: only a rel=author link or an itemprop can say something here.
                let marks = tree.nodes[index].marks
                if !marks.contains(.itemprop), !(marks.contains(.rel) && tree.nodes[index].name == "a") { continue }
            }
            let node = tree[index]
            switch node.name {
            case "html":
                if language == nil { language = node.attribute("lang").map(TextBuilder.clean) }
            case "meta":
                Self.record(node, into: &metas)
            case "title":
                if documentTitle == nil { documentTitle = Self.rawText(tree, index) }
            case "h1":
                if firstHeading == nil { firstHeading = text.line(index) }
            case "base":
                if base == nil { base = node.attribute("href") }
            case "link":
                let rel = Self.relations(node)
                if rel.contains("canonical"), canonical == nil { canonical = node.attribute("href") }
            case "script":
                if let type = node.attribute("type"), ByteSearch.contains(type.lowercased(), "ld+json") {
                    scripts.append(Self.rawText(tree, index))
                }
            default:
                break
            }
            if node.name == "a", relAuthor == nil, node.attribute("rel") != nil, Self.relations(node).contains("author") {
                relAuthor = text.line(index)
            }
            if node.name != "meta", let itemprop = node.attribute("itemprop")?.lowercased(),
                itemprop == "datepublished", metas["itemprop:datepublished"] == nil
            {
                metas["itemprop:datepublished"] =
                    node.attribute("datetime") ?? node.attribute("content") ?? text.line(index)
            }
        }

        let siteName = metas["og:site_name"] ?? metas["application-name"]
        let titles = [metas["og:title"], metas["twitter:title"], documentTitle].compactMap { $0 }
            .map(TextBuilder.clean).filter { !$0.isEmpty }
        title = titles.first.map { Self.trimSiteName($0, siteName: siteName, heading: firstHeading) }
            ?? firstHeading.flatMap { $0.isEmpty ? nil : $0 }

        let metaDates = Self.publishedKeys.lazy.compactMap { metas[$0] }
        let metaPublished = metaDates.compactMap(DateParser.parseWithDay).first
        let metaAuthor = [metas["author"], metas["article:author"], metas["dc.creator"]].compactMap { $0 }
            .map(TextBuilder.clean).first { !$0.isEmpty && !$0.hasPrefix("http") }
        // JSON-LD is decoded only when the meta tags left a gap.
        let linkedData = metaPublished == nil || metaAuthor == nil ? LinkedData(scripts: scripts) : nil
        let linkedPublished = metaPublished == nil ? linkedData?.datePublished.flatMap(DateParser.parseWithDay) : nil
        published = metaPublished?.date ?? linkedPublished?.date
        publishedDay = metaPublished?.day ?? linkedPublished?.day
        let linkedAuthors = linkedData?.authors ?? []
        author = metaAuthor ?? (linkedAuthors.isEmpty ? nil : linkedAuthors.joined(separator: ", "))
            ?? relAuthor.flatMap { $0.isEmpty ? nil : $0 }

        let baseURL = base.flatMap { URIResolver.resolve($0, against: url) } ?? url
        canonicalURL = canonical.flatMap { URIResolver.resolve($0, against: baseURL) }
        if language?.isEmpty ?? true { language = metas["http-equiv:content-language"].map(TextBuilder.clean) }
        if language?.isEmpty == true { language = nil }
    }

    /// Strips the site name from a title: "Llama 4 | Meta AI" → "Llama 4" when the site is "Meta AI",
    /// or when the first `<h1>` is exactly the part kept; a title that is the whole `<h1>` stays whole.
    static func trimSiteName(_ title: String, siteName: String?, heading: String?) -> String {
        if let heading, heading.lowercased() == title.lowercased() { return title }
        let site = siteName.map(TextBuilder.clean)?.lowercased()
        for separator in titleSeparators {
            if let range = title.range(of: separator, options: .backwards) {
                let head = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                let tail = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
                if let site, tail.lowercased() == site, !head.isEmpty { return head }
                if let heading, head.lowercased() == heading.lowercased() { return head }
            }
            if let range = title.range(of: separator) {
                let head = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                let tail = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
                if let site, head.lowercased() == site, !tail.isEmpty { return tail }
                if let heading, tail.lowercased() == heading.lowercased() { return tail }
            }
        }
        return title
    }

    private static func record(_ node: NodeTree.Node, into metas: inout [String: String]) {
        guard let content = node.attribute("content") else { return }
        var keys: [String] = []
        if let name = node.attribute("name") { keys.append(name.lowercased()) }
        if let property = node.attribute("property") { keys.append(contentsOf: property.lowercased().split(separator: " ").map(String.init)) }
        if let itemprop = node.attribute("itemprop") { keys.append("itemprop:" + itemprop.lowercased()) }
        if let equiv = node.attribute("http-equiv") { keys.append("http-equiv:" + equiv.lowercased()) }
        for key in keys where metas[key] == nil { metas[key] = content }
    }

    private static func relations(_ node: NodeTree.Node) -> [Substring] {
        (node.attribute("rel") ?? "").lowercased().split(separator: " ")
    }

    /// The character data directly under an element, as written (for `<title>` and `<script>`).
    private static func rawText(_ tree: NodeTree, _ index: Int) -> String {
        var text = ""
        for inner in index..<tree.nodes[index].end where tree[inner].kind == .text { text += tree[inner].text }
        return text
    }
}
