/// Marks the nodes that are page furniture (scripts, navigation, banners, hidden and boilerplate
/// elements) so the later passes ignore them. One pre-order pass, plus one reverse pass to learn
/// which elements contain the article (those are never dropped for their tag or class).
enum Pruner {
    /// A `<form>` with at least this much non-link text is kept: some sites wrap the whole page in one.
    static let formTextToKeep = 500
    /// An `<article>` or `<main>` with less visible non-link text than this shields nothing.
    static let landmarkText = 140

    /// The nodes that never show: scripts, styles, embedded objects and hidden elements (unless they
    /// hold the article: pages hidden until a script reveals them). What is left is what a reader
    /// could see, furniture included.
    static func invisibleNodes(in tree: NodeTree) -> [Bool] {
        let landmark = containsLandmark(tree, plainText: plainTextLengths(tree))
        var excluded = [Bool](repeating: false, count: tree.count)
        var index = 0
        while index < tree.count {
            let node = tree[index]
            if node.isElement, node.name != "html", node.name != "body",
                BoilerplateRules.neverContentTags.contains(node.name)
                    || (!landmark[index] && BoilerplateRules.isHidden(node))
            {
                for inner in index..<node.end { excluded[inner] = true }
                index = node.end
            } else {
                index += 1
            }
        }
        return excluded
    }

    /// `excluded[i]` is true for every node inside a dropped subtree.
    ///
    /// - Parameter protected: elements that hold the page's best prose, found before furniture was
    ///   dropped: a class that names both furniture and content (`content-with-sidebar`, `ad_body`)
    ///   does not drop them, as it would any other element.
    static func excludedNodes(in tree: NodeTree, protected: [Bool]? = nil) -> [Bool] {
        let plainText = plainTextLengths(tree)
        let landmark = containsLandmark(tree, plainText: plainText)
        let data = containsData(tree)
        var excluded = [Bool](repeating: false, count: tree.count)
        var open: [(end: Int, isArticle: Bool)] = []
        var articleDepth = 0
        var index = 0
        while index < tree.count {
            while let top = open.last, index >= top.end {
                open.removeLast()
                if top.isArticle { articleDepth -= 1 }
            }
            let node = tree[index]
            guard node.isElement else {
                index += 1
                continue
            }
            let drop = shouldDrop(
                node, containsLandmark: landmark[index], plainText: plainText[index], insideArticle: articleDepth > 0,
                protected: protected?[index] ?? false, holdsData: data[index])
            if drop {
                for inner in index..<node.end { excluded[inner] = true }
                index = node.end
                continue
            }
            let isArticle = BoilerplateRules.isLandmark(node)
            if node.end > index + 1 {
                open.append((node.end, isArticle))
                if isArticle { articleDepth += 1 }
            }
            index += 1
        }
        return excluded
    }

    private static func shouldDrop(
        _ node: NodeTree.Node, containsLandmark: Bool, plainText: Int, insideArticle: Bool, protected: Bool,
        holdsData: Bool
    ) -> Bool {
        let name = node.name
        if BoilerplateRules.neverContentTags.contains(name) { return true }
        if name == "html" || name == "body" || containsLandmark { return false }
        if BoilerplateRules.isHidden(node) { return true }
        if BoilerplateRules.furnitureTags.contains(name) { return true }
        if name == "header" && !insideArticle { return true }
        if name == "form" && plainText < formTextToKeep { return true }
        if name == "figcaption" || (name == "figure" && !holdsData) { return true }
        if BoilerplateRules.hasFurnitureRole(node) { return true }
        switch BoilerplateRules.furnitureName(node) {
        case .none: return false
        case .mixed: return !protected
        case .clear: return true
        }
    }

    /// `result[i]` is true when element `i` is or contains an article landmark. An `<article>`
    /// named as furniture (`<article class="comment">`) is no landmark: it must not shield the
    /// comment section around it; nor is a teaser card with less than `landmarkText` of its own
    /// words (an `<article>` in a "See also" box).
    private static func containsLandmark(_ tree: NodeTree, plainText: [Int]) -> [Bool] {
        var result = [Bool](repeating: false, count: tree.count)
        for index in stride(from: tree.count - 1, through: 0, by: -1) {
            let node = tree[index]
            if BoilerplateRules.isLandmark(node), plainText[index] >= landmarkText,
                BoilerplateRules.furnitureName(node) == .none
            {
                result[index] = true
            }
            if result[index], node.parent >= 0 { result[node.parent] = true }
        }
        return result
    }

    /// `result[i]` is true when element `i` holds a table, preformatted text or a quotation: a
    /// `<figure>` around one of those is content, not an illustration.
    private static func containsData(_ tree: NodeTree) -> [Bool] {
        var result = [Bool](repeating: false, count: tree.count)
        for index in stride(from: tree.count - 1, through: 0, by: -1) {
            let name = tree[index].name
            if name == "table" || name == "pre" || name == "blockquote" { result[index] = true }
            if result[index], tree[index].parent >= 0 { result[tree[index].parent] = true }
        }
        return result
    }

    /// The number of visible, non-link characters under each node, before anything is dropped.
    private static func plainTextLengths(_ tree: NodeTree) -> [Int] {
        var result = [Int](repeating: 0, count: tree.count)
        for index in stride(from: tree.count - 1, through: 0, by: -1) {
            let node = tree[index]
            if node.kind == .text {
                result[index] = ContentStats.visibleLength(node.text)
            } else if node.name == "a" || BoilerplateRules.neverContentTags.contains(node.name) {
                result[index] = 0
            }
            if node.parent >= 0 { result[node.parent] += result[index] }
        }
        return result
    }
}
