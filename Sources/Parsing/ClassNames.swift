/// Reads what an element's `class` and `id` say about it, word by word.
///
/// Each token is split into words at punctuation and camelCase boundaries, so `sidebar-left`,
/// `sidebarLeft` and `sidebar_left` all contain the word "sidebar", while `shadow`, `download`,
/// `thread`, `bad` and `header-anchor` contain neither "ad" nor "nav" nor "header".
struct ClassNames {
    /// One token of `class` or `id`, as its lowercase words and those words joined ("skip-link" → "skiplink").
    struct Token {
        var words: [String]
        var joined: String
    }

    var tokens: [Token]

    init(_ node: NodeTree.Node) {
        tokens = []
        for attribute in node.attributes where attribute.name == "class" || attribute.name == "id" {
            for token in attribute.value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                let words = Self.words(of: token)
                if !words.isEmpty { tokens.append(Token(words: words, joined: words.joined())) }
            }
        }
    }

    var isEmpty: Bool { tokens.isEmpty }

    /// Splits a token at non-alphanumerics and at lower-to-upper case changes, lowercased.
    static func words(of token: Substring) -> [String] {
        if let words = asciiWords(of: token) { return words }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasLower = false
        for scalar in token.unicodeScalars {
            let isAlphanumeric = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            guard isAlphanumeric else {
                if !current.isEmpty { words.append(String(current).lowercased()) }
                current = String.UnicodeScalarView()
                previousWasLower = false
                continue
            }
            let isUpper = scalar.properties.isUppercase
            if isUpper, previousWasLower, !current.isEmpty {
                words.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
            current.append(scalar)
            previousWasLower = scalar.properties.isLowercase
        }
        if !current.isEmpty { words.append(String(current).lowercased()) }
        return words
    }

    /// `words(of:)` for the common all-ASCII token, byte by byte; nil when the token is not ASCII.
    private static func asciiWords(of token: Substring) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        var previousWasLower = false
        for byte in token.utf8 {
            guard byte < 0x80 else { return nil }
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            guard isLower || isUpper || isDigit else {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                previousWasLower = false
                continue
            }
            if isUpper, previousWasLower, !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            current.append(isUpper ? byte + 32 : byte)
            previousWasLower = isLower
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// The index of the first token that matches the vocabulary, if any.
    func firstToken(matching vocabulary: WordVocabulary) -> Int? {
        tokens.firstIndex { vocabulary.matches($0) }
    }

    /// True when any token other than `excluded` matches the vocabulary.
    func anyToken(matching vocabulary: WordVocabulary, except excluded: Int? = nil) -> Bool {
        tokens.indices.contains { $0 != excluded && vocabulary.matches(tokens[$0]) }
    }
}
