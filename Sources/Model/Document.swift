public import Foundation

/// A page reduced to what it says: title, publication time and the main content as blocks,
/// with navigation, sidebars, footers, scripts and banners already removed.
public struct Document: Hashable, Sendable {
    /// The final URL the page was fetched from (or a `file://` URL).
    public var url: String
    public var title: String?
    public var published: Date?
    /// The publication's calendar day as its writer wrote it (`2026-04-02` for `2026-04-02T00:00:00+08:00`),
    /// when known; else the UTC day of `published` stands in.
    public var publishedDay: String?
    public var author: String?
    public var canonicalURL: String?
    public var language: String?
    /// The main content in reading order.
    public var blocks: [Block]

    public init(
        url: String, title: String? = nil, published: Date? = nil, publishedDay: String? = nil, author: String? = nil,
        canonicalURL: String? = nil, language: String? = nil, blocks: [Block] = []
    ) {
        self.url = url
        self.title = title
        self.published = published
        self.publishedDay = publishedDay
        self.author = author
        self.canonicalURL = canonicalURL
        self.language = language
        self.blocks = blocks
    }

    /// The main text: blocks separated by a blank line, table rows one per line.
    /// Every claim's quote is a substring of this text.
    public var text: String {
        blocks.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// The tables of the main content, in order.
    public var tables: [Table] {
        blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }
}

/// One unit of main content.
public enum Block: Hashable, Sendable {
    case heading(level: Int, text: String)
    case paragraph(String)
    case listItem(String)
    case preformatted(String)
    case table(Table)

    /// The block as it appears in the document's main text.
    public var text: String {
        switch self {
        case .heading(_, let text), .paragraph(let text), .listItem(let text), .preformatted(let text): text
        case .table(let table): table.text
        }
    }
}
