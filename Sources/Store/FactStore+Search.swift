internal import Foundation
internal import GRDB
public import Model

extension FactStore {
    /// Full-text search over current documents and claims, best first.
    ///
    /// The query is plain words (all must match) and "quoted phrases"; any input is safe, and a query
    /// with nothing searchable returns `[]`. Matching ignores case and diacritics. Documents rank by
    /// bm25 with the title weighing 10 times the main text; claims with the model id weighing most,
    /// then the model name, the attribute and the quote. `score` is bm25 negated (higher is better).
    /// Snippets are plain text; `matches` are `Character` offsets of the matched terms in the snippet.
    ///
    /// ```swift
    /// for hit in try store.search("\"context window\" maverick") { print(hit.score, hit.snippet) }
    /// ```
    public func search(_ query: String, limit: Int = 20) throws -> [SearchHit] {
        guard limit > 0, let expression = SearchQuery(query).matchExpression else { return [] }
        let limit = min(limit, 1000)
        return try read("searching for \(query.prefix(80))") { db in
            let hits = try documentHits(db, expression: expression, limit: limit)
                + claimHits(db, expression: expression, limit: limit)
            let ranked = hits.sorted { lhs, rhs in
                if lhs.score != rhs.score { return lhs.score > rhs.score }
                if lhs.kind != rhs.kind { return lhs.kind == .document }
                return (lhs.url, lhs.claim?.id ?? 0) < (rhs.url, rhs.claim?.id ?? 0)
            }
            return Array(ranked.prefix(limit))
        }
    }

    private static let markers = "char(\(MarkedSnippet.openValue)), char(\(MarkedSnippet.closeValue))"

    private func documentHits(_ db: Database, expression: String, limit: Int) throws -> [SearchHit] {
        // CROSS JOIN keeps document_fts the outer loop, where snippet() and bm25() are allowed.
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT document.url, document.title, document.published,
                       snippet(document_fts, 0, \(Self.markers), '…', 32) AS title_snippet,
                       snippet(document_fts, 1, \(Self.markers), '…', 32) AS text_snippet,
                       bm25(document_fts, 10.0, 1.0) AS weighted_rank
                FROM document_fts CROSS JOIN document ON document.id = document_fts.rowid
                WHERE document_fts MATCH ? AND document.is_current = 1
                ORDER BY weighted_rank LIMIT ?
                """,
            arguments: [expression, limit])
        return try rows.map { row in
            let text = MarkedSnippet(marked: try row.decode(String?.self, forColumn: "text_snippet") ?? "")
            let title = MarkedSnippet(marked: try row.decode(String?.self, forColumn: "title_snippet") ?? "")
            let snippet = text.matches.isEmpty && !title.matches.isEmpty ? title : text
            return SearchHit(
                kind: .document, url: try row.decode(String.self, forColumn: "url"),
                title: try row.decode(String?.self, forColumn: "title"),
                published: try row.optionalTime("published"), snippet: snippet.text, matches: snippet.matches,
                score: -(try row.decode(Double.self, forColumn: "weighted_rank")))
        }
    }

    private func claimHits(_ db: Database, expression: String, limit: Int) throws -> [SearchHit] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT claim.id,
                       snippet(claim_fts, 3, \(Self.markers), '…', 48) AS quote_snippet,
                       bm25(claim_fts, 8.0, 6.0, 2.0, 1.0) AS weighted_rank
                FROM claim_fts
                CROSS JOIN claim ON claim.id = claim_fts.rowid
                CROSS JOIN document ON document.id = claim.document_id
                WHERE claim_fts MATCH ? AND document.is_current = 1
                ORDER BY weighted_rank LIMIT ?
                """,
            arguments: [expression, limit])
        let claims = try ClaimRecord.cited(db, ids: try rows.map { try $0.decode(Int64.self, forColumn: "id") })
        return try rows.compactMap { row in
            guard let claim = claims[try row.decode(Int64.self, forColumn: "id")] else { return nil }
            let snippet = MarkedSnippet(marked: try row.decode(String?.self, forColumn: "quote_snippet") ?? "")
            return SearchHit(
                kind: .claim, url: claim.source.url, title: claim.source.title, published: claim.source.published,
                snippet: snippet.text, matches: snippet.matches,
                score: -(try row.decode(Double.self, forColumn: "weighted_rank")), claim: claim)
        }
    }
}
