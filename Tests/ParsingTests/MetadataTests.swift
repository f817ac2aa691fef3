import Foundation
import Model
import Parsing
import Testing

@Suite struct MetadataTests {
    private func page(head: String, body: String = "<article><p>Body text.</p></article>") throws -> Document {
        try Fixture.page(
            html: "<html lang=\"fr\"><head>\(head)</head><body>\(body)</body></html>",
            url: "https://news.example.com/2025/06/post.html")
    }

    @Test func aBlogPostHasTitleDateAuthorCanonicalAndLanguage() throws {
        let document = try Fixture.page("blog-post.html")
        #expect(document.title == "Introducing Falcon Mini 2")
        #expect(document.published == Fixture.date("2025-06-09T08:00:00Z"))
        #expect(document.author == "Dana Whitfield")
        #expect(document.canonicalURL == "https://pages.example.com/blog/falcon-mini-2")
        #expect(document.language == "en-GB")
    }

    @Test(arguments: [
        ("<meta property=\"article:published_time\" content=\"2025-03-04T05:06:07Z\">", "2025-03-04T05:06:07Z"),
        ("<meta property=\"og:published_time\" content=\"2025-03-04\">", "2025-03-04T00:00:00Z"),
        ("<meta itemprop=\"datePublished\" content=\"2025-03-04T07:00:00+02:00\">", "2025-03-04T05:00:00Z"),
        ("<meta name=\"DC.date.issued\" content=\"March 4, 2025\">", "2025-03-04T00:00:00Z"),
        ("<meta name=\"pubdate\" content=\"Tue, 04 Mar 2025 05:00:00 EST\">", "2025-03-04T10:00:00Z"),
        ("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-03-04T01:02:03Z\"}</script>", "2025-03-04T01:02:03Z"),
    ])
    func publicationTimeComesFromEachMetadataSource(head: String, expected: String) throws {
        #expect(try page(head: head).published == Fixture.date(expected))
    }

    @Test func thePublicationDayIsTheWritersDay() throws {
        let east = try page(head: "<meta property=\"article:published_time\" content=\"2026-04-02T00:00:00+08:00\">")
        #expect(east.published == Fixture.date("2026-04-01T16:00:00Z"))
        #expect(east.publishedDay == "2026-04-02")
        let linked = try page(
            head: "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-04-01T21:00:00-05:00\"}</script>")
        #expect(linked.publishedDay == "2026-04-01")
    }

    @Test func metaTagsWinOverJSONLinkedDataAndTimeElements() throws {
        let document = try page(
            head: """
                <script type="application/ld+json">{"@type":"Article","datePublished":"2024-01-01"}</script>
                <meta property="article:published_time" content="2025-02-02T00:00:00Z">
                """,
            body: "<article><time datetime=\"2023-03-03\">March 3</time><p>Text.</p></article>")
        #expect(document.published == Fixture.date("2025-02-02T00:00:00Z"))
    }

    @Test func aTimeElementInTheArticleIsTheLastResort() throws {
        let document = try page(
            head: "<title>No dates here</title>",
            body: """
                <footer><time datetime="2020-01-01">old</time></footer>
                <article><p>Posted <time datetime="2025-06-09T12:30:00Z">today</time>.</p></article>
                """)
        #expect(document.published == Fixture.date("2025-06-09T12:30:00Z"))
    }

    @Test func jsonLinkedDataAuthorsAreNamed() throws {
        let head = """
            <script type="application/ld+json">[{"@type":"BlogPosting","datePublished":"2025-01-01",
              "author":[{"@type":"Person","name":"Ana Lima"},{"@type":"Person","name":"Bo Chen"}]}]</script>
            """
        #expect(try page(head: head).author == "Ana Lima, Bo Chen")
    }

    @Test func relAuthorLinkNamesTheAuthorWhenNothingElseDoes() throws {
        let document = try page(head: "", body: "<article><p>By <a rel=\"author\" href=\"/u/kim\">Kim Park</a></p></article>")
        #expect(document.author == "Kim Park")
        #expect(document.language == "fr")
    }

    @Test(arguments: [
        ("<title>Llama 4 launch - Meta AI</title><meta property=\"og:site_name\" content=\"Meta AI\">", "Llama 4 launch"),
        ("<title>Meta AI | Llama 4 launch</title><meta property=\"og:site_name\" content=\"Meta AI\">", "Llama 4 launch"),
        ("<title>Llama 4 launch — Newsroom</title>", "Llama 4 launch"),
        ("<title>Llama 4 - the next step</title>", "Llama 4 - the next step"),
        ("<meta property=\"og:title\" content=\"From Open Graph\"><title>From title</title>", "From Open Graph"),
        ("<meta name=\"twitter:title\" content=\"From Twitter\"><title>From title</title>", "From Twitter"),
    ])
    func titleDropsTheSiteNameSuffix(head: String, expected: String) throws {
        let body = "<article><h1>Llama 4 launch</h1><p>Text.</p></article>"
        #expect(try page(head: head, body: body).title == expected)
    }

    @Test func aTitleThatIsTheWholeHeadingKeepsTheSiteNameInIt() throws {
        let head = "<title>Open Eval Board — coding</title><meta property=\"og:site_name\" content=\"Open Eval Board\">"
        let body = "<main><h1>Open Eval Board — coding</h1><p>Text.</p></main>"
        #expect(try page(head: head, body: body).title == "Open Eval Board — coding")
    }

    @Test func titleFallsBackToTheFirstHeading() throws {
        #expect(try page(head: "", body: "<article><h1>Only a heading</h1><p>Text.</p></article>").title == "Only a heading")
    }

    @Test func canonicalURLIsResolvedAgainstTheBaseElement() throws {
        let document = try page(head: "<base href=\"https://cdn.example.com/site/\"><link rel=\"canonical\" href=\"post\">")
        #expect(document.canonicalURL == "https://cdn.example.com/site/post")
    }

    @Test(arguments: [
        ("https://news.example.com/2019/11/18/story-title/", "2019-11-18T00:00:00Z"),
        ("https://news.example.com/world/2019-11-20-story.html", "2019-11-20T00:00:00Z"),
        ("https://blog.example.org/posts/20180816/notes", "2018-08-16T00:00:00Z"),
        ("https://blog.example.org/2018_10_15_palace", "2018-10-15T00:00:00Z"),
    ])
    func aDateInTheURLIsTheLastResort(url: String, expected: String) throws {
        let document = try Fixture.page(html: "<html><body><article><p>Body.</p></article></body></html>", url: url)
        #expect(document.published == Fixture.date(expected))
    }

    @Test(arguments: [
        "https://news.example.com/2019/11/story.html", "https://news.example.com/2019/13/45/x",
        "https://news.example.com/article/14848382.php", "https://news.example.com/1066/10/14/hastings",
        "https://news.example.com/2019/02/30/x",
    ])
    func aURLWithoutAFullValidDateGivesNone(url: String) throws {
        let document = try Fixture.page(html: "<html><body><article><p>Body.</p></article></body></html>", url: url)
        #expect(document.published == nil)
    }

    @Test func metadataWinsOverTheURL() throws {
        let document = try Fixture.page(
            html: "<html><head><meta property=\"article:published_time\" content=\"2020-01-02\"></head><body><p>x</p></body></html>",
            url: "https://news.example.com/2019/11/18/story")
        #expect(document.published == Fixture.date("2020-01-02T00:00:00Z"))
    }
}
