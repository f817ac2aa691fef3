import ArgumentParser
import Fetching
import Extraction
import Foundation
import Model
import Pipeline

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the main text (or the claims) of pages, without touching the store.",
        discussion: """
            Each input is a file path or an http(s)/file URL. --jsonl prints one JSON object per input: \
            {"file" or "url", "title", "published", "text", "tables"}. --claims prints the claims found instead.
            """)

    @Argument(help: "Files or URLs to read.")
    var inputs: [String]

    @Flag(name: .long, help: "One JSON object per input, one per line.")
    var jsonl = false

    @Flag(name: .long, help: "Print the claims found instead of the text.")
    var claims = false

    @Option(name: .long, help: "The feeds folder whose models.yaml names models (the built-in table when it has none).")
    var feeds = "Feeds"

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one file or URL") }
    }

    func run() async throws {
        let fetcher = Fetcher()
        let registry = try ModelCatalog.registry(feedsDirectory: URL(fileURLWithPath: feeds, isDirectory: true))
        let reader = PageReader(extractor: ClaimExtractor(registry: registry))
        var failed = false
        for input in inputs {
            let url = InputLocation.url(for: input)
            do {
                let fetch = try await fetcher.fetch(FetchRequest(url: url))
                guard fetch.isSuccess else { throw InputError(input: input, message: "HTTP \(fetch.status)") }
                let page = try reader.read(fetch)
                try print(page, input: input, url: url)
            } catch {
                failed = true
                Output.printError("modeltrack: \(input): \(Output.describe(error))")
            }
        }
        if failed { throw ExitCode.failure }
    }

    private func print(_ page: PageReader.Page, input: String, url: String) throws {
        let isFile = url.hasPrefix("file://") && !input.lowercased().hasPrefix("file://")
        switch page.content {
        case .document(let document, let found):
            if claims {
                if jsonl {
                    for claim in found { Swift.print(try ContractJSON.string(claim)) }
                } else {
                    Swift.print(ClaimTable.render(found, showSource: false))
                }
            } else if jsonl {
                let record = ExtractRecord(
                    input: input, isFile: isFile, title: document.title, published: document.published,
                    text: document.text, tables: document.tables)
                Swift.print(try ContractJSON.string(record))
            } else {
                Swift.print(ExtractRecord.human(document))
            }
        case .feed(let feed):
            if claims {
                if !jsonl { Swift.print("(\(input) is a feed: no claims)") }
            } else if jsonl {
                let text = feed.entries.map { [$0.title ?? "", $0.url].joined(separator: "\n") }.joined(separator: "\n\n")
                let record = ExtractRecord(
                    input: input, isFile: isFile, title: feed.title, published: nil, text: text, tables: [])
                Swift.print(try ContractJSON.string(record))
            } else {
                Swift.print(FeedListing.render(feed))
            }
        case .unsupported(let type):
            throw InputError(input: input, message: "not a web page or feed (\(type)); modeltrack reads HTML, RSS and Atom")
        }
    }
}

/// The `extract --jsonl` object.
struct ExtractRecord: Encodable {
    var input: String
    var isFile: Bool
    var title: String?
    var published: Date?
    var text: String
    var tables: [Table]

    enum CodingKeys: String, CodingKey {
        case file, url, title, published, text, tables
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(input, forKey: isFile ? .file : .url)
        try container.encode(title, forKey: .title)
        try container.encode(published.map(Timestamp.format), forKey: .published)
        try container.encode(text, forKey: .text)
        try container.encode(tables.map(TableRecord.init), forKey: .tables)
    }

    /// Title, publication time and text, for people.
    static func human(_ document: Document) -> String {
        var lines: [String] = []
        if let title = document.title { lines.append(title) }
        if let published = document.published { lines.append("published " + Timestamp.format(published)) }
        if !lines.isEmpty { lines.append("") }
        lines.append(document.text)
        return lines.joined(separator: "\n")
    }
}

/// A table in `extract --jsonl`: caption, header counts and the grid of cell texts (spans expanded).
struct TableRecord: Encodable {
    var caption: String?
    var headerRows: Int
    var headerColumns: Int
    var rows: [[String]]

    init(_ table: Table) {
        caption = table.caption
        headerRows = table.headerRowCount
        headerColumns = table.headerColumnCount
        rows = table.grid
    }

    enum CodingKeys: String, CodingKey {
        case caption, rows
        case headerRows = "header_rows"
        case headerColumns = "header_columns"
    }
}

/// A readable error about one command-line input.
struct InputError: Error, CustomStringConvertible {
    var input: String
    var message: String
    var description: String { message }
}
