public import Extraction
public import Foundation
public import Model
internal import Archiving
internal import Markdown
internal import Parsing

/// Turns the bytes of one fetch into what modeltrack reads from it: a feed, or a document and its claims.
///
/// HTML goes to the page parser; Markdown (model cards, READMEs) is rendered to HTML with cmark-gfm
/// first, its YAML front matter kept as the document's first block; a CSV, JSON or YAML leaderboard
/// is read through the column mapping of its source.
public struct PageReader: Sendable {
    let extractor: ClaimExtractor

    public init(extractor: ClaimExtractor = ClaimExtractor()) {
        self.extractor = extractor
    }

    /// What a fetch contained.
    public enum Content: Sendable {
        case feed(Feed)
        case document(Document, claims: [Claim])
        /// A response modeltrack cannot read yet, with its content type.
        case unsupported(String)
    }

    public struct Page: Sendable {
        public var content: Content
        /// SHA-256 of the exact bytes received.
        public var sha256: String
    }

    /// Parses a successful fetch; feeds are detected from the bytes, whatever the Content-Type says.
    ///
    /// - Parameter records: the column mapping of a structured leaderboard (from the source's definition).
    public func read(_ fetch: Fetch, records: RecordMapping? = nil) throws -> Page {
        let sha256 = SHA256Digest.hex(fetch.body)
        if let records, let format = StructuredFormat.of(fetch, mapping: records) {
            let document = try StructuredDocument.read(fetch.body, format: format, mapping: records, url: fetch.finalURL)
            let claims = extractor.recordClaims(
                in: document.table, mapping: records, document: document.document,
                citation: citation(document.document, fetch: fetch, sha256: sha256))
            return Page(content: .document(document.document, claims: claims), sha256: sha256)
        }
        if FeedParser.looksLikeFeed(fetch.body) {
            return Page(content: .feed(try FeedParser.parse(fetch.body, url: fetch.finalURL)), sha256: sha256)
        }
        if MarkdownRenderer.isMarkdown(path: fetch.finalURL, contentType: fetch.contentType) {
            let rendered = try MarkdownRenderer.render(fetch.body, source: fetch.finalURL)
            var document = try PageParser.parse(html: rendered.html, url: fetch.finalURL, charset: "utf-8")
            if let yaml = rendered.frontMatter, !yaml.isEmpty { document.blocks.insert(.preformatted(yaml), at: 0) }
            let claims = extractor.claims(
                in: document, citation: citation(document, fetch: fetch, sha256: sha256), frontMatter: rendered.frontMatter)
            return Page(content: .document(document, claims: claims), sha256: sha256)
        }
        guard Self.isHTML(fetch) else {
            return Page(content: .unsupported(fetch.contentType ?? "content of unknown type"), sha256: sha256)
        }
        let document = try PageParser.parse(html: fetch.body, url: fetch.finalURL, charset: fetch.declaredCharset)
        let claims = extractor.claims(in: document, citation: citation(document, fetch: fetch, sha256: sha256))
        return Page(content: .document(document, claims: claims), sha256: sha256)
    }

    private func citation(_ document: Document, fetch: Fetch, sha256: String) -> Citation {
        Citation(
            url: document.url, title: document.title, published: document.published, retrieved: fetch.fetchedAt,
            sha256: sha256)
    }

    /// The feed in some bytes, or nil when they are not one.
    public func feed(in body: Data, url: String) throws -> Feed? {
        FeedParser.looksLikeFeed(body) ? try FeedParser.parse(body, url: url) : nil
    }

    /// HTML by Content-Type, or, without a usable one, by a look at the first bytes.
    static func isHTML(_ fetch: Fetch) -> Bool {
        if let type = fetch.contentType?.lowercased() {
            if type.contains("html") { return true }
            if !type.hasPrefix("text/plain"), !type.hasPrefix("application/octet-stream") { return false }
        }
        let head = String(decoding: fetch.body.prefix(1024), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
            || head.contains("<p>") || head.contains("<div")
    }
}
