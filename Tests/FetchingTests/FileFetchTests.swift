import Fetching
import Foundation
import TestSupport
import Testing

@Suite struct FileFetchTests {
    @Test(arguments: [
        ("release-notes.html", "text/html"),
        ("model-card.md", "text/markdown"),
        ("feed.xml", "application/xml"),
        ("notice.txt", "text/plain"),
    ])
    func aFileIsReadWithStatusZeroExactBytesAndAGuessedType(name: String, type: String) async throws {
        let file = Fixtures.url(name)
        let fetch = try await Fetcher().fetch(FetchRequest(url: file.absoluteString))
        #expect(fetch.status == 0)
        #expect(fetch.isSuccess)
        #expect(fetch.body == (try Fixtures.bytes(name)))
        #expect(fetch.contentType == type)
        #expect(fetch.etag == nil)
        #expect(fetch.finalURL == file.absoluteString)
    }

    @Test func aFileCarriesItsModificationTimeAsAnHTTPDate() async throws {
        let file = Fixtures.url("notice.txt")
        let modified = try #require(
            try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
        let fetch = try await Fetcher().fetch(FetchRequest(url: file.absoluteString))
        #expect(fetch.lastModified == HTTPDate.format(modified))
    }

    @Test func aMissingFileIsFileNotFoundNamingThePath() async throws {
        let missing = Fixtures.url("no such page.html")
        let error = await #expect(throws: FetchError.self) {
            try await Fetcher().fetch(FetchRequest(url: missing.absoluteString))
        }
        #expect(error?.kind == .fileNotFound)
        #expect(error?.message.contains(missing.path) == true)
    }

    @Test func aFolderIsNotAFile() async throws {
        let error = await #expect(throws: FetchError.self) {
            try await Fetcher().fetch(FetchRequest(url: Fixtures.folder.absoluteString))
        }
        #expect(error?.kind == .fileNotFound)
    }

    @Test func aFileOverTheBodyLimitIsRefused() async throws {
        let fetcher = Fetcher(configuration: FetchConfiguration(maxBodyBytes: 16))
        let error = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(FetchRequest(url: Fixtures.url("release-notes.html").absoluteString))
        }
        #expect(error?.kind == .tooLarge)
    }
}
