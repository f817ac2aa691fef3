import Foundation
import Model
import Parsing
import Testing

@Suite struct BoilerplateTests {
    private func text(_ body: String) throws -> String {
        try Fixture.page(html: "<html><body>\(body)</body></html>").text
    }

    @Test func aBlogPostReadsExactlyAsItsArticle() throws {
        let document = try Fixture.page("blog-post.html")
        #expect(document.text == """
            Introducing Falcon Mini 2

            Today we are releasing Falcon Mini 2, a compact model with 7 billion parameters that runs on a single laptop GPU.

            It reads up to 128K tokens of context, four times more than its predecessor, and it was trained on curated web text and code.

            What changed

            A longer context window of 128K tokens.

            Better multilingual coverage, with

            twelve new languages

            improved tokenization for Hindi

            Open weights under the Apache 2.0 license.

            Benchmarks

            Benchmark | Falcon Mini 1 | Falcon Mini 2
            MMLU | 61.2 | 68.4
            GSM8K | 48.0 | 63.5

            The weights are available today on our model hub, and the technical report follows next week.
            """)
    }

    @Test(arguments: [
        "<p hidden>Hidden by attribute.</p>",
        "<p aria-hidden=\"true\">Hidden from assistive technology.</p>",
        "<p style=\"color: red; display : none\">Hidden by style.</p>",
        "<p style=\"visibility:hidden\">Invisible by style.</p>",
        "<div role=\"navigation\">Next chapter</div>",
        "<div role=\"complementary\">Related reading</div>",
        "<div class=\"newsletter\">Join 10,000 readers</div>",
        "<div id=\"social-links\">Follow us</div>",
        "<span class=\"sr-only\">Opens in a new tab</span>",
    ])
    func hiddenAndFurnitureElementsAreDropped(markup: String) throws {
        let text = try text("<article><p>Visible model notes stay in the text.</p>\(markup)</article>")
        #expect(text == "Visible model notes stay in the text.")
    }

    @Test func aHeaderInsideTheArticleIsKeptButTheSiteHeaderIsNot() throws {
        let text = try text("""
            <header><p>Site name and tagline</p></header>
            <article><header><h1>Post title</h1></header><p>Body of the post.</p></article>
            """)
        #expect(text == "Post title\n\nBody of the post.")
    }

    @Test func aFormWrappingTheWholePageIsNotDropped() throws {
        let paragraph = String(repeating: "Wrapped pages from old frameworks still hold the article text. ", count: 10)
        let text = try text("<form id=\"aspnetForm\"><div id=\"content\"><p>\(paragraph)</p></div></form>")
        #expect(text.hasPrefix("Wrapped pages from old frameworks"))
    }

    @Test func anUndeclaredUTF8PageIsReadAsUTF8() throws {
        let html = "<html><body><article><p>Naïve “quotes” — ok</p></article></body></html>"
        let document = try PageParser.parse(html: Data(html.utf8), url: "https://pages.example.com/utf8")
        #expect(document.text == "Naïve “quotes” — ok")
    }

    @Test func aUTF8ByteOrderMarkWinsOverADeclaredCharset() throws {
        let html = Data([0xEF, 0xBB, 0xBF]) + Data("<html><body><p>Straße</p></body></html>".utf8)
        let document = try PageParser.parse(html: html, url: "https://pages.example.com/bom", charset: "iso-8859-1")
        #expect(document.text == "Straße")
    }
}
