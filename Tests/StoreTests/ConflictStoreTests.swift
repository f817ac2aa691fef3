import Foundation
import Model
@testable import Store
import Testing

/// Two vendor pages that disagree on Maverick's context window, stored; returns their claims.
private func disagreeingClaims(in store: FactStore) throws -> (Claim, Claim) {
    _ = try store.savePage(Pages.maverick())
    let quote = "Llama 4 Maverick handles 512K tokens of context."
    _ = try store.savePage(
        Pages.page(
            "https://news.example.org/maverick", title: "Maverick reviewed", paragraphs: [quote],
            claims: [
                ClaimSpec(
                    model: "llama-4-maverick", modelName: "Llama 4 Maverick", attribute: .contextWindow,
                    value: .number(512_000), unit: "tokens", text: "512K tokens", quote: quote)
            ]))
    let claims = try store.claims(model: "llama-4-maverick", attribute: .contextWindow)
    try #require(claims.count == 2)
    return (claims[0], claims[1])
}

private let key = ConflictKey(model: "llama-4-maverick", attribute: .contextWindow)

private func contextConflict(_ a: Claim, _ b: Claim, severity: Conflict.Severity = .high) -> Conflict {
    Conflict(
        model: key.model, attribute: key.attribute, severity: severity, kind: .contradiction,
        positions: [.init(value: a.value, claims: [a]), .init(value: b.value, claims: [b])],
        explanation: "1M vs 512K tokens")
}

@Test func aConflictIsOpenedResolvedAndReopenedWithoutLosingItsRow() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    let (a, b) = try disagreeingClaims(in: store)

    try store.updateConflicts([contextConflict(a, b)], for: [key], at: Clock.monday)
    let opened = try #require(try store.conflicts().first)
    #expect(opened.detectedAt == Clock.monday)
    #expect(opened.resolvedAt == nil)
    #expect(try store.statistics().openConflicts == 1)

    // Detected again with the same positions: same row, same detection time.
    try store.updateConflicts([contextConflict(a, b)], for: [key], at: Clock.tuesday)
    #expect(try store.conflicts().first?.id == opened.id)
    #expect(try store.conflicts().first?.detectedAt == Clock.monday)
    #expect(try store.firstValue("SELECT updated_at FROM conflict") == "2026-11-23T10:00:00Z")

    // The same claims listed in another order are the same positions; a claim changing sides is not.
    var reordered = contextConflict(a, b)
    reordered.positions.reverse()
    try store.updateConflicts([reordered], for: [key], at: Clock.tuesday)
    #expect(try store.firstValue("SELECT updated_at FROM conflict") == "2026-11-23T10:00:00Z")
    #expect(try store.conflicts().first?.positions.map(\.value) == [b.value, a.value])
    let merged = Conflict(
        model: key.model, attribute: key.attribute, severity: .high, kind: .contradiction,
        positions: [.init(value: a.value, claims: [a, b])])
    try store.updateConflicts([merged], for: [key], at: Clock.tuesday)
    #expect(try store.firstValue("SELECT updated_at FROM conflict") == "2026-11-24T10:00:00Z")
    #expect(try store.conflicts().first?.positions.map(\.claims.count) == [2])
    try store.updateConflicts([contextConflict(a, b)], for: [key], at: Clock.tuesday)

    // No longer conflicting: resolved, kept.
    try store.updateConflicts([], for: [key], at: Clock.tuesday)
    #expect(try store.conflicts().isEmpty)
    let resolved = try #require(try store.conflicts(includeResolved: true).first)
    #expect(resolved.id == opened.id)
    #expect(resolved.resolvedAt == Clock.tuesday)
    #expect(resolved.positions.count == 2)
    #expect(try store.statistics().resolvedConflicts == 1)

    // Conflicting again: reopened in the same row.
    try store.updateConflicts([contextConflict(a, b, severity: .medium)], for: [key], at: Clock.wednesday)
    let reopened = try #require(try store.conflicts().first)
    #expect(reopened.id == opened.id)
    #expect(reopened.resolvedAt == nil)
    #expect(reopened.detectedAt == Clock.monday)
    #expect(reopened.severity == .medium)
    #expect(try store.firstValue("SELECT updated_at FROM conflict") == "2026-11-25T10:00:00Z")
    #expect(try store.firstValue("SELECT opened_at FROM conflict") == "2026-11-25T10:00:00Z")
}

@Test func conflictsComeBackWithTheirPositionsAndFullClaims() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    let (a, b) = try disagreeingClaims(in: store)
    let weights = ConflictKey(model: "other-model", attribute: .weights)
    try store.updateConflicts([contextConflict(a, b, severity: .low)], for: [key, weights], at: Clock.monday)

    let conflicts = try store.conflicts(model: "llama-4-maverick")
    #expect(conflicts.count == 1)
    let conflict = try #require(conflicts.first)
    #expect(conflict.kind == .contradiction)
    #expect(conflict.severity == .low)
    #expect(conflict.explanation == "1M vs 512K tokens")
    #expect(conflict.positions.map(\.value) == [a.value, b.value])
    #expect(conflict.positions.map(\.claims) == [[a], [b]])
    #expect(conflict.positions[1].claims[0].source.url == "https://news.example.org/maverick")
    #expect(try store.conflicts(attribute: .weights).isEmpty)
    let json = try ContractJSON.string(conflict)
    #expect(json.contains(#""positions":[{"claims":[{"attribute":"context_window""#))
}

@Test func conflictsAreOrderedBySeverityThenModel() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    let (a, b) = try disagreeingClaims(in: store)
    func conflict(_ model: ModelID, _ severity: Conflict.Severity) -> Conflict {
        Conflict(
            model: model, attribute: .weights, severity: severity, kind: .ambiguous,
            positions: [.init(value: .text("open"), claims: [a]), .init(value: .text("closed"), claims: [b])])
    }
    let conflicts = [conflict("b-model", .low), conflict("c-model", .high), conflict("a-model", .medium), conflict("a-high", .high)]
    try store.updateConflicts(conflicts, for: Set(conflicts.map(ConflictKey.init)), at: Clock.monday)
    #expect(try store.conflicts().map(\.model) == ["a-high", "c-model", "a-model", "b-model"])
}

@Test func conflictsOutsideTheKeysOrWithUnstoredClaimsAreRefused() throws {
    let folder = try TemporaryFolder()
    let store = try folder.store()
    let (a, b) = try disagreeingClaims(in: store)
    #expect(throws: StoreError.self) { try store.updateConflicts([contextConflict(a, b)], for: [], at: Clock.monday) }
    var unstored = b
    unstored.id = nil
    #expect(throws: StoreError.self) {
        try store.updateConflicts([contextConflict(a, unstored)], for: [key], at: Clock.monday)
    }
    #expect(try store.conflicts(includeResolved: true).isEmpty)
}
