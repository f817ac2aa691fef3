/// Marks the nodes that are page furniture (scripts, navigation, banners, hidden and boilerplate
/// elements) so the later passes ignore them. One pre-order pass, plus one reverse pass to learn
/// which elements contain the article (those are never dropped for their tag or class).
enum Pruner {
    /// A `<form>` with at least this much non-link text is kept: some sites wrap the whole page in one.
    static let formTextToKeep = 500

    /// `excluded[i]` is true for every node inside a dropped subtree.
    static func excludedNodes(in tree: NodeTree) -> [Bool] {
        let landmark = containsLandmark(tree)
        let plainText = plainTextLengths(tree)
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
                node, containsLandmark: landmark[index], plainText: plainText[index], insideArticle: articleDepth > 0)
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
        _ node: NodeTree.Node, containsLandmark: Bool, plainText: Int, insideArticle: Bool
    ) -> Bool {
        let name = node.name
        if BoilerplateRules.neverContentTags.contains(name) { return true }
        if name == "html" || name == "body" || containsLandmark { return false }
        if BoilerplateRules.isHidden(node) { return true }
        if BoilerplateRules.furnitureTags.contains(name) { return true }
        if name == "header" && !insideArticle { return true }
        if name == "form" && plainText < formTextToKeep { return true }
        if BoilerplateRules.hasFurnitureRole(node) { return true }
        return BoilerplateRules.namesFurniture(node)
    }

    /// `result[i]` is true when element `i` is or contains an article landmark. An `<article>`
    /// named as furniture (`<article class="comment">`) is no landmark: it must not shield the
    /// comment section around it.
    private static func containsLandmark(_ tree: NodeTree) -> [Bool] {
        var result = [Bool](repeating: false, count: tree.count)
        for index in stride(from: tree.count - 1, through: 0, by: -1) {
            let node = tree[index]
            if BoilerplateRules.isLandmark(node), !BoilerplateRules.namesFurniture(node) { result[index] = true }
            if result[index], node.parent >= 0 { result[node.parent] = true }
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
