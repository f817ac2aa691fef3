import ArgumentParser
import Model
import Pipeline

struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List flagged conflicts with both sides' evidence.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Only this model (canonical id or name).")
    var model: String?

    @Option(name: .long, help: "Only this attribute.")
    var attribute: String?

    @Flag(name: .long, help: "Include conflicts that were resolved since.")
    var all = false

    @Flag(name: .long, help: "Print a JSON array of Conflict objects.")
    var json = false

    func run() throws {
        let store = try storeOptions.open()
        let conflicts = try store.conflicts(
            model: model.map(ModelLookup.id(for:)), attribute: attribute.map { Attribute(rawValue: $0) },
            includeResolved: all)
        if json {
            try Output.printJSON(conflicts)
        } else if conflicts.isEmpty {
            print(
                Output.nothingFound(
                    "conflicts", model: model, attribute: attribute, storeIsEmpty: try store.statistics().currentClaims == 0))
        } else {
            print(ConflictListing.render(conflicts))
        }
    }
}
