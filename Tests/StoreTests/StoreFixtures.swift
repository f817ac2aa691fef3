import Archiving
import Foundation
import Model
import Store

/// A folder under the system's temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("modeltrack-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// A path inside the folder (sub-folders are not created).
    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// A fresh store in this folder.
    func store(_ name: String = "modeltrack.sqlite") throws -> FactStore { try FactStore(path: path(name)) }
}

/// Times used across the tests, all whole seconds in UTC.
enum Clock {
    static func at(_ text: String) -> Date { Timestamp.parse(text) ?? Date(timeIntervalSince1970: 0) }
    static let monday = at("2026-11-23T10:00:00Z")
    static let tuesday = at("2026-11-24T10:00:00Z")
    static let wednesday = at("2026-11-25T10:00:00Z")
}

/// A claim about a page, before its citation is filled in.
struct ClaimSpec {
    var model: ModelID
    var modelName: String
    var attribute: Attribute
    var value: ClaimValue
    var unit: String? = nil
    var text: String
    var qualifiers = Qualifiers()
    var quote: String
}

/// Builds pages the way the pipeline hands them to the store.
enum Pages {
    static func fetch(
        _ url: String, body: String, at date: Date, status: Int = 200, etag: String? = nil,
        lastModified: String? = nil
    ) -> Fetch {
        Fetch(
            requestedURL: url, finalURL: url, status: status, etag: etag, lastModified: lastModified,
            contentType: "text/html; charset=utf-8", fetchedAt: date, body: Data(body.utf8))
    }

    /// A page whose body is simple HTML around `paragraphs`, with claims citing that body.
    static func page(
        _ url: String, title: String, paragraphs: [String], claims: [ClaimSpec] = [], at date: Date = Clock.monday,
        etag: String? = nil, lastModified: String? = nil, published: Date? = Clock.at("2026-11-20T08:00:00Z"),
        tables: [Table] = []
    ) -> PageRecord {
        let html = "<html><head><title>\(title)</title></head><body>"
            + paragraphs.map { "<p>\($0)</p>" }.joined() + "</body></html>"
        let fetch = fetch(url, body: html, at: date, etag: etag, lastModified: lastModified)
        let sha256 = SHA256Digest.hex(fetch.body)
        let document = Document(
            url: url, title: title, published: published, language: "en",
            blocks: paragraphs.map(Block.paragraph) + tables.map(Block.table))
        let citation = Citation(url: url, title: title, published: published, retrieved: date, sha256: sha256)
        let claims = claims.map { spec in
            Claim(
                model: spec.model, modelName: spec.modelName, attribute: spec.attribute, value: spec.value,
                unit: spec.unit, text: spec.text, qualifiers: spec.qualifiers, quote: spec.quote, source: citation)
        }
        return PageRecord(fetch: fetch, sourceID: nil, document: document, claims: claims)
    }

    static let maverickURL = "https://example.com/blog/llama-4"
    static let maverickQuote = "Llama 4 Maverick supports a context length of 1M tokens."

    /// A release note with two claims about Llama 4 Maverick.
    static func maverick(at date: Date = Clock.monday, contextWindow: Int = 1_000_000, etag: String? = nil) -> PageRecord {
        let contextText = contextWindow == 1_000_000 ? "1M tokens" : "\(contextWindow / 1000)K tokens"
        let quote = "Llama 4 Maverick supports a context length of \(contextText)."
        return page(
            maverickURL, title: "Introducing Llama 4",
            paragraphs: [quote, "Llama 4 Maverick has 400B total parameters with 17B active."],
            claims: [
                ClaimSpec(
                    model: "llama-4-maverick", modelName: "Llama 4 Maverick", attribute: .contextWindow,
                    value: .number(Double(contextWindow)), unit: "tokens", text: contextText,
                    qualifiers: Qualifiers(scope: "native", asOf: "2026-11-20"), quote: quote),
                ClaimSpec(
                    model: "llama-4-maverick", modelName: "Llama 4 Maverick", attribute: .paramsTotal,
                    value: .number(400_000_000_000), unit: "parameters", text: "400B",
                    quote: "Llama 4 Maverick has 400B total parameters with 17B active."),
            ],
            at: date, etag: etag)
    }
}
