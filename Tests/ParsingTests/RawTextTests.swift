import Foundation
import Model
import Parsing
import Testing

/// Script and style bodies and unread attribute values are emptied before parsing; nothing else may change.
@Suite struct RawTextTests {
    @Test func scriptsAndStylesNeverReachTheText() throws {
        let document = try Fixture.page(html: """
            <html><head><style>p { color: red } /* <p>not text</p> */</style></head><body><article>
            <script>var s = "</div><p>fake paragraph</p>";</script>
            <p>Real words stay.</p><SCRIPT type="text/javascript">document.write("<p>written</p>")</SCRIPT>
            <p>And after the script too.</p></article></body></html>
            """)
        #expect(document.text == "Real words stay.\n\nAnd after the script too.")
    }

    @Test func jsonLinkedDataIsStillRead() throws {
        let document = try Fixture.page(html: """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-02-03T04:05:06Z",
            "author": {"@type": "Person", "name": "Grace Hopper"}}</script></head>
            <body><article><p>Body.</p></article></body></html>
            """)
        #expect(document.author == "Grace Hopper")
        #expect(document.published == Fixture.date("2025-02-03T04:05:06Z"))
    }

    @Test func aScriptTagInsideACommentSwallowsNothing() throws {
        let document = try Fixture.page(html: """
            <html><body><article><!-- old embed: <script src="x.js"> --><p>Kept paragraph one.</p>
            <p>Kept paragraph two.</p></article><script>track()</script></body></html>
            """)
        #expect(document.text == "Kept paragraph one.\n\nKept paragraph two.")
    }

    @Test func anUnclosedScriptLeavesTheRestToLibxml() throws {
        let document = try Fixture.page(html: "<html><body><article><p>Before.</p></article><script>never closed")
        #expect(document.text == "Before.")
    }

    @Test func attributesThatMentionScriptTagsAreNoScripts() throws {
        let document = try Fixture.page(html: """
            <html><body><article><p data-note="<script>">Quoted markup in an attribute.</p>
            <p title='a > b'>Second.</p></article></body></html>
            """)
        #expect(document.text == "Quoted markup in an attribute.\n\nSecond.")
    }

    @Test func markupInsideAnUnreadAttributeValueIsNoMarkup() throws {
        let document = try Fixture.page(html: """
            <html><body><article><div data-template='<p>fake paragraph</p>' data-x="a > b"><p>Only this paragraph.</p></div>
            <img srcset="small.png 1x, big.png 2x" alt="a picture"><p>And this one.</p></article></body></html>
            """)
        #expect(document.text == "Only this paragraph.\n\nAnd this one.")
    }

    @Test func attributesThePassesReadKeepTheirValuesInAnyCase() throws {
        let document = try Fixture.page(html: """
            <html LANG="fr"><body><DIV CLASS="sidebar"><p>Subscribe to the newsletter for weekly updates and more.</p></DIV>
            <article><p STYLE="display: none">Hidden words.</p><p>Visible words of the article body, long enough to count.</p>
            <table><tr><td COLSPAN="2">Wide cell</td></tr><tr><td>a</td><td>b</td></tr></table></article></body></html>
            """)
        #expect(document.language == "fr")
        #expect(!document.text.contains("Subscribe"))
        #expect(!document.text.contains("Hidden words."))
        #expect(document.tables.first?.grid.first == ["Wide cell", "Wide cell"])
    }

    @Test func oddTagsAreLeftToLibxml() throws {
        let document = try Fixture.page(html: """
            <html><body><article><p @click="go(a, b)" data-x="1">Event words.</p><p data-open="never closed>Lost?</p>
            <p>Trailing paragraph.</p></article></body></html>
            """)
        #expect(document.text.contains("Event words."))
    }

    @Test func commentsAndProcessingInstructionsEndWhereLibxmlEndsThem() throws {
        let document = try Fixture.page(html: """
            <html><body><article><!-- closed the old way --!><p data-x="a">First paragraph stays.</p>
            <?php echo '<p data-y="x>'; ?><p>Second paragraph stays.</p></article></body></html>
            """)
        #expect(document.text.contains("First paragraph stays."))
        #expect(document.text.contains("Second paragraph stays."))
    }

    @Test(arguments: [
        "<script", "<script>", "<scr", "<!--", "<!-- <script>", "<style x='>", "<p>a</p><script x=\"", "<script></scrip",
        "<SCRIPT>x</SCRIPT>", "<script/>", "<style></style>", "<\u{0}script>", "<script>\u{FFFD}</script>", "<",
        "<p data-x=\"", "<p data-x='a", "<p data-x=\"\u{0}\">", "<p a=b/>", "</p x=\"<b>\">", "<p " + String(repeating: "a", count: 120) + "=\"v\">", "<!-- x --!", "<?", "<?x", "<?x '>",
    ])
    func truncatedAndOddMarkupNeverCrashes(html: String) {
        // Either a document or a clear error: never a crash, never a hang.
        _ = try? Fixture.page(html: html + "<p>tail</p>")
        _ = try? Fixture.page(html: html)
    }
}
