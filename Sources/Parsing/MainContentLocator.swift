/// Chooses the element that holds the main content: the article, else the main landmark, else the
/// element with the best score.
struct MainContentLocator {
    /// An `<article>` or `<main>` is trusted when it holds at least this share of the top candidate's text.
    static let landmarkShare = 0.25

    let tree: NodeTree
    let excluded: [Bool]
    let stats: ContentStats
    /// What class and id tokens say, remembered for the page.
    let tokens: ClassTokenCache

    /// The index of the main content element; nil only for a tree without elements.
    func mainContent() -> Int? {
        guard let body = body() else { return nil }
        let range = body..<tree[body].end
        let scorer = ContentScorer(tree: tree, excluded: excluded, stats: stats, tokens: tokens)
        let top = scorer.topCandidate(within: range)
        let articles = outermostKept(in: range) { tree.nodes[$0].name == "article" }
        let mains = outermostKept(in: range) {
            tree.nodes[$0].name == "main"
                || (tree.nodes[$0].marks.contains(.role) && tree.nodes[$0].attribute("role")?.lowercased() == "main")
        }

        guard let top else {
            if articles.count == 1 { return articles[0] }
            if mains.count == 1 { return mains[0] }
            return body
        }
        if let article = articles.first(where: { tree.isInside(top, $0) }) { return article }
        if articles.count == 1, isSubstantial(articles[0], comparedTo: top) { return articles[0] }
        if mains.count == 1, tree.isInside(top, mains[0]) || isSubstantial(mains[0], comparedTo: top) {
            return mains[0]
        }
        return lifted(top, body: body)
    }

    /// Elements that are parts of a list or table rather than a place for content.
    static let structuralParts: Set<String> = ["ul", "ol", "dl", "menu", "table", "thead", "tbody", "tfoot", "tr"]

    /// The top candidate moved out of a list or table to the element holding it, so the headings
    /// beside a page's one list (a changelog) stay with it.
    private func lifted(_ top: Int, body: Int) -> Int {
        var chosen = top
        while Self.structuralParts.contains(tree[chosen].name), tree[chosen].parent > body {
            chosen = tree[chosen].parent
        }
        return chosen
    }

    /// The `<body>` element, else the first top-level element.
    private func body() -> Int? {
        if let body = tree.firstElement(named: "body"), !excluded[body] { return body }
        return tree.topLevel.first { tree[$0].isElement }
    }

    private func isSubstantial(_ landmark: Int, comparedTo top: Int) -> Bool {
        Double(plainText(landmark)) >= Self.landmarkShare * Double(plainText(top))
    }

    private func plainText(_ index: Int) -> Int {
        stats.textLength[index] - stats.linkLength[index]
    }

    /// Kept elements matching `predicate` (given an element's index) that are not inside another match.
    private func outermostKept(in range: Range<Int>, where predicate: (Int) -> Bool) -> [Int] {
        var result: [Int] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if excluded[index] {
                index = tree.nodes[index].end
            } else if tree.nodes[index].kind == .element, predicate(index) {
                result.append(index)
                index = tree.nodes[index].end
            } else {
                index += 1
            }
        }
        return result
    }
}
