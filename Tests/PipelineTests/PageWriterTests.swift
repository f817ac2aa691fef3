import Foundation
import Model
@testable import Pipeline
import Store
import Testing

/// The crawl's store writer: pages saved at about the same time share a transaction.
@Suite struct PageWriterTests {
    private func page(_ number: Int) -> PageRecord {
        let url = "https://example.org/posts/\(number)"
        let fetch = Fetch(
            requestedURL: url, finalURL: url, status: 200, contentType: "text/html", fetchedAt: Date(timeIntervalSince1970: 1_790_000_000),
            body: Data("<p>Post \(number) is about herons.</p>".utf8))
        let document = Document(url: url, title: "Post \(number)", blocks: [.paragraph("Post \(number) is about herons.")])
        return PageRecord(fetch: fetch, document: document)
    }

    @Test func pagesSavedTogetherShareTransactionsAndAreAllStored() async throws {
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        let writer = PageWriter(store: store, batchLimit: 8, gatherTime: .milliseconds(300))
        let count = 24
        let saved = try await withThrowingTaskGroup(of: SavedPage.self) { group in
            for number in 0..<count { group.addTask { try await writer.save(self.page(number)) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(saved.count == count)
        #expect(saved.allSatisfy { $0.isNewDocument })
        #expect(Set(saved.compactMap(\.documentID)).count == count)
        #expect(writer.transactions >= count / 8, "no transaction holds more than the batch limit")
        #expect(writer.transactions < count, "pages waiting together were written together")
        #expect(try store.search("herons", limit: 50).count == count)
    }

    @Test func aFeedEntryIsMarkedFetchedWithItsPage() async throws {
        let store = try FactStore(path: SampleSite.temporaryStorePath())
        let feed = "https://example.org/feed.xml"
        let url = "https://example.org/posts/1"
        let pending = try store.recordFeedEntries(
            [ListedEntry(key: "p1", url: url, canonicalURL: url, published: nil, changed: nil)], feedURL: feed,
            at: Date(timeIntervalSince1970: 1_790_000_000))
        #expect(pending.map(\.url) == [url])
        let writer = PageWriter(store: store, gatherTime: .milliseconds(1))
        _ = try await writer.save(page(1), fetchedEntry: (url, Date(timeIntervalSince1970: 1_790_000_100)))
        #expect(try store.pendingFeedEntries(feedURL: feed).isEmpty)
    }
}
