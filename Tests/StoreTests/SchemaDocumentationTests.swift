import Foundation
import Model
@testable import Store
import Testing

/// The SQL blocks of `Store/README.md`, which people copy into sqlite3.
private func documentedQueries() throws -> [String] {
    let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Store/README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    return text.components(separatedBy: "```sql\n").dropFirst().compactMap { block in
        block.components(separatedBy: "```").first?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

@Test func everyQueryInTheSchemaDocumentationRunsAndFindsRows() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    let sourceID = try store.upsertSource(
        Source(url: "https://example.com/blog/feed.xml", kind: .feed, name: "Blog", publisher: "Example", isVendor: true),
        at: Clock.monday)
    var page = Pages.maverick()
    page.sourceID = sourceID
    let first = try store.savePage(page)
    _ = try store.savePage(Pages.maverick(at: Clock.tuesday, contextWindow: 512_000))
    try store.recordFetch(
        nil, requestedURL: "https://example.com/blog/feed.xml", sourceID: sourceID, error: "timed out",
        at: Clock.wednesday)
    let current = try store.claims(attribute: .contextWindow)
    let old = try #require(first.claims.first { $0.attribute == .contextWindow })
    let conflict = Conflict(
        model: "llama-4-maverick", attribute: .contextWindow, severity: .medium, kind: .outdated,
        positions: [.init(value: old.value, claims: [old]), .init(value: current[0].value, claims: current)])
    try store.updateConflicts([conflict], for: [ConflictKey(conflict)], at: Clock.wednesday)

    let queries = try documentedQueries().filter { !$0.contains("writefile(") }
    #expect(queries.count >= 7)
    for query in queries {
        #expect(try store.rowCount(query) > 0, "\(query)")
    }
}
