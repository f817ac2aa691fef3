import Foundation
import Model
@testable import Store
import Testing

/// A store with a few pages: Maverick's release note, a Qwen post, and filler pages.
func searchableStore(_ folder: TemporaryFolder) throws -> FactStore {
    let store = try folder.store()
    _ = try store.savePage(Pages.maverick())
    let qwenQuote = "Qwen3.6-Max-Preview offers a context window of 256K tokens for long documents."
    _ = try store.savePage(
        Pages.page(
            "https://qwen.example.com/blog/qwen3.6", title: "Qwen3.6-Max-Preview is here",
            paragraphs: [qwenQuote, "The café team tested it on crème brûlée recipes."],
            claims: [
                ClaimSpec(
                    model: "qwen3.6-max-preview", modelName: "Qwen3.6-Max-Preview", attribute: .contextWindow,
                    value: .number(256_000), unit: "tokens", text: "256K tokens", quote: qwenQuote)
            ]))
    _ = try store.savePage(
        Pages.page(
            "https://example.com/weekly", title: "Weekly roundup",
            paragraphs: ["This week several labs shipped updates. Benchmarks moved a little. Gemini got faster."]))
    _ = try store.savePage(
        Pages.page(
            "https://example.com/benchmarks", title: "Benchmarks explained",
            paragraphs: ["What a leaderboard measures and what it does not."]))
    _ = try store.savePage(
        Pages.page("https://example.com/misc", title: "Miscellany", paragraphs: ["Nothing to see here at all."]))
    return store
}

@Test func searchFindsAWordInDocumentsAndClaims() throws {
    let folder = try TemporaryFolder()
    let store = try searchableStore(folder)
    let hits = try store.search("maverick")
    #expect(hits.contains { $0.kind == .document && $0.url == Pages.maverickURL })
    let claimHit = try #require(hits.first { $0.kind == .claim })
    #expect(claimHit.claim?.model == "llama-4-maverick")
    #expect(claimHit.claim?.id != nil)
    #expect(claimHit.url == Pages.maverickURL)
    #expect(hits.allSatisfy { $0.score > 0 })
    #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score })
}

@Test func searchMatchesQuotedPhrasesOnlyInOrder() throws {
    let folder = try TemporaryFolder()
    let store = try searchableStore(folder)
    #expect(try store.search("\"context window\"").contains { $0.url.contains("qwen") })
    #expect(try store.search("\"window context\"").isEmpty)
    #expect(try store.search("\"256K tokens\" preview").count == 2)
    #expect(try store.search("\"qwen\"").isEmpty)  // a phrase is exact: the token is "qwen3"
    #expect(try store.search("qwen").count == 2)  // the last word is also a prefix
    #expect(try store.search("qwen window").count == 0)  // earlier words are whole words
    #expect(try store.search("window qwen").count == 2)
}

@Test func searchFindsHyphenatedModelIdsAndIgnoresDiacritics() throws {
    let folder = try TemporaryFolder()
    let store = try searchableStore(folder)
    let hits = try store.search("qwen3.6-max")
    #expect(hits.contains { $0.claim?.model == "qwen3.6-max-preview" })
    #expect(try store.search("cafe creme brulee").map(\.url) == ["https://qwen.example.com/blog/qwen3.6"])
}

@Test func aTitleMatchRanksAboveABodyMatch() throws {
    let folder = try TemporaryFolder()
    let store = try searchableStore(folder)
    let hits = try store.search("benchmarks").filter { $0.kind == .document }
    #expect(hits.map(\.url) == ["https://example.com/benchmarks", "https://example.com/weekly"])
}

@Test(arguments: [
    "\"", "*", "NEAR(", "title:", "'); DROP TABLE claim; --", "(", "^", "\"\"\"", "", "   ",
    "-", "main_text:maverick*", "NEAR(maverick context, 2)", "\u{0}", "\u{FFFD}\u{FFFD}",
    String(decoding: [0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82], as: UTF8.self),
    String(repeating: "a", count: 10_240), String(repeating: "zebra NEAR( \"", count: 800),
])
func hostileQueriesNeverFailAndFindNothing(query: String) throws {
    let folder = try TemporaryFolder()
    let store = try searchableStore(folder)
    #expect(try store.search(query) == [])
    #expect(try store.claims().count == 3)
}

@Test func operatorWordsAreSearchedAsPlainWords() throws {
    let folder = try TemporaryFolder()
    let store = try searchableStore(folder)
    // "not" is an ordinary word here, not FTS5's NOT operator.
    #expect(try store.search("does not").map(\.url) == ["https://example.com/benchmarks"])
    #expect(try store.search("maverick*").contains { $0.url == Pages.maverickURL })
    #expect(try store.search("NEAR maverick").isEmpty)  // "near" is a word no page has
    #expect(try store.search("title:maverick").isEmpty)  // the word "title" appears in no page
}

@Test func snippetOffsetsPointAtTheMatchedWords() throws {
    let folder = try TemporaryFolder()
    let store = try searchableStore(folder)
    for hit in try store.search("context tokens") {
        #expect(!hit.matches.isEmpty, "\(hit.kind) \(hit.url)")
        #expect(!hit.snippet.unicodeScalars.contains { $0.value == 0xFDD0 || $0.value == 0xFDD1 })
        for match in hit.matches {
            let characters = Array(hit.snippet)
            try #require(match.count == 2 && 0 <= match[0] && match[0] < match[1] && match[1] <= characters.count)
            let word = String(characters[match[0]..<match[1]]).lowercased()
            #expect(word == "context" || word == "tokens", "\(word) in \(hit.snippet)")
        }
    }
}

@Test func searchOnlyCoversCurrentDocuments() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    _ = try store.savePage(Pages.maverick(at: Clock.monday, contextWindow: 1_000_000))
    _ = try store.savePage(Pages.maverick(at: Clock.tuesday, contextWindow: 512_000))
    #expect(try store.search("1M").isEmpty)
    let hits = try store.search("512K")
    #expect(hits.map(\.kind) == [.claim, .document] || hits.map(\.kind) == [.document, .claim])
    #expect(try store.search("512K", limit: 1).count == 1)
    #expect(try store.search("512K", limit: 0).isEmpty)
}
