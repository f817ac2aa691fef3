/// One sentence with what the matchers need: the models it names, its clauses, its dates and
/// quantities, and the rule that says which model a figure in it belongs to.
struct AnalyzedSentence: Sendable {
    /// Who a figure belongs to.
    enum Owner: Equatable, Sendable {
        /// A model the sentence names.
        case model(NameSpan)
        /// The sentence names no model: the page's (or section's) subject, if it has one.
        case subject
        /// Several candidates, or only models the figure is compared with: no claim.
        case unclear
    }

    let text: String
    /// The models the sentence names, less names that are part of a license (`Llama 4 Community License`).
    let spans: [NameSpan]
    let dates: [WrittenDate]
    /// Quantities outside model names and dates.
    let quantities: [Quantity]
    /// Start offsets of the clauses, ascending, the first 0.
    let clauseStarts: [Int]
    /// Start offsets of the segments a strong break (`;`, `while`, `but`, `whereas`) separates, the first 0.
    let segmentStarts: [Int]
    /// Clauses that open with a comparison (`than`, `unlike`, `compared with`): the models in them
    /// are what a figure is compared with, not what it belongs to.
    let comparativeClauses: Set<Int>
    /// Clauses that give the figures of what is compared with (`compared with 671B total`, `versus 70 for Y`) and the
    /// `and …` clauses that go on listing them.
    let figureComparisonClauses: Set<Int>

    /// `as large as Kimi K2`: the second `as` opens a comparison.
    private static let asComparison = Pattern(#"\bas\s[\w-]{2,20}\s(as)\s"#, requires: ["as "])
    private static let comparativeOpening = Pattern(
        #"^[\s,;:(—–-]*(?:than|compared (?:with|to)|versus|vs|unlike|like|relative to|similar to|as|"#
            + #"(?:about |roughly |nearly |almost |around |more than |over |less than )?(?:twice|half|double|triple|"#
            + #"(?:two|three|four|five|ten) times)|"#
            + #"up from|down from|rather than|instead of|as opposed to|in contrast to|on par with|comparable to|"#
            + #"rivals?|rivaling|matching|matches|behind|ahead of)\b"#
    )
    private static let figureComparison = Pattern(
        #"^[\s,;:(—–-]*(?:compared (?:with|to)|versus|vs\.?|relative to|against)\s"#,
        requires: ["compared", "versus", "vs", "relative", "against"])
    /// `and 37B active`: a clause that only adds another figure to the one before.
    private static let figureContinuation = Pattern(#"^\s*and\s+(?:about\s+|roughly\s+)?[$~≈]?\d"#, requires: ["and"])
    /// A model named as part of a license's name.
    private static let licenseName = Pattern(
        #"^\s+(?:Community\s+|Open\s+(?:Model\s+)?|Research\s+)?(?:Licen[sc]e|Terms)\b"#, caseSensitive: true,
        requires: ["Licen", "Terms"])

    static var patterns: [Pattern] { [asComparison, comparativeOpening, figureComparison, figureContinuation, licenseName] }

    /// The words a ``comparativeOpening`` can start with: a clause opening with any other skips the expression.
    private static let comparativeFirstWords: Set<String> = [
        "than", "compared", "versus", "vs", "unlike", "like", "relative", "similar", "as", "about", "roughly", "nearly",
        "almost", "around", "more", "over", "less", "twice", "half", "double", "triple", "two", "three", "four", "five",
        "ten", "up", "down", "rather", "instead", "opposed", "in", "on", "comparable", "rival", "rivals", "rivaling",
        "matching", "matches", "behind", "ahead",
    ]

    private static func opensComparison(_ clause: String) -> Bool {
        let word = clause.drop { " \t\n,;:(—–-".contains($0) }.prefix { $0.isLetter }.lowercased()
        return comparativeFirstWords.contains(word) && comparativeOpening.occurs(in: clause)
    }

    private static let today = Array("today".utf8)

    init(text: String, spans: [NameSpan], dateParser: WrittenDateReader, quantityParser: QuantityParser) {
        self.text = text
        let length = text.utf16.count
        let spans = spans.filter { span in
            !Self.licenseName.occurs(in: text.utf16Slice(span.range.upperBound..<Swift.min(length, span.range.upperBound + 30)))
        }
        self.spans = spans
        let hasDigit = text.utf8.contains { (48...57).contains($0) }
        let dates = hasDigit || ASCIISearch.contains(text, lowercased: Self.today) ? dateParser.dates(in: text) : []
        self.dates = dates
        let quantities = (hasDigit ? quantityParser.quantities(in: text) : []).filter { quantity in
            !spans.contains { $0.range.overlaps(quantity.range) } && !dates.contains { $0.range.overlaps(quantity.range) }
        }
        self.quantities = quantities
        let (starts, strong) = Self.breaks(
            in: text, spans: spans, protected: dates.map(\.range) + quantities.map(\.range))
        clauseStarts = starts
        segmentStarts = strong
        var comparative: Set<Int> = []
        var figures: Set<Int> = []
        /// Whether the clause before opened (or continued) a comparison, and one with the other side's figures.
        var comparing = false
        var comparingFigures = false
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] : length
            let clause = text.utf16Slice(start..<end)
            // `compared with 671B total and 37B active for DeepSeek-V3`: figures joined by `and` go on comparing.
            let continues = Self.figureContinuation.occurs(in: clause)
            comparing = Self.opensComparison(clause) || (comparing && continues)
            comparingFigures = Self.figureComparison.occurs(in: clause) || (comparingFigures && continues)
            if comparing, spans.contains(where: { (start..<end).contains($0.range.lowerBound) }) { comparative.insert(index) }
            if comparingFigures { figures.insert(index) }
        }
        comparativeClauses = comparative
        figureComparisonClauses = figures
    }

