import Foundation
import Model
import Parsing
import Testing

/// How the main content is chosen and trimmed on pages that fool simpler rules.
@Suite struct ContentChoiceTests {
    private let prose = """
        The new checkpoint was trained for three more weeks on a cleaner mix of code, papers and forum \
        threads, and it now answers long questions with fewer detours.
        """
    private let moreProse = """
        Evaluations on held-out tasks improved by four points on average, while latency stayed flat, \
        because the serving stack did not change at all.
        """

    private func page(_ body: String, url: String = "https://pages.example.com/inline.html") throws -> Document {
        try Fixture.page(html: "<html><head><title>Notes</title></head><body>\(body)</body></html>", url: url)
    }

    @Test func aWrapperNamedBothContentAndFurnitureKeepsTheArticleItHolds() throws {
        let document = try page("""
            <div class="content-with-sidebar"><div class="story"><p>\(prose)</p><p>\(moreProse)</p></div>
            <div class="sidebar"><p>Most popular this week: a list of other things to read.</p></div></div>
            """)
        #expect(document.text.contains("The new checkpoint was trained"))
        #expect(document.text.contains("Evaluations on held-out tasks"))
        #expect(!document.text.contains("Most popular"))
    }

    @Test func aClearlyNamedCommentSectionStaysOutEvenWhenItHoldsMoreText() throws {
        let comment = "I tried it yesterday, and honestly, the answers were longer, slower, and not better at all."
        let comments = String(repeating: "<div class=\"comment-body\"><p>\(comment)</p></div>", count: 6)
        let document = try page("""
            <div class="story"><p>\(prose)</p><p>\(moreProse)</p></div>
            <div id="commentsContainer">\(comments)</div>
            """)
        #expect(document.text.contains("The new checkpoint was trained"))
        #expect(!document.text.contains("I tried it yesterday"))
    }

    @Test func looseTextBetweenBreaksIsFoundAsTheArticle() throws {
        let document = try page("""
            <div class="menu-column"><ul><li><a href="/a">Archive</a></li><li><a href="/b">Topics</a></li></ul></div>
            <div class="col"><p class="title">Short title line</p>\(prose)<br><br>\(moreProse)</div>
            <div class="footer-info">Company address, phone and registration number.</div>
            """)
        #expect(document.text.contains("The new checkpoint was trained"))
        #expect(document.text.contains("Evaluations on held-out tasks"))
        #expect(!document.text.contains("Company address"))
    }

    @Test func scrapsAboveTheFirstParagraphAreTrimmedButHeadingsStay() throws {
        let document = try page("""
            <article><h1>Checkpoint notes</h1><p>By Ada Lovelace</p><p>November 18, 2025</p><p>Photo: Lab</p>
            <p>\(prose)</p><p>Short closing line</p></article>
            """)
        #expect(document.blocks.first == .heading(level: 1, text: "Checkpoint notes"))
        #expect(document.blocks[1] == .paragraph(prose))
        #expect(document.text.hasSuffix("Short closing line"), "scraps after the prose are kept")
        #expect(!document.text.contains("Ada Lovelace"))
        #expect(!document.text.contains("November 18"))
    }

    @Test func aShortSentenceAboveTheProseIsNoScrap() throws {
        let document = try page("<article><p>It shipped.</p><p>\(prose)</p></article>")
        #expect(document.text.hasPrefix("It shipped."))
    }

    @Test func aParagraphThatIsOneLinkIsATeaserAndIsDropped() throws {
        let document = try page("""
            <article><p>\(prose)</p><p><a href="/other">Another story you may like</a></p>
            <p>Read the <a href="/paper">paper</a> for details, including the ablations and the data mix.</p></article>
            """)
        #expect(!document.text.contains("Another story"))
        #expect(document.text.contains("Read the paper for details"))
    }

    @Test func captionsAndIllustrationsAreDroppedButAFigureWithATableStays() throws {
        let document = try page("""
            <article><p>\(prose)</p>
            <figure><img src="a.png" alt=""><figcaption>The lab at night. Credit: Staff</figcaption></figure>
            <div class="image-caption">A second caption under a photo.</div>
            <figure><table><tr><th>Model</th><th>Score</th></tr><tr><td>Kite</td><td>71.2</td></tr></table></figure>
            </article>
            """)
        #expect(!document.text.contains("The lab at night"))
        #expect(!document.text.contains("A second caption"))
        #expect(document.tables.count == 1)
        #expect(document.text.contains("Kite | 71.2"))
    }

    @Test func aSmallTeaserArticleShieldsNoRelatedBox() throws {
        let document = try page("""
            <div role="main"><div class="story"><p>\(prose)</p><p>\(moreProse)</p></div>
            <div class="related-box"><h4>See also</h4><article><p>Other teaser, linked below.</p></article></div></div>
            """)
        #expect(document.text.contains("The new checkpoint was trained"))
        #expect(!document.text.contains("See also"))
        #expect(!document.text.contains("Other teaser"))
    }

    @Test func aPaywallWrapperStillHoldsTheArticle() throws {
        let document = try page("<article><p>\(prose)</p><div class=\"paywall\"><p>\(moreProse)</p></div></article>")
        #expect(document.text.contains("Evaluations on held-out tasks"))
    }

    @Test func aDekUnderTheHeadlineAndAShareAddressStayOut() throws {
        let document = try page("""
            <article><h1>Checkpoint notes</h1><h2 class="sub-head">A one-line summary of the story below.</h2>
            <div class="article-dek">Another summary, written by the desk for the front page.</div>
            <p>https://pages.example.com/2025/11/18/checkpoint-notes.html</p><p>\(prose)</p>
            <div class="next-prev"><p>Previous story: a different checkpoint, released last month.</p></div></article>
            """)
        #expect(document.text == "Checkpoint notes\n\n\(prose)")
    }
}
