/// Marks the nodes that are page furniture (scripts, navigation, banners, hidden and boilerplate
/// elements) so the later passes ignore them. One reverse pass learns, per element, its visible
/// text and whether it holds the article (never dropped for its tag or class) or data; each
/// marking is then one pre-order pass.
struct Pruner {
    /// A `<form>` with at least this much non-link text is kept: some sites wrap the whole page in one.
    static let formTextToKeep = 500
    /// An `<article>` or `<main>` with less visible non-link text than this shields nothing.
    static let landmarkText = 140

    let tree: NodeTree
    /// What class and id tokens say, remembered for this page.
    let tokens: ClassTokenCache
    /// Visible, non-link characters under each node, before anything is dropped.
    private var plainText: [Int]
    /// True when the element is or holds an article landmark.
    private var landmark: [Bool]
    /// True when the element holds a table, preformatted text or a quotation.
    private var data: [Bool]

    init(tree: NodeTree) {
        self.tree = tree
        let tokens = ClassTokenCache()
        self.tokens = tokens
        let count = tree.count
        plainText = [Int](repeating: 0, count: count)
        landmark = [Bool](repeating: false, count: count)
        data = [Bool](repeating: false, count: count)
        // Fields are read through the tree's subscript: copying whole nodes would cost more.
        for index in stride(from: count - 1, through: 0, by: -1) {
            if tree.nodes[index].kind == .text {
                plainText[index] = tree.nodes[index].visibleLength
            } else if tree.nodes[index].name == "a" || tree.nodes[index].traits.contains(.neverContent) {
                plainText[index] = 0
            } else {
                let name = tree.nodes[index].name
                if name == "table" || name == "pre" || name == "blockquote" { data[index] = true }
                // An `<article>` named as furniture (`<article class="comment">`) is no landmark:
                // it must not shield the comment section around it; nor is a teaser card with
                // less than `landmarkText` of its own words (an `<article>` in a "See also" box).
                if Self.mayBeLandmark(name, tree.nodes[index].marks), plainText[index] >= Self.landmarkText,
                    BoilerplateRules.isLandmark(tree.nodes[index]),
                    tokens.furnitureName(tree.nodes[index]) == .none
                {
                    landmark[index] = true
                }
            }
            let parent = tree.nodes[index].parent
            guard parent >= 0 else { continue }
            plainText[parent] += plainText[index]
            if landmark[index] { landmark[parent] = true }
            if data[index] { data[parent] = true }
        }
    }

    /// The nodes that never show: scripts, styles, embedded objects and hidden elements (unless they
    /// hold the article: pages hidden until a script reveals them). What is left is what a reader
    /// could see, furniture included.
    func invisibleNodes() -> [Bool] {
        var excluded = [Bool](repeating: false, count: tree.count)
        var index = 0
        while index < tree.count {
            if tree.nodes[index].kind == .element, tree.nodes[index].name != "html", tree.nodes[index].name != "body",
                tree.nodes[index].traits.contains(.neverContent)
                    || (!landmark[index] && tree.nodes[index].marks.contains(.visibility)
                        && BoilerplateRules.isHidden(tree.nodes[index]))
            {
                let end = tree.nodes[index].end
                for inner in index..<end { excluded[inner] = true }
                index = end
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
    func excludedNodes(protected: [Bool]? = nil) -> [Bool] {
        var droppedMixed = false
        return excludedNodes(protected: protected, droppedMixed: &droppedMixed)
    }

    /// `excludedNodes(protected:)`, also telling whether an element named both furniture and
    /// content was dropped (only then can protection change the result).
    func excludedNodes(protected: [Bool]?, droppedMixed: inout Bool) -> [Bool] {
        var excluded = [Bool](repeating: false, count: tree.count)
        var open: [(end: Int, isArticle: Bool)] = []
        var articleDepth = 0
        var index = 0
        while index < tree.count {
            while let top = open.last, index >= top.end {
                open.removeLast()
                if top.isArticle { articleDepth -= 1 }
            }
            guard tree.nodes[index].kind == .element else {
                index += 1
                continue
            }
            let decision = decide(
                index, containsLandmark: landmark[index], plainText: plainText[index], insideArticle: articleDepth > 0,
                protected: protected?[index] ?? false, holdsData: data[index])
            if decision == .dropMixed { droppedMixed = true }
            let end = tree.nodes[index].end
            if decision != .keep {
                for inner in index..<end { excluded[inner] = true }
                index = end
                continue
            }
            let isArticle = Self.mayBeLandmark(tree.nodes[index].name, tree.nodes[index].marks)
                && BoilerplateRules.isLandmark(tree.nodes[index])
            if end > index + 1 {
                open.append((end, isArticle))
                if isArticle { articleDepth += 1 }
            }
            index += 1
        }
        return excluded
    }

    private enum Decision {
        case keep
        case drop
        /// Dropped for a class or id that names both furniture and content.
        case dropMixed
    }

    /// Decides one element, reading its fields in place: most elements have none of the
    /// attributes the rules read, and copying the node to ask would cost more than the answer.
    private func decide(
        _ index: Int, containsLandmark: Bool, plainText: Int, insideArticle: Bool, protected: Bool, holdsData: Bool
    ) -> Decision {
        let traits = tree.nodes[index].traits
        let marks = tree.nodes[index].marks
        if traits.contains(.neverContent) { return .drop }
        let name = tree.nodes[index].name
        if name == "html" || name == "body" || containsLandmark { return .keep }
        if marks.contains(.visibility), BoilerplateRules.isHidden(tree.nodes[index]) { return .drop }
        if traits.contains(.furniture) { return .drop }
        if name == "header" && !insideArticle { return .drop }
        if name == "form" && plainText < Self.formTextToKeep { return .drop }
        if name == "figcaption" || (name == "figure" && !holdsData) { return .drop }
        if marks.contains(.role), BoilerplateRules.hasFurnitureRole(tree.nodes[index]) { return .drop }
        guard marks.contains(.classOrID) else { return .keep }
        switch tokens.furnitureName(tree.nodes[index]) {
        case .none: return .keep
        case .mixed: return protected ? .keep : .dropMixed
        case .clear: return .drop
        }
    }

    /// False when `BoilerplateRules.isLandmark` is sure to be false, known without copying the node.
    private static func mayBeLandmark(_ name: String, _ marks: AttributeMarks) -> Bool {
        name == "article" || name == "main" || !marks.isDisjoint(with: [.role, .itemprop])
    }
}
