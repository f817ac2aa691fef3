import Model

/// Figures leaderboards publish, stated in prose: output speed (`generates 180 tokens per second`,
/// `95 tok/s on Groq`), an index score (`scores 68 on the Artificial Analysis Intelligence Index`,
/// `an Arena score of 1402`) and a rank (`ranks #2 on LMArena`, `tops the Artificial Analysis leaderboard`).
struct LeaderboardMatcher: SentenceMatcher {
    private static let speed = Pattern(
        #"(?<![\w.,])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*(?:output\s+)?(?:tokens?\s*(?:/|per)\s*(?:s|sec|second)\b|tok/s\b|t/s\b|TPS\b)"#,
        requires: ["tok", "t/s", "tps"])
    /// Input-side speeds (prefill, prompt processing) are not output speed.
    private static let inputSpeed = Pattern(#"\b(?:prefill\w*|prompt\s+processing|input|reading|time\s+to\s+first)\b"#)
    /// `Artificial Analysis Intelligence Index`, `Arena score`, `Elo`.
    private static let indexName = Pattern(
        #"\b((?:[A-Z][\w.-]*\s+){0,4}?)(?:Intelligence\s+|Coding\s+|Math\s+)?Index\b|\b(LMArena|Chatbot\s+Arena|LMSYS(?:\s+Arena)?|"#
            + #"Arena)(?:\s+(?:Elo|score|rating))?\b|\bElo\b"#,
        caseSensitive: true, requires: ["Index", "Arena", "LMSYS", "Elo"])
    private static let indexScore = Pattern(#"(?<![\w.,#$])(\d{1,4}(?:\.\d+)?)(?![\w%]|\.\d)"#)
    private static let rankCue = Pattern(
        #"\b(?:rank(?:s|ed)?|placed?|places|sits|stands|is|at|came|comes|reached|reaches|climbed\s+to|rose\s+to)\s+"#
            + #"(?:at\s+)?(?:#|No\.\s*|number\s+)(\d{1,3})\b|"#
            + #"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|\d{1,2}th)\s+place\b|"#
            + #"\b(tops|topped|leads|led|heads|headed)\s+the\b|"#
            // `ranked third on the LMArena text leaderboard`, `ranks 5th on …`.
            + #"\brank(?:s|ed)?\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|\d{1,2}th)\b"#,
        requires: ["rank", "place", "#", "no.", "number", "tops", "topped", "leads", "led", "heads", "headed"])
    private static let ordinals: [String: Double] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3,
    ]

    static var patterns: [Pattern] { [speed, inputSpeed, indexName, indexScore, rankCue, otherArena, otherArenaBefore] }

    private let filter = FigureFilter()

    func findings(in sentence: AnalyzedSentence) -> [Finding] {
        speeds(sentence) + indexes(sentence) + ranks(sentence)
    }

    private func speeds(_ sentence: AnalyzedSentence) -> [Finding] {
        let text = sentence.text
        let speeds = Self.speed.matches(in: text)
        let figures = speeds.compactMap { $0.group(1) }
        return speeds.compactMap { match -> Finding? in
            guard let digits = match.group(1), let value = Double(text.utf16Slice(digits).replacingOccurrences(of: ",", with: ""))
            else { return nil }
            let clause = text.utf16Slice(sentence.clauseRange(sentence.clauseIndex(at: match.range.lowerBound)))
            guard !Self.inputSpeed.occurs(in: clause), !filter.isDelta(text, range: digits), !filter.isBound(text, range: digits)
            else { return nil }
            var finding = Finding(
                attribute: .outputSpeed, value: .number(value), unit: "tokens_per_second", text: text.utf16Slice(match.range),
                figure: digits)
            finding.provider = PriceQualifiers.provider(in: sentence, figure: digits, siblings: figures)
            return finding
        }
    }

    /// The known leaderboard a page title or heading names (`Text Arena Leaderboard`, `Artificial Analysis …`),
    /// for reading its own tables; nil for any other page (`Arena-Hard` is a benchmark, not the arena).
    static func knownBoard(in text: String) -> String? {
        let lower = text.lowercased()
        if ["lmarena", "chatbot arena", "lmsys", "text arena", "arena leaderboard"].contains(where: lower.contains) {
            // `WebDev Arena Leaderboard`: another of the arena's boards.
            let boards = ["webdev", "web dev", "vision", "text-to-image", "image edit", "video", "search", "copilot", "repochat"]
            if let other = boards.first(where: lower.contains) { return "lmarena-" + BenchmarkSlug.slug(other) }
            return "lmarena"
        }
        if lower.contains("artificial analysis") { return "artificial-analysis" }
        return nil
    }

    /// The leaderboard a name points at, as a slug: `artificial-analysis`, `artificial-analysis-coding`, `lmarena`.
    private static func board(_ name: String) -> String? {
        let lower = name.lowercased()
        if lower.contains("arena") || lower.contains("lmsys") || lower == "elo" { return "lmarena" }
        var slug = BenchmarkSlug.slug(name)
        for suffix in ["-index", "-intelligence"] where slug.hasSuffix(suffix) { slug.removeLast(suffix.count) }
        slug = slug.replacingOccurrences(of: "-intelligence-", with: "-")
        if slug.hasSuffix("-intelligence") { slug.removeLast("-intelligence".count) }
        return slug.isEmpty || ["the", "an", "a", "our", "its"].contains(slug) ? nil : slug
    }

    private func indexes(_ sentence: AnalyzedSentence) -> [Finding] {
        let text = sentence.text
        guard let name = Self.indexName.firstMatch(in: text) else { return [] }
        var written = text.utf16Slice(name.range)
        for article in ["The ", "An ", "A "] where written.hasPrefix(article) { written.removeFirst(article.count) }
        guard var slug = Self.board(written) else { return [] }
        // `On Artificial Analysis, it has an Intelligence Index of 74`: a bare index name is the board's own index
        // (the Intelligence Index is Artificial Analysis's).
        if ["intelligence", "coding", "math"].contains(slug) {
            slug = slug == "intelligence" ? "artificial-analysis" : "artificial-analysis-" + slug
        }
        if text.utf16Slice(name.range).contains("Coding"), !slug.contains("coding") { slug += "-coding" }
        // `a WebDev Arena score`, `the LMArena WebDev arena`: one of the arena's other boards.
        if slug == "lmarena", let arena = otherArena(around: name.range, in: text) { slug += "-" + arena }
        // The one score in the clause of the name (`an Arena score of 1402`, `scores 68 on the … Index`).
        let clause = sentence.clauseRange(sentence.clauseIndex(at: name.range.lowerBound))
        let window = Swift.max(0, clause.lowerBound - 40)..<Swift.min(text.utf16.count, clause.upperBound)
        let scores = Self.indexScore.matches(in: text.utf16Slice(window)).filter { match in
            let absolute = (match.range.lowerBound + window.lowerBound)..<(match.range.upperBound + window.lowerBound)
            return !sentence.spans.contains { $0.range.overlaps(absolute) } && !sentence.dates.contains { $0.range.overlaps(absolute) }
        }
        .filter { match in
            // A year is not a score (`in 2025`).
            guard let digits = match.group(1), let number = Double(text.utf16Slice(window).utf16Slice(digits)) else { return false }
            return !(1990...2100).contains(number) || number.rounded() != number
        }
        guard scores.count == 1, let score = scores.first, let digits = score.group(1) else { return [] }
        let figure = (digits.lowerBound + window.lowerBound)..<(digits.upperBound + window.lowerBound)
        guard let value = Double(text.utf16Slice(figure)), !filter.isDelta(text, range: figure), !filter.isBound(text, range: figure),
            !Self.rankCue.occurs(in: text.utf16Slice(Swift.max(0, figure.lowerBound - 12)..<figure.upperBound))
        else { return [] }
        return [Finding(attribute: .index(slug), value: .number(value), text: text.utf16Slice(figure), figure: figure)]
    }

    private func ranks(_ sentence: AnalyzedSentence) -> [Finding] {
        let text = sentence.text
        guard let cue = Self.rankCue.firstMatch(in: text) else { return [] }
        let value: Double
        if let digits = cue.group(1), let number = Double(text.utf16Slice(digits)) {
            value = number
        } else if let word = cue.group(2) ?? cue.group(4), let number = Self.ordinals[text.utf16Slice(word).lowercased()]
            ?? Double(text.utf16Slice(word).filter(\.isNumber))
        {
            value = number
        } else if cue.group(3) != nil {
            value = 1
        } else {
            return []
        }
        // The leaderboard: named after the cue (`on LMArena`, `the Artificial Analysis leaderboard`).
        let rest = text.utf16Slice(cue.range.upperBound..<Swift.min(text.utf16.count, cue.range.upperBound + 70))
        guard let board = Self.boardName.firstMatch(in: rest), let words = board.group(1),
            var slug = Self.board(rest.utf16Slice(words))
        else { return [] }
        // `the LMArena WebDev leaderboard`: one of the arena's other boards, not its text arena.
        if slug == "lmarena", let arena = Self.otherArena.firstMatch(in: rest.utf16Slice(words.upperBound..<rest.utf16.count)),
            let name = arena.group(1)
        {
            slug += "-" + BenchmarkSlug.slug(rest.utf16Slice(words.upperBound..<rest.utf16.count).utf16Slice(name))
        }
        return [Finding(attribute: .rank(slug), value: .number(value), text: text.utf16Slice(cue.range), figure: cue.range)]
    }

    /// The arena board named right before or after an arena's name (`WebDev Arena`, `LMArena WebDev`), as a slug.
    private func otherArena(around name: Range<Int>, in text: String) -> String? {
        let after = text.utf16Slice(name.upperBound..<Swift.min(text.utf16.count, name.upperBound + 30))
        if let match = Self.otherArena.firstMatch(in: after), let words = match.group(1) {
            return BenchmarkSlug.slug(after.utf16Slice(words))
        }
        let before = text.utf16Slice(Swift.max(0, name.lowerBound - 20)..<name.lowerBound)
        guard let match = Self.otherArenaBefore.firstMatch(in: before), let words = match.group(1) else { return nil }
        return BenchmarkSlug.slug(before.utf16Slice(words))
    }

    private static let otherArenaBefore = Pattern(
        #"\b(WebDev|Web\s+Dev|Vision|Text-to-Image|Image\s+Edit|Image|Video|Search|Copilot|Coding|RepoChat)\s+$"#)

    /// The arena's boards other than text: `WebDev`, `Vision`, `Text-to-Image` …
    private static let otherArena = Pattern(
        #"^(?:['’]s)?\s+(?:the\s+)?(WebDev|Web\s+Dev|Vision|Text-to-Image|Image\s+Edit|Image|Video|Search|Copilot|Coding|RepoChat)\b"#)

    /// `on the LMArena text leaderboard`, `the Artificial Analysis leaderboard`, `in Chatbot Arena`.
    private static let boardName = Pattern(
        #"^\s*(?:(?:on|in|of|at)\s+)?(?:the\s+)?(LMArena|Chatbot\s+Arena|LMSYS(?:\s+Arena)?|(?:[A-Z][\w.-]*\s+){1,3}(?=(?:[\w-]+\s+)??"#
            + #"(?:leaderboard|Leaderboard|index|Index|ranking|rankings)\b))"#)
}
