import ArgumentParser
import Model
import Pipeline

struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "List stored claims, each with its source.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Only this model (a canonical id like qwen3.6-max-preview, or a name like \"Kimi K3\").")
    var model: String?

    @Option(name: .long, help: "Only this attribute (context_window, weights, benchmark:gpqa-diamond …).")
    var attribute: String?

    @Flag(name: .long, help: "Print a JSON array of Claim objects.")
    var json = false

    func run() throws {
        let store = try storeOptions.open()
        let claims = try store.claims(
            model: model.map(ModelLookup.id(for:)), attribute: attribute.map { Attribute(rawValue: $0) })
        if json {
            try Output.printJSON(claims)
        } else if claims.isEmpty {
            print(
                Output.nothingFound(
                    "claims", model: model, attribute: attribute, storeIsEmpty: try store.statistics().currentClaims == 0))
        } else {
            print(ClaimTable.render(claims, showSource: true))
        }
    }
}
