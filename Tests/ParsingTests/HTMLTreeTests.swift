import Foundation
import Model
import Parsing
import Testing

/// The tree is built from libxml2's parser events; these pin the rules it shares with libxml2's own DOM.
@Suite struct HTMLTreeTests {
    @Test func aPrefixedElementReadsAsItsLocalName() throws {
        let document = try Fixture.page(html: """
            <html><body><article><x:h2>Benchmarks at a glance</x:h2>
            <p>The small model answers most questions in under a second, on a laptop, with room to spare.</p>
            </article></body></html>
            """)
        #expect(document.blocks.first == .heading(level: 2, text: "Benchmarks at a glance"))
    }

    @Test func aCommentInsideAWordDoesNotSplitIt() throws {
        let document = try Fixture.page(html: """
            <html><body><article><p>Guard<!-- a note for editors -->rails come with the release, documented and tested.</p>
            </article></body></html>
            """)
        #expect(document.text.contains("Guardrails come with the release"))
    }

    @Test func entitiesInTextAndAttributesAreDecoded() throws {
        let document = try Fixture.page(html: """
            <html lang="en&#45;GB"><body><article><p>Ships &amp; trains, R&amp;D &lt;fast&gt; and &quot;quoted&quot; text for everyone.</p>
            </article></body></html>
            """)
        #expect(document.text.contains("Ships & trains, R&D <fast> and \"quoted\" text for everyone."))
        #expect(document.language == "en-GB")
    }

    @Test(arguments: ["<!DOCTYPE html>", "", "<!-- served by a cache -->"])
    func contentAfterTheClosingHTMLTagLeavesThePageIntact(prologue: String) throws {
        let document = try Fixture.page(html: prologue + """
            <html><head><title>Release notes</title></head><body><article>
            <p>Version two reads longer documents and answers faster than the first one did.</p>
            </article></body></html></div><script>track()</script><p>Stray text after the page ended.</p>
            """)
        #expect(document.title == "Release notes")
        #expect(document.text.contains("Version two reads longer documents"))
        #expect(!document.text.contains("track()"))
    }
}
