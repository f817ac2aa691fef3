import Foundation
import Model
@testable import Store
import Testing

/// Pages about a few models, from three sites, over two years.
private func rankingStore(_ folder: TemporaryFolder) throws -> FactStore {
    let store = try folder.store()
    let vendor = try store.upsertSource(
        Source(url: "https://vendor.example.com/feed.xml", kind: .feed, name: "Vendor notes", publisher: "Example Labs",
               isVendor: true), at: Clock.monday)
    func save(_ page: PageRecord, source: Int64? = nil) throws {
        var page = page
        page.sourceID = source
        _ = try store.savePage(page)
    }
    func context(_ url: String, _ text: String, _ value: Double, model: String = "Qwen3.6-Max-Preview") -> ClaimSpec {
        ClaimSpec(
            model: "qwen3.6-max-preview", modelName: model, attribute: .contextWindow, value: .number(value),
            unit: "tokens", text: text, quote: "\(model) offers a context window of \(text).")
    }
    let vendorQuote = "Qwen3.6-Max-Preview offers a context window of 262,144 tokens."
    try save(
        Pages.page(
            "https://vendor.example.com/qwen3.6", title: "Qwen3.6-Max-Preview release notes",
            paragraphs: [vendorQuote, "Qwen3.6-Max-Preview was released on April 20, 2026."],
            claims: [
                context("", "262,144 tokens", 262_144),
                ClaimSpec(
                    model: "qwen3.6-max-preview", modelName: "Qwen3.6-Max-Preview", attribute: .releaseDate,
                    value: .text("2026-04-20"), text: "April 20, 2026",
                    quote: "Qwen3.6-Max-Preview was released on April 20, 2026."),
            ], published: Clock.at("2026-04-20T08:00:00Z")), source: vendor)
    try save(
        Pages.page(
            "https://news.example.org/qwen", title: "Qwen's Max model, reviewed",
            paragraphs: ["Qwen3.6-Max-Preview offers a context window of 262,144 tokens."],
            claims: [context("", "262,144 tokens", 262_144)], published: Clock.at("2026-04-22T08:00:00Z")))
    try save(
        Pages.page(
            "https://blog.example.net/max", title: "Long context for everyone",
            paragraphs: ["Qwen3.6-Max offers a context window of 262,144 tokens."],
            claims: [context("", "262,144 tokens", 262_144, model: "Qwen3.6-Max")],
            published: Clock.at("2026-05-01T08:00:00Z")))
    try save(
        Pages.page(
            "https://rumors.example.org/qwen", title: "Rumor mill",
            paragraphs: ["Qwen3.6-Max-Preview offers a context window of 2M tokens."],
            claims: [context("", "2M tokens", 2_000_000)], published: Clock.at("2026-05-02T08:00:00Z")))
    // Two pages that say the same thing, two years apart: recency decides between them.
    for (year, host) in [("2024", "old.example.com"), ("2026", "new.example.com")] {
        try save(
            Pages.page(
                "https://\(host)/tokenizers", title: "Notes", paragraphs: ["Tokenizers split words into pieces."],
                published: Clock.at("\(year)-06-01T08:00:00Z")))
    }
    try save(
        Pages.page(
            "https://old.example.com/tokenizers-guide", title: "Tokenizers, a guide",
            paragraphs: ["How text becomes numbers."], published: Clock.at("2023-01-01T08:00:00Z")))
    return store
}

private let now = Clock.at("2026-11-23T10:00:00Z")

private func request(_ query: String, limit: Int = 10) -> SearchRequest { SearchRequest(query, limit: limit, now: now) }

@Test func recencyBreaksATieButNeverOutweighsABetterMatch() throws {
    let folder = try TemporaryFolder()
    let store = try rankingStore(folder)
    let urls = try store.search(request("tokenizers")).hits.map(\.url)
    // The title match wins although it is the oldest page; of the two equal pages, the newer leads.
    #expect(urls == [
        "https://old.example.com/tokenizers-guide", "https://new.example.com/tokenizers",
        "https://old.example.com/tokenizers",
    ])
}

@Test func filtersNarrowByDateSourceAndAttribute() throws {
    let folder = try TemporaryFolder()
    let store = try rankingStore(folder)
    var since = request("tokenizers")
    since.since = Clock.at("2025-01-01")
    #expect(try store.search(since).hits.map(\.url) == ["https://new.example.com/tokenizers"])
    var until = request("tokenizers")
    until.until = Clock.at("2024-01-01")
    #expect(try store.search(until).hits.map(\.url) == ["https://old.example.com/tokenizers-guide"])
    for source in ["old.example.com", "https://old.example.com/", "https://old.example.com/tokenizers-g"] {
        var bySite = request("tokenizers")
        bySite.source = source
        #expect(try store.search(bySite).hits.allSatisfy { $0.url.hasPrefix("https://old.example.com/") }, "\(source)")
        #expect(try !store.search(bySite).hits.isEmpty)
    }
    for source in ["Example Labs", "vendor notes", "https://vendor.example.com/feed.xml", "vendor.example.com"] {
        var byPublisher = request("context")
        byPublisher.source = source
        let hits = try store.search(byPublisher).hits
        #expect(!hits.isEmpty && hits.allSatisfy { $0.url == "https://vendor.example.com/qwen3.6" }, "\(source)")
    }
    var byAttribute = request("qwen3.6")
    byAttribute.attribute = .releaseDate
    let hits = try store.search(byAttribute).hits
    #expect(hits.compactMap(\.claim).allSatisfy { $0.attribute == .releaseDate })
    #expect(hits.filter { $0.kind == .document }.map(\.url) == ["https://vendor.example.com/qwen3.6"])
    var wildcard = request("tokenizers")
    wildcard.source = "%"
    #expect(try store.search(wildcard).hits.isEmpty)
}

