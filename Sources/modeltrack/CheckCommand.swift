import ArgumentParser
import Conflicts
import Extraction
import Fetching
import Foundation
import Model
import Pipeline

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Fact-check an article or a sentence against the store.",
        discussion: """
            Extracts the claims of TEXT (or of --file, or of the page at --url) with the crawler's extractor and \
            gives each a verdict against the store's best-supported value: supported, contradicted or unverified \
            (the store holds nothing on that model and attribute), with the evidence for and against. TEXT `-` \
            reads standard input. --json prints the contract's Check result array; --format claimreview prints \
            schema.org ClaimReview JSON-LD, one object per claim, citing the evidence pages.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "A sentence or an article's text (`-`: standard input).")
    var text: String?

    @Option(name: .long, help: "An HTML, Markdown or text file to check.")
    var file: String?

    @Option(name: .long, help: "A page to fetch and check.")
    var url: String?

    @Flag(name: .long, help: "Print the Check result JSON array.")
    var json = false

    @Option(name: .long, help: "text, json or claimreview.")
    var format: CheckFormat = .text

    @Option(name: .long, help: "The feeds folder whose models.yaml names models and their vendors.")
    var feeds = "Feeds"

    func validate() throws {
        let given = [text != nil, file != nil, url != nil].filter { $0 }.count
        if given != 1 { throw ValidationError("give exactly one of TEXT, --file or --url") }
    }

    func run() async throws {
        let feedsFolder = URL(fileURLWithPath: feeds, isDirectory: true)
        let registry = try ModelCatalog.registry(feedsDirectory: feedsFolder)
        let vendors = try VendorCatalog.load(feedsDirectory: feedsFolder)
        let store = try storeOptions.open()
        if try store.statistics().currentClaims == 0 {
            Output.printError(
                "warning: the store at \(storeOptions.path) holds no claims yet, so nothing can be supported or "
                    + "contradicted: run `modeltrack crawl` first, or point --store at your store.")
        }
        let checker = FactChecker(
            consensus: ConsensusReader(store: store, vendors: vendors), extractor: ClaimExtractor(registry: registry))
        let now = Date()
        let results: [CheckResult]
        if let text {
            let input = text == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : text
            results = try checker.check(text: input, at: now)
        } else {
            let input = file ?? url ?? ""
            let location = InputLocation.url(for: input)
            let fetch: Fetch
            do {
                fetch = try await Fetcher().fetch(FetchRequest(url: location))
            } catch {
                Output.printError(Output.inputError(input, error))
                throw ExitCode.failure
            }
            guard fetch.isSuccess else {
                Output.printError("modeltrack: \(input): HTTP \(fetch.status)")
                throw ExitCode.failure
            }
            results = try checker.check(fetch: fetch)
        }
        switch json ? .json : format {
        case .json: try Output.printJSON(results)
        case .claimreview: try Output.printJSON(results.map { ClaimReview($0, reviewedAt: now) })
        case .text: print(CheckListing.render(results))
        }
    }
}

/// How `check` prints its verdicts.
enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, claimreview
}
