import Fetching
import Foundation
import Model
import TestSupport
import Testing

@Suite struct HTTPFetchTests {
    @Test func aPageComesBackWithItsValidatorsTypeAndExactBytes() async throws {
        let page = try Fixtures.bytes("release-notes.html")
        let server = try TestHTTPServer(routes: [
            "/notes": .ok(page, contentType: "text/html; charset=utf-8", headers: [
                "ETag": "\"orchard-2\"", "Last-Modified": "Sat, 14 Mar 2026 09:00:00 GMT",
            ])
        ])
        let stamp = Date(timeIntervalSince1970: 1_800_000_000)
        let fetcher = Fetcher(configuration: FetchConfiguration(now: { stamp }))

        let fetch = try await fetcher.fetch(FetchRequest(url: server.url("/notes")))

        #expect(fetch.status == 200)
        #expect(fetch.body == page)
        #expect(fetch.etag == "\"orchard-2\"")
        #expect(fetch.lastModified == "Sat, 14 Mar 2026 09:00:00 GMT")
        #expect(fetch.contentType == "text/html; charset=utf-8")
        #expect(fetch.declaredCharset == "utf-8")
        #expect(fetch.requestedURL == server.url("/notes"))
        #expect(fetch.finalURL == server.url("/notes"))
        #expect(fetch.redirectCount == 0)
        #expect(fetch.fetchedAt == stamp)
    }

    @Test func headerNamesMatchInAnyCaseAndValuesLoseTheirPadding() async throws {
        let server = try TestHTTPServer(routes: [
            "/notes": .ok(html: "<p>notes</p>", headers: [
                "ETAG": "  \"orchard-3\"\t", "last-MODIFIED": "Sat, 14 Mar 2026 09:00:00 GMT",
                "Cache-control": "max-age=60", "X-ETag-Shadow": "\"not-this\"", "Retry-After": " 120 ",
            ])
        ])
        let fetch = try await Fetcher().fetch(FetchRequest(url: server.url("/notes")))
        #expect(fetch.etag == "\"orchard-3\"")
        #expect(fetch.lastModified == "Sat, 14 Mar 2026 09:00:00 GMT")
        #expect(fetch.cacheControl == "max-age=60")
        #expect(fetch.retryAfter == "120")
        #expect(fetch.expires == nil)
    }

    @Test func aConditionalGetSendsTheStoredValidatorsExactlyAndGetsAnEmpty304() async throws {
        let server = try TestHTTPServer()
        server.setHandler("/notes") { request in
            request.headers["If-None-Match"] == "W/\"v1, odd\"" ? .notModified : .ok(html: "<p>changed</p>")
        }
        let fetcher = Fetcher()
        let request = FetchRequest(
            url: server.url("/notes"), etag: "W/\"v1, odd\"", lastModified: "Tue, 03 Mar 2026 10:20:30 GMT")

        let fetch = try await fetcher.fetch(request)

        #expect(fetch.status == 304)
        #expect(fetch.isNotModified)
        #expect(fetch.body.isEmpty)
        let sent = try #require(server.requests.first)
        #expect(sent.headers["If-None-Match"] == "W/\"v1, odd\"")
        #expect(sent.headers["If-Modified-Since"] == "Tue, 03 Mar 2026 10:20:30 GMT")
    }

    @Test func aPlainRequestSendsNoValidators() async throws {
        let server = try TestHTTPServer(routes: ["/": .ok(html: "<p>hi</p>")])
        _ = try await Fetcher().fetch(FetchRequest(url: server.url("/")))
        let sent = try #require(server.requests.first)
        #expect(!sent.headers.contains("If-None-Match"))
        #expect(!sent.headers.contains("If-Modified-Since"))
    }

    @Test(arguments: [404, 410, 500, 503])
    func errorStatusesAreReturnedNotThrown(status: Int) async throws {
        let server = try TestHTTPServer(routes: ["/page": .status(status)])
        let fetch = try await Fetcher(configuration: FetchConfiguration(retry: .none)).fetch(FetchRequest(url: server.url("/page")))
        #expect(fetch.status == status)
        #expect(!fetch.isSuccess)
        #expect(String(decoding: fetch.body, as: UTF8.self) == "status \(status)\n")
    }

    @Test func theUserAgentNamesModeltrackAndItsVersion() async throws {
        let server = try TestHTTPServer(routes: ["/": .ok(html: "<p>hi</p>")])
        _ = try await Fetcher().fetch(FetchRequest(url: server.url("/")))
        let agent = try #require(server.requests.first?.headers["User-Agent"])
        #expect(agent == "modeltrack/\(ModelTrackInfo.version) (+\(ModelTrackInfo.homepage))")
    }

    @Test func gzipEncodedBodiesAreDecoded() async throws {
        let page = try Fixtures.bytes("release-notes.html")
        let server = try TestHTTPServer(routes: [
            "/stored": .gzip(page),
            "/compressed": Response(
                status: 200, headers: ["Content-Type": "text/html", "Content-Encoding": "gzip"],
                body: try Fixtures.bytes("release-notes.html.gz")),
        ])
        let fetcher = Fetcher()

        for path in ["/stored", "/compressed"] {
            let fetch = try await fetcher.fetch(FetchRequest(url: server.url(path)))
            #expect(fetch.body == page, "\(path)")
        }
        let accepted = try #require(server.requests.first?.headers["Accept-Encoding"])
        #expect(accepted.contains("gzip"))
    }

    @Test(arguments: [1, 64 * 1024, 300 * 1024])
    func theBodyIsTheExactBytesServed(size: Int) async throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = Data((0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let server = try TestHTTPServer(routes: ["/blob": .ok(bytes, contentType: "application/octet-stream")])
        let fetch = try await Fetcher().fetch(FetchRequest(url: server.url("/blob")))
        #expect(fetch.body == bytes)
    }

    @Test func connectionCloseAndKeepAliveServersBothWork() async throws {
        let server = try TestHTTPServer(routes: [
            "/close": Response.ok(html: "<p>bye</p>").adding("Connection", "close"),
            "/stay": .ok(html: "<p>stay</p>"),
        ])
        let fetcher = Fetcher()
        for path in ["/close", "/stay", "/close", "/stay", "/stay"] {
            let fetch = try await fetcher.fetch(FetchRequest(url: server.url(path)))
            #expect(fetch.status == 200)
        }
        #expect(server.requests.count == 5)
    }
}
