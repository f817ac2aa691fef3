import Foundation
import Model
import Parsing
import Testing

/// Script and style bodies are emptied before parsing; nothing else may change.
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

    @Test(arguments: [
        "<script", "<script>", "<scr", "<!--", "<!-- <script>", "<style x='>", "<p>a</p><script x=\"", "<script></scrip",
        "<SCRIPT>x</SCRIPT>", "<script/>", "<style></style>", "<\u{0}script>", "<script>\u{FFFD}</script>", "<",
    ])
    func truncatedAndOddMarkupNeverCrashes(html: String) {
        // Either a document or a clear error: never a crash, never a hang.
        _ = try? Fixture.page(html: html + "<p>tail</p>")
        _ = try? Fixture.page(html: html)
    }
}
