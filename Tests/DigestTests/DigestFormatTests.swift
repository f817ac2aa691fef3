import Digest
import Foundation
import Model
import Store
import Testing

/// A folder under the system's temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("modeltrack-digest-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }
}

enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The expected output in `name`; with MODELTRACK_UPDATE_FIXTURES=1 set, `actual` is written there first.
    static func expected(_ name: String, actual: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["MODELTRACK_UPDATE_FIXTURES"] == "1" {
            try Data(actual.utf8).write(to: url)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// The history's digest for Nov 22, gathered from the store.
func historyDigest() throws -> Digest {
    let folder = try TemporaryFolder()
    let store = try History.store(at: folder.path("history.sqlite"))
    return Digest(material: try store.digestMaterial(for: .time(since: History.since, until: History.until)))
}

@Test(arguments: DigestFormat.allCases)
func theHistoryPrintsExactlyAsExpected(format: DigestFormat) throws {
    let digest = try historyDigest()
    var rendered = try format.render(digest)
    if format == .json { rendered = try ContractJSON.string(digest, pretty: true) + "\n" }
    #expect(rendered == (try Fixtures.expected("history.\(format.fileExtension)", actual: rendered)))
}

@Test(arguments: DigestFormat.allCases)
func anEmptyDigestSaysSoInOneLine(format: DigestFormat) throws {
    let empty = Digest(since: History.at("2026-11-10T00:00:00Z"), until: History.at("2026-11-11T00:00:00Z"))
    let rendered = try format.render(empty)
    #expect(rendered == (try Fixtures.expected("empty.\(format.fileExtension)", actual: rendered)))
    if format == .text || format == .markdown {
        #expect(rendered.split(separator: "\n").count == 1)
    }
}

@Test func theHistoryHasEverySection() throws {
    let digest = try historyDigest()
    #expect(digest.newModels.map(\.model) == ["kimi-k3"])
    #expect(digest.newModels.first?.facts.map(\.attribute) == [.releaseDate, .contextWindow])
    #expect(digest.newFacts.map(\.attribute) == [.weights, .contextWindow])
    #expect(digest.changedFacts.map { "\($0.attribute) \($0.old.value) → \($0.new.value)" } == [
        "context_window 1000000 → 512000", "params_total 2000000000000 → 400000000000",
    ])
    #expect(digest.newConflicts.map(\.attribute) == [.weights])
    #expect(digest.resolvedConflicts.map(\.attribute) == [.paramsTotal])
    #expect(digest.failingSources.map(\.lastError) == ["HTTP 503 Service Unavailable"])
    #expect(digest.failingSources.first?.since == History.at("2026-11-22T09:00:00Z"))
}

@Test func theJSONIsTheContractsDigestObject() throws {
    let digest = try historyDigest()
    let object = try #require(
        try JSONSerialization.jsonObject(with: Data(try DigestFormat.json.render(digest).utf8)) as? [String: Any])
    #expect(Set(object.keys) == [
        "since", "until", "new_models", "new_facts", "changed_facts", "new_conflicts", "resolved_conflicts",
        "failing_sources",
    ])
    #expect(object["since"] as? String == "2026-11-22T00:00:00Z")
    let changed = try #require((object["changed_facts"] as? [[String: Any]])?.first)
    #expect(Set(changed.keys) == ["model", "attribute", "old", "new"])
    let old = try #require(changed["old"] as? [String: Any])
    #expect((old["source"] as? [String: Any])?["sha256"] is String)
    let failing = try #require((object["failing_sources"] as? [[String: Any]])?.first)
    #expect(Set(failing.keys) == ["url", "since", "last_error"])
    let newModel = try #require((object["new_models"] as? [[String: Any]])?.first)
    #expect(Set(newModel.keys) == ["model", "model_name", "facts"])
    #expect(try JSONDecoder().decode(Digest.self, from: Data(try DigestFormat.json.render(digest).utf8)) == digest)
}

@Test func everyItemLinksToItsEvidence() throws {
    let digest = try historyDigest()
    let text = try DigestFormat.text.render(digest)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // An item is a "- " line; it or one of its indented lines carries a URL.
    var items: [[String]] = []
    for line in lines {
        if line.hasPrefix("- ") {
            items.append([line])
        } else if line.hasPrefix("    "), !items.isEmpty {
            items[items.count - 1].append(line)
        }
    }
    #expect(items.count == 8)
    for item in items {
        #expect(item.joined().contains("https://"), "\(item)")
        for evidence in item.dropFirst() { #expect(evidence.contains("https://"), "\(evidence)") }
    }
}

@Test func htmlAndMarkdownEscapeWhatPagesWrite() throws {
    let digest = try historyDigest()
    let html = try DigestFormat.html.render(digest)
    #expect(html.contains("Qwen goes open &lt;finally&gt; &amp; fast"))
    #expect(!html.contains("<finally>"))
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.contains("src="))
    let markdown = try DigestFormat.markdown.render(digest)
    #expect(markdown.contains(#"Qwen goes open \<finally\> & fast"#))
    let atom = try DigestFormat.atom.render(digest)
    #expect(atom.contains("&amp;lt;finally&amp;gt;"))
}
