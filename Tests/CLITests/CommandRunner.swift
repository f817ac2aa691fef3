import Foundation

/// Runs the built `modeltrack` binary as a person would, capturing stdout, stderr and the exit status.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary next to the test bundle (`.build/debug/modeltrack`).
    static var binary: URL {
        let beside = Bundle.main.bundleURL.appendingPathComponent("modeltrack")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("modeltrack")
    }

    var storePath: String
    var directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("mt-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        storePath = directory.appendingPathComponent("store.sqlite").path
    }

    /// Runs `modeltrack ARGS` (with `--store` for this runner unless `withStore` is false) in the temporary folder.
    ///
    /// Output goes to files and the exit is awaited, so no test thread blocks while the command runs
    /// (blocking would starve Swift's two-thread cooperative pool and slow every other test).
    func run(_ arguments: [String], withStore: Bool = true) async throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments + (withStore ? ["--store", storePath] : [])
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "MODELTRACK_STORE")
        process.environment = environment
        let name = UUID().uuidString
        let outURL = directory.appendingPathComponent("\(name).out")
        let errURL = directory.appendingPathComponent("\(name).err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }
        process.standardOutput = out
        process.standardError = err
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return Result(
            status: status, stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs and decodes stdout as JSON.
    func json(_ arguments: [String]) async throws -> Any {
        let result = try await run(arguments)
        guard result.status == 0 else {
            throw CommandFailure(arguments: arguments, result: result)
        }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// Crawls the bundled sample into this runner's store.
    func crawlSample() async throws {
        let result = try await run(["crawl", "--url", Self.sampleFeed, "--quiet"])
        guard result.status == 0 else { throw CommandFailure(arguments: ["crawl"], result: result) }
    }

    static let sampleDirectory = repository.appendingPathComponent("Feeds/sample", isDirectory: true)
    static let sampleFeed = sampleDirectory.appendingPathComponent("feed.xml").absoluteString
}

struct CommandFailure: Error, CustomStringConvertible {
    var arguments: [String]
    var result: CommandRunner.Result
    var description: String { "modeltrack \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)" }
}
