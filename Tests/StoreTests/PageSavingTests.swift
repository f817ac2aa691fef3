import Archiving
import Foundation
import Model
@testable import Store
import Testing

@Test func aSavedPageRoundTripsItsClaimsCitationsAndRawBytes() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    let page = Pages.maverick()
    let saved = try store.savePage(page)
    let bodyHash = SHA256Digest.hex(page.fetch.body)

    #expect(saved.isNewDocument)
    #expect(saved.sha256 == bodyHash)
    #expect(saved.documentID != nil)
    #expect(saved.claims.count == 2)
    #expect(saved.claims.allSatisfy { $0.id != nil })

    let claims = try store.claims(model: "llama-4-maverick", attribute: .contextWindow)
    #expect(claims.count == 1)
    let claim = try #require(claims.first)
    #expect(claim == saved.claims.first { $0.attribute == .contextWindow })
    #expect(claim.value == .number(1_000_000))
    #expect(claim.unit == "tokens")
    #expect(claim.text == "1M tokens")
    #expect(claim.qualifiers == Qualifiers(scope: "native", asOf: "2026-11-20"))
    #expect(claim.quote == Pages.maverickQuote)
    #expect(claim.source.url == Pages.maverickURL)
    #expect(claim.source.title == "Introducing Llama 4")
    #expect(claim.source.published == Clock.at("2026-11-20T08:00:00Z"))
    #expect(claim.source.retrieved == Clock.monday)
    #expect(claim.source.sha256 == bodyHash)

    let json = try ContractJSON.string(claim)
    #expect(json.contains(#""value":1000000"#))
    #expect(json.contains(#""qualifiers":{"as_of":"2026-11-20","hedged":false,"scope":"native"}"#))

    let raw = try #require(try store.rawBody(sha256: bodyHash))
    #expect(raw == page.fetch.body)
    #expect(SHA256Digest.hex(raw) == claim.source.sha256)
    #expect(try store.rawBody(sha256: String(repeating: "0", count: 64)) == nil)
    let mainText = try #require(try store.mainText(url: Pages.maverickURL))
    #expect(mainText.contains(claim.quote))
}

@Test func claimValuesKeepTheirTypeInTheValueColumn() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    let url = "https://example.com/card"
    let specs = [
        ClaimSpec(model: "m", modelName: "M", attribute: .benchmark("gpqa-diamond"), value: .number(73.4), unit: "percent", text: "73.4%", quote: "GPQA 73.4%"),
        ClaimSpec(model: "m", modelName: "M", attribute: .releaseDate, value: .text("2026-11-20"), text: "November 20", quote: "Released November 20"),
        ClaimSpec(model: "m", modelName: "M", attribute: .license, value: .text("128"), text: "128", quote: "License 128"),
        ClaimSpec(model: "m", modelName: "M", attribute: .contextWindow, value: .number(131_072), text: "128K", qualifiers: Qualifiers(hedged: true), quote: "about 128K"),
    ]
    _ = try store.savePage(Pages.page(url, title: "Card", paragraphs: ["A model card."], claims: specs))
    let values = Dictionary(uniqueKeysWithValues: try store.claims(model: "m").map { ($0.attribute, $0.value) })
    #expect(values[.benchmark("gpqa-diamond")] == .number(73.4))
    #expect(values[.releaseDate] == .text("2026-11-20"))
    #expect(values[.license] == .text("128"))
    #expect(values[.contextWindow] == .number(131_072))
    #expect(try store.claims(model: "m", attribute: .contextWindow).first?.qualifiers.hedged == true)
}

@Test func savingTheSamePageTwiceKeepsOneDocumentAndOneBodyButTwoFetches() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    let first = try store.savePage(Pages.maverick(at: Clock.monday))
    let second = try store.savePage(Pages.maverick(at: Clock.tuesday))

    #expect(!second.isNewDocument)
    #expect(second.documentID == first.documentID)
    #expect(second.fetchID != first.fetchID)
    #expect(second.claims == first.claims)
    let statistics = try store.statistics()
    #expect(statistics.fetches == 2)
    #expect(statistics.bodies == 1)
    #expect(statistics.documents == 1)
    #expect(statistics.claims == 2)
    #expect(try store.claims().count == 2)
}

