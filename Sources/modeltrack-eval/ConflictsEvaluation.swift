import ArgumentParser
import Conflicts
import Extraction
import Foundation
import Model
import Pipeline

/// `modeltrack-eval conflicts CORPUS_DIR`: how modeltrack judges the corpus's DISAGREEMENTS.tsv.
struct ConflictsEvaluation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "Judges every row of DISAGREEMENTS.tsv: flagged (with its kind), explained, or not extracted.",
        discussion: """
            Extracts every corpus file as the crawler would (citing its GitHub address from MANIFEST.tsv), runs the \
            conflict rules over all claims at once, and for each row finds the claims of both files that state the \
            row's values. The outcome is compared with the kinds eval/disagreements-expected.tsv accepts.
            """)

    @Argument(help: "The corpus directory (holding DISAGREEMENTS.tsv, MANIFEST.tsv and the source files).")
    var corpus: String

    @Option(help: "Canonical ids for the model names of DISAGREEMENTS.tsv.")
    var key = "eval/disagreement-models.tsv"

    @Option(help: "The outcomes accepted for each row.")
    var expected = "eval/disagreements-expected.tsv"

    @Option(help: "The models file (families, aliases, vendors).")
    var models = "Feeds/models.yaml"

    @Option(help: "Column mappings for the corpus's structured files.")
    var mappings = "eval/mappings.yaml"

    @Flag(help: "Also list every conflict found in the whole corpus.")
    var list = false

    func run() throws {
        let corpusURL = URL(fileURLWithPath: corpus, isDirectory: true)
        let registry = try ModelCatalog.registry(file: URL(fileURLWithPath: models))
        let extracted = CorpusClaims(
            corpus: corpusURL, mappings: try RecordMappings.load(file: URL(fileURLWithPath: mappings)),
            reader: PageReader(extractor: ClaimExtractor(registry: registry)))
        for (file, message) in extracted.failures.sorted(by: { $0.key < $1.key }) {
            FileHandle.standardError.write(Data("modeltrack-eval: \(file): \(message)\n".utf8))
        }
        let manifest = try CorpusManifest(corpus: corpusURL)
        var byFile: [String: [Claim]] = [:]
        for (file, claims) in extracted.byFile {
            let fileURL = corpusURL.appendingPathComponent(file).absoluteString
            byFile[file] = claims.map { claim in
                var cited = claim
                if claim.source.url == fileURL, let url = manifest.urls[file] { cited.source.url = url }
                return cited
            }
        }
        let all = byFile.keys.sorted().flatMap { byFile[$0] ?? [] }
        let detector = ConflictDetector()
        let conflicts = detector.conflicts(among: all)
        var report = DisagreementReport(
            conflicts: conflicts, claimsByKey: Dictionary(grouping: all, by: FactKey.init), detector: detector)
        let ids = try KeyFile.load(URL(fileURLWithPath: key))
        let accepted = try KeyFile.load(URL(fileURLWithPath: expected))
        for var row in try DisagreementRow.load(corpusURL.appendingPathComponent("DISAGREEMENTS.tsv")) {
            guard let rowIDs = ids[row.modelName] else {
                throw ValidationError("\(key): no ids for the model name `\(row.modelName)`")
            }
            row.ids = rowIDs
            report.add(row, claimsA: byFile[row.fileA] ?? [], claimsB: byFile[row.fileB] ?? [], accepted: accepted[String(row.number)])
        }
        print(report.text)
        if list { print(report.conflictList) }
    }
}

/// A TSV of `name <TAB> words…` lines (comments start with `#`; the header line starts with `name` or `row`).
enum KeyFile {
    static func load(_ url: URL) throws -> [String: [String]] {
        var values: [String: [String]] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t").map(String.init)
            guard columns.count >= 2, columns[0] != "name", columns[0] != "row" else { continue }
            values[columns[0]] = columns[1].split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        }
        return values
    }
}
