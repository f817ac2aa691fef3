import Foundation
import Model
import Parsing
import Testing

@Suite struct MainContentTests {
    @Test func aBlogPostKeepsTheArticleParagraphsHeadingsListAndTable() throws {
        let document = try Fixture.page("blog-post.html")
        let text = document.text
        #expect(text.contains("Today we are releasing Falcon Mini 2, a compact model with 7 billion parameters that runs on a single laptop GPU."))
        #expect(text.contains("It reads up to 128K tokens of context, four times more than its predecessor, and it was trained on curated web text and code."))
        #expect(text.contains("The weights are available today on our model hub, and the technical report follows next week."))
        #expect(document.blocks.contains(.heading(level: 1, text: "Introducing Falcon Mini 2")))
        #expect(document.blocks.contains(.heading(level: 2, text: "What changed")))
        #expect(document.blocks.contains(.listItem("A longer context window of 128K tokens.")))
        #expect(document.blocks.contains(.listItem("twelve new languages")))
        #expect(document.blocks.contains(.listItem("Open weights under the Apache 2.0 license.")))
        #expect(document.tables.count == 1)
        #expect(text.contains("MMLU | 61.2 | 68.4"))
    }

    @Test(arguments: [
        "Skip to content", "We use cookies", "Research", "Home", "Share on X", "Stay in the loop",
        "Subscribe to our newsletter", "Subscribe now", "Tagged: models", "Related posts",
        "How we evaluate our models", "Great work", "2 comments", "Popular this month", "attention sinks",
        "Sign in to continue reading", "All rights reserved", "Tracking script", "display: none", "By Dana Whitfield",
    ])
    func aBlogPostLeavesOutEveryPieceOfBoilerplate(sentence: String) throws {
        let document = try Fixture.page("blog-post.html")
        #expect(!document.text.contains(sentence))
    }

    @Test func nestedListItemsAppearOnceEach() throws {
        let document = try Fixture.page("blog-post.html")
        let items = document.blocks.compactMap { block -> String? in
            if case .listItem(let text) = block { text } else { nil }
        }
        #expect(items == [
            "A longer context window of 128K tokens.", "Better multilingual coverage, with", "twelve new languages",
            "improved tokenization for Hindi", "Open weights under the Apache 2.0 license.",
        ])
    }

    @Test func messyUnclosedMarkupStillReadsCleanly() throws {
        let document = try Fixture.page("messy.html")
        let text = document.text
        #expect(text.contains("The router now picks the fastest backend automatically, which cuts latency by a third."))
        #expect(text.contains("Unclosed paragraphs are common in old pages — they must still read cleanly."))
        #expect(document.blocks.contains(.listItem("First fix: the tokenizer no longer drops trailing spaces")))
        #expect(document.blocks.contains(.listItem("Second fix: streaming responses end with a clean newline")))
        #expect(text.contains("Café menus & other entities decode too."))
        #expect(document.title == "Release notes & fixes")
    }

    @Test func aPageWithoutArticleUsesTheBestScoringDiv() throws {
        let document = try Fixture.page("no-article.html")
        let text = document.text
        #expect(text.contains("Orbit-9 is a mixture-of-experts model with 240 billion total parameters"))
        #expect(text.contains("Inference runs on eight accelerators"))
        #expect(document.blocks.first == .heading(level: 1, text: "Orbit-9 technical notes"))
        for boilerplate in ["Products", "Latest releases", "Advertisement", "Copyright Orbit Research"] {
            #expect(!text.contains(boilerplate), "\(boilerplate) leaked into the main text")
        }
    }

    @Test func aChangelogOfOneListKeepsItsHeading() throws {
        let html = """
            <html><body><div id="links"><a href="/">Home</a> <a href="/docs">Docs</a></div>
            <div class="changes"><h2>Version 2.4.0</h2><ul>
            <li>Added support for 200K-token prompts in the batch endpoint, with streaming.</li>
            <li>Reduced latency of the first token by thirty percent on average, across regions.</li>
            <li>Fixed a rare crash when a tool call returned an empty, but valid, JSON object.</li>
            </ul></div></body></html>
            """
        let document = try Fixture.page(html: html)
        #expect(document.blocks.first == .heading(level: 2, text: "Version 2.4.0"))
        #expect(document.blocks.count == 4)
    }

    @Test func aListOfLinksInsideTheContentIsDropped() throws {
        let html = """
            <html><body><article>
            <p>Sparrow 3 ships with a new speculative decoder that doubles throughput on long prompts.</p>
            <h3>Read next</h3>
            <ul><li><a href="/a">Decoding tricks explained</a></li><li><a href="/b">Our 2024 roadmap</a></li></ul>
            <ul><li>Throughput doubled on prompts longer than 8K tokens.</li><li>See <a href="/c">the paper</a>.</li></ul>
            </article></body></html>
            """
        let document = try Fixture.page(html: html)
        #expect(!document.text.contains("Decoding tricks explained"))
        #expect(document.blocks.contains(.listItem("Throughput doubled on prompts longer than 8K tokens.")))
        #expect(document.blocks.contains(.listItem("See the paper.")))
    }

    @Test func classNamesMatchWholeWordsOnly() throws {
        let html = """
            <html><body><main>
            <div class="shadow thread-view download-box bad-example"><p>This paragraph sits in a container whose class names only contain furniture words inside longer words.</p></div>
            <h2>Setup <a class="header-anchor" href="#setup">#</a></h2>
            <div class="ad-slot"><p>Buy the premium plan now and save forty percent on tokens.</p></div>
            <div class="sidebarWidget"><p>A camelCase sidebar class should still be spotted and dropped.</p></div>
            </main></body></html>
            """
        let document = try Fixture.page(html: html)
        #expect(document.text.contains("This paragraph sits in a container whose class names only contain furniture words"))
        #expect(document.blocks.contains(.heading(level: 2, text: "Setup")))
        #expect(!document.text.contains("premium plan"))
        #expect(!document.text.contains("camelCase sidebar"))
    }

    @Test func looseTextInsideDivsBecomesParagraphs() throws {
        let html = """
            <html><body><article><div>Loose text before a paragraph.<p>A real paragraph.</p>And loose text after it.</div></article></body></html>
            """
        let document = try Fixture.page(html: html)
        #expect(document.blocks == [
            .paragraph("Loose text before a paragraph."), .paragraph("A real paragraph."),
            .paragraph("And loose text after it."),
        ])
    }

    @Test func doubleLineBreaksSeparateParagraphsInPagesWithoutParagraphTags() throws {
        let html = """
            <html><body><div id="content">First paragraph of an old page, long enough to count as prose.<br>
            Same paragraph after a single break.<br><br>Second paragraph after a double break, also long enough.</div></body></html>
            """
        let document = try Fixture.page(html: html)
        #expect(document.blocks == [
            .paragraph("First paragraph of an old page, long enough to count as prose. Same paragraph after a single break."),
            .paragraph("Second paragraph after a double break, also long enough."),
        ])
    }

    @Test func preformattedTextKeepsLinesAndBreaks() throws {
        let html = """
            <html><body><article><p>Run it like this:</p><pre><code>pip install sparrow
            sparrow serve --port 8080</code><br>sparrow chat</pre></article></body></html>
            """
        let document = try Fixture.page(html: html)
        #expect(document.blocks.last == .preformatted("pip install sparrow\nsparrow serve --port 8080\nsparrow chat"))
    }
}
