import Foundation
import Testing

@Suite struct ExtractAndSearchTests {
    let page = CommandRunner.sampleDirectory.appendingPathComponent("press/qwen-max-preview-open-weights.html").path

    @Test func extractPrintsTitleTimeAndMainTextWithoutBoilerplate() async throws {
        let cli = try CommandRunner()
        let result = try await cli.run(["extract", page], withStore: false)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Qwen's new Max model arrives with open weights\npublished 2026-04-21T14:30:00Z\n"))
        #expect(result.stdout.contains("2-million-token context window"))
        for boilerplate in ["Skip to content", "cookies", "Related stories", "Mastodon", "Subscribe"] {
            #expect(!result.stdout.contains(boilerplate), "\(boilerplate)")
        }
    }

    @Test func extractJSONLinesNameTheFileAndCarryTables() async throws {
        let cli = try CommandRunner()
        let board = CommandRunner.sampleDirectory.appendingPathComponent("leaderboard/index.html").path
        let result = try await cli.run(["extract", "--jsonl", page, board], withStore: false)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let records = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(records[0]["file"] as? String == page)
        #expect(records[0]["published"] as? String == "2026-04-21T14:30:00Z")
        let tables = try #require(records[1]["tables"] as? [[String: Any]])
        let rows = try #require(tables.first?["rows"] as? [[String]])
        #expect(rows.first == ["Rank", "Model", "Context", "SWE-bench Verified", "GPQA Diamond"])
        #expect(rows.count == 4)
    }

    @Test func extractClaimsPrintsClaimsAsJSONLines() async throws {
        let cli = try CommandRunner()
        let result = try await cli.run(["extract", "--claims", "--jsonl", page], withStore: false)
        #expect(result.status == 0)
        let claims = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let pairs = Set(claims.map { "\($0["attribute"] ?? "")=\($0["value"] ?? "")" })
        #expect(pairs.contains("weights=open"))
        #expect(pairs.contains("context_window=2000000"))
    }

    @Test func aMissingFileIsAnErrorNamingIt() async throws {
        let cli = try CommandRunner()
        let result = try await cli.run(["extract", "no-such-page.html"], withStore: false)
        #expect(result.status != 0)
        #expect(result.stderr.contains("no-such-page.html"))
        #expect(!result.stderr.contains("Fatal error"))
        #expect(result.stdout.isEmpty)
    }

    @Test func searchFindsPassagesAndClaimsAsJSON() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let hits = try #require(try await cli.json(["search", "context window", "--json"]) as? [[String: Any]])
        #expect(!hits.isEmpty)
        for hit in hits {
            #expect(["document", "claim"].contains(hit["kind"] as? String ?? ""))
            #expect(hit["url"] is String)
            #expect(hit["snippet"] is String)
            #expect(hit["matches"] is [[Int]])
        }
        let phrase = try #require(try await cli.json(["search", "\"open-weights model\"", "--json"]) as? [[String: Any]])
        #expect(phrase.contains { ($0["url"] as? String)?.hasSuffix("qwen-max-preview-open-weights.html") == true })
    }

    @Test(arguments: ["\"", "*", "NEAR(a b)", "title:x", "'); DROP TABLE claim; --", String(repeating: "x ", count: 5_000)])
    func anyQueryIsSafe(query: String) async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let result = try await cli.run(["search", query, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("["))
    }

    @Test func aStoreThatIsNotADatabaseIsRefusedAndLeftAlone() async throws {
        let cli = try CommandRunner()
        let notes = cli.directory.appendingPathComponent("notes.txt")
        try Data("my notes\n".utf8).write(to: notes)
        let result = try await cli.run(["facts", "--store", notes.path], withStore: false)
        #expect(result.status != 0)
        #expect(result.stderr.contains(notes.path))
        #expect(try String(contentsOf: notes, encoding: .utf8) == "my notes\n")
    }

    @Test func sourcesListsThePublisherFiles() async throws {
        let cli = try CommandRunner()
        let feeds = CommandRunner.repository.appendingPathComponent("Feeds").path
        let result = try await cli.run(["sources", "--feeds", feeds, "--json"])
        #expect(result.status == 0)
        let sources = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(sources.count >= 10)
        #expect(sources.allSatisfy { $0["health"] as? String == "never fetched" })
    }

    @Test func versionNamesTheRelease() async throws {
        let result = try await CommandRunner().run(["--version"], withStore: false)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: ".").count == 3)
    }
}
