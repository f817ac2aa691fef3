import Archiving
import Foundation
import Model
import Store

/// A store with a known history, written through the store's own API at fixed times.
///
/// Day 1 (Nov 20): Llama 4 Maverick's vendor page (1M-token context, 400B parameters), a rumor page
/// saying 2T parameters (a conflict opens), a review saying Qwen3.6-Max-Preview is closed; the vendor
/// feed is fetched fine. Day 3 (Nov 22): the vendor page now says 512K (a changed fact); the rumor
/// page corrects itself to 400B (a changed fact, and the conflict is resolved); Kimi K3 appears (a new
/// model); a blog says Qwen is open with a 262,144-token context (new facts, and a new conflict);
/// the feed starts failing.
enum History {
    static func at(_ text: String) -> Date { Timestamp.parse(text) ?? Date(timeIntervalSince1970: 0) }

    static let dayOne = at("2026-11-20T10:00:00Z")
    static let dayThree = at("2026-11-22T08:00:00Z")
    static let since = at("2026-11-22T00:00:00Z")
    static let until = at("2026-11-23T00:00:00Z")
    static let feed = "https://vendor.example.com/feed.xml"

    static func store(at path: String) throws -> FactStore {
        let store = try FactStore(path: path)
        let feedID = try store.upsertSource(
            Source(url: feed, kind: .feed, name: "Vendor notes", publisher: "Example Labs", isVendor: true),
            at: dayOne)
        try store.recordFetch(
            Fetch(requestedURL: feed, finalURL: feed, status: 200, fetchedAt: dayOne, body: Data()),
            requestedURL: feed, sourceID: feedID, error: nil, at: dayOne)
        _ = try store.savePage(maverick(context: 1_000_000, text: "1M tokens", at: dayOne))
        _ = try store.savePage(rumor(parameters: "2T", value: 2e12, at: dayOne))
        _ = try store.savePage(
            page(
                "https://press.example.net/qwen-max", title: "Qwen's Max model, reviewed", at: dayOne,
                claims: [
                    claim("qwen3.6-max-preview", "Qwen3.6-Max-Preview", .weights, .text("closed"), "closed model",
                          quote: "Qwen3.6-Max-Preview is a closed model, served only through the API.")
                ]))
        let parameters = ConflictKey(model: "llama-4-maverick", attribute: .paramsTotal)
        try store.updateConflicts([try conflict(store, parameters, .medium)], for: [parameters], at: dayOne)

        _ = try store.savePage(maverick(context: 512_000, text: "512K tokens", at: dayThree))
        let corrected = dayThree.addingTimeInterval(3_600)
        _ = try store.savePage(rumor(parameters: "400B", value: 4e11, at: corrected))
        try store.updateConflicts([], for: [parameters], at: corrected)
        try store.recordFetch(nil, requestedURL: feed, sourceID: feedID, error: "HTTP 503 Service Unavailable", at: corrected)
        _ = try store.savePage(
            page(
                "https://vendor.example.com/kimi-k3", title: "Kimi K3 changelog", at: dayThree.addingTimeInterval(60),
                claims: [
                    claim("kimi-k3", "Kimi K3", .releaseDate, .text("2026-11-21"), "November 21, 2026",
                          quote: "Kimi K3 was released on November 21, 2026."),
                    claim("kimi-k3", "Kimi K3", .contextWindow, .number(262_144), "256K tokens", unit: "tokens",
                          scope: "native", quote: "Kimi K3 reads 256K tokens natively."),
                ]))
        let later = dayThree.addingTimeInterval(7_200)
        _ = try store.savePage(
            page(
                "https://blog.example.com/qwen-open", title: "Qwen goes open <finally> & fast", at: later,
                claims: [
                    claim("qwen3.6-max-preview", "Qwen3.6-Max-Preview", .weights, .text("open"), "open weights",
                          quote: "Qwen3.6-Max-Preview now ships with open weights."),
                    claim("qwen3.6-max-preview", "Qwen3.6-Max-Preview", .contextWindow, .number(262_144),
                          "262,144 tokens", unit: "tokens", quote: "Its context window is 262,144 tokens."),
                ]))
        let weights = ConflictKey(model: "qwen3.6-max-preview", attribute: .weights)
        try store.updateConflicts([try conflict(store, weights, .high)], for: [weights], at: later)
        try store.recordFetch(
            nil, requestedURL: feed, sourceID: feedID, error: "HTTP 503 Service Unavailable",
            at: dayThree.addingTimeInterval(10_800))
        return store
    }

