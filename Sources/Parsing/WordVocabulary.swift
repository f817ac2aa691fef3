/// A set of words to look for in class and id tokens: whole words, word prefixes, and whole tokens.
struct WordVocabulary: Sendable {
    var words: Set<String>
    var prefixes: [String] = []
    /// Tokens matched with their separators removed ("skip-link" → "skiplink").
    var joinedTokens: Set<String> = []

    func matches(_ token: ClassNames.Token) -> Bool {
        if joinedTokens.contains(token.joined) { return true }
        for word in token.words {
            if words.contains(word) { return true }
            for prefix in prefixes where word.hasPrefix(prefix) { return true }
        }
        return false
    }
}