    // MARK: Clauses

    func clauseIndex(at offset: Int) -> Int {
        var index = 0
        for (candidate, start) in clauseStarts.enumerated() where start <= offset { index = candidate }
        return index
    }

    func clauseRange(_ index: Int) -> Range<Int> {
        let end = index + 1 < clauseStarts.count ? clauseStarts[index + 1] : text.utf16.count
        return clauseStarts[index]..<end
    }

    /// The clause holding `offset`, as text.
    func clause(at offset: Int) -> String {
        text.utf16Slice(clauseRange(clauseIndex(at: offset)))
    }

    /// The clause starts and the strong-break starts of a sentence; punctuation inside dates and numbers
    /// (`May 12, 2026`, `262,144`) breaks nothing.
    private static func breaks(in text: String, spans: [NameSpan], protected: [Range<Int>]) -> (
        clauses: [Int], segments: [Int]
    ) {
        let units = Array(text.utf16)
        var starts: Set<Int> = [0]
        var strong: Set<Int> = [0]
        for (offset, unit) in units.enumerated() {
            let isBoundary: Bool
            switch unit {
            case 44, 59, 58, 40, 41, 0x2014, 0x2013:  // , ; : ( ) — –
                isBoundary = true
            case 45:  // a hyphen between spaces
                isBoundary = offset > 0 && offset + 1 < units.count && units[offset - 1] == 32 && units[offset + 1] == 32
            default:
                isBoundary = false
            }
            guard isBoundary, !protected.contains(where: { $0.contains(offset) }) else { continue }
            starts.insert(offset)
            if unit == 59 { strong.insert(offset) }
        }
        for word in ClauseWords.boundaries(in: units) where !joinsTwoNames(word.range, spans: spans) {
            starts.insert(word.range.lowerBound)
            if word.isStrong { strong.insert(word.range.lowerBound) }
        }
        for match in asComparison.matches(in: text) {
            if let second = match.group(1) { starts.insert(second.lowerBound - 1) }
        }
        return (starts.sorted(), strong.sorted())
    }

    /// `GPT-5.4 and Claude Opus 4.7`: an `and` between two names joins them, it opens no clause.
    private static func joinsTwoNames(_ range: Range<Int>, spans: [NameSpan]) -> Bool {
        spans.contains { $0.range.upperBound == range.lowerBound } && spans.contains { $0.range.lowerBound == range.upperBound }
    }

    /// The strong segment holding `offset`.
    func segmentRange(at offset: Int) -> Range<Int> {
        let start = segmentStarts.last { $0 <= offset } ?? 0
        let end = segmentStarts.first { $0 > offset } ?? text.utf16.count
        return start..<end
    }
}
