internal import Foundation
internal import GRDB
public import Model

extension FactStore {
    /// Full-text search over current documents and claims, best first (a shorthand for `search(_:)`).
    ///
    /// ```swift
    /// for hit in try store.search("\"context window\" maverick") { print(hit.score, hit.snippet) }
    /// ```
    public func search(_ query: String, limit: Int = 20) throws -> [SearchHit] {
        try search(SearchRequest(query, limit: limit)).hits
    }

    /// Searches current documents and claims; the facts of the models the query names come first.
    ///
    /// The query syntax is `SearchQuery`'s; any input is safe, and a query with nothing to look for
    /// returns no hits and a `hint`. Matching ignores case and diacritics. Documents rank by bm25 with
    /// the title weighing 10 times the main text; claims with the model id weighing most, then the
    /// model name, the attribute and the quote; a mild boost (at most a quarter, halving over six
    /// months) favours recent publications. `score` is that rank negated (higher is better). Snippets
    /// are plain text; `matches` are `Character` offsets of the matched terms in the snippet.
    ///
    /// A model named in the query (the caller's `namedModels`, or words that spell a model id the
    /// store holds) is searched in every spelling the store has seen, and its facts lead the results,
    /// consensus first (`SupportedFact.consensusFirst`), at most half of them when other results exist.
    public func search(_ request: SearchRequest) throws -> SearchResults {
        let typed = SearchQuery(request.query)
        guard request.limit > 0 else { return SearchResults(hits: [], hint: typed.hint) }
        if typed.isEmpty, request.model == nil { return SearchResults(hits: [], hint: typed.hint) }
        let limit = min(request.limit, 1000)
        let filter = SearchFilter(request)
        return try read("searching for \(request.query.prefix(80))") { db in
            var query = typed
            var models: [ModelID] = []
            // Longest names first, so `llama 4 maverick` wins over the `llama 4` inside it.
            let named = (request.namedModels + (try Self.storedModels(db, namedIn: typed))).map { named in
                (words: named.words.lowercased().split(whereSeparator: \.isWhitespace).map(String.init), id: named.id)
            }
            for (words, id) in named.sorted(by: { $0.words.count > $1.words.count }) {
                let renamed = query.naming(words: words, spellings: try Self.spellings(db, of: id))
                guard renamed != query || query.quotes(words) else { continue }
                query = renamed
                if !models.contains(id) { models.append(id) }
            }
            if let model = request.model {
                let spellings = try Self.spellings(db, of: model) + [request.modelName].compactMap { $0 }
                query = query.requiring(spellings: spellings)
                if !models.contains(model) { models.append(model) }
            }
            guard let expression = query.matchExpression else { return SearchResults(hits: [], hint: query.hint) }
            let facts =
                models.isEmpty
                ? [] : try Self.modelFacts(db, models: models, query: query, filter: filter, limit: limit)
            let shown = Set(facts.flatMap(\.claimIDs))
            let text = try (Self.documentHits(db, expression: expression, filter: filter, request: request, limit: limit)
                + Self.claimHits(
                    db, expression: expression, highlighter: QuoteHighlighter(query), filter: filter, request: request,
                    limit: limit * 2))
                .filter { hit in hit.claim?.id.map { !shown.contains($0) } ?? true }
                .sorted(by: Self.ranksAbove)
            let factCap = text.isEmpty ? limit : max(1, (limit + 1) / 2)
            let factHits = Self.hits(for: Array(facts.prefix(factCap)), above: text.first?.score ?? 0)
            return SearchResults(hits: factHits + text.prefix(limit - factHits.count), models: models)
        }
    }

    /// Higher score first; documents before claims on a tie; then by URL and claim id, for a stable order.
    static func ranksAbove(_ lhs: SearchHit, _ rhs: SearchHit) -> Bool {
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        if lhs.kind != rhs.kind { return lhs.kind == .document }
        return (lhs.url, lhs.claim?.id ?? 0) < (rhs.url, rhs.claim?.id ?? 0)
    }

    private static let markers = "char(\(MarkedSnippet.openValue)), char(\(MarkedSnippet.closeValue))"

    private static func documentHits(
        _ db: Database, expression: String, filter: SearchFilter, request: SearchRequest, limit: Int
    ) throws -> [SearchHit] {
        let ranked = try Self.ranked(
            db, .documents, expression: expression, filter: filter.documentSQL, arguments: filter.documentArguments,
            now: request.now, limit: limit)
        guard !ranked.isEmpty else { return [] }
        // Snippets are made for the rows kept only, in one pass over the matches (`+rowid` keeps FTS5
        // from looking each row up anew, which re-expands every prefix term per row).
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT document_fts.rowid AS id, document.url, document.title, document.published,
                       snippet(document_fts, 0, \(markers), '…', 32) AS title_snippet,
                       snippet(document_fts, 1, \(markers), '…', 32) AS text_snippet
                FROM document_fts CROSS JOIN document ON document.id = document_fts.rowid
                WHERE document_fts MATCH ? AND +document_fts.rowid IN (\(placeholders(ranked.count)))
                """,
            arguments: [expression] + StatementArguments(ranked.map(\.id)))
        var pages: [Int64: Row] = [:]
        for row in rows { pages[try row.decode(Int64.self, forColumn: "id")] = row }
        return try ranked.compactMap { id, rank in
            guard let page = pages[id] else { return nil }
            let text = MarkedSnippet(marked: try page.decode(String?.self, forColumn: "text_snippet") ?? "")
            let title = MarkedSnippet(marked: try page.decode(String?.self, forColumn: "title_snippet") ?? "")
            let snippet = text.matches.isEmpty && !title.matches.isEmpty ? title : text
            return SearchHit(
                kind: .document, url: try page.decode(String.self, forColumn: "url"),
                title: try page.decode(String?.self, forColumn: "title"),
                published: try page.optionalTime("published"), snippet: snippet.text, matches: snippet.matches,
                score: -rank)
        }
    }

    private static func claimHits(
        _ db: Database, expression: String, highlighter: QuoteHighlighter, filter: SearchFilter,
        request: SearchRequest, limit: Int
    ) throws -> [SearchHit] {
        let ranked = try Self.ranked(
            db, .claims, expression: expression, filter: filter.claimSQL, arguments: filter.claimSQLArguments,
            now: request.now, limit: limit)
        guard !ranked.isEmpty else { return [] }
        let claims = try ClaimRecord.cited(db, ids: ranked.map(\.id))
        return ranked.compactMap { id, rank in
            guard let claim = claims[id] else { return nil }
            let snippet = highlighter.snippet(of: claim.quote)
            return SearchHit(
                kind: .claim, url: claim.source.url, title: claim.source.title, published: claim.source.published,
                snippet: snippet.text, matches: snippet.matches, score: -rank, claim: claim)
        }
    }

    /// `?, ?, ?` for `count` values.
    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// Facts as hits above every text hit: scores count down from `above` plus the number of facts.
    private static func hits(for facts: [SupportedFact], above top: Double) -> [SearchHit] {
        facts.enumerated().map { index, fact in
            let claim = fact.claim
            let snippet = MarkedSnippet(marking: [claim.text, claim.modelName], in: claim.quote)
            var hit = SearchHit(
                kind: .claim, url: claim.source.url, title: claim.source.title, published: claim.source.published,
                snippet: snippet.text, matches: snippet.matches, score: max(top, 0) + Double(facts.count - index),
                claim: claim)
            hit.support = fact.support
            hit.sources = fact.sourceURLs
            return hit
        }
    }
}
