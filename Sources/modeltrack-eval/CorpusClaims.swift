import Foundation
import Model
import Pipeline

/// The claims modeltrack extracts from every file of a corpus directory, by path relative to it.
///
/// Markdown and HTML files are read as pages, feeds entry by entry (each entry's content as a page),
/// and CSV/JSON/YAML files through the column mapping given for them, as a crawl would read them.
struct CorpusClaims {
    var byFile: [String: [Claim]] = [:]
    /// Files read through a column mapping (kept out of the precision sample: the mapping decides them).
    var mappedFiles: Set<String> = []
    var failures: [String: String] = [:]

    /// A fixed retrieval time, so two runs give the same claims.
    private static let retrieved = Date(timeIntervalSince1970: 1_800_000_000)

    init(corpus: URL, mappings: [String: RecordMapping], reader: PageReader) {
        for relative in Self.files(in: corpus) {
            let url = corpus.appendingPathComponent(relative)
            guard let body = try? Data(contentsOf: url) else {
                failures[relative] = "cannot read the file"
                continue
            }
            let fetch = Fetch(
                requestedURL: url.absoluteString, finalURL: url.absoluteString, status: 0, fetchedAt: Self.retrieved,
                body: body)
            do {
                let mapping = mappings[relative]
                if mapping != nil { mappedFiles.insert(relative) }
                switch try reader.read(fetch, records: mapping).content {
                case .document(_, let claims):
                    byFile[relative] = claims
                case .feed(let feed):
                    byFile[relative] = try feed.entries.flatMap { try entryClaims($0, reader: reader) }
                case .unsupported:
                    continue
                }
            } catch {
                failures[relative] = String(describing: error)
            }
        }
    }

    /// A feed entry's content read as the page it summarizes.
    private func entryClaims(_ entry: FeedEntry, reader: PageReader) throws -> [Claim] {
        guard let summary = entry.summary, !summary.isEmpty else { return [] }
        let published = entry.published.map { ISO8601DateFormatter().string(from: $0) } ?? ""
        let title = (entry.title ?? "").replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        let html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>\(title)</title>
            <meta property="article:published_time" content="\(published)"></head>
            <body><article><h1>\(title)</h1>\(summary)</article></body></html>
            """
        let fetch = Fetch(
            requestedURL: entry.url, finalURL: entry.url, status: 200, contentType: "text/html; charset=utf-8",
            fetchedAt: Self.retrieved, body: Data(html.utf8))
        guard case .document(_, let claims) = try reader.read(fetch).content else { return [] }
        return claims
    }

    /// Every file below the corpus's subfolders (its own README and TSV files are not sources), sorted.
    static func files(in corpus: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: corpus.path) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = corpus.appendingPathComponent(path).path
            guard path.contains("/"), FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
                !isDirectory.boolValue, !path.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { continue }
            files.append(path)
        }
        return files.sorted()
    }
}
