import ArgumentParser
import Pipeline
import Store

/// `--store PATH`, shared by every command that touches the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The fact store (default: $MODELTRACK_STORE, else Store/modeltrack.sqlite).")
    var store: String?

    var path: String { StoreLocation.resolve(option: store) }

    func open() throws -> FactStore {
        try FactStore(path: path)
    }
}
