/// A search as the user typed it, reduced to safe FTS5 terms.
///
/// The syntax is the one search boxes taught everyone: plain words (all must match; the last word
/// of each alternative also matches as a prefix, so `qwen` finds `Qwen3`, from four characters on), "quoted phrases" (exact,
/// in order), `-word` or `-"a phrase"` to exclude, and `OR` between alternatives (`kimi OR qwen`).
/// `AND` is what words do anyway, so it is dropped.
///
/// Every term is written into the MATCH expression as a double-quoted FTS5 string, so FTS5's own
/// operators (`NEAR`, `*`, `^`, `:`, parentheses, column filters) and SQL fragments are only ever
/// searched for as words, never interpreted. The tokenizer then splits each term the way it split
/// the indexed text, so `qwen3.6-max` becomes the phrase `qwen3 6 max` and matches `Qwen3.6-Max`.
struct SearchQuery: Hashable {
    /// One word or phrase of the query.
    struct Term: Hashable {
        /// The words as typed (cleaned); for a model's name, the first spelling.
        var text: String
        /// True for a "quoted phrase" (or a model name), matched exactly; false for a plain word.
        var isPhrase: Bool
        /// True when the term also matches as a prefix (the last plain word of an alternative).
        var isPrefix: Bool
        /// Other spellings that may match instead (a model's aliases); empty for typed terms.
        var aliases: [String] = []
        /// True when the term is a model's name, made by `naming(words:spellings:)`.
        var isModelName = false
    }

    /// At most this many terms are used (all must match, so more only narrow the search).
    static let maxTerms = 32
    /// Longer terms are cut to this many characters.
    static let maxTermLength = 200

    /// Alternatives joined by `OR`; within one, every term must match.
    private(set) var alternatives: [[Term]]
    /// Terms that must not match (`-word`), whichever alternative matched.
    private(set) var excluded: [Term]

    /// The positive terms of every alternative, in order.
    var terms: [Term] { alternatives.flatMap { $0 } }

    init(_ text: String) {
        var alternatives: [[Term]] = [[]]
        var excluded: [Term] = []
        var count = 0
        for token in SearchTokenizer.tokens(of: text) {
            switch token {
            case .or:
                if alternatives.last?.isEmpty == false { alternatives.append([]) }
            case .term(let typed, let isPhrase, let isExcluded):
                guard count < Self.maxTerms, let cleaned = Self.clean(typed) else { continue }
                count += 1
                let term = Term(text: cleaned, isPhrase: isPhrase, isPrefix: false)
                if isExcluded {
                    excluded.append(term)
                } else {
                    alternatives[alternatives.count - 1].append(term)
                }
            }
        }
        self.alternatives = alternatives.filter { !$0.isEmpty }.map(Self.prefixingLastWord)
        self.excluded = excluded
    }

    /// The last plain word of an alternative also matches as a prefix (people stop typing early),
    /// when it has at least `minimumPrefix` characters: shorter ones (`the`) would match most of the index.
    private static func prefixingLastWord(_ terms: [Term]) -> [Term] {
        var terms = terms
        if let last = terms.indices.last, !terms[last].isPhrase, terms[last].text.count >= minimumPrefix {
            terms[last].isPrefix = true
        }
        return terms
    }

    /// The shortest last word that also matches as a prefix.
    static let minimumPrefix = 4

    /// The FTS5 MATCH expression, or nil when nothing is left to look for.
    var matchExpression: String? {
        guard let positive = positiveExpression else { return nil }
        guard let negative = exclusionExpression else { return positive }
        return "(" + positive + ") NOT (" + negative + ")"
    }

    /// What must match, without the exclusions; nil when nothing is left to look for.
    var positiveExpression: String? {
        guard !alternatives.isEmpty else { return nil }
        if alternatives.count == 1 { return alternatives[0].map(Self.expression(of:)).joined(separator: " AND ") }
        return alternatives.map { "(" + $0.map(Self.expression(of:)).joined(separator: " AND ") + ")" }
            .joined(separator: " OR ")
    }

    /// Why a query finds nothing before it is run, or nil when it has something to look for.
    var hint: String? {
        guard alternatives.isEmpty else { return nil }
        if !excluded.isEmpty {
            return "The query only excludes words (-word); add a word or \"phrase\" to look for."
        }
        return "Nothing to look for: type words or \"quoted phrases\" (letters or digits)."
    }

    /// True when the query has no positive term.
    var isEmpty: Bool { alternatives.isEmpty }

    static func expression(of term: Term) -> String {
        let spellings = [term.text] + term.aliases
        let quoted = spellings.map { spelling in
            "\"" + spelling.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + (term.isPrefix ? "*" : "")
        }
        return quoted.count == 1 ? quoted[0] : "(" + quoted.joined(separator: " OR ") + ")"
    }

