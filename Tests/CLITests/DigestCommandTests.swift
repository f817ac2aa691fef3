import Foundation
import Testing

@Suite struct DigestCommandTests {
    @Test func aDailyDigestReportsEachChangeOncePerTarget() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let first = try await cli.run(["digest"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("modeltrack digest, "))
        #expect(first.stdout.contains("3 new models, 5 new conflicts"))
        #expect(first.stdout.contains("- Kimi K3 (kimi-k3)"))
        let second = try await cli.run(["digest"])
        #expect(second.status == 0)
        #expect(second.stdout.hasPrefix("No changes from "))
        #expect(second.stdout.split(separator: "\n").count == 1)
        // Another target keeps its own memory: Markdown has not reported anything yet.
        let markdown = try await cli.run(["digest", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# Model digest\n"))
        #expect(markdown.stdout.contains("## New conflicts"))
        // A look back does not move the bookmark.
        let lookBack = try await cli.run(["digest", "--since", "1d", "--format", "markdown"])
        #expect(lookBack.stdout.contains("## New models"))
        #expect(try await cli.run(["digest", "--format", "markdown"]).stdout.hasPrefix("No changes from "))
    }

    @Test func theDigestWritesFilesInEveryFormat() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        for format in ["text", "markdown", "html", "json", "atom"] {
            let file = cli.directory.appendingPathComponent("digest.\(format)")
            let result = try await cli.run(["digest", "--since", "1d", "--format", format, "--output", file.path])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            let written = try String(contentsOf: file, encoding: .utf8)
            #expect(written.contains("kimi-k3"), "\(format)")
        }
        let html = try String(contentsOf: cli.directory.appendingPathComponent("digest.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let atom = try String(contentsOf: cli.directory.appendingPathComponent("digest.atom"), encoding: .utf8)
        #expect(atom.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        #expect(atom.contains("<entry>"))
    }

    @Test func jsonIsTheContractsDigestObject() async throws {
        let cli = try CommandRunner()
        try await cli.crawlSample()
        let digest = try #require(try await cli.json(["digest", "--json", "--since", "2026-01-01"]) as? [String: Any])
        #expect(Set(digest.keys) == [
            "since", "until", "new_models", "new_facts", "changed_facts", "new_conflicts", "resolved_conflicts",
            "failing_sources",
        ])
        #expect(digest["since"] as? String == "2026-01-01T00:00:00Z")
        let models = try #require(digest["new_models"] as? [[String: Any]])
        #expect(Set(models.compactMap { $0["model"] as? String }) == ["qwen3.6-max-preview", "kimi-k3", "kimi-k2"])
        #expect((digest["new_conflicts"] as? [Any])?.count == 5)
    }

    @Test func badArgumentsAreClearErrors() async throws {
        let cli = try CommandRunner()
        for arguments in [
            ["digest", "--format", "pdf"], ["digest", "--since", "last tuesday"],
            ["digest", "--since", "2026-11-22", "--until", "2026-11-20"],
        ] {
            let result = try await cli.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(!result.stderr.isEmpty)
            #expect(result.stdout.isEmpty)
        }
    }
}
