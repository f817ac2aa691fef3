import Model

/// Reads Atom 1.0 and Atom 0.3 feeds.
///
/// Elements are matched in the namespace of the root `feed`: Atom 1.0, Atom 0.3, or none at all
/// for the feeds that forget to declare one.
struct AtomReader {
    let feed: FeedTree
    let vocabulary: Set<String?>

    init(feed: FeedTree, root: Int) {
        self.feed = feed
        vocabulary = FeedNamespace.atom.union([feed.tree[root].namespace])
    }

    private var tree: NodeTree { feed.tree }

    func atom(root: Int) -> Feed {
        let entries = feed.children(root, "entry", in: vocabulary)
        return Feed(
            format: .atom, title: feed.textConstruct(feed.child(root, "title", in: vocabulary)),
            link: alternateLink(root), entries: entries.compactMap(entry))
    }

    private func entry(_ index: Int) -> FeedEntry? {
        let idNode = feed.child(index, "id", in: vocabulary)
        let id = feed.plainText(idNode)
        var url = alternateLink(index)
        if url == nil, let id, let idNode, id.hasPrefix("http") { url = feed.absolute(id, at: idNode) }
        guard let url else { return nil }
        let summary = feed.child(index, "summary", in: vocabulary)
        let content = feed.child(index, "content", in: vocabulary)
        return FeedEntry(
            id: id ?? url,
            title: feed.textConstruct(feed.child(index, "title", in: vocabulary)),
            url: url,
            published: feed.date([
                feed.child(index, "published", in: vocabulary),
                feed.child(index, "issued", in: vocabulary),
                feed.child(index, "created", in: vocabulary),
            ]),
            updated: feed.date([
                feed.child(index, "updated", in: vocabulary),
                feed.child(index, "modified", in: vocabulary),
            ]),
            summary: feed.textConstruct(summary) ?? feed.textConstruct(content))
    }

    /// The `link` with rel alternate, preferring an HTML one; else the first link without a rel.
    private func alternateLink(_ parent: Int) -> String? {
        let links = feed.children(parent, "link", in: vocabulary).filter {
            tree[$0].attribute("href") != nil && (tree[$0].attribute("rel")?.lowercased() ?? "alternate") == "alternate"
        }
        let html = links.first { (tree[$0].attribute("type")?.lowercased() ?? "text/html").contains("html") }
        guard let chosen = html ?? links.first, let href = tree[chosen].attribute("href") else { return nil }
        return feed.absolute(href, at: chosen)
    }
}
