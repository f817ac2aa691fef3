public import Foundation
public import Model

/// Turns an HTML page into a `Document`: metadata plus the main content as clean blocks, with
/// navigation, banners, sidebars, footers and other furniture left out.
///
/// ```swift
/// let document = try PageParser.parse(html: body, url: "https://ai.example/blog/llama-4")
/// print(document.title ?? "", document.text)
/// ```
///
/// Four linear passes over a flat tree built from the parser's events: prune furniture, sum text per element, score
/// and choose the main element, collect its blocks. Nesting depth does not matter.
public enum PageParser {
    /// Parses HTML bytes.
    ///
    /// - Parameters:
    ///   - charset: the charset the server declared, if any; nil lets the page's BOM or
    ///     `<meta charset>` decide.
    /// - Throws: `ParseError` for empty or oversized input, or input with no HTML elements.
    public static func parse(html: Data, url: String, charset: String? = nil) throws -> Document {
        let tree = try NodeTree(html: html, url: url, charset: charset)
        guard tree.nodes.contains(where: \.isElement) else {
            throw ParseError(url: url, message: "no HTML elements found")
        }
        var metadata = PageMetadata(tree: tree, url: url)
        let pruner = Pruner(tree: tree)
        var droppedMixed = false
        var excluded = pruner.excludedNodes(protected: nil, droppedMixed: &droppedMixed)
        if droppedMixed, let protected = bestProse(in: tree, pruner: pruner) {
            excluded = pruner.excludedNodes(protected: protected)
        }
        let stats = ContentStats(tree: tree, excluded: excluded)
        var blocks: [Block] = []
        let locator = MainContentLocator(tree: tree, excluded: excluded, stats: stats, tokens: pruner.tokens)
        if let container = locator.mainContent() {
            blocks = EdgeTrimmer.trimmed(collectBlocks(in: container, tree: tree, excluded: excluded, stats: stats))
            if metadata.published == nil {
                metadata.published = TimeElements(tree: tree).firstPublished(near: container)
            }
        }
        if metadata.published == nil {
            metadata.published = URLDate.published(in: metadata.canonicalURL ?? url)
                ?? (metadata.canonicalURL == nil ? nil : URLDate.published(in: url))
        }
        if metadata.title == nil {
            metadata.title = blocks.lazy.compactMap { block -> String? in
                if case .heading(1, let text) = block { text } else { nil }
            }.first
        }
        return Document(
            url: url, title: metadata.title, published: metadata.published, publishedDay: metadata.publishedDay,
            author: metadata.author,
            canonicalURL: metadata.canonicalURL, language: metadata.language, blocks: blocks)
    }

    /// The element with the best prose on the page and every element around it, judged before any
    /// furniture is dropped (only what is invisible is left out).
    private static func bestProse(in tree: NodeTree, pruner: Pruner) -> [Bool]? {
        let invisible = pruner.invisibleNodes()
        guard let body = tree.firstElement(named: "body"), !invisible[body] else { return nil }
        let stats = ContentStats(tree: tree, excluded: invisible)
        let scorer = ContentScorer(tree: tree, excluded: invisible, stats: stats, tokens: pruner.tokens)
        guard let best = scorer.topCandidate(within: body..<tree[body].end) else { return nil }
        var protected = [Bool](repeating: false, count: tree.count)
        var index = best
        while index >= 0 {
            protected[index] = true
            index = tree[index].parent
        }
        return protected
    }

    /// The container's blocks; when dropping link lists leaves nothing (a page that is a list of
    /// links), the links are kept, and when the container is empty the whole body is read.
    private static func collectBlocks(in container: Int, tree: NodeTree, excluded: [Bool], stats: ContentStats)
        -> [Block]
    {
        var collector = BlockCollector(tree: tree, excluded: excluded, stats: stats)
        var blocks = collector.blocks(in: container)
        if blocks.isEmpty {
            collector.dropsLinkLists = false
            blocks = collector.blocks(in: container)
        }
        if blocks.isEmpty, let body = tree.firstElement(named: "body"), body != container, !excluded[body] {
            blocks = collector.blocks(in: body)
        }
        return blocks
    }
}
