import ArgumentParser
import Foundation
import Model
import Pipeline

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the configured sources with their schedule and last fetch.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Folder of publisher definitions (default Feeds/).")
    var feeds: String = "Feeds"

    @Flag(name: .long, help: "Print a JSON array.")
    var json = false

    func run() throws {
        let catalog = try SourceCatalog(directory: URL(fileURLWithPath: feeds, isDirectory: true))
        let store = try storeOptions.open()
        let statuses = try catalog.sources.map { try SourceStatus(source: $0, store: store) }
        if json {
            try Output.printJSON(statuses)
        } else if statuses.isEmpty {
            print("No sources defined in \(feeds)/ (one .yaml file per publisher; see Feeds/README.md).")
        } else {
            print(SourceListing.render(statuses))
        }
    }
}
