import ArgumentParser
import Digest
import Extraction
import Foundation
import Model
import Pipeline
import Store

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over stored pages and claims, best first.",
        discussion: """
            Plain words must all match (the last one also as a prefix: qwen finds Qwen3); "quoted phrases" \
            match exactly; -word or -"a phrase" excludes; OR joins alternatives (kimi OR qwen). A query that \
            names a model, in any spelling, lists that model's facts first, best-supported value first. \
            Any input is safe to type.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(
        parsing: .allUnrecognized,
        help: "What to look for (words after the options too, so `search llama -scout` excludes scout).")
    var query: [String] = []

    @Option(name: .long, help: "At most N results.")
    var limit = 10

    @Option(name: .long, help: "The feeds folder whose models.yaml adds model names and aliases (default Feeds/).")
    var feeds: String = "Feeds"

    @Option(name: .long, help: "Only this model (an id like kimi-k3, or a name like \"Kimi K3\").")
    var model: String?

    @Option(name: .long, help: "Only claims of this attribute, and pages that state one (context_window …).")
    var attribute: String?

    @Option(name: .long, help: "Only pages published since WHEN: \(TimeArgument.formats).")
    var since: String?

    @Option(name: .long, help: "Only pages published before WHEN.")
    var until: String?

    @Option(name: .long, help: "Only pages from this source: its URL, name or publisher, a site, or a URL prefix.")
    var source: String?

    @Flag(name: .long, help: "Print a JSON array of search results.")
    var json = false

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
        if query.isEmpty, model == nil { throw ValidationError("Give words to look for, or --model.") }
        // Words after the options are the query (so -word can exclude), but --typo is an option gone wrong.
        if let unknown = query.first(where: { $0.hasPrefix("--") && $0.dropFirst(2).first?.isLetter == true }) {
            throw ValidationError("Unknown option \(unknown.split(separator: "=")[0]). (To search for it, quote it.)")
        }
    }

    func run() throws {
        let now = Date()
        let text = query.joined(separator: " ")
        var request = SearchRequest(text, limit: limit, now: now)
        request.namedModels = Self.namedModels(in: text, registry: registry(for: text))
        request.model = model.map(ModelLookup.id(for:))
        request.modelName = model
        request.attribute = attribute.map { Attribute(rawValue: $0) }
        request.since = try since.map { try Self.time($0, option: "--since", now: now) }
        request.until = try until.map { try Self.time($0, option: "--until", now: now) }
        request.source = source
        let store = try FactStore(path: storeOptions.path, access: .readOnly)
        let results = try store.search(request)
        if json {
            try Output.printJSON(results.hits)
            if let hint = results.hint { Output.printError(hint) }
        } else if results.hits.isEmpty {
            print(results.hint ?? "No results for \(text.debugDescription). Try fewer or different words.")
        } else {
            print(SearchListing.render(results.hits, bold: Terminal.isInteractive(.standardOutput)))
        }
    }

    /// The models the alias registry finds in the query, as typed and with each word capitalized:
    /// people type `claude opus 4.7` where pages write `Claude Opus 4.7`.
    static func namedModels(in query: String, registry: ModelRegistry) -> [SearchRequest.NamedModel] {
        let capitalized = query.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        var seen: Set<String> = []
        return (registry.mentions(in: query) + registry.mentions(in: capitalized))
            .filter { seen.insert($0.name.lowercased() + "\u{0}" + $0.id.rawValue).inserted }
            .map { SearchRequest.NamedModel(words: $0.name, id: $0.id) }
    }

    /// The alias registry with the feeds folder's models file; a broken file is reported, not fatal.
    ///
    /// Parsing YAML costs more than many searches, so the file is parsed only when some word in it
    /// (outside comments) occurs in the query: otherwise none of its names can be there.
    private func registry(for query: String) -> ModelRegistry {
        let file = URL(fileURLWithPath: feeds, isDirectory: true).appendingPathComponent(ModelCatalog.fileName)
        guard let text = try? String(contentsOf: file, encoding: .utf8), Self.mayName(query, modelsFile: text) else {
            return .standard
        }
        do {
            return try ModelCatalog.registry(file: file)
        } catch {
            Output.printError("warning: \(error); searching with the built-in model names only")
            return .standard
        }
    }

    /// True when a word of the query begins with a word of the models file's names (letters and digits,
    /// two or more, case aside; keys, comments and vendors' web domains aside): a name the file defines can
    /// only be found then.
    static func mayName(_ query: String, modelsFile: String) -> Bool {
        let words = query.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard !words.isEmpty else { return false }
        for line in modelsFile.split(whereSeparator: \.isNewline) {
            var content = (line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                .drop { $0 == " " || $0 == "-" }
            if let colon = content.firstIndex(of: ":"),
                content[..<colon].allSatisfy({ $0.isLowercase || $0 == "_" })
            {
                if content[..<colon] == "domains" { continue }
                content = content[content.index(after: colon)...]
            }
            for name in content.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            where name.count >= 2 && words.contains(where: { $0.hasPrefix(name) }) {
                return true
            }
        }
        return false
    }

    static func time(_ text: String, option: String, now: Date) throws -> Date {
        guard let date = TimeArgument.parse(text, now: now) else {
            throw ValidationError("\(option) \(text.debugDescription): expected \(TimeArgument.formats).")
        }
        return date
    }
}
