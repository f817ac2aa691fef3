import Foundation
import Model
@testable import Store
import Testing

/// Pages saved in batches are indexed for full-text search at the end of their transaction.
@Suite struct BatchSavingTests {
    private func note(_ number: Int, word: String) -> PageRecord {
        Pages.page(
            "https://example.org/notes/\(number)", title: "Note \(number)",
            paragraphs: ["Field note \(number) mentions the \(word) release."],
            claims: [
                ClaimSpec(
                    model: ModelID(rawValue: "kite-\(number)"), modelName: "Kite \(number)", attribute: .weights, value: .text("open"),
                    text: "open weights", quote: "Field note \(number) mentions the \(word) release.")
            ])
    }

    private func matches(_ store: FactStore, _ table: String, _ word: String) throws -> Int {
        try store.rowCount("SELECT rowid FROM \(table) WHERE \(table) MATCH '\(word)'")
    }

    /// FTS5's own check that an external-content index matches its table.
    private func expectIndexesSound(_ store: FactStore) throws {
        try store.execute("INSERT INTO document_fts (document_fts) VALUES ('integrity-check')")
        try store.execute("INSERT INTO claim_fts (claim_fts) VALUES ('integrity-check')")
        #expect(try store.firstValue("SELECT count(*) FROM crawl_marker") == "0", "the deferral marker is never committed")
    }

    @Test func aBatchOfPagesIsFoundByFullTextSearch() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        let results = try store.savePages([note(1, word: "heron"), note(2, word: "osprey"), Pages.maverick()])
        #expect(results.allSatisfy { (try? $0.get())?.isNewDocument == true })
        #expect(try matches(store, "document_fts", "heron") == 1)
        #expect(try matches(store, "document_fts", "osprey") == 1)
        #expect(try matches(store, "claim_fts", "kite") == 2)
        #expect(try matches(store, "claim_fts", "maverick") == 2)
        #expect(try store.search("osprey").map(\.url).contains("https://example.org/notes/2"))
        try expectIndexesSound(store)
    }

    @Test func aPageRefusedInsideTheTransactionLeavesTheOthersSavedAndIndexed() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        var bad = note(2, word: "osprey")
        bad.claims[0].model = ""  // refused by a CHECK: the batch is retried page by page
        let results = try store.savePages([note(1, word: "heron"), bad, note(3, word: "plover")])
        #expect((try? results[0].get()) != nil)
        #expect((try? results[1].get()) == nil)
        #expect((try? results[2].get()) != nil)
        #expect(try matches(store, "document_fts", "heron") == 1)
        #expect(try matches(store, "document_fts", "osprey") == 0)
        #expect(try matches(store, "claim_fts", "plover") == 1)
        try expectIndexesSound(store)
    }

    @Test func rowsInsertedByHandAreStillIndexedByTheTriggers() throws {
        let folder = try TemporaryFolder()
        let store = try folder.store()
        _ = try store.savePage(Pages.maverick())
        try store.execute(
            """
            INSERT INTO document (url, sha256, fetch_id, title, main_text, is_current, first_seen)
            SELECT 'https://example.org/by-hand', sha256, fetch_id, 'By hand', 'A pelican typed this.', 1, first_seen
            FROM document LIMIT 1
            """)
        try store.execute(
            """
            INSERT INTO claim (document_id, fetch_id, model, model_name, attribute, value, text, quote, first_seen)
            SELECT id, fetch_id, 'pelican-1', 'Pelican 1', 'weights', 'open', 'open', 'A pelican typed this.', first_seen
            FROM document WHERE url = 'https://example.org/by-hand'
            """)
        #expect(try matches(store, "document_fts", "pelican") == 1)
        #expect(try matches(store, "claim_fts", "pelican") == 1)
        try expectIndexesSound(store)
    }
}
