/// A search as the user typed it, reduced to safe FTS5 terms: plain words and "quoted phrases".
///
/// Every term is written into the MATCH expression as a double-quoted FTS5 string, so operators
/// (`AND`, `NEAR`, `*`, `^`, `:`, parentheses, column filters) and SQL fragments are only ever
/// searched for as words, never interpreted. The tokenizer then splits each term the way it split
/// the indexed text, so `qwen3.6-max` becomes the phrase `qwen3 6 max` and matches `Qwen3.6-Max`.
/// A plain word also matches as a prefix (`qwen` finds `Qwen3`, `gpt-5` finds `GPT-5.4`); a quoted
/// phrase matches exactly.
struct SearchQuery: Hashable {
    /// One word or phrase of the query.
    struct Term: Hashable {
        var text: String
        /// True for a "quoted phrase", matched exactly; false for a word, matched as a prefix.
        var isPhrase: Bool
    }

    /// At most this many terms are used (all must match, so more only narrow the search).
    static let maxTerms = 32
    /// Longer terms are cut to this many characters.
    static let maxTermLength = 200

    /// The words and phrases, cleaned, each with at least one searchable character.
    let terms: [Term]

    init(_ text: String) {
        var terms: [Term] = []
        var current = ""
        var inPhrase = false
        func flush() {
            if let term = Self.clean(current), terms.count < Self.maxTerms {
                terms.append(Term(text: term, isPhrase: inPhrase))
            }
            current = ""
        }
        for character in text {
            if Self.quoteMarks.contains(character) {
                flush()
                inPhrase.toggle()
            } else if !inPhrase, character.isWhitespace {
                flush()
            } else if current.count < Self.maxTermLength {
                current.append(character)
            }
        }
        flush()
        self.terms = terms
    }

    /// The FTS5 MATCH expression (every term must match), or nil when nothing is searchable.
    var matchExpression: String? {
        guard !terms.isEmpty else { return nil }
        return terms.map { term in
            "\"" + term.text.replacingOccurrences(of: "\"", with: "\"\"") + (term.isPhrase ? "\"" : "\"*")
        }.joined(separator: " ")
    }

    private static let quoteMarks: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}"]

    /// The term with control characters turned to spaces and whitespace collapsed; nil when it has
    /// nothing the tokenizer would index (letters, numbers, private-use characters).
    private static func clean(_ term: String) -> String? {
        var scalars = String.UnicodeScalarView()
        var searchable = false
        for scalar in term.unicodeScalars {
            let category = scalar.properties.generalCategory
            if category == .control || category == .format || scalar.properties.isWhitespace {
                if let last = scalars.last, last != " " { scalars.append(" ") }
                continue
            }
            if isTokenCategory(category) { searchable = true }
            scalars.append(scalar)
        }
        guard searchable else { return nil }
        return String(scalars).trimmingCharacters(in: .whitespaces)
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
