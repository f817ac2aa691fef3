/// Splits what the user typed into words, "quoted phrases", `-exclusions` and `OR`s.
///
/// Whitespace separates words outside quotes; straight and curly double quotes open and close a
/// phrase (an unterminated phrase runs to the end); a `-` that starts a word or comes right before
/// a quote excludes it (`-preview`, `-"open weights"`), while one inside a word is part of it
/// (`gpt-5`). `OR` in capitals joins alternatives and `AND` in capitals is dropped; in any other case
/// they are ordinary words.
enum SearchTokenizer {
    enum Token: Hashable {
        case term(String, isPhrase: Bool, isExcluded: Bool)
        case or
    }

    static let quoteMarks: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{FF02}"]

    /// The tokens of `text`, in order. Terms longer than `SearchQuery.maxTermLength` are cut.
    static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var length = 0  // current.count, kept by hand: String.count walks the string
        var inPhrase = false
        var phraseExcluded = false
        func flushWord() {
            defer {
                current = ""
                length = 0
            }
            if current == "OR" { return tokens.append(.or) }
            if current == "AND" { return }
            var word = Substring(current)
            var isExcluded = false
            if word.first == "-" {
                word = word.drop { $0 == "-" }
                isExcluded = true
            }
            if !word.isEmpty { tokens.append(.term(String(word), isPhrase: false, isExcluded: isExcluded)) }
        }
        for character in text {
            if quoteMarks.contains(character) {
                if inPhrase {
                    tokens.append(.term(current, isPhrase: true, isExcluded: phraseExcluded))
                    current = ""
                    length = 0
                    inPhrase = false
                } else {
                    phraseExcluded = !current.isEmpty && current.allSatisfy { $0 == "-" }
                    if !phraseExcluded { flushWord() }
                    current = ""
                    length = 0
                    inPhrase = true
                }
            } else if !inPhrase, character.isWhitespace {
                flushWord()
            } else if length < SearchQuery.maxTermLength {
                current.append(character)
                length += 1
            }
        }
        if inPhrase {
            tokens.append(.term(current, isPhrase: true, isExcluded: phraseExcluded))
        } else {
            flushWord()
        }
        return tokens
    }
}
