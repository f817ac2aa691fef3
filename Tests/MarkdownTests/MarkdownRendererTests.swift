import Foundation
import Testing

@testable import Markdown

/// Markdown becomes HTML the page parser reads like any web page; front matter is split off first.
@Suite struct MarkdownRendererTests {
    private func html(_ markdown: String) throws -> String {
        String(decoding: try MarkdownRenderer.render(Data(markdown.utf8), source: "card.md").html, as: UTF8.self)
    }

    @Test func pipeTablesBecomeHTMLTables() throws {
        let rendered = try html("# Orca 2\n\n| Model | Context |\n|---|---:|\n| Orca 2 Small | 64K |\n")
        #expect(rendered.contains("<h1>Orca 2</h1>"))
        #expect(rendered.contains("<table>"))
        #expect(rendered.contains("<th>Model</th>"))
        #expect(rendered.contains("<td>Orca 2 Small</td>"))
    }

    @Test func rawHTMLTablesInTheTextAreKept() throws {
        let rendered = try html("Intro line.\n\n<table>\n<tr><td>Size</td><td>7B</td></tr>\n</table>\n")
        #expect(rendered.contains("<td>Size</td><td>7B</td>"))
    }

    @Test func frontMatterIsSplitOffAndNotRendered() throws {
        let page = try MarkdownRenderer.render(Data("---\nlicense: mit\nbase_model: acme/Orca-2\n---\n# Orca 2\n".utf8), source: "card.md")
        #expect(page.frontMatter == "license: mit\nbase_model: acme/Orca-2")
        let rendered = String(decoding: page.html, as: UTF8.self)
        #expect(!rendered.contains("license"))
        #expect(rendered.contains("<h1>Orca 2</h1>"))
    }

    @Test(arguments: [
        "# Title\n---\nnot front matter\n", "---\nunclosed: yes\n# Title\n", "\n---\nlate: fence\n---\n",
    ])
    func textWithoutALeadingClosedFenceHasNoFrontMatter(markdown: String) {
        let split = FrontMatter.split(markdown)
        #expect(split.frontMatter == nil)
        #expect(split.body == markdown)
    }

    @Test func frontMatterMayEndWithDotsAndUseCRLF() {
        let split = FrontMatter.split("---\r\nlicense: apache-2.0\r\n...\r\nBody\r\n")
        #expect(split.frontMatter == "license: apache-2.0")
        #expect(split.body == "Body\r\n")
    }

    @Test func invalidUTF8IsReplacedNotFatal() throws {
        var bytes = Data("# Card\n\nSome text ".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE])
        let rendered = String(decoding: try MarkdownRenderer.render(bytes, source: "bad.md").html, as: UTF8.self)
        #expect(rendered.contains("Some text"))
    }

    @Test(arguments: [
        ("README.md", nil, true), ("https://example.com/a/CARD.markdown?raw=1", nil, true),
        ("https://example.com/page", "text/markdown; charset=utf-8", true), ("index.html", "text/html", false),
    ] as [(String, String?, Bool)])
    func markdownIsRecognizedByNameOrType(path: String, type: String?, expected: Bool) {
        #expect(MarkdownRenderer.isMarkdown(path: path, contentType: type) == expected)
    }
}
