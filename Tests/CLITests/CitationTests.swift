import Archiving
import Foundation
import Testing

/// The promise: every stored quote is in the page's main text as `extract --jsonl` prints it,
/// and every `source.sha256` is the hash of the exact bytes served.
@Suite struct CitationTests {
    @Test func everyStoredQuoteIsInTheExtractedTextOfItsPage() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let claims = try #require(try await cli.json(["facts", "--json"]) as? [[String: Any]])
        var texts: [String: String] = [:]
        for claim in claims {
            let source = try #require(claim["source"] as? [String: Any])
            let url = try #require(source["url"] as? String)
            if texts[url] == nil {
                let result = try await cli.run(["extract", "--jsonl", url], withStore: false)
                #expect(result.status == 0)
                let record = try #require(
                    try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
                texts[url] = record["text"] as? String
            }
            let quote = try #require(claim["quote"] as? String)
            #expect(collapse(texts[url] ?? "").contains(collapse(quote)), "not in \(url): \(quote)")
            let bytes = try Data(contentsOf: try #require(URL(string: url)))
            #expect(source["sha256"] as? String == SHA256Digest.hex(bytes))
        }
    }

    private func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
