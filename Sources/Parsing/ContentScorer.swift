/// Scores elements by the prose they hold, in the manner of Readability: every text block of some
/// length gives points to its parent and, decreasingly, to four more ancestors; class and id words
/// add or remove points; link-heavy elements lose points in proportion to their link density.
struct ContentScorer {
    /// Text blocks shorter than this (visible characters) give no points.
    static let minimumBlockLength = 25
    /// How many ancestors a text block's points reach.
    static let ancestorLevels = 5
    static let classWeight = 5.0

    static let positiveWords = WordVocabulary(
        words: [
            "article", "articlebody", "body", "content", "entry", "hentry", "main", "page", "post", "text",
            "blog", "story", "prose", "markdown", "richtext",
        ],
        prefixes: ["article"])

    static let negativeWords = WordVocabulary(
        words: [
            "comment", "comments", "com", "contact", "foot", "footer", "masthead", "media", "meta", "outbrain",
            "promo", "related", "scroll", "shoutbox", "sidebar", "sponsor", "shopping", "tags", "tag", "tool",
            "widget", "hidden", "share", "social", "nav", "menu", "ad", "ads", "banner", "byline", "author",
            "pager", "pagination",
        ])

    let tree: NodeTree
    let excluded: [Bool]
    let stats: ContentStats
    /// What class and id tokens say, remembered for the page (the pruner's).
    let tokens: ClassTokenCache

    /// Final scores of the candidate elements by index (elements that no text block reached are absent).
    func scores(within range: Range<Int>) -> [Int: Double] {
        let (values, candidates) = finalScores(within: range)
        var scores: [Int: Double] = [:]
        for index in candidates { scores[index] = values[index - range.lowerBound] }
        return scores
    }

    /// Scores in an array over `range` (offset by its lower bound) and the candidates that got one,
    /// in the order they were first reached.
    private func finalScores(within range: Range<Int>) -> (values: [Double], candidates: [Int]) {
        var values = [Double](repeating: 0, count: range.count)
        var reached = [Bool](repeating: false, count: range.count)
        var candidates: [Int] = []
        for index in range {
            let points: Double
            var ancestor: Int
            if isScorableBlock(index) {
                points = Self.points(
                    length: stats.textLength[index], commas: stats.commas[index], links: stats.linkLength[index])
                ancestor = tree.nodes[index].parent
            } else if hasLooseProse(index) {
                // Loose text counts as a paragraph of its own inside the container.
                points = Self.points(
                    length: stats.looseLength[index], commas: stats.looseCommas[index],
                    links: stats.looseLinkLength[index])
                ancestor = index
            } else {
                continue
            }
            var level = 0
            while ancestor >= 0, level < Self.ancestorLevels, range.contains(ancestor) {
                let slot = ancestor - range.lowerBound
                if !reached[slot] {
                    reached[slot] = true
                    values[slot] = baseScore(ancestor)
                    candidates.append(ancestor)
                }
                let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level) * 3)
                values[slot] += points / divider
                ancestor = tree[ancestor].parent
                level += 1
            }
        }
        for index in candidates { values[index - range.lowerBound] *= 1 - stats.linkDensity(index) }
        return (values, candidates)
    }

    /// Readability's points for a paragraph: one, plus one per comma, plus one per hundred
    /// characters (three at most), all scaled down by the share of link text.
    private static func points(length: Int, commas: Int, links: Int) -> Double {
        let density = length == 0 ? 0 : Double(links) / Double(length)
        return (1 + Double(commas) + min(Double(length) / 100, 3)) * (1 - density)
    }

    /// A container with paragraphs inside that also holds enough text of its own, outside them.
    private func hasLooseProse(_ index: Int) -> Bool {
        guard !excluded[index], stats.hasBlockDescendant[index], stats.looseLength[index] >= Self.minimumBlockLength,
            tree.nodes[index].kind == .element
        else { return false }
        let traits = tree.nodes[index].traits
        return !traits.contains(.inline) && !traits.contains(.heading)
    }

    /// The best-scoring element within `range`, if any text block scored at all.
    func topCandidate(within range: Range<Int>) -> Int? {
        let (values, candidates) = finalScores(within: range)
        var best: Int?
        var bestScore = -Double.infinity
        for index in candidates {
            let score = values[index - range.lowerBound]
            if score > bestScore || (score == bestScore && index < (best ?? Int.max)) {
                best = index
                bestScore = score
            }
        }
        return best
    }

    /// A leaf block of text: not inline, no block inside, not a heading, long enough.
    private func isScorableBlock(_ index: Int) -> Bool {
        guard !excluded[index], !stats.hasBlockDescendant[index], stats.textLength[index] >= Self.minimumBlockLength,
            tree.nodes[index].kind == .element
        else { return false }
        let traits = tree.nodes[index].traits
        return !traits.contains(.inline) && !traits.contains(.heading)
    }

    private func baseScore(_ index: Int) -> Double {
        var score: Double
        switch tree.nodes[index].name {
        case "div": score = 5
        case "article", "main": score = 8
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        let words = tokens.scoreWords(tree.nodes[index])
        if words.positive { score += Self.classWeight }
        if words.negative { score -= Self.classWeight }
        if tree.nodes[index].marks.contains(.itemprop),
            tree.nodes[index].attribute("itemprop")?.lowercased().contains("articlebody") == true
        {
            score += Self.classWeight
        }
        return score
    }
}