@Test func aChangedPageBecomesCurrentAndOnlyItsClaimsAreListed() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    let old = try store.savePage(Pages.maverick(at: Clock.monday, contextWindow: 1_000_000))
    let new = try store.savePage(Pages.maverick(at: Clock.tuesday, contextWindow: 512_000))

    #expect(new.isNewDocument)
    #expect(new.documentID != old.documentID)
    let statistics = try store.statistics()
    #expect(statistics.documents == 2)
    #expect(statistics.currentDocuments == 1)
    #expect(statistics.claims == 4)
    #expect(statistics.currentClaims == 2)

    let context = try store.claims(model: "llama-4-maverick", attribute: .contextWindow)
    #expect(context.map(\.value) == [.number(512_000)])
    #expect(context.first?.source.retrieved == Clock.tuesday)
    #expect(try store.mainText(url: Pages.maverickURL)?.contains("512K tokens") == true)
    // The old version's claim is still stored and can be read by id, with its own citation.
    let oldClaimID = try #require(old.claims.first?.id)
    #expect(try store.claim(id: oldClaimID)?.source.sha256 == old.sha256)

    // The page going back to its first version makes that document current again.
    let back = try store.savePage(Pages.maverick(at: Clock.wednesday, contextWindow: 1_000_000))
    #expect(!back.isNewDocument)
    #expect(back.documentID == old.documentID)
    #expect(try store.claims(attribute: .contextWindow).map(\.value) == [.number(1_000_000)])
}

@Test func validatorsComeFromTheLatestSuccessfulFetch() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    let url = Pages.maverickURL
    #expect(try store.validators(for: url) == nil)

    _ = try store.savePage(Pages.maverick(at: Clock.monday, etag: "\"v1\""))
    #expect(try store.validators(for: url) == Validators(etag: "\"v1\"", lastModified: nil))

    var changed = Pages.maverick(at: Clock.tuesday, contextWindow: 512_000, etag: "\"v2\"")
    changed.fetch.lastModified = "Tue, 24 Nov 2026 09:00:00 GMT"
    _ = try store.savePage(changed)

    // A later 304 and a later failure do not replace the validators of the stored copy.
    var notModified = Pages.fetch(url, body: "", at: Clock.wednesday, status: 304, etag: "\"v3\"")
    notModified.body = Data()
    try store.recordFetch(notModified, requestedURL: url, sourceID: nil, error: nil, at: Clock.wednesday)
    try store.recordFetch(nil, requestedURL: url, sourceID: nil, error: "timed out", at: Clock.wednesday)

    let expected = Validators(etag: "\"v2\"", lastModified: "Tue, 24 Nov 2026 09:00:00 GMT")
    #expect(try store.validators(for: url) == expected)
    #expect(try store.statistics().fetches == 4)
    #expect(try store.statistics().failedFetches == 1)
    #expect(try store.latestFetches(url: url).map(\.status) == [nil, 304, 200, 200])
}

@Test func validatorsAreFoundByTheRequestedURLOfARedirectedFetch() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    var page = Pages.maverick(etag: "\"abc\"")
    page.fetch.requestedURL = "http://example.com/llama-4"
    page.fetch.redirectCount = 1
    _ = try store.savePage(page)
    #expect(try store.validators(for: "http://example.com/llama-4")?.etag == "\"abc\"")
    #expect(try store.validators(for: Pages.maverickURL)?.etag == "\"abc\"")
    #expect(try store.mainText(url: "http://example.com/llama-4") != nil)
}

@Test func aClaimCitingAnotherBodyIsRefusedAndNothingIsWritten() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    var page = Pages.maverick()
    page.claims[1].source.sha256 = String(repeating: "a", count: 64)
    #expect(throws: StoreError.self) { _ = try store.savePage(page) }
    #expect(try store.statistics() == StoreStatistics())
}

