import Foundation
import Model
import Parsing
import Testing

@Suite struct TextCleaningTests {
    private func paragraph(_ inner: String) throws -> String {
        let document = try Fixture.page(html: "<html><body><article><p>\(inner)</p></article></body></html>")
        return document.text
    }

    @Test func aSuperscriptFootnoteNeverJoinsTheNumberBeforeIt() throws {
        #expect(try paragraph("Llama 3.1<sup>4</sup> scores well.") == "Llama 3.1 4 scores well.")
        #expect(try paragraph("CO<sub>2</sub> output") == "CO 2 output")
        #expect(try paragraph("Gemma 2<sup><a href=\"#fn1\">[1]</a></sup> is small.") == "Gemma 2 [1] is small.")
    }

    @Test(arguments: [
        ("the <code>max_tokens</code> option", "the max_tokens option"),
        ("pre<code>fix</code>ed and <a href=\"/x\">link</a>ed", "prefixed and linked"),
        ("<em>un</em><strong>believ</strong><span>able</span>", "unbelievable"),
        ("one<br>two<br/>three", "one two three"),
        ("<time>June 9</time> <mark>marked</mark> <sup>a</sup> <data>b</data>", "June 9 marked a b"),
        ("  lots \n\t of   space\u{00A0}\u{00A0}here  ", "lots of space here"),
        ("AT&amp;T &lt;tag&gt; &#8212; &eacute;t&eacute;", "AT&T <tag> — été"),
        ("soft\u{00AD}hyphen and zero\u{200B}width", "softhyphen and zerowidth"),
        ("thin\u{2009}space, ideographic\u{3000}space and\u{202F}narrow", "thin space, ideographic space and narrow"),
        ("日本語の\u{2060}文章です。", "日本語の文章です。"),
        ("\u{FEFF}emoji 🚀 and accents: naïve café", "emoji 🚀 and accents: naïve café"),
    ])
    func inlineMarkupNeverSplitsWords(input: String, expected: String) throws {
        #expect(try paragraph(input) == expected)
    }

    @Test func blocksAreSeparatedByABlankLineInTheMainText() throws {
        let document = try Fixture.page(
            html: "<html><body><article><h2>Title</h2><p>First.</p><ul><li>Item</li></ul></article></body></html>")
        #expect(document.text == "Title\n\nFirst.\n\nItem")
    }

    @Test func emptyBlocksAreSkipped() throws {
        let document = try Fixture.page(
            html: "<html><body><article><p> </p><p>Kept.</p><div>\n</div><h2></h2></article></body></html>")
        #expect(document.blocks == [.paragraph("Kept.")])
    }
}
