import Foundation

/// Debian's Chromium, run headless: the DOM a page renders to, and a screenshot of it.
///
/// `Scripts/test` installs the `chromium` package when it is missing; without it these tests fail
/// and say so, since an HTML digest nobody rendered is not checked.
struct HeadlessBrowser {
    let executable: URL

    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "no chromium on this machine: install Debian's chromium package (Scripts/test does)"
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var arguments: [String]
        var status: Int32
        var output: String
        var description: String { "chromium \(arguments.joined(separator: " ")) exited \(status): \(output.suffix(2_000))" }
    }

    init() throws {
        let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        guard let found = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else { throw Missing() }
        executable = URL(fileURLWithPath: found)
    }

    /// The serialized DOM of `page` after it loaded (and its scripts ran), at a phone's width.
    func renderedDOM(of page: URL, width: Int = 390) async throws -> String {
        try await run(["--dump-dom", "--window-size=\(width),2000", page.absoluteString])
    }

    /// Saves a PNG of `page` at `width` × `height` pixels to `file`.
    func screenshot(of page: URL, to file: URL, width: Int = 390, height: Int = 2400) async throws {
        _ = try await run(["--screenshot=\(file.path)", "--window-size=\(width),\(height)", page.absoluteString])
    }

    /// Runs Chromium headless with a throwaway profile; stdout is returned, the exit is awaited.
    private func run(_ arguments: [String]) async throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mt-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let all = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--disable-extensions", "--disable-background-networking", "--user-data-dir=\(folder.path)",
        ] + arguments
        let process = Process()
        process.executableURL = executable
        process.arguments = all
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        process.environment = environment
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
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
        let output = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
        guard status == 0 else {
            throw Failure(
                arguments: arguments, status: status,
                output: output + String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
        }
        return output
    }
}