    /// The conflict the current claims on `key` make, one position per value.
    static func conflict(_ store: FactStore, _ key: ConflictKey, _ severity: Conflict.Severity) throws -> Conflict {
        let claims = try store.claims(model: key.model, attribute: key.attribute)
        var positions: [Conflict.Position] = []
        for claim in claims {
            if let index = positions.firstIndex(where: { $0.value == claim.value }) {
                positions[index].claims.append(claim)
            } else {
                positions.append(Conflict.Position(value: claim.value, claims: [claim]))
            }
        }
        return Conflict(
            model: key.model, attribute: key.attribute, severity: severity, kind: .contradiction, positions: positions,
            explanation: "The sources disagree.")
    }

    static func maverick(context: Double, text: String, at date: Date) -> PageRecord {
        page(
            "https://vendor.example.com/llama-4", title: "Introducing Llama 4", at: date,
            claims: [
                claim("llama-4-maverick", "Llama 4 Maverick", .contextWindow, .number(context), text, unit: "tokens",
                      scope: "native", quote: "Llama 4 Maverick supports a context length of \(text)."),
                claim("llama-4-maverick", "Llama 4 Maverick", .paramsTotal, .number(4e11), "400B", unit: "parameters",
                      quote: "Llama 4 Maverick has 400B total parameters."),
            ])
    }

    static func rumor(parameters: String, value: Double, at date: Date) -> PageRecord {
        page(
            "https://news.example.org/maverick", title: "What we hear about Maverick", at: date,
            claims: [
                claim("llama-4-maverick", "Llama 4 Maverick", .paramsTotal, .number(value), parameters,
                      unit: "parameters", quote: "Llama 4 Maverick is said to have \(parameters) parameters.")
            ])
    }

    /// A claim before its citation is known.
    static func claim(
        _ model: ModelID, _ name: String, _ attribute: Attribute, _ value: ClaimValue, _ text: String,
        unit: String? = nil, scope: String? = nil, quote: String
    ) -> Claim {
        Claim(
            model: model, modelName: name, attribute: attribute, value: value, unit: unit, text: text,
            qualifiers: Qualifiers(scope: scope), quote: quote,
            source: Citation(url: "", title: nil, published: nil, retrieved: Date(timeIntervalSince1970: 0), sha256: ""))
    }

    /// A page whose text is its claims' quotes, with the claims citing its body.
    static func page(_ url: String, title: String, at date: Date, claims: [Claim]) -> PageRecord {
        let quotes = claims.map(\.quote)
        let html = "<html><head><title>\(title)</title></head><body>" + quotes.map { "<p>\($0)</p>" }.joined()
            + "</body></html>"
        let fetch = Fetch(
            requestedURL: url, finalURL: url, status: 200, contentType: "text/html; charset=utf-8", fetchedAt: date,
            body: Data(html.utf8))
        let citation = Citation(
            url: url, title: title, published: date.addingTimeInterval(-3_600), retrieved: date,
            sha256: SHA256Digest.hex(fetch.body))
        let document = Document(
            url: url, title: title, published: citation.published, language: "en", blocks: quotes.map(Block.paragraph))
        return PageRecord(
            fetch: fetch, sourceID: nil, document: document,
            claims: claims.map { claim in
                var cited = claim
                cited.source = citation
                return cited
            })
    }
}
