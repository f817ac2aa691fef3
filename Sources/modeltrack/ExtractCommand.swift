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
        let mode = Mode(claims: claims, jsonl: jsonl)
        let inputs = inputs
        // Fetches wait on libcurl's thread and parsing runs on the cooperative pool, so a few
        // inputs in flight per core keep every core busy; results print in input order.
        let window = max(2, ProcessInfo.processInfo.activeProcessorCount) * 2
        var failed = false
        await withTaskGroup(of: (Int, Result<[String], any Error>).self) { group in
            var next = 0
            var printed = 0
            var finished: [Int: Result<[String], any Error>] = [:]
            func startNext(_ group: inout TaskGroup<(Int, Result<[String], any Error>)>) {
                let index = next
                next += 1
                group.addTask {
                    (index, await Self.process(inputs[index], fetcher: fetcher, reader: reader, mode: mode))
                }
            }
            while next < inputs.count, next < window { startNext(&group) }
            while let (index, outcome) = await group.next() {
                finished[index] = outcome
                while let ready = finished.removeValue(forKey: printed) {
                    switch ready {
                    case .success(let lines):
                        for line in lines { Swift.print(line) }
                    case .failure(let error):
                        failed = true
                        Output.printError(Output.inputError(inputs[printed], error))
                    }
                    printed += 1
                }
                if next < inputs.count, next - printed < window * 4 { startNext(&group) }
                while next < inputs.count, group.isEmpty { startNext(&group) }
            }
        }
        if failed { throw ExitCode.failure }
    }

    /// What to print for each input.
    struct Mode: Sendable {
        var claims: Bool
        var jsonl: Bool
    }

    /// Fetches, reads and renders one input: the lines to print, or the error to report.
    private static func process(_ input: String, fetcher: Fetcher, reader: PageReader, mode: Mode) async
        -> Result<[String], any Error>
    {
        let url = InputLocation.url(for: input)
        do {
            let fetch = try await fetcher.fetch(FetchRequest(url: url))
            guard fetch.isSuccess else { throw InputError(input: input, message: "HTTP \(fetch.status)") }
            let page = try reader.read(fetch, textOnly: !mode.claims)
            return .success(try render(page, input: input, url: url, mode: mode))
        } catch {
            return .failure(error)
        }
    }

    private static func render(_ page: PageReader.Page, input: String, url: String, mode: Mode) throws -> [String] {
        let isFile = url.hasPrefix("file://") && !input.lowercased().hasPrefix("file://")
        switch page.content {
        case .document(let document, let found):
            if mode.claims {
                if mode.jsonl { return try found.map { try ContractJSON.string($0) } }
                return [ClaimTable.render(found, showSource: false)]
            } else if mode.jsonl {
                let record = ExtractRecord(
                    input: input, isFile: isFile, title: document.title, published: document.published,
                    text: document.text, tables: document.tables)
                return [try ContractJSON.string(record)]
            } else {
                return [ExtractRecord.human(document)]
            }
        case .feed(let feed):
            if mode.claims {
                return mode.jsonl ? [] : ["(\(input) is a feed: no claims)"]
            } else if mode.jsonl {
                let text = feed.entries.map { [$0.title ?? "", $0.url].joined(separator: "\n") }.joined(separator: "\n\n")
                let record = ExtractRecord(
                    input: input, isFile: isFile, title: feed.title, published: nil, text: text, tables: [])
                return [try ContractJSON.string(record)]
            } else {
                return [FeedListing.render(feed)]
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
