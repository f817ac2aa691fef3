import Extraction
import Model

/// Turns a `--model` argument into a canonical id: a name the registry knows, or the id as typed.
enum ModelLookup {
    static func id(for argument: String) -> ModelID {
        if let id = ModelRegistry.standard.canonicalID(for: argument) { return id }
        let lowered = argument.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: "-")
        return ModelID(lowered)
    }
}
