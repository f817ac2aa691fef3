import Foundation
import Testing

@Suite struct SearchCommandTests {
    @Test func aModelNamedInAnySpellingLeadsWithItsFacts() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        for query in ["qwen 3.6 max preview context", "Qwen3.6-Max-Preview context", "qwen3.6-max-preview context"] {
            let hits = try #require(try await cli.json(["search", query, "--json"]) as? [[String: Any]], "\(query)")
            let first = try #require(hits.first, "\(query)")
            #expect(first["kind"] as? String == "claim")
            #expect((first["support"] as? Int ?? 0) >= 2, "\(query)")
            let claim = try #require(first["claim"] as? [String: Any])
            #expect(claim["model"] as? String == "qwen3.6-max-preview")
            #expect(claim["attribute"] as? String == "context_window")
            #expect(claim["value"] as? Int == 262_144)
            #expect(hits.contains { $0["kind"] as? String == "document" })
        }
        // Lowercase names a registry writes capitalized are found too.
        let kimi = try #require(try await cli.json(["search", "kimi k3 release", "--json"]) as? [[String: Any]])
        let dates = kimi.filter { $0["support"] != nil }.compactMap { ($0["claim"] as? [String: Any])?["value"] as? String }
        #expect(Set(dates) == ["2026-05-12", "2026-05-21"])
    }

    @Test func anAliasFromTheModelsFileNamesTheModel() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let feeds = cli.directory.appendingPathComponent("feeds", isDirectory: true)
        try FileManager.default.createDirectory(at: feeds, withIntermediateDirectories: true)
        try Data("aliases:\n  Zephyr Nine: kimi-k3\n".utf8).write(to: feeds.appendingPathComponent("models.yaml"))
        let hits = try #require(
            try await cli.json(["search", "--json", "--feeds", feeds.path, "zephyr nine release"]) as? [[String: Any]])
        let facts = hits.filter { $0["support"] != nil }
        #expect(!facts.isEmpty)
        #expect(facts.allSatisfy { ($0["claim"] as? [String: Any])?["model"] as? String == "kimi-k3" })
        // Without the file the name means nothing to search.
        let plain = try #require(try await cli.json(["search", "--json", "zephyr nine release"]) as? [[String: Any]])
        #expect(plain.isEmpty)
    }

    @Test func wordsAfterTheOptionsSearchAndMinusExcludes() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let all = try #require(try await cli.json(["search", "--json", "weights"]) as? [[String: Any]])
        let excluding = try #require(try await cli.json(["search", "--json", "weights", "-hugging"]) as? [[String: Any]])
        #expect(excluding.count < all.count)
        #expect(!excluding.contains { ($0["snippet"] as? String ?? "").lowercased().contains("hugging") })
        let either = try #require(try await cli.json(["search", "--json", "yarn OR eval"]) as? [[String: Any]])
        #expect(either.contains { ($0["url"] as? String ?? "").hasSuffix("kimi-k3.html") })
        #expect(either.contains { ($0["url"] as? String ?? "").hasSuffix("leaderboard/index.html") })
        let typo = try await cli.run(["search", "--jsno", "kimi"])
        #expect(typo.status != 0)
        #expect(typo.stderr.contains("--jsno"))
    }

    @Test func filtersNarrowTheResults() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let board = try #require(
            try await cli.json(["search", "--json", "kimi", "--source", CommandRunner.sampleDirectory.appendingPathComponent("leaderboard").absoluteString])
                as? [[String: Any]])
        #expect(!board.isEmpty)
        #expect(board.allSatisfy { ($0["url"] as? String ?? "").contains("/leaderboard/") })
        let attribute = try #require(
            try await cli.json(["search", "--json", "kimi", "--attribute", "release_date"]) as? [[String: Any]])
        #expect(attribute.compactMap { ($0["claim"] as? [String: Any])?["attribute"] as? String }.allSatisfy {
            $0 == "release_date"
        })
        let recent = try #require(try await cli.json(["search", "--json", "kimi", "--since", "2026-05-20"]) as? [[String: Any]])
        #expect(!recent.isEmpty)
        #expect(recent.allSatisfy { ($0["published"] as? String ?? "") >= "2026-05-20" })
        let bad = try await cli.run(["search", "kimi", "--since", "someday"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("someday"))
    }

    @Test func aQueryThatMeansNothingSaysWhy() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let text = try await cli.run(["search", "***"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Nothing to look for"))
        let json = try await cli.run(["search", "--json", "--store", cli.storePath, "--", "-qwen"], withStore: false)
        #expect(json.status == 0)
        #expect(json.stdout == "[]\n")
        #expect(json.stderr.contains("only excludes"))
    }

    @Test(arguments: [
        "\"", "NEAR(kimi qwen, 2)", "kimi:", "' OR 1=1; --", "*", "AND", "\u{0}", "🦙 \u{301}",
        String(repeating: "qwen ", count: 2_000), String(repeating: "\"", count: 999),
    ])
    func hostileQueriesNeverFail(query: String) async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let result = try await cli.run(["search", "--json", query])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("["))
        #expect(!result.stderr.contains("SQL"))
    }
}
