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

    /// `modeltrack: INPUT: what went wrong`, naming the input once: a missing file's message already ends with
    /// its path (`no such file: /srv/x.html` for `x.html`, `a folder, not a file: /tmp/` for `/tmp`).
    static func inputError(_ input: String, _ error: any Error) -> String {
        let message = describe(error)
        var tail = Substring(message)
        if tail.hasSuffix("/") { tail = tail.dropLast() }
        let named = tail.hasSuffix(input) && (tail.dropLast(input.count).last.map { $0 == " " || $0 == "/" } ?? true)
        return named ? "modeltrack: \(message)" : "modeltrack: \(input): \(message)"
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