    /// The term with control characters turned to spaces and whitespace collapsed; nil when it has
    /// nothing the tokenizer would index (letters, numbers, private-use characters).
    static func clean(_ term: String) -> String? {
        var scalars = String.UnicodeScalarView()
        var searchable = false
        for scalar in term.unicodeScalars {
            let category = scalar.properties.generalCategory
            if category == .control || category == .format || category == .surrogate
                || scalar.properties.isWhitespace || scalar.properties.isNoncharacterCodePoint
            {
                if let last = scalars.last, last != " " { scalars.append(" ") }
                continue
            }
            if isTokenCategory(category) { searchable = true }
            scalars.append(scalar)
        }
        guard searchable else { return nil }
        let cleaned = String(scalars).trimmingCharacters(in: .whitespaces)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// The categories unicode61 indexes by default: letters, numbers and private use.
    private static func isTokenCategory(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            true
        default:
            false
        }
    }
}

extension SearchQuery {
    /// The query with the runs of plain words that spell a model's name replaced by one term that
    /// matches the name in any of `spellings` (`llama 4 maverick` also finds `Llama-4-Maverick`).
    ///
    /// `words` are the name's words as typed, lowercased; a run matches when its words are equal.
    func naming(words: [String], spellings: [String]) -> SearchQuery {
        guard !words.isEmpty else { return self }
        var copy = self
        copy.alternatives = alternatives.map { terms in
            var result: [Term] = []
            var index = 0
            while index < terms.count {
                let end = index + words.count
                if end <= terms.count, terms[index..<end].allSatisfy({ !$0.isPhrase && !$0.isModelName }),
                    terms[index..<end].map({ $0.text.lowercased() }) == words
                {
                    let typed = words.joined(separator: " ")
                    // Spellings the tokenizer reads alike (`qwen3.6-max` and `Qwen3.6 Max`) are one phrase.
                    var seen: Set<[String]> = [QuoteHighlighter.tokens(of: typed).map(\.folded)]
                    let others = spellings.filter { seen.insert(QuoteHighlighter.tokens(of: $0).map(\.folded)).inserted }
                    result.append(Term(text: typed, isPhrase: true, isPrefix: false, aliases: others, isModelName: true))
                    index = end
                } else {
                    result.append(terms[index])
                    index += 1
                }
            }
            return result
        }
        return copy
    }

    /// True when a typed phrase holds `words` (a model's name quoted as part of a phrase).
    func quotes(_ words: [String]) -> Bool {
        let name = words.joined(separator: " ")
        return terms.contains { $0.isPhrase && !$0.isModelName && $0.text.lowercased().contains(name) }
    }

    /// The query without its model-name terms: what else the user asked about the models.
    ///
    /// Nil when some alternative held nothing but model names (then every fact of the model fits).
    var withoutModelNames: SearchQuery? {
        var copy = self
        copy.alternatives = alternatives.map { $0.filter { !$0.isModelName } }
        if copy.alternatives.contains(where: \.isEmpty) { return nil }
        return copy
    }
}

extension SearchQuery {
    /// The query with a model-name term added to every alternative: only what names the model.
    func requiring(spellings: [String]) -> SearchQuery {
        var seen: Set<[String]> = []
        let distinct = spellings.filter { seen.insert(QuoteHighlighter.tokens(of: $0).map(\.folded)).inserted }
        guard let first = distinct.first else { return self }
        let term = Term(
            text: first, isPhrase: true, isPrefix: false, aliases: Array(distinct.dropFirst()), isModelName: true)
        var copy = self
        copy.alternatives = alternatives.isEmpty ? [[term]] : alternatives.map { $0 + [term] }
        return copy
    }

    /// The excluded terms as one FTS5 expression (any of them), or nil when nothing is excluded.
    var exclusionExpression: String? {
        excluded.isEmpty ? nil : excluded.map(Self.expression(of:)).joined(separator: " OR ")
    }

    /// Runs of up to `longest` consecutive plain words, longest first: the places a model name may stand.
    func wordRuns(longest: Int = 4) -> [[String]] {
        var runs: [[String]] = []
        for length in stride(from: longest, through: 1, by: -1) {
            for terms in alternatives where terms.count >= length {
                for start in 0...(terms.count - length) {
                    let run = terms[start..<start + length]
                    if run.allSatisfy({ !$0.isPhrase && !$0.isModelName }) {
                        runs.append(run.map { $0.text.lowercased() })
                    }
                }
            }
        }
        return runs
    }
}
