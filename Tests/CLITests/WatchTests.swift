import Foundation
import TestSupport
import Testing

@Suite struct WatchTests {
    /// `watch` crawls what is due, then waits; SIGTERM ends it with status 0.
    @Test func watchCrawlsTheDueSourcesAndExitsCleanlyOnSIGTERM() async throws {
        let server = try TestHTTPServer(routes: [
            "/notes.html": .ok(html: "<html><body><article><p>Kimi K3 was released on May 12, 2026.</p></article></body></html>")
        ])
        let cli = try CommandRunner()
        let feeds = cli.directory.appendingPathComponent("feeds")
        try FileManager.default.createDirectory(at: feeds, withIntermediateDirectories: true)
        try Data("publisher: Lab\nsources:\n  - url: \(server.url("/notes.html"))\n    every: 1h\n".utf8)
            .write(to: feeds.appendingPathComponent("lab.yaml"))
        let output = cli.directory.appendingPathComponent("watch.out")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["watch", "--feeds", feeds.path, "--store", cli.storePath]
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        let exited = AsyncStream<Int32>.makeStream()
        process.terminationHandler = { finished in
            exited.continuation.yield(finished.terminationStatus)
            exited.continuation.finish()
        }
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !((try? String(contentsOf: output, encoding: .utf8))?.contains("crawled") ?? false) {
            try await Task.sleep(for: .milliseconds(50))
        }
        kill(process.processIdentifier, SIGTERM)
        var status: Int32 = -1
        for await code in exited.stream { status = code }
        #expect(status == 0)
        let printed = try String(contentsOf: output, encoding: .utf8)
        #expect(printed.contains("1 new page"), "\(printed)")
        #expect(server.requests(for: "/notes.html").count == 1, "crawled once: the next time is an hour away")
        let sources = try await cli.json(["sources", "--feeds", feeds.path, "--json"]) as? [[String: Any]]
        #expect(sources?.first?["health"] as? String == "ok")
    }
}
