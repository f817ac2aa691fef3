import Foundation
import Model
import Parsing
import Testing

@Suite struct RobustnessTests {
    @Test(arguments: [300, 5_000, 50_000])
    func deeplyNestedContentIsKeptWithoutCrashing(depth: Int) throws {
        let html = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>The deepest paragraph still counts as content, words and all.</p>"
            + String(repeating: "</div>", count: depth) + "<p>After the nest.</p></body></html>"
        let document = try Fixture.page(html: html)
        #expect(document.text.contains("The deepest paragraph still counts as content, words and all."))
    }

    @Test func windows1252BytesDecodeWhenTheCharsetIsPassed() throws {
        let document = try Fixture.page("cp1252-no-meta.html", charset: "windows-1252")
        #expect(document.text.contains("“Smart quotes” — and a café"))
    }

    @Test func iso88591LabelIsReadAsWindows1252LikeBrowsersDo() throws {
        let document = try Fixture.page("cp1252-no-meta.html", charset: "ISO-8859-1")
        #expect(document.text.contains("“Smart quotes” — and a café"))
    }

    @Test func windows1252BytesDecodeThroughMetaCharset() throws {
        let document = try Fixture.page("cp1252-meta.html")
        #expect(document.text.contains("“Quoted” – naïve résumé"))
    }

    @Test func emptyInputIsAParseErrorNamingTheURL() {
        let url = "https://pages.example.com/empty"
        #expect(throws: ParseError(url: url, message: "empty input")) {
            try PageParser.parse(html: Data(), url: url)
        }
        #expect(throws: ParseError.self) { try FeedParser.parse(Data(), url: url) }
        #expect(ParseError(url: url, message: "empty input").description.contains(url))
    }

    @Test func oversizedInputIsRefused() {
        let data = Data(count: 16 * 1024 * 1024 + 1)
        #expect(throws: ParseError.self) { try PageParser.parse(html: data, url: "https://pages.example.com/big") }
    }

    @Test func aPageOfOnlyScriptsHasNoBlocks() throws {
        let document = try Fixture.page(html: "<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>")
        #expect(document.blocks.isEmpty)
    }
}
