import ArgumentParser
import Extraction
import Foundation
import Model
import Pipeline

/// `modeltrack-eval [facts] CORPUS_DIR`: recall on the corpus's FACTS.tsv and precision on the hand labels.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Measures claim extraction on a corpus directory: recall on FACTS.tsv, precision on hand labels.",
        discussion: """
            Recall: a FACTS.tsv row is found when the file yields a claim with an accepted model id \
            (eval/fact-models.tsv), the attribute, and the value. Precision: the share of labelled claims \
            (eval/labels.tsv) judged correct, among those the extractor still produces. --sample prints a \
            seeded random sample of extracted claims to label.
            """)

    @Argument(help: "The corpus directory (holding FACTS.tsv and the source files).")
    var corpus: String

    @Option(help: "Canonical ids for the model names of FACTS.tsv.")
    var key = "eval/fact-models.tsv"

    @Option(help: "The models file (families and aliases) the extractor uses.")
    var models = "Feeds/models.yaml"

    @Option(help: "Column mappings for the corpus's structured files.")
    var mappings = "eval/mappings.yaml"

    @Option(help: "Hand labels of sampled claims (repeatable: one precision line per file).")
    var labels: [String] = ["eval/labels.tsv", "eval/labels-seed8.tsv"]

    @Option(help: "Print this many sampled claims (TSV) to label, instead of measuring.")
    var sample: Int?

    @Option(help: "The seed of the sample.")
    var seed: UInt64 = 4

    @Flag(help: "List the FACTS rows not found.")
    var misses = false

    @Flag(help: "Print every distinct claim (TSV, sorted by file), to compare two versions of the extractor.")
    var dump = false

    func run() throws {
        let corpusURL = URL(fileURLWithPath: corpus, isDirectory: true)
        let registry = try ModelCatalog.registry(file: URL(fileURLWithPath: models))
        let reader = PageReader(extractor: ClaimExtractor(registry: registry))
        let mapped = try RecordMappings.load(file: URL(fileURLWithPath: mappings))
        let extracted = CorpusClaims(corpus: corpusURL, mappings: mapped, reader: reader)
        for (file, message) in extracted.failures.sorted(by: { $0.key < $1.key }) {
            FileHandle.standardError.write(Data("modeltrack-eval: \(file): \(message)\n".utf8))
        }
        if let sample {
            print(ClaimSample.draw(from: extracted, count: sample, seed: seed).tsv)
            return
        }
        if dump {
            print(ClaimSample.every(in: extracted).tsv)
            return
        }
        let recall = try Recall.measure(
            facts: corpusURL.appendingPathComponent("FACTS.tsv"), key: URL(fileURLWithPath: key), claims: extracted)
        if misses { print(recall.missList) }
        print(recall.line)
        for file in labels {
            let precision = try Precision.measure(labels: URL(fileURLWithPath: file), claims: extracted)
            print(precision.line(file: file))
        }
    }
}
