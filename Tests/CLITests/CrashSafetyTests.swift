import Foundation
import TestSupport
import Testing

/// kill -9 at any moment of a real crawl leaves a store the next crawl completes, without duplicate
/// documents or facts.
@Suite struct CrashSafetyTests {
    /// A site of `count` pages listed by one feed, each page stating facts of its own.
    private func site(pages count: Int) throws -> TestHTTPServer {
        let server = try TestHTTPServer()
        let items = (0..<count).map { "<item><guid>p\($0)</guid><link>/p\($0).html</link></item>" }.joined()
        server.setRoute(
            "/feed.xml", .ok(Data("<rss version=\"2.0\"><channel>\(items)</channel></rss>".utf8), contentType: "application/rss+xml"))
        server.setFallback { request in
            guard let number = Int(request.path.dropFirst(2).prefix { $0.isNumber }) else { return .notFound }
            let page = """
                <html><head><title>Qwen \(20 + number).5 notes</title></head><body><article>
                <p>Qwen \(20 + number).5 was released on May \(1 + number % 28), 2026.</p>
                <p>Qwen \(20 + number).5 supports a context window of \(32 + number)K tokens.</p>
                </article></body></html>
                """
            return Response.ok(html: page).delayed(by: 0.03)
        }
        return server
    }

    /// Starts `modeltrack crawl` and kills it with SIGKILL after `seconds`.
    private func crawlAndKill(_ cli: CommandRunner, url: String, after seconds: Double) async throws {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["crawl", "--url", url, "--per-host", "2", "--quiet", "--store", cli.storePath]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let exited = AsyncStream<Void>.makeStream()
        process.terminationHandler = { _ in exited.continuation.finish() }
        try process.run()
        try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
        kill(process.processIdentifier, SIGKILL)
        for await _ in exited.stream {}
    }

    private func facts(_ cli: CommandRunner) async throws -> [String] {
        let claims = try #require(try await cli.json(["facts", "--json"]) as? [[String: Any]])
        return claims.map { claim in
            let source = claim["source"] as? [String: Any]
            return "\(source?["url"] ?? "") \(claim["attribute"] ?? "") \(claim["value"] ?? "")"
        }.sorted()
    }

    @Test func killingACrawlRepeatedlyLosesAndDuplicatesNothing() async throws {
        let server = try site(pages: 60)
        let url = server.url("/feed.xml")
        let killed = try CommandRunner()
        for delay in [0.05, 0.3, 0.15, 0.6, 0.25, 0.45] {
            try await crawlAndKill(killed, url: url, after: delay)
        }
        let last = try await killed.run(["crawl", "--url", url, "--quiet"])
        #expect(last.status == 0, "\(last.stderr)")
        #expect(last.stdout.contains(" 0 failed"), "\(last.stdout)")
        let clean = try CommandRunner()
        #expect(try await clean.run(["crawl", "--url", url, "--quiet"]).status == 0)
        let survived = try await facts(killed)
        #expect(survived.count == Set(survived).count, "no fact is stored twice")
        #expect(survived == (try await facts(clean)), "the same facts as a crawl never interrupted")
        let again = try await killed.run(["crawl", "--url", url, "--quiet"])
        #expect(again.stdout.contains("0 new pages"), "\(again.stdout)")
        let conflicts = try await killed.json(["conflicts", "--json"]) as? [Any]
        #expect(conflicts?.count == (try await clean.json(["conflicts", "--json"]) as? [Any])?.count)
    }
}
