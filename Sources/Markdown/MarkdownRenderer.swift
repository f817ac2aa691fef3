public import Foundation

/// Renders Markdown (model cards, READMEs, changelogs) to HTML with cmark-gfm, GitHub's own renderer,
/// so Markdown goes through the same HTML parser as every web page. Tables (GFM pipes) become
/// `<table>`; raw HTML in the text is kept; YAML front matter is split off first.
///
/// ```swift
/// let page = try MarkdownRenderer.render(Data("# Kimi K3\n| a | b |\n|---|---|\n| 1 | 2 |\n".utf8), source: "card.md")
/// page.html          // "<!DOCTYPE html><html>…<h1>Kimi K3</h1>\n<table>…"
/// page.frontMatter   // nil
/// ```
public enum MarkdownRenderer {
    /// One rendered Markdown text.
    public struct Page: Sendable {
        /// A whole UTF-8 HTML document holding the rendered body.
        public var html: Data
        /// The YAML front matter, without its fences, if the text had one.
        public var frontMatter: String?
    }

    /// Renders Markdown bytes (UTF-8; invalid sequences become U+FFFD).
    ///
    /// - Parameter source: the file or URL, for error messages.
    public static func render(_ data: Data, source: String) throws(MarkdownError) -> Page {
        let text = String(decoding: data, as: UTF8.self)
        let split = FrontMatter.split(text)
        let fragment = try CmarkParser(source: source).html(of: split.body, source: source)
        let html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body><article>\n"
            + fragment + "</article></body></html>\n"
        return Page(html: Data(html.utf8), frontMatter: split.frontMatter)
    }

    /// Whether a name or media type says Markdown: `.md`, `.markdown`, `text/markdown`.
    public static func isMarkdown(path: String, contentType: String?) -> Bool {
        if let type = contentType?.lowercased(), type.contains("markdown") { return true }
        let lower = path.lowercased()
        let withoutQuery = lower.split(separator: "?", maxSplits: 1).first.map(String.init) ?? lower
        return [".md", ".markdown", ".mdown", ".mkd"].contains { withoutQuery.hasSuffix($0) }
    }
}
