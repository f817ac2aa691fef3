import Foundation
import Synchronization
import TestSupport
import Testing

/// `extract --jsonl` over many inputs: they are read concurrently, yet print in input order.
@Suite struct ExtractManyTests {
    /// Writes `count` small pages whose sizes differ a lot, so they finish out of order.
    private func pages(_ count: Int) throws -> (folder: URL, paths: [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("extract-many-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var paths: [String] = []
        for index in 0..<count {
            let filler = String(repeating: "<div class=\"pad\"><span>padding</span></div>", count: (index % 4) * 3000)
            let html = """
                <html><head><title>Page \(index)</title></head><body>\(filler)
                <article><p>This is page number \(index), written to test the order of the output lines.</p></article>
                </body></html>
                """
            let path = folder.appendingPathComponent("page-\(index).html").path
            try html.write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        return (folder, paths)
    }

    @Test func manyFilesPrintOneObjectEachInInputOrder() async throws {
        let (folder, paths) = try pages(24)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cli = try CommandRunner()
        let result = try await cli.run(["extract", "--jsonl"] + paths, withStore: false)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == paths.count)
        for (index, line) in lines.enumerated() {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(record["file"] as? String == paths[index])
            #expect(record["title"] as? String == "Page \(index)")
            #expect((record["text"] as? String)?.contains("page number \(index),") == true)
        }
    }

    @Test func aMissingFileAmongManyIsReportedAndTheOthersStillPrint() async throws {
        let (folder, paths) = try pages(6)
        defer { try? FileManager.default.removeItem(at: folder) }
        var inputs = paths
        inputs.insert(folder.appendingPathComponent("missing.html").path, at: 3)
        let cli = try CommandRunner()
        let result = try await cli.run(["extract", "--jsonl"] + inputs, withStore: false)
        #expect(result.status != 0)
        #expect(result.stderr.contains("missing.html"))
        #expect(result.stderr.components(separatedBy: "missing.html").count == 2, "the path is named once: \(result.stderr)")
        let files = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["file"] as? String
        }
        #expect(files == paths)
    }

    @Test func pagesAreFetchedAndReadSeveralAtATime() async throws {
        let inFlight = Mutex((now: 0, peak: 0))
        let server = try TestHTTPServer()
        defer { server.stop() }
        server.setFallback { request in
            inFlight.withLock { $0.now += 1; $0.peak = max($0.peak, $0.now) }
            Thread.sleep(forTimeInterval: 0.2)
            inFlight.withLock { $0.now -= 1 }
            return .ok(html: "<html><body><article><p>Served for \(request.path).</p></article></body></html>")
        }
        let urls = (0..<6).map { server.url("/p\($0).html") }
        let cli = try CommandRunner()
        let result = try await cli.run(["extract", "--jsonl"] + urls, withStore: false)
        #expect(result.status == 0)
        let texts = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["text"] as? String
        }
        #expect(texts == (0..<6).map { "Served for /p\($0).html." })
        #expect(inFlight.withLock { $0.peak } >= 2)
    }
}
