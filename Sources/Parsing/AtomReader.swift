import Model

/// Reads Atom 1.0 and Atom 0.3 feeds.
struct AtomReader {
    let feed: FeedTree

    private var tree: NodeTree { feed.tree }

    func atom(root: Int) -> Feed {
        let entries = feed.children(root, "entry", in: FeedNamespace.atom)
        return Feed(
            format: .atom, title: feed.textConstruct(feed.child(root, "title", in: FeedNamespace.atom)),
            link: alternateLink(root), entries: entries.compactMap(entry))
    }

    private func entry(_ index: Int) -> FeedEntry? {
        let idNode = feed.child(index, "id", in: FeedNamespace.atom)
        let id = feed.plainText(idNode)
        var url = alternateLink(index)
        if url == nil, let id, let idNode, id.hasPrefix("http") { url = feed.absolute(id, at: idNode) }
        guard let url else { return nil }
        let summary = feed.child(index, "summary", in: FeedNamespace.atom)
        let content = feed.child(index, "content", in: FeedNamespace.atom)
        return FeedEntry(
            id: id ?? url,
            title: feed.textConstruct(feed.child(index, "title", in: FeedNamespace.atom)),
            url: url,
            published: feed.date([
                feed.child(index, "published", in: FeedNamespace.atom),
                feed.child(index, "issued", in: FeedNamespace.atom),
                feed.child(index, "created", in: FeedNamespace.atom),
            ]),
            updated: feed.date([
                feed.child(index, "updated", in: FeedNamespace.atom),
                feed.child(index, "modified", in: FeedNamespace.atom),
            ]),
            summary: feed.textConstruct(summary) ?? feed.textConstruct(content))
    }

    /// The `link` with rel alternate, preferring an HTML one; else the first link without a rel.
    private func alternateLink(_ parent: Int) -> String? {
        let links = feed.children(parent, "link", in: FeedNamespace.atom).filter {
            tree[$0].attribute("href") != nil && (tree[$0].attribute("rel")?.lowercased() ?? "alternate") == "alternate"
        }
        let html = links.first { (tree[$0].attribute("type")?.lowercased() ?? "text/html").contains("html") }
        guard let chosen = html ?? links.first, let href = tree[chosen].attribute("href") else { return nil }
        return feed.absolute(href, at: chosen)
    }
}
