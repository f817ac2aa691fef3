import Digest
import Foundation
import Model
import Store
import Testing

@Test func aBookmarkedDigestNeitherRepeatsNorSkips() throws {
    let folder = try TemporaryFolder()
    let store = try History.store(at: folder.path("history.sqlite"))
    // The first digest (since Nov 22) reports the day; its bookmark remembers where it stopped.
    let first = try store.digestMaterial(for: .from(since: History.since, until: History.until))
    #expect(Digest(material: first).newFacts.count == 2)
    var bookmark = first.bookmark
    bookmark.target = "stdout:text"
    try store.saveDigestBookmark(bookmark, at: History.until)
    #expect(try store.digestBookmark(target: "stdout:text") == bookmark)
    #expect(try store.digestBookmark(target: "stdout:html") == nil)

    // Nothing new: the next digest repeats nothing but the source that is still failing.
    let next = History.at("2026-11-24T00:00:00Z")
    let quiet = Digest(material: try store.digestMaterial(for: .after(bookmark, until: next)))
    #expect(quiet.since == History.until)
    #expect(quiet.newModels.isEmpty && quiet.newFacts.isEmpty && quiet.changedFacts.isEmpty)
    #expect(quiet.newConflicts.isEmpty && quiet.resolvedConflicts.isEmpty)
    #expect(quiet.failingSources.count == 1)

    // A page fetched before the bookmark's time but stored after it (a slow crawl) is not skipped,
    // and a conflict opened "in the past" the same way is reported too.
    let late = History.at("2026-11-22T23:30:00Z")
    _ = try store.savePage(
        History.page(
            "https://late.example.com/gemma", title: "Gemma 4 notes", at: late,
            claims: [
                History.claim("gemma-4", "Gemma 4", .contextWindow, .number(131_072), "128K tokens", unit: "tokens",
                              quote: "Gemma 4 reads 128K tokens.")
            ]))
    _ = try store.savePage(
        History.page(
            "https://late.example.com/qwen", title: "Qwen notes", at: late,
            claims: [
                History.claim("qwen3.6-max-preview", "Qwen3.6-Max-Preview", .contextWindow, .number(1_000_000),
                              "1M tokens", unit: "tokens", quote: "Qwen3.6-Max-Preview reads 1M tokens.")
            ]))
    let context = ConflictKey(model: "qwen3.6-max-preview", attribute: .contextWindow)
    try store.updateConflicts([try History.conflict(store, context, .medium)], for: [context], at: late)
    let caughtUp = Digest(material: try store.digestMaterial(for: .after(bookmark, until: next)))
    #expect(caughtUp.newModels.map(\.model) == ["gemma-4"])
    #expect(caughtUp.newFacts.map(\.quote) == ["Qwen3.6-Max-Preview reads 1M tokens."])
    #expect(caughtUp.newConflicts.map(\.attribute) == [.contextWindow])
    // A time window would have missed both: they are first seen before its start.
    let byTime = Digest(material: try store.digestMaterial(for: .time(since: History.until, until: next)))
    #expect(byTime.newModels.isEmpty && byTime.newFacts.isEmpty && byTime.newConflicts.isEmpty)
}

@Test func aConflictResolvedAfterTheBookmarkIsReportedOnceAndAReopenedOneAgain() throws {
    let folder = try TemporaryFolder()
    let store = try History.store(at: folder.path("history.sqlite"))
    let weights = ConflictKey(model: "qwen3.6-max-preview", attribute: .weights)
    let first = try store.digestMaterial(for: .from(since: History.since, until: History.until))
    try store.updateConflicts([], for: [weights], at: History.at("2026-11-23T05:00:00Z"))
    let resolved = try store.digestMaterial(for: .after(first.bookmark, until: History.at("2026-11-23T06:00:00Z")))
    #expect(Digest(material: resolved).resolvedConflicts.map(\.attribute) == [.weights])
    let again = try store.digestMaterial(for: .after(resolved.bookmark, until: History.at("2026-11-23T07:00:00Z")))
    #expect(Digest(material: again).resolvedConflicts.isEmpty)
    try store.updateConflicts(
        [try History.conflict(store, weights, .high)], for: [weights], at: History.at("2026-11-23T08:00:00Z"))
    let reopened = try store.digestMaterial(for: .after(again.bookmark, until: History.at("2026-11-23T09:00:00Z")))
    #expect(Digest(material: reopened).newConflicts.map(\.attribute) == [.weights])
}

@Test func rereadingAPageOrConfirmingAKnownValueIsNotNews() throws {
    let folder = try TemporaryFolder()
    let store = try History.store(at: folder.path("history.sqlite"))
    let next = History.at("2026-11-24T00:00:00Z")
    let saved = History.at("2026-11-23T10:00:00Z")
    // Another site repeats a value the store holds; the vendor page changes its wording only.
    _ = try store.savePage(
        History.page(
            "https://mirror.example.org/llama", title: "Mirror", at: saved,
            claims: [
                History.claim("llama-4-maverick", "Llama 4 Maverick", .paramsTotal, .number(4e11), "400 billion",
                              unit: "parameters", quote: "Maverick: 400 billion parameters.")
            ]))
    _ = try store.savePage(
        History.page(
            "https://vendor.example.com/llama-4", title: "Introducing Llama 4 (updated)", at: saved,
            claims: [
                History.claim("llama-4-maverick", "Llama 4 Maverick", .contextWindow, .number(512_000), "512K tokens",
                              unit: "tokens", scope: "native", quote: "Llama 4 Maverick reads 512K tokens."),
                History.claim("llama-4-maverick", "Llama 4 Maverick", .paramsTotal, .number(4e11), "400B",
                              unit: "parameters", quote: "Llama 4 Maverick has 400B total parameters."),
            ]))
    let digest = Digest(material: try store.digestMaterial(for: .time(since: History.until, until: next)))
    #expect(digest.newFacts.isEmpty)
    #expect(digest.changedFacts.isEmpty)
    #expect(digest.newModels.isEmpty)
}

@Test(arguments: [
    ("24h", "2026-11-22T06:00:00Z"), ("7d", "2026-11-16T06:00:00Z"), ("90m", "2026-11-23T04:30:00Z"),
    ("2w", "2026-11-09T06:00:00Z"), ("2026-11-20", "2026-11-20T00:00:00Z"),
    ("2026-11-20T05:30:00Z", "2026-11-20T05:30:00Z"), ("today", "2026-11-23T00:00:00Z"),
    ("yesterday", "2026-11-22T00:00:00Z"), ("now", "2026-11-23T06:00:00Z"),
])
func timeArgumentsReadAsPeopleWriteThem(text: String, expected: String) {
    let now = History.at("2026-11-23T06:00:00Z")
    #expect(TimeArgument.parse(text, now: now).map(Timestamp.format) == expected)
}

@Test(arguments: ["", "soon", "7", "d", "-3d", "1y", "2026-13-40", "24 h"])
func anythingElseIsNotATime(text: String) {
    #expect(TimeArgument.parse(text, now: History.at("2026-11-23T06:00:00Z")) == nil)
}
