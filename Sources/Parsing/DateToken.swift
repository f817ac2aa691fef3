/// One piece of a written date.
enum DateToken: Equatable {
    /// A run of digits, its value and how many digits it had.
    case number(Int, digits: Int)
    /// A run of letters, lowercased.
    case word(String)
    case symbol(Character)

    static func tokenize(_ text: String) -> [DateToken] {
        var tokens: [DateToken] = []
        var digits = ""
        var letters = ""
        func finish() {
            if !digits.isEmpty {
                tokens.append(.number(Int(digits.prefix(9)) ?? 0, digits: digits.count))
                digits = ""
            }
            if !letters.isEmpty {
                tokens.append(.word(letters.lowercased()))
                letters = ""
            }
        }
        for character in text.prefix(200) {
            if character.isASCII, character.isNumber {
                if !letters.isEmpty { finish() }
                digits.append(character)
            } else if character.isLetter {
                if !digits.isEmpty { finish() }
                letters.append(character)
            } else {
                finish()
                if !character.isWhitespace { tokens.append(.symbol(character)) }
            }
        }
        finish()
        return tokens
    }
}
