import Fetching
import Foundation
import TestSupport
import Testing

/// Hostile answers: bodies that grow past the limit on the wire or only once decompressed.
@Suite struct LimitTests {
    let small = FetchConfiguration(maxBodyBytes: 1024 * 1024, retry: .none)

    @Test func aGzipBombStopsAtTheLimitAfterDecompression() async throws {
        let bomb = Gzip.bomb(inflatingTo: 64 * 1024 * 1024)
        #expect(bomb.count < 1024 * 1024, "small on the wire")
        let server = try TestHTTPServer(routes: [
            "/bomb": Response(status: 200, headers: ["Content-Type": "text/html", "Content-Encoding": "gzip"], body: bomb)
        ])
        let error = await #expect(throws: FetchError.self) {
            try await Fetcher(configuration: small).fetch(FetchRequest(url: server.url("/bomb")))
        }
        #expect(error?.kind == .tooLarge)
    }

    @Test func theBombDecodesWhenItFitsUnderTheLimit() async throws {
        let server = try TestHTTPServer(routes: [
            "/small": Response(
                status: 200, headers: ["Content-Type": "text/plain", "Content-Encoding": "gzip"],
                body: Gzip.bomb(inflatingTo: 10_000))
        ])
        let fetch = try await Fetcher(configuration: small).fetch(FetchRequest(url: server.url("/small")))
        #expect(fetch.body == Data(repeating: UInt8(ascii: " "), count: 10_000))
    }

    @Test func anOversizedPageWithoutADeclaredLengthStopsWhileDownloading() async throws {
        let server = try TestHTTPServer()
        server.setRoute(
            "/huge",
            Response(status: 200, headers: ["Content-Type": "text/html"], body: Data(repeating: UInt8(ascii: "a"), count: 3 * 1024 * 1024))
                .closeDelimited())
        let error = await #expect(throws: FetchError.self) {
            try await Fetcher(configuration: small).fetch(FetchRequest(url: server.url("/huge")))
        }
        #expect(error?.kind == .tooLarge)
    }
}