@Test func aFailureHalfwayThroughSavingLeavesNothingHalfWritten() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    var page = Pages.maverick()
    page.claims[1].model = ""  // refused by a CHECK after the fetch, body, document and first claim went in
    do {
        _ = try store.savePage(page)
        Issue.record("an empty model id was stored")
    } catch let error as StoreError {
        #expect(error.kind == .database)
        #expect(error.description.contains("CHECK"))
    }
    #expect(try store.statistics() == StoreStatistics())
    #expect(try store.rawBody(sha256: SHA256Digest.hex(page.fetch.body)) == nil)
}

@Test func foreignKeysAreEnforced() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    _ = try store.savePage(Pages.maverick())
    #expect(throws: StoreError.self) {
        try store.execute(
            """
            INSERT INTO claim (document_id, fetch_id, model, model_name, attribute, value, text, quote, first_seen)
            VALUES (999, 1, 'm', 'M', 'weights', 'open', 'open', 'open weights', '2026-11-23T10:00:00Z')
            """)
    }
    #expect(throws: StoreError.self) { try store.execute("DELETE FROM body") }
    let ghost = Claim(
        id: 424_242, model: "m", modelName: "M", attribute: .weights, value: .text("open"), text: "open",
        quote: "open", source: Citation(url: "u", title: nil, published: nil, retrieved: Clock.monday, sha256: ""))
    let conflict = Conflict(
        model: "m", attribute: .weights, severity: .high, kind: .contradiction,
        positions: [.init(value: .text("open"), claims: [ghost])])
    do {
        try store.updateConflicts([conflict], for: [ConflictKey(conflict)], at: Clock.monday)
        Issue.record("a conflict citing a missing claim was stored")
    } catch let error as StoreError {
        #expect(error.message.contains("FOREIGN KEY"))
    }
    #expect(try store.integrityProblems().isEmpty)
}

@Test func sourcesAreUpsertedByURL() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    var source = Source(url: "https://blog.example.com/index.xml", kind: .feed, name: "Qwen blog", publisher: "Qwen team", isVendor: true)
    let id = try store.upsertSource(source, at: Clock.monday)
    source.interval = 3_600
    source.name = "Qwen"
    #expect(try store.upsertSource(source, at: Clock.tuesday) == id)
    let stored = try store.sources()
    #expect(stored.count == 1)
    #expect(stored.first?.id == id)
    #expect(stored.first?.source == source)

    var page = Pages.maverick()
    page.sourceID = id
    let saved = try store.savePage(page)
    #expect(try store.latestFetches().first?.sourceID == id)
    #expect(try store.latestFetches().first?.id == saved.fetchID)
}

@Test func tablesAndDocumentFieldsAreStoredAsReadableJSON() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    let table = Table(rows: [[.init("Model", isHeader: true), .init("Score", isHeader: true)], [.init("M"), .init("71.2")]], headerRowCount: 1)
    _ = try store.savePage(Pages.page("https://example.com/board", title: "Board", paragraphs: ["Scores."], tables: [table]))
    #expect(try store.mainText(url: "https://example.com/board") == "Scores.\n\nModel | Score\nM | 71.2")
    #expect(try store.firstValue("SELECT json_extract(tables_json, '$[0].rows[1][1].text') FROM document") == "71.2")
    #expect(try store.firstValue("SELECT json_extract(tables_json, '$[0].rows[0][0].header') FROM document") == "1")
}

@Test func concurrentWritersAndReadersShareOneStore() async throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    try await withThrowingTaskGroup(of: Void.self) { group in
        for index in 0..<8 {
            group.addTask {
                let quote = "Model \(index) has a context window of \(index + 1)K tokens."
                _ = try store.savePage(
                    Pages.page(
                        "https://example.com/model-\(index)", title: "Model \(index)", paragraphs: [quote],
                        claims: [
                            ClaimSpec(
                                model: ModelID("model-\(index)"), modelName: "Model \(index)", attribute: .contextWindow,
                                value: .number(Double((index + 1) * 1000)), text: "\(index + 1)K tokens", quote: quote)
                        ]))
                _ = try store.search("context window")
                _ = try store.claims()
            }
        }
        try await group.waitForAll()
    }
    #expect(try store.claims().count == 8)
    #expect(try store.search("\"context window\"", limit: 100).count == 16)
    #expect(try store.integrityProblems().isEmpty)
}