@Test func aNamedModelLeadsWithItsFactsConsensusFirst() throws {
    let folder = try TemporaryFolder()
    let store = try rankingStore(folder)
    var named = request("qwen 3.6 max preview context", limit: 6)
    named.namedModels = [.init(words: "Qwen 3.6 Max Preview", id: "qwen3.6-max-preview")]
    let results = try store.search(named)
    #expect(results.models == ["qwen3.6-max-preview"])
    let facts = results.hits.filter { $0.support != nil }
    #expect(facts.map { $0.claim?.value } == [.number(262_144), .number(2_000_000)])
    #expect(facts.map(\.support) == [3, 1])
    #expect(facts.first?.sources?.count == 3)
    #expect(facts.first?.url == "https://vendor.example.com/qwen3.6")  // the earliest publication is shown
    #expect(Array(results.hits.prefix(2)) == facts)
    #expect(zip(results.hits, results.hits.dropFirst()).allSatisfy { $0.score >= $1.score })
    // The rest of the query ("context") keeps the release date out of the facts.
    #expect(facts.allSatisfy { $0.claim?.attribute == .contextWindow })
    // The spellings pages used find documents the typed words alone would miss.
    #expect(results.hits.contains { $0.kind == .document && $0.url == "https://news.example.org/qwen" })
    #expect(try store.search(request("qwen 3.6 max preview context")).hits.isEmpty)
}

@Test func aModelIdTypedAsWordsIsFoundWithoutARegistry() throws {
    let folder = try TemporaryFolder()
    let store = try rankingStore(folder)
    let results = try store.search(request("qwen3.6 max preview"))
    #expect(results.models == ["qwen3.6-max-preview"])
    let facts = results.hits.filter { $0.support != nil }
    #expect(facts.map(\.claim?.attribute) == [.contextWindow, .contextWindow, .releaseDate])
    // Excluded words drop facts too.
    let excluding = try store.search(request("qwen3.6-max-preview -context")).hits.filter { $0.support != nil }
    #expect(excluding.map(\.claim?.attribute) == [.releaseDate])
}

@Test func theModelFilterAloneListsTheModel() throws {
    let folder = try TemporaryFolder()
    let store = try rankingStore(folder)
    var filtered = request("")
    filtered.model = "qwen3.6-max-preview"
    let results = try store.search(filtered)
    #expect(results.hint == nil)
    #expect(results.hits.first?.support == 3)
    #expect(results.hits.compactMap(\.claim).allSatisfy { $0.model == "qwen3.6-max-preview" })
    #expect(!results.hits.contains { $0.url.contains("tokenizers") })
}

@Test func factsTakeAtMostHalfTheResultsWhenPagesMatchToo() throws {
    let folder = try TemporaryFolder()
    let store = try rankingStore(folder)
    let hits = try store.search(request("qwen3.6-max-preview", limit: 4)).hits
    #expect(hits.count == 4)
    #expect(hits.filter { $0.support != nil }.count == 2)
}

@Test(arguments: ["-context", "- - -", "OR", "\"\"", "-\"\"", "AND OR NOT", "\u{2028}\u{200B}"])
func aQueryThatMeansNothingFindsNothingWithAHint(query: String) throws {
    let folder = try TemporaryFolder()
    let store = try rankingStore(folder)
    let results = try store.search(request(query))
    if query == "AND OR NOT" {
        #expect(results.hint == nil)  // "not" is an ordinary word
    } else {
        #expect(results.hits.isEmpty)
        #expect(results.hint != nil, "\(query)")
    }
}

@Test func aCurrentStoreOpensReadOnlyAndSearches() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("modeltrack.sqlite")
    _ = try rankingStore(folder)
    let reader = try FactStore(path: path, access: .readOnly)
    #expect(try !reader.search(request("tokenizers")).hits.isEmpty)
    #expect(throws: StoreError.self) { try reader.execute("DELETE FROM claim") }
    #expect(try reader.claims().count == 5)
    // A store without the search index is migrated on the way.
    try FactStore(path: path).execute("DROP INDEX document_search")
    try FactStore(path: path).execute("DELETE FROM grdb_migrations WHERE identifier = 'v2-search-document-rank'")
    let migrated = try FactStore(path: path, access: .readOnly)
    #expect(try migrated.appliedMigrations() == StoreSchema.migrator.migrations)
    #expect(try !migrated.search(request("tokenizers")).hits.isEmpty)
}

@Test func aFilterThatDropsTheBestCandidatesStillFindsTheRest() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    // Sixty pages say "tokenizers" often; two quiet ones on another site say it once.
    for index in 0..<60 {
        _ = try store.savePage(
            Pages.page(
                "https://loud.example.com/\(index)", title: "Tokenizers \(index)",
                paragraphs: ["Tokenizers, tokenizers and more tokenizers, page \(index)."]))
    }
    for index in 0..<2 {
        _ = try store.savePage(
            Pages.page(
                "https://quiet.example.org/\(index)", title: "Notes \(index)",
                paragraphs: ["A long page that mentions tokenizers once among many other words about models."]))
    }
    #expect(try store.search(request("tokenizers", limit: 5)).hits.allSatisfy { $0.url.contains("loud") })
    var quiet = request("tokenizers", limit: 5)
    quiet.source = "quiet.example.org"
    #expect(try store.search(quiet).hits.map(\.url).sorted() == ["https://quiet.example.org/0", "https://quiet.example.org/1"])
    #expect(try store.search(request("tokenizers", limit: 100)).hits.count == 62)
}
