public import Foundation
public import Model

/// Reads RSS 0.9x / 2.0, RSS 1.0 (RDF), Atom 1.0 / 0.3 and JSON Feed into a `Feed` whose entry
/// links are absolute.
///
/// ```swift
/// if FeedParser.looksLikeFeed(body) {
///     let feed = try FeedParser.parse(body, url: "https://ai.example/feed.xml")
///     for entry in feed.entries { print(entry.url) }
/// }
/// ```
///
/// Parsing is safe on hostile input: no network, no DTD loading, external entities never expanded.
public enum FeedParser {
    /// Parses feed bytes; elements are matched by namespace URI, links resolved against `xml:base`
    /// (itself relative to the feed URL) or the feed URL.
    ///
    /// - Throws: `ParseError` for empty, oversized or unreadable input, or XML that is not a feed.
    public static func parse(_ data: Data, url: String) throws -> Feed {
        try LibXML.checkSize(data, url: url)
        if JSONFeedReader.looksLikeJSONFeed(data) {
            guard let feed = JSONFeedReader.feed(data, url: url) else {
                throw ParseError(url: url, message: "not a valid JSON Feed")
            }
            return feed
        }
        let (bytes, encoding) = FeedEncoding.prepared(data)
        let document = try LibXMLDocument.xml(bytes, url: url, encoding: encoding)
        let tree = NodeTree(document)
        guard let root = tree.topLevel.first(where: { tree[$0].isElement }) else {
            throw ParseError(url: url, message: "no root element")
        }
        let feed = FeedTree(tree: tree, url: url)
        switch FeedRoot(name: tree[root].name, namespace: tree[root].namespace) {
        case .rss: return RSSReader(feed: feed).rss(root: root)
        case .rdf: return RSSReader(feed: feed).rdf(root: root)
        case .atom: return AtomReader(feed: feed, root: root).atom(root: root)
        case nil: throw ParseError(url: url, message: "not a feed: the root element is <\(tree[root].name)>")
        }
    }

    /// How many leading bytes `looksLikeFeed` reads.
    static let sniffingWindow = 64 * 1024

    /// True when the bytes are a feed (root element `rss`, Atom `feed` or `rdf:RDF`, or a JSON Feed
    /// object), whatever the Content-Type says. Reads only up to the root element.
    public static func looksLikeFeed(_ data: Data) -> Bool {
        guard !data.isEmpty, data.count <= LibXML.maximumInputSize else { return false }
        if JSONFeedReader.looksLikeJSONFeed(data) { return true }
        if startsAsHTML(data) { return false }
        // The root element comes early: the prolog before it (declaration, comments, doctype)
        // never fills the sniffing window, and preparing a whole page to read one name is waste.
        let (bytes, encoding) = FeedEncoding.prepared(data.prefix(sniffingWindow))
        guard let (name, namespace) = FeedSniffer.rootElement(bytes, encoding: encoding) else { return false }
        return FeedRoot(name: name, namespace: namespace) != nil
    }

    /// True when the bytes open with an HTML doctype or `<html>` (after a BOM and whitespace):
    /// no feed does, and most pages do.
    static func startsAsHTML(_ data: Data) -> Bool {
        var head = data.prefix(64)
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        let text = String(decoding: head.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }, as: UTF8.self)
            .lowercased()
        return text.hasPrefix("<!doctype html") || text.hasPrefix("<html")
    }
}
