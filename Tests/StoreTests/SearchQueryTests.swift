import Model
@testable import Store
import Testing

@Test(arguments: [
    ("plain words", ["plain", "words"]),
    ("\"a phrase\" and more", ["a phrase", "and", "more"]),
    ("\u{201C}curly quotes\u{201D}", ["curly quotes"]),
    ("unterminated \"phrase here", ["unterminated", "phrase here"]),
    ("* ( ) ^ : -- ; '", []),
    ("tab\tand\nnewline", ["tab", "and", "newline"]),
    ("nul\u{0}inside", ["nul inside"]),
    ("gpt-5 -preview", ["gpt-5"]),
    ("kimi AND qwen", ["kimi", "qwen"]),
    ("kimi OR qwen", ["kimi", "qwen"]),
    ("or and not", ["or", "and", "not"]),
])
func queriesSplitIntoWordsAndPhrases(query: String, terms: [String]) {
    #expect(SearchQuery(query).terms.map(\.text) == terms)
}

@Test func onlyTheLastWordOfEachAlternativeIsAPrefix() {
    #expect(SearchQuery("gpt-5.4 \"context window\"").matchExpression == #""gpt-5.4" AND "context window""#)
    #expect(SearchQuery("context window").matchExpression == #""context" AND "window"*"#)
    #expect(SearchQuery(#"say "a""b""#).matchExpression == #""say" AND "a" AND "b""#)
    #expect(SearchQuery("kimi OR qwen").matchExpression == #"("kimi"*) OR ("qwen"*)"#)
    // One- and two-character words would match most of the index as prefixes: they match whole.
    #expect(SearchQuery("llama 4").matchExpression == #""llama" AND "4""#)
    #expect(SearchQuery("*").matchExpression == nil)
    #expect(SearchQuery(String(repeating: "word ", count: 100)).terms.count == SearchQuery.maxTerms)
}

@Test func exclusionsApplyToEveryAlternative() {
    #expect(SearchQuery("maverick -preview").matchExpression == #"("maverick"*) NOT ("preview")"#)
    #expect(
        SearchQuery(#"kimi OR qwen -"open weights" -max"#).matchExpression
            == #"(("kimi"*) OR ("qwen"*)) NOT ("open weights" OR "max")"#)
    #expect(SearchQuery("gpt-5").excluded.isEmpty)
}

@Test func aQueryWithNothingToLookForExplainsWhy() {
    #expect(SearchQuery("-preview -max").matchExpression == nil)
    #expect(SearchQuery("-preview -max").hint?.contains("only excludes") == true)
    #expect(SearchQuery("*** ???").hint?.contains("Nothing to look for") == true)
    #expect(SearchQuery("OR").hint != nil)
    #expect(SearchQuery("kimi").hint == nil)
}

@Test func operatorsInsideTermsAreQuotedAway() {
    let query = SearchQuery(#"NEAR(a b) col:x ^start "quote""inside""#)
    let expression = query.matchExpression ?? ""
    #expect(expression == #""NEAR(a" AND "b)" AND "col:x" AND "^start" AND "quote" AND "inside""#)
}

@Test func aModelNameBecomesOneTermWithItsSpellings() {
    let query = SearchQuery("llama 4 maverick context")
        .naming(words: ["llama", "4", "maverick"], spellings: ["llama-4-maverick", "Llama-4-Maverick", "Llama4 Maverick"])
    // Spellings the tokenizer reads alike are searched once.
    #expect(query.matchExpression == #"("llama 4 maverick" OR "Llama4 Maverick") AND "context"*"#)
    #expect(query.withoutModelNames?.matchExpression == #""context"*"#)
    #expect(SearchQuery("kimi k3").naming(words: ["kimi", "k3"], spellings: ["kimi-k3"]).withoutModelNames == nil)
    // Words inside a phrase are not replaced, but the phrase still names the model.
    let quoted = SearchQuery("\"kimi k3 context\"")
    #expect(quoted.naming(words: ["kimi", "k3"], spellings: ["kimi-k3"]) == quoted)
    #expect(quoted.quotes(["kimi", "k3"]))
}

@Test func wordRunsAreTheLongestFirst() {
    #expect(SearchQuery("qwen 3.6 max").wordRuns(longest: 2) == [["qwen", "3.6"], ["3.6", "max"], ["qwen"], ["3.6"], ["max"]])
    #expect(SearchQuery("\"a b\" c").wordRuns() == [["c"]])
}

@Test func markedSnippetsBecomePlainTextWithCharacterOffsets() {
    let open = marker(0xFDD0), close = marker(0xFDD1)
    let snippet = MarkedSnippet(marked: "…the 🇫🇷 café\n\n\(open)crème\(close) and \(open)brûlée\(close)  ")
    #expect(snippet.text == "…the 🇫🇷 café crème and brûlée")
    #expect(snippet.matches == [[12, 17], [22, 28]])
    let characters = Array(snippet.text)
    #expect(String(characters[12..<17]) == "crème")
    #expect(String(characters[22..<28]) == "brûlée")
}

@Test func aQuoteIsMarkedWhereItNamesTheModelAndTheValue() {
    let snippet = MarkedSnippet(
        marking: ["256K tokens", "Kimi K3"], in: "The café says Kimi K3 reads 256K tokens; kimi k3 is fast.")
    #expect(snippet.text == "The café says Kimi K3 reads 256K tokens; kimi k3 is fast.")
    let characters = Array(snippet.text)
    #expect(snippet.matches.map { String(characters[$0[0]..<$0[1]]) } == ["Kimi K3", "256K tokens", "kimi k3"])
}

/// A snippet marker character; Swift refuses noncharacters in string literals.
private func marker(_ value: UInt32) -> String {
    Unicode.Scalar(value).map { String(Character($0)) } ?? ""
}

@Test func quotesAreMarkedWhereTheQueryMatchedThem() {
    func marked(_ query: String, _ text: String) -> [String] {
        let snippet = QuoteHighlighter(SearchQuery(query)).snippet(of: text)
        let characters = Array(snippet.text)
        return snippet.matches.map { String(characters[$0[0]..<$0[1]]) }
    }
    #expect(marked("context window", "Its context window is 262,144 tokens; windows vary.") == ["context", "window", "windows"])
    #expect(marked("\"context window\"", "A window of context, then the Context Window itself.") == ["Context Window"])
    #expect(marked("cafe creme", "Le Café sert une crème brûlée.") == ["Café", "crème"])
    #expect(marked("qwen3.6-max", "Qwen3.6-Max-Preview ships today.") == ["Qwen3.6-Max"])
    #expect(marked("gpt -preview", "GPT-5.4 preview") == ["GPT"])
    let named = SearchQuery("kimi k3 context").naming(words: ["kimi", "k3"], spellings: ["kimi-k3", "KimiK3"])
    let snippet = QuoteHighlighter(named).snippet(of: "KimiK3 has a 256K context; Kimi K3 shipped.")
    #expect(snippet.matches.count == 3)
}
