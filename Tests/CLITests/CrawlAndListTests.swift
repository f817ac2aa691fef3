import Archiving
import Foundation
import TestSupport
import Testing

@Suite struct CrawlAndListTests {
    @Test func crawlEndsWithAOneLineSummary() async throws {
        let cli = try CommandRunner()
        let result = try await cli.run(["crawl", "--url", CommandRunner.sampleFeed])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("crawled 6 URLs in ") == true)
        #expect(result.stdout.contains("5 new pages"))
        #expect(result.stdout.contains("5 open conflicts (5 new)"))
        #expect(result.stderr.contains("stored "), "progress lines go to stderr")
    }

    @Test func crawlJSONIsOneObject() async throws {
        let cli = try CommandRunner()
        let summary = try #require(try await cli.json(["crawl", "--url", CommandRunner.sampleFeed, "--json"]) as? [String: Any])
        #expect(summary["new_documents"] as? Int == 5)
        #expect(summary["open_conflicts"] as? Int == 5)
        #expect((summary["failures"] as? [Any])?.isEmpty == true)
    }

    @Test func factsJSONHoldsContractShapedClaims() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let claims = try #require(try await cli.json(["facts", "--json"]) as? [[String: Any]])
        #expect(claims.count > 10)
        for claim in claims {
            for key in ["id", "model", "model_name", "attribute", "value", "text", "qualifiers", "quote", "source"] {
                #expect(claim[key] != nil, "claim lacks \(key)")
            }
            let source = try #require(claim["source"] as? [String: Any])
            for key in ["url", "title", "published", "retrieved", "sha256"] {
                #expect(source.keys.contains(key), "source lacks \(key)")
            }
        }
    }

    @Test func factsFilterByModelNameOrIdAndAttribute() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let byName = try #require(try await cli.json(["facts", "--model", "Kimi K3", "--json"]) as? [[String: Any]])
        let byID = try #require(try await cli.json(["facts", "--model", "kimi-k3", "--json"]) as? [[String: Any]])
        #expect(!byName.isEmpty)
        #expect(byName.count == byID.count)
        #expect(byName.allSatisfy { $0["model"] as? String == "kimi-k3" })
        let windows = try #require(
            try await cli.json(["facts", "--model", "kimi-k3", "--attribute", "context_window", "--json"]) as? [[String: Any]])
        #expect(Set(windows.compactMap { ($0["qualifiers"] as? [String: Any])?["scope"] as? String }) == ["native", "extended"])
    }

    @Test func factsForPeopleAreAnAlignedTable() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let result = try await cli.run(["facts", "--model", "qwen3.6-max-preview", "--claims"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        #expect(header.hasPrefix("MODEL "))
        let column = try #require(header.range(of: "ATTRIBUTE")).lowerBound.utf16Offset(in: header)
        for line in lines.dropFirst() {
            #expect(line.hasPrefix("qwen3.6-max-preview "))
            #expect(line.count > column)
        }
    }

    @Test func conflictsJSONListsTheSampleDisagreements() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let conflicts = try #require(try await cli.json(["conflicts", "--json"]) as? [[String: Any]])
        let keys = Set(conflicts.map { "\($0["model"] ?? "") \($0["attribute"] ?? "")" })
        #expect(keys.contains("qwen3.6-max-preview weights"))
        #expect(keys.contains("kimi-k3 release_date"))
        for conflict in conflicts {
            #expect(["contradiction", "outdated", "ambiguous"].contains(conflict["kind"] as? String ?? ""))
            #expect(["high", "medium", "low"].contains(conflict["severity"] as? String ?? ""))
            let positions = try #require(conflict["positions"] as? [[String: Any]])
            #expect(positions.count >= 2)
            #expect(positions.allSatisfy { !(($0["claims"] as? [Any]) ?? []).isEmpty })
        }
    }

    @Test func conflictsForPeopleShowBothSidesWithQuotes() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let result = try await cli.run(["conflicts", "--model", "qwen3.6-max-preview", "--attribute", "weights"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("qwen3.6-max-preview  weights  contradiction"))
        #expect(result.stdout.contains("open"))
        #expect(result.stdout.contains("closed"))
        #expect(result.stdout.contains("qwen-max-preview-open-weights.html"))
    }

    @Test func anEmptyStoreSaysSoInsteadOfPrintingNothing() async throws {
        let cli = try CommandRunner()
        #expect(try await cli.run(["facts"]).stdout.contains("the store holds no claims yet"))
        #expect(try await cli.run(["conflicts"]).stdout.contains("the store holds no claims yet"))
        #expect(try await cli.run(["facts", "--json"]).stdout == "[]\n")
    }

    @Test func aStoreWhoseSourcesAgreeSaysThereAreNoConflicts() async throws {
        let cli = try CommandRunner()
        let page = CommandRunner.sampleDirectory.appendingPathComponent("vendor/kimi-k3.html").path
        #expect(try await cli.run(["crawl", "--url", page, "--quiet"]).status == 0)
        #expect(try await cli.run(["conflicts"]).stdout == "No conflicts.\n")
        #expect(try await cli.run(["facts", "--model", "gpt-9"]).stdout == "No claims for model gpt-9.\n")
    }

    @Test func aSiteOnALoopbackServerCrawlsToContractJSON() async throws {
        let server = try TestHTTPServer(serving: CommandRunner.sampleDirectory)
        defer { server.stop() }
        let cli = try CommandRunner()
        let result = try await cli.run(["crawl", "--url", server.url("/feed.xml"), "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let claims = try #require(try await cli.json(["facts", "--json"]) as? [[String: Any]])
        let served = Set(claims.compactMap { ($0["source"] as? [String: Any])?["url"] as? String })
        #expect(served.allSatisfy { $0.hasPrefix(server.baseURL) })
        let conflicts = try #require(try await cli.json(["conflicts", "--json"]) as? [[String: Any]])
        #expect(conflicts.count == 5)
        let hits = try #require(try await cli.json(["search", "open weights", "--json"]) as? [[String: Any]])
        #expect(!hits.isEmpty)
    }

    @Test func aFailingSourceIsListedButTheCrawlStillSucceeds() async throws {
        let server = try TestHTTPServer(serving: CommandRunner.sampleDirectory)
        defer { server.stop() }
        let cli = try CommandRunner()
        let result = try await cli.run(["crawl", "--url", server.url("/gone.html"), "--url", server.url("/vendor/kimi-k3.html")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1 failed"))
        #expect(result.stderr.contains("/gone.html: HTTP 404"))
    }
}
