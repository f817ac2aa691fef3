import Foundation
import TestSupport
import Testing

@Suite struct CheckAndConsensusTests {
    @Test func checkGivesEachClaimOfASentenceItsVerdict() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let text = "Qwen3.6-Max-Preview is an open-weights model with a context window of 256K tokens."
        let results = try #require(try await cli.json(["check", text, "--json"]) as? [[String: Any]])
        let verdicts = Dictionary(uniqueKeysWithValues: results.map {
            (($0["claim"] as? [String: Any])?["attribute"] as? String ?? "", $0["verdict"] as? String ?? "")
        })
        #expect(verdicts == ["weights": "contradicted", "context_window": "supported"])
        for result in results {
            #expect(result["explanation"] is String)
            #expect(!((result["evidence"] as? [[String: Any]]) ?? []).isEmpty)
            let claim = try #require(result["claim"] as? [String: Any])
            for key in ["model", "attribute", "value", "text", "quote"] { #expect(claim[key] != nil, "claim lacks \(key)") }
        }
    }

    @Test func aModelTheStoreDoesNotKnowIsUnverifiedAndNoClaimPrintsAnEmptyArray() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let results = try #require(try await cli.json(["check", "Gemma 3 27B handles a 1M-token context.", "--json"]) as? [[String: Any]])
        #expect(results.map { $0["verdict"] as? String } == ["unverified"])
        #expect(try await cli.run(["check", "The weather was fine.", "--json"]).stdout == "[]\n")
        #expect(try await cli.run(["check", "The weather was fine."]).stdout == "No claims found in the input.\n")
    }

    @Test func checkingAgainstAnEmptyStoreWarnsAndABadInputFailsWithoutUsage() async throws {
        let cli = try CommandRunner()
        let empty = try await cli.run(["check", "Kimi K3 has a 1M-token context window."])
        #expect(empty.status == 0)
        #expect(empty.stdout.hasPrefix("UNVERIFIED"))
        #expect(empty.stderr.contains("holds no claims yet"))
        let missing = try await cli.run(["check", "--file", cli.directory.appendingPathComponent("draft.html").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("draft.html"))
        #expect(!missing.stderr.contains("Usage"))
    }

    @Test func checkForPeopleShowsTheVerdictTheReasonAndTheEvidence() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let result = try await cli.run(["check", "Qwen3.6-Max-Preview is an open-weights model."])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("CONTRADICTED  qwen3.6-max-preview  weights = open-weights"))
        #expect(result.stdout.contains("2 independent sources say closed"))
        #expect(result.stdout.contains("against"))
        #expect(result.stdout.contains("week-in-models.html"))
    }

    @Test func claimReviewOutputIsOneJSONLDObjectPerClaimCitingTheEvidence() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let reviews = try #require(
            try await cli.json(["check", "Kimi K3 has 1.2 trillion total parameters.", "--format", "claimreview"])
                as? [[String: Any]])
        let review = try #require(reviews.first)
        #expect(reviews.count == 1)
        #expect(review["@type"] as? String == "ClaimReview")
        #expect((review["reviewRating"] as? [String: Any])?["alternateName"] as? String == "Supported")
        let cited = ((review["citation"] as? [[String: Any]]) ?? []).compactMap { $0["url"] as? String }
        #expect(cited.count == 2)
        #expect(cited.allSatisfy { $0.hasPrefix("file://") })
    }

    @Test func checkReadsAFileOrAPage() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let file = cli.directory.appendingPathComponent("draft.html")
        try Data("<html><body><article><p>Kimi K3 has 1.2T total parameters and 48B active parameters per token.</p></article></body></html>".utf8)
            .write(to: file)
        let fromFile = try #require(try await cli.json(["check", "--file", file.path, "--json"]) as? [[String: Any]])
        #expect(fromFile.map { $0["verdict"] as? String } == ["supported", "supported"])
        let server = try TestHTTPServer(serving: CommandRunner.sampleDirectory)
        defer { server.stop() }
        let fromPage = try #require(
            try await cli.json(["check", "--url", server.url("/press/qwen-max-preview-open-weights.html"), "--json"]) as? [[String: Any]])
        #expect(fromPage.contains { $0["verdict"] as? String == "contradicted" })
    }

    @Test func checkNeedsExactlyOneInput() async throws {
        let cli = try CommandRunner()
        let none = try await cli.run(["check"])
        #expect(none.status != 0)
        #expect(none.stderr.contains("exactly one of TEXT, --file or --url"))
        let missing = try await cli.run(["check", "--file", "nowhere.html"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("nowhere.html"))
    }

    @Test func factsForOneModelShowTheConsensusTheDissentAndWhy() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let result = try await cli.run(["facts", "--model", "qwen3.6-max-preview"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let weights = try #require(lines.first { $0.hasPrefix("weights ") })
        #expect(weights.contains("closed"))
        #expect(weights.contains("open: press/qwen-max-preview-open-weights.html (1 source)"))
        #expect(lines.contains { $0.hasPrefix("context_window ") && $0.contains("262,144 tokens") })
        #expect(lines.contains("Why:"))
        let facts = try #require(
            try await cli.json(["facts", "--model", "qwen3.6-max-preview", "--consensus", "--json"]) as? [[String: Any]])
        let weightsFact = try #require(facts.first { $0["attribute"] as? String == "weights" })
        #expect(weightsFact["value"] as? String == "closed")
        #expect(weightsFact["reason"] is String)
        #expect((weightsFact["dissent"] as? [[String: Any]])?.first?["value"] as? String == "open")
    }
}
