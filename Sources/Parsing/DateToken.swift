/// One piece of a written date.
enum DateToken: Equatable {
    /// A run of digits, its value and how many digits it had.
    case number(Int, digits: Int)
    /// A run of letters, lowercased.
    case word(String)
    case symbol(Character)

    static func tokenize(_ text: String) -> [DateToken] {
        let head = text.utf8.prefix(200)
        guard head.allSatisfy({ $0 < 128 }) else { return tokenizeCharacters(text) }
        // ASCII (feed dates nearly always are): bytes, without grapheme breaking; the same tokens.
        var tokens: [DateToken] = []
        var value = 0
        var digits = 0
        var letters: [UInt8] = []
        func finish() {
            if digits > 0 {
                tokens.append(.number(value, digits: digits))
                value = 0
                digits = 0
            }
            if !letters.isEmpty {
                tokens.append(.word(String(decoding: letters, as: UTF8.self)))
                letters.removeAll(keepingCapacity: true)
            }
        }
        for byte in head {
            switch byte {
            case 48...57:
                if !letters.isEmpty { finish() }
                if digits < 9 { value = value * 10 + Int(byte - 48) }
                digits += 1
            case 65...90, 97...122:
                if digits > 0 { finish() }
                letters.append(byte | 0x20)
            default:
                finish()
                if !(9...13).contains(byte), byte != 32 { tokens.append(.symbol(Character(Unicode.Scalar(byte)))) }
            }
        }
        finish()
        return tokens
    }

    /// The general case: any script's letters, Unicode white space.
    static func tokenizeCharacters(_ text: String) -> [DateToken] {
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
