import Fetching
import Foundation
import TestSupport
import Testing

@Suite struct RedirectTests {
    @Test func aRedirectChainEndsAtTheFinalURLWithItsCount() async throws {
        let server = try TestHTTPServer(routes: [
            "/old": .redirect(to: "/older", status: 301),
            "/older": .redirect(to: "/moved", status: 302),
            "/moved": .redirect(to: "/final", status: 307),
            "/final": .ok(html: "<p>here</p>"),
        ])
        let fetch = try await Fetcher().fetch(FetchRequest(url: server.url("/old")))
        #expect(fetch.status == 200)
        #expect(fetch.requestedURL == server.url("/old"))
        #expect(fetch.finalURL == server.url("/final"))
        #expect(fetch.redirectCount == 3)
        #expect(fetch.body == Data("<p>here</p>".utf8))
    }

    @Test func validatorsComeFromTheFinalResponseOnly() async throws {
        let server = try TestHTTPServer(routes: [
            "/hop": Response.redirect(to: "/end").adding("ETag", "\"hop\"")
                .adding("Last-Modified", "Mon, 02 Mar 2026 00:00:00 GMT"),
            "/end": .ok(html: "<p>end</p>", headers: ["ETag": "\"end\""]),
        ])
        let fetch = try await Fetcher().fetch(FetchRequest(url: server.url("/hop")))
        #expect(fetch.etag == "\"end\"")
        #expect(fetch.lastModified == nil)
    }

    @Test func aRedirectLoopStopsAtTheLimit() async throws {
        let server = try TestHTTPServer(routes: ["/loop": .redirect(to: "/loop")])
        let fetcher = Fetcher(configuration: FetchConfiguration(maxRedirects: 3))
        let error = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(FetchRequest(url: server.url("/loop")))
        }
        #expect(error?.kind == .tooManyRedirects)
        #expect(server.requests.count == 4)
    }

    @Test func aRedirectToAFileURLIsRefused() async throws {
        let secret = Fixtures.url("notice.txt").absoluteString
        let server = try TestHTTPServer(routes: ["/sneaky": .redirect(to: secret)])
        let error = await #expect(throws: FetchError.self) {
            try await Fetcher().fetch(FetchRequest(url: server.url("/sneaky")))
        }
        #expect(error?.kind == .redirectNotAllowed)
        #expect(error?.url == server.url("/sneaky"))
    }
}
