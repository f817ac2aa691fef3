import ArgumentParser
import Foundation
import Model
import Pipeline
import Store

struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "List stored claims, each with its source; for one model, the consensus on each fact.",
        discussion: """
            With --model, prints one line per attribute: the best-supported value, the sources behind it and the \
            dissent (--claims lists the claims instead). --json prints the contract's Claim array; --consensus \
            --json prints the consensus objects instead.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Only this model (a canonical id like qwen3.6-max-preview, or a name like \"Kimi K3\").")
    var model: String?

    @Option(name: .long, help: "Only this attribute (context_window, weights, benchmark:gpqa-diamond …).")
    var attribute: String?

    @Flag(name: .long, help: "Print a JSON array of Claim objects.")
    var json = false

    @Flag(name: .long, help: "With --model: list every claim instead of the consensus view.")
    var claims = false

    @Flag(name: .long, help: "With --model and --json: print the consensus on each fact instead of the claims.")
    var consensus = false

    @Option(name: .long, help: "The feeds folder whose models.yaml says which lab makes which models.")
    var feeds = "Feeds"

    func validate() throws {
        if consensus, model == nil { throw ValidationError("--consensus needs --model") }
    }

    func run() throws {
        let store = try storeOptions.open()
        let modelID = model.map(ModelLookup.id(for:))
        let attributeFilter = attribute.map { Attribute(rawValue: $0) }
        if let modelID, consensus || (!json && !claims) {
            let vendors = try VendorCatalog.load(feedsDirectory: URL(fileURLWithPath: feeds, isDirectory: true))
            let facts = try ConsensusReader(store: store, vendors: vendors).consensus(model: modelID, attribute: attributeFilter)
            if json {
                try Output.printJSON(facts)
            } else if facts.isEmpty {
                print(Self.nothing(store: store, model: model, attribute: attribute))
            } else {
                print(ConsensusListing.render(facts, model: modelID))
            }
            return
        }
        let found = try store.claims(model: modelID, attribute: attributeFilter)
        if json {
            try Output.printJSON(found)
        } else if found.isEmpty {
            print(Self.nothing(store: store, model: model, attribute: attribute))
        } else {
            print(ClaimTable.render(found, showSource: true))
        }
    }

    private static func nothing(store: FactStore, model: String?, attribute: String?) -> String {
        let empty = (try? store.statistics().currentClaims == 0) ?? false
        return Output.nothingFound("claims", model: model, attribute: attribute, storeIsEmpty: empty)
    }
}
