import Foundation
import Model
import Parsing
import Testing

@Suite struct FeedParserTests {
    @Test func rss2RelativeLinksBecomeAbsolute() throws {
        let feed = try Fixture.feed("rss2-relative.xml", url: "https://kestrel.example.com/news/feed.xml")
        #expect(feed.format == .rss)
        #expect(feed.title == "Kestrel AI News")
        #expect(feed.link == "https://kestrel.example.com/news/")
        #expect(feed.entries.map(\.url) == [
            "https://kestrel.example.com/news/kestrel-5", "https://kestrel.example.com/news/pricing-2025",
            "https://kestrel.example.com/news/guid-only",
        ])
        #expect(feed.entries.map(\.id) == [
            "kestrel-news-0042", "https://kestrel.example.com/news/pricing-2025", "https://kestrel.example.com/news/guid-only",
        ])
    }

    @Test func rss2FieldsAreReadAsPlainText() throws {
        let feed = try Fixture.feed("rss2-relative.xml", url: "https://kestrel.example.com/news/feed.xml")
        let first = try #require(feed.entries.first)
        #expect(first.title == "Kestrel 5 is out")
        #expect(first.summary == "Kestrel 5 has a 1M-token context window.")
        #expect(first.published == Fixture.date("2025-06-10T13:00:00Z"))
        let second = feed.entries[1]
        #expect(second.title == "Pricing update & new tiers")
        #expect(second.summary == "Prices drop by half for batch jobs.")
        #expect(second.published == Fixture.date("2025-05-01T07:30:00Z"))
        #expect(feed.entries[2].published == Fixture.date("2025-03-09T17:45:00Z"))
    }

    @Test func atomXMLBaseNestsAndIsRelativeToTheFeedURL() throws {
        let feed = try Fixture.feed("atom-xmlbase.xml", url: "https://heron.example.com/feeds/main.atom")
        #expect(feed.format == .atom)
        #expect(feed.title == "Heron Labs updates")
        #expect(feed.link == "https://heron.example.com/labs/")
        #expect(feed.entries.map(\.url) == [
            "https://heron.example.com/labs/posts/2025/heron-2.html", "https://elsewhere.example.com/absolute",
            "https://heron.example.com/archive/deep.html",
        ])
    }

    @Test func atomEntriesAreMatchedByNamespaceNotPrefix() throws {
        let feed = try Fixture.feed("atom-xmlbase.xml", url: "https://heron.example.com/feeds/main.atom")
        #expect(feed.entries.count == 3)
        let first = feed.entries[0]
        #expect(first.id == "tag:heron.example,2025:heron-2")
        #expect(first.published == Fixture.date("2025-05-30T19:00:00Z"))
        #expect(first.updated == Fixture.date("2025-05-31T08:00:00Z"))
        #expect(first.summary == "Heron 2 doubles the context window.")
        let prefixed = feed.entries[1]
        #expect(prefixed.title == "A prefixed entry")
        #expect(prefixed.summary == "Namespaces are matched by URI, not prefix.")
        #expect(prefixed.published == nil)
    }

    @Test func rss1RDFItemsAreRead() throws {
        let feed = try Fixture.feed("rss1-rdf.xml", url: "https://plover.example.com/rss")
        #expect(feed.format == .rdf)
        #expect(feed.title == "Plover Research")
        #expect(feed.link == "https://plover.example.com/")
        #expect(feed.entries.map(\.id) == ["https://plover.example.com/p/1", "https://plover.example.com/p/2"])
        #expect(feed.entries.map(\.url) == ["https://plover.example.com/p/1", "https://plover.example.com/p/2"])
        #expect(feed.entries[0].published == Fixture.date("2025-02-14T00:00:00Z"))
        #expect(feed.entries[0].summary == "The 34B model is now open.")
    }

    @Test func atom03EntriesUseIssuedAndModified() throws {
        let feed = try Fixture.feed("atom03.xml", url: "https://wren.example.com/atom.xml")
        #expect(feed.format == .atom)
        #expect(feed.link == "https://wren.example.com/")
        let entry = try #require(feed.entries.first)
        #expect(entry.url == "https://wren.example.com/notes/1.5")
        #expect(entry.published == Fixture.date("2024-11-01T08:00:00Z"))
        #expect(entry.updated == Fixture.date("2024-11-02T10:00:00Z"))
        #expect(entry.summary == "Faster & smaller.")
    }

    @Test func externalEntitiesAreNeverExpanded() throws {
        let feed = try Fixture.feed("xxe.xml", url: "https://xxe.example.com/feed")
        let everything = ([feed.title, feed.link] + feed.entries.flatMap { [$0.title, $0.summary, $0.url] })
            .compactMap { $0 }.joined(separator: "\n")
        #expect(!everything.contains("root:"))
        #expect(!everything.contains("/bin/"))
        #expect(feed.entries.first?.title == "Leak attempt:")
        #expect(feed.entries.first?.summary == "before after")
        #expect(feed.title == "Entity test hello from an internal entity")
    }

    @Test func malformedFeedsRecover() throws {
        let feed = try Fixture.feed("malformed.xml", url: "https://broken.example.com/feed")
        #expect(feed.title == "Fish & Chips & more <3")
        let entry = try #require(feed.entries.first)
        #expect(entry.title == "Bare & ampersand and an HTML entity")
        #expect(entry.url == "https://broken.example.com/a?x=1&y=2")
    }

    @Test(arguments: ["rss2-relative.xml", "atom-xmlbase.xml", "rss1-rdf.xml", "atom03.xml", "malformed.xml"])
    func feedsLookLikeFeeds(name: String) throws {
        #expect(FeedParser.looksLikeFeed(try Fixture.data(name)))
    }

    @Test(arguments: ["blog-post.html", "messy.html", "tables.html"])
    func pagesDoNotLookLikeFeeds(name: String) throws {
        #expect(!FeedParser.looksLikeFeed(try Fixture.data(name)))
    }

    @Test func otherXMLAndGarbageDoNotLookLikeFeedsAndDoNotParse() {
        let svg = Data("<?xml version=\"1.0\"?><svg xmlns=\"urn:example:svg\"/>".utf8)
        let garbage = Data([0x00, 0xFF, 0x13, 0x37, 0x42])
        #expect(!FeedParser.looksLikeFeed(svg))
        #expect(!FeedParser.looksLikeFeed(garbage))
        #expect(!FeedParser.looksLikeFeed(Data()))
        #expect(throws: ParseError.self) { try FeedParser.parse(svg, url: "https://x.example.com/a.svg") }
        #expect(throws: ParseError.self) { try FeedParser.parse(garbage, url: "https://x.example.com/bin") }
        #expect(throws: ParseError.self) { try FeedParser.parse(Data("just words".utf8), url: "https://x.example.com/t") }
    }
}

@Suite struct MoreFeedTests {
    @Test func jsonFeedsAreReadToo() throws {
        let data = try Fixture.data("json-feed.json")
        #expect(FeedParser.looksLikeFeed(data))
        let feed = try FeedParser.parse(data, url: "https://finch.example.com/feed.json")
        #expect(feed.format == .json)
        #expect(feed.link == "https://finch.example.com/")
        #expect(feed.entries == [
            FeedEntry(
                id: "17", title: "Finch 3", url: "https://finch.example.com/posts/finch-3",
                published: Fixture.date("2025-04-05T06:07:08Z"), summary: "Finch 3 is open.")
        ])
    }

    @Test func anEarlyErrorDoesNotStopLaterEntitiesFromDecoding() throws {
        let feed = try Fixture.feed("early-error.xml", url: "https://finch.example.com/rss")
        #expect(feed.title == "Q&A with the team")
        #expect(feed.entries.first?.summary == "Still decoded & clean")
    }
}
