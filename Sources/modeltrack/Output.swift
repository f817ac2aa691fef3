import Fetching
import Foundation
import Model

/// Printing helpers shared by the commands: JSON on stdout, errors on stderr.
enum Output {
    /// Prints one JSON value on stdout, nothing else.
    static func printJSON(_ value: some Encodable) throws {
        print(try ContractJSON.string(value))
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// An error's text for a line that already names the input (so a fetch error drops its URL).
    static func describe(_ error: any Error) -> String {
        if let error = error as? FetchError { return error.message }
        return String(describing: error)
    }

    /// `No claims for model kimi-k3.` and similar, naming the filters; an empty store says how to fill it.
    static func nothingFound(_ what: String, model: String?, attribute: String?, storeIsEmpty: Bool) -> String {
        if storeIsEmpty { return "No \(what): the store holds no claims yet. Run `modeltrack crawl` first." }
        var filters: [String] = []
        if let model { filters.append("model \(model)") }
        if let attribute { filters.append("attribute \(attribute)") }
        if filters.isEmpty { return "No \(what)." }
        return "No \(what) for \(filters.joined(separator: " and "))."
    }

    /// A URL shortened for a table column: host (or file name) and path tail.
    static func shortURL(_ url: String) -> String {
        guard let parsed = URL(string: url) else { return url }
        if parsed.isFileURL {
            let parts = parsed.pathComponents.suffix(2)
            return parts.joined(separator: "/")
        }
        let host = parsed.host ?? url
        let path = parsed.path
        return path.isEmpty || path == "/" ? host : host + path
    }
}
