import ArgumentParser
import Model
import Pipeline

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over stored pages and claims, best first.",
        discussion: """
            Plain words (all must match) and "quoted phrases". Any input is safe to type.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "What to look for.")
    var query: [String]

    @Option(name: .long, help: "At most N results.")
    var limit = 10

    @Flag(name: .long, help: "Print a JSON array of search results.")
    var json = false

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try storeOptions.open()
        let text = query.joined(separator: " ")
        let hits = try store.search(text, limit: limit)
        if json {
            try Output.printJSON(hits)
        } else if hits.isEmpty {
            print("No results for \(text.debugDescription). Try fewer or different words.")
        } else {
            print(SearchListing.render(hits, bold: Terminal.isInteractive(.standardOutput)))
        }
    }
}
