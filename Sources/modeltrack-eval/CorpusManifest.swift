import Foundation

/// The corpus's MANIFEST.tsv: where each file comes from, so its claims cite the page a crawl would have
/// fetched (`https://github.com/OWNER/REPO/blob/COMMIT/PATH`) and vendor pages are recognized by their owner.
struct CorpusManifest {
    var urls: [String: String] = [:]

    init(corpus: URL) throws {
        let text = try String(contentsOf: corpus.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8)
        for line in text.split(separator: "\n").dropFirst() {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 4, columns[1].contains("/") else { continue }
            urls[columns[0]] = "https://github.com/\(columns[1])/blob/\(columns[3])/\(columns[2])"
        }
    }
}
