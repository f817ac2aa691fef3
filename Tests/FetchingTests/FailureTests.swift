import Fetching
import Foundation
import TestSupport
import Testing

@Suite struct FailureTests {
    @Test func aRefusedConnectionIsConnectionFailed() async throws {
        let closed = try ClosedPort()
        let error = await #expect(throws: FetchError.self) {
            try await Fetcher(configuration: FetchConfiguration(retry: .none)).fetch(FetchRequest(url: closed.url("/x")))
        }
        #expect(error?.kind == .connectionFailed)
        #expect(error?.message.lowercased().contains("refused") == true)
        #expect(error?.description.hasPrefix("\(closed.url("/x")): ") == true)
    }

    /// A whole-transfer limit and a stall limit both end a response whose body never comes.
    @Test(arguments: [
        FetchConfiguration(timeout: 1, stallTimeout: 0, retry: .none),
        FetchConfiguration(timeout: 100, stallTimeout: 1, retry: .none),
    ])
    func aStalledResponseTimesOutWithinTheConfiguredTime(configuration: FetchConfiguration) async throws {
        let server = try TestHTTPServer(routes: ["/slow": Response.ok(html: "<p>late</p>").delayed(by: 120)])
        let fetcher = Fetcher(configuration: configuration)
        var caught: FetchError?
        let elapsed = await seconds {
            do {
                _ = try await fetcher.fetch(FetchRequest(url: server.url("/slow")))
            } catch let error as FetchError {
                caught = error
            } catch {}
        }
        #expect(caught?.kind == .timedOut)
        #expect(elapsed >= 0.9)
        // Well before the body would come; the margin is for a loaded machine, where resuming waits for a free thread.
        #expect(elapsed < 60, "well before the 120 s body would come")
    }

    /// A declared length over the limit is refused up front; a gzip body small on the wire but over the
    /// limit once decoded (442 bytes → 756) is stopped by the write callback.
    @Test(arguments: [
        ("/declared", 4096, "the declared size exceeds the limit of 4096 bytes"),
        ("/inflated", 600, "the body grew past the limit of 600 bytes"),
    ])
    func aBodyOverTheLimitIsTooLarge(path: String, limit: Int, message: String) async throws {
        let server = try TestHTTPServer(routes: [
            "/declared": .ok(Data(repeating: UInt8(ascii: "a"), count: 10_000), contentType: "text/plain"),
            "/inflated": Response(
                status: 200, headers: ["Content-Type": "text/html", "Content-Encoding": "gzip"],
                body: try Fixtures.bytes("release-notes.html.gz")),
        ])
        let fetcher = Fetcher(configuration: FetchConfiguration(maxBodyBytes: limit))
        let error = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(FetchRequest(url: server.url(path)))
        }
        #expect(error?.kind == .tooLarge)
        #expect(error?.message == message)
    }

    @Test func aBodyExactlyAtTheLimitIsAccepted() async throws {
        let body = Data(repeating: UInt8(ascii: "b"), count: 4096)
        let server = try TestHTTPServer(routes: ["/edge": .ok(body, contentType: "text/plain")])
        let fetcher = Fetcher(configuration: FetchConfiguration(maxBodyBytes: 4096))
        let fetch = try await fetcher.fetch(FetchRequest(url: server.url("/edge")))
        #expect(fetch.body == body)
    }

    @Test(arguments: ["ftp://example.com/file", "javascript:alert(1)", "mailto:someone@example.com", "data:text/html,hi"])
    func otherSchemesAreRejectedBeforeAnyTransfer(url: String) async throws {
        let error = await #expect(throws: FetchError.self) {
            try await Fetcher().fetch(FetchRequest(url: url))
        }
        #expect(error?.kind == .unsupportedScheme)
        #expect(error?.url == url)
    }

    @Test(arguments: ["", "not a url", "http://", "http:// example.com/", "//example.com/x"])
    func unparseableURLsAreInvalid(url: String) async throws {
        let error = await #expect(throws: FetchError.self) {
            try await Fetcher().fetch(FetchRequest(url: url))
        }
        #expect(error?.kind == .invalidURL)
    }
}
