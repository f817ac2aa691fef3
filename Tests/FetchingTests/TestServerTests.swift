import Fetching
import Foundation
import TestSupport
import Testing

/// The loopback server other stages' tests crawl through, checked with the real fetcher.
@Suite struct TestServerTests {
    @Test func aServedFolderAnswersWithFilesAndTheirValidators() async throws {
        let server = try TestHTTPServer(serving: Fixtures.folder)
        let fetch = try await Fetcher().fetch(FetchRequest(url: server.url("/feed.xml")))
        #expect(fetch.status == 200)
        #expect(fetch.body == (try Fixtures.bytes("feed.xml")))
        #expect(fetch.contentType == "application/xml")
        #expect(fetch.etag?.hasPrefix("\"") == true)
        #expect(fetch.lastModified?.hasSuffix(" GMT") == true)
    }

    @Test func aServedFolderAnswers304ToEitherStoredValidator() async throws {
        let server = try TestHTTPServer(serving: Fixtures.folder)
        let fetcher = Fetcher()
        let url = server.url("/release-notes.html")
        let first = try await fetcher.fetch(FetchRequest(url: url))

        let byTag = try await fetcher.fetch(FetchRequest(url: url, etag: first.etag))
        let byDate = try await fetcher.fetch(FetchRequest(url: url, lastModified: first.lastModified))
        let staleTag = try await fetcher.fetch(FetchRequest(url: url, etag: "\"stale\""))

        #expect(byTag.status == 304)
        #expect(byTag.body.isEmpty)
        #expect(byDate.status == 304)
        #expect(staleTag.status == 200)
        #expect(staleTag.body == first.body)
    }

    @Test func aServedFolderHidesWhatIsOutsideIt() async throws {
        let server = try TestHTTPServer(serving: Fixtures.folder.appendingPathComponent("missing-folder"))
        let fetcher = Fetcher()
        for path in ["/../notice.txt", "/%2e%2e/notice.txt", "/nothing.html"] {
            let fetch = try await fetcher.fetch(FetchRequest(url: server.url(path)))
            #expect(fetch.status == 404, "\(path)")
        }
    }

    @Test func stoppingTheServerEndsLiveConnectionsPromptly() async throws {
        let server = try TestHTTPServer(routes: ["/slow": Response.ok(html: "<p>late</p>").delayed(by: 120)])
        let fetcher = Fetcher(configuration: FetchConfiguration(timeout: 100, retry: .none))
        let pending = Task { try await fetcher.fetch(FetchRequest(url: server.url("/slow"))) }
        try await Task.sleep(for: .milliseconds(150))
        let elapsed = await seconds {
            server.stop()
            _ = try? await pending.value
        }
        #expect(elapsed < 60, "well before the 120 s response or the 100 s timeout would end it (margin for a loaded machine)")
    }

    @Test func theGzipHelperWritesAStreamWithTheRightChecksum() {
        #expect(Gzip.crc32(Array("123456789".utf8)) == 0xcbf4_3926)
        let stream = Gzip.encode(Data("hi".utf8))
        #expect(Array(stream.prefix(3)) == [0x1f, 0x8b, 0x08])
        #expect(stream.count == 10 + 5 + 2 + 8)
    }
}

extension TestServerTests {
    @Test func releasingTheServerStopsIt() async throws {
        var server: TestHTTPServer? = try TestHTTPServer(routes: ["/": .ok(html: "<p>hi</p>")])
        let url = try #require(server?.url("/"))
        let fetcher = Fetcher()
        #expect(try await fetcher.fetch(FetchRequest(url: url)).status == 200)
        server = nil
        let error = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(FetchRequest(url: url))
        }
        #expect(error?.kind == .connectionFailed)
    }
}
