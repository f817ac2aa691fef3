import Foundation
import Model
import Pipeline
import Testing

@Suite struct SourceCatalogTests {
    private func folder(with files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("feeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func theBundledPublisherFilesAllLoad() throws {
        let catalog = try SourceCatalog(directory: SampleSite.repository.appendingPathComponent("Feeds"))
        #expect(catalog.sources.count >= 10)
        #expect(catalog.sources.allSatisfy { $0.url.hasPrefix("https://") })
        #expect(catalog.sources.contains { $0.kind == .feed && $0.isVendor })
        #expect(catalog.sources.contains { $0.kind == .leaderboard && !$0.isVendor })
    }

    @Test func aPublisherFileGivesEachSourceItsSettings() throws {
        let folder = try folder(with: [
            "lab.yaml": """
            publisher: Example Lab
            vendor: true
            sources:
              - name: Lab blog
                url: https://example.com/feed.xml
                kind: feed
                every: 6h
                per_host: 1
                delay: 2.5
              - url: https://example.com/models
            """,
            "notes.txt": "not a definition",
        ])
        let sources = try SourceCatalog(directory: folder).sources
        #expect(sources.count == 2)
        #expect(sources[0] == Source(
            url: "https://example.com/feed.xml", kind: .feed, name: "Lab blog", publisher: "Example Lab",
            isVendor: true, interval: 21_600, perHost: 1, delay: 2.5))
        #expect(sources[1].kind == .page)
        #expect(sources[1].name == "Example Lab")
        #expect(sources[1].interval == 86_400)
    }

    @Test(arguments: [
        ("sources:\n  - url: https://example.com/\n", "missing `publisher`"),
        ("publisher: X\nsources:\n  - url: ftp://example.com/\n", "not an http, https or file URL"),
        ("publisher: X\nsources:\n  - url: https://example.com/\n    kind: podcast\n", "unknown kind `podcast`"),
        ("publisher: X\nsources:\n  - url: https://example.com/\n    every: 6 hours\n", "not a duration"),
        ("publisher: [unclosed\n", "not a valid publisher definition"),
    ])
    func aBrokenFileIsNamedInTheError(text: String, expected: String) throws {
        let folder = try folder(with: ["broken.yaml": text])
        do {
            _ = try SourceCatalog(directory: folder)
            Issue.record("no error for \(text)")
        } catch let error as CatalogError {
            #expect(error.description.contains("broken.yaml"))
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test(arguments: [("90s", 90.0), ("30m", 1_800), ("6h", 21_600), ("1d", 86_400), ("2w", 1_209_600), ("45", 45)])
    func durationsReadAsSeconds(text: String, seconds: Double) {
        #expect(DurationText.seconds(text) == seconds)
    }

    @Test(arguments: ["", "h", "-1h", "6 hours", "soon"])
    func nonsenseIsNotADuration(text: String) {
        #expect(DurationText.seconds(text) == nil)
    }

    @Test func pathsBecomeFileURLsAndURLsStayAsTyped() {
        #expect(InputLocation.url(for: "page.html", relativeTo: "/tmp/x") == "file:///tmp/x/page.html")
        #expect(InputLocation.url(for: "/srv/a b.html", relativeTo: "/tmp") == "file:///srv/a%20b.html")
        #expect(InputLocation.url(for: "https://example.com/a", relativeTo: "/tmp") == "https://example.com/a")
        #expect(InputLocation.url(for: "ftp://example.com/a", relativeTo: "/tmp") == "ftp://example.com/a")
    }

    @Test func theStoreLocationFollowsOptionThenEnvironmentThenDefault() {
        #expect(StoreLocation.resolve(option: "/a.sqlite", environment: ["MODELTRACK_STORE": "/b"]) == "/a.sqlite")
        #expect(StoreLocation.resolve(option: nil, environment: ["MODELTRACK_STORE": "/b"]) == "/b")
        #expect(StoreLocation.resolve(option: nil, environment: [:]).hasSuffix("/Store/modeltrack.sqlite"))
    }
}
