internal import Foundation
import Model

/// Reads RSS 2.0 / 0.9x (`rss/channel/item`) and RSS 1.0 / 0.90 (`rdf:RDF` with `item` beside `channel`).
struct RSSReader {
    let feed: FeedTree

    private var tree: NodeTree { feed.tree }

    /// RSS 2.0 or 0.9x from the `rss` root.
    func rss(root: Int) -> Feed {
        let channel = feed.child(root, "channel", in: FeedNamespace.rss)
        let scope = channel ?? root
        var items = feed.children(scope, "item", in: FeedNamespace.rss)
        if channel != nil { items += feed.children(root, "item", in: FeedNamespace.rss) }
        return Feed(
            format: .rss, title: channelTitle(scope, FeedNamespace.rss), link: channelLink(scope, FeedNamespace.rss),
            entries: items.compactMap { entry($0, vocabulary: FeedNamespace.rss) }, ttl: ttl(scope))
    }

    /// RSS 1.0 or 0.90 from the `rdf:RDF` root: items are siblings of the channel.
    func rdf(root: Int) -> Feed {
        let channel = feed.child(root, "channel", in: FeedNamespace.rdfItems)
        var items = feed.children(root, "item", in: FeedNamespace.rdfItems)
        if let channel { items += feed.children(channel, "item", in: FeedNamespace.rdfItems) }
        return Feed(
            format: .rdf, title: channel.flatMap { channelTitle($0, FeedNamespace.rdfItems) },
            link: channel.flatMap { channelLink($0, FeedNamespace.rdfItems) },
            entries: items.compactMap { entry($0, vocabulary: FeedNamespace.rdfItems) })
    }

    /// The channel's `ttl`: minutes a reader should wait before polling again, as seconds.
    private func ttl(_ channel: Int) -> TimeInterval? {
        guard let text = feed.plainText(feed.child(channel, "ttl", in: FeedNamespace.rss)),
            let minutes = Double(text), minutes > 0, minutes.isFinite
        else { return nil }
        return minutes * 60
    }

    private func channelTitle(_ channel: Int, _ vocabulary: Set<String?>) -> String? {
        feed.plainText(feed.child(channel, "title", in: vocabulary)).map(MarkupText.decodingEntities)
    }

    private func channelLink(_ channel: Int, _ vocabulary: Set<String?>) -> String? {
        if let link = feed.child(channel, "link", in: vocabulary), let text = feed.plainText(link) {
            return feed.absolute(text, at: link)
        }
        return alternateAtomLink(channel)
    }

    private func entry(_ item: Int, vocabulary: Set<String?>) -> FeedEntry? {
        let guidNode = feed.child(item, "guid", in: vocabulary)
        let guid = feed.plainText(guidNode)
        let about = tree[item].attribute("about", namespace: FeedNamespace.rdf)
        var url: String?
        if let link = feed.child(item, "link", in: vocabulary),
            let text = feed.plainText(link) ?? tree[link].attribute("href")
        {
            url = feed.absolute(text, at: link)
        }
        url = url ?? alternateAtomLink(item)
        if url == nil, let guid, let guidNode, tree[guidNode].attribute("isPermaLink")?.lowercased() != "false",
            guid.hasPrefix("http") || guid.hasPrefix("/")
        {
            url = feed.absolute(guid, at: guidNode)
        }
        if url == nil, let about { url = feed.absolute(about, at: item) }
        guard let url else { return nil }
        let description = feed.child(item, "description", in: vocabulary)
        let encoded = feed.child(item, "encoded", in: [FeedNamespace.content])
        return FeedEntry(
            id: guid ?? about?.trimmingWhitespace() ?? url,
            title: feed.plainText(feed.child(item, "title", in: vocabulary)).map(MarkupText.decodingEntities),
            url: url,
            published: feed.date([
                feed.child(item, "pubDate", in: vocabulary), feed.child(item, "date", in: FeedNamespace.dates),
                feed.child(item, "issued", in: FeedNamespace.dates),
                feed.child(item, "published", in: FeedNamespace.atom),
            ]),
            updated: feed.date([
                feed.child(item, "updated", in: FeedNamespace.atom),
                feed.child(item, "modified", in: FeedNamespace.dates),
            ]),
            summary: feed.markupText(description) ?? feed.markupText(encoded))
    }

    /// An `atom:link` with rel alternate (or none) inside an RSS element.
    private func alternateAtomLink(_ parent: Int) -> String? {
        for link in feed.children(parent, "link", in: FeedNamespace.atom) {
            let rel = tree[link].attribute("rel")?.lowercased() ?? "alternate"
            if rel == "alternate", let href = tree[link].attribute("href") { return feed.absolute(href, at: link) }
        }
        return nil
    }
}
