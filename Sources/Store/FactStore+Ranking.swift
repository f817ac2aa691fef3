internal import Foundation
internal import GRDB
internal import Model

extension FactStore {
    /// A full-text table as search ranks it: bm25 weights per column, and how a match (`{rowid}`)
    /// reaches the `document` it belongs to, for filters and the recency boost.
    struct RankedTable {
        var name: String
        var weights: String
        /// The rows a match is (`idColumn` equals the match's rowid), joined to their document.
        var rows: String
        var idColumn: String
        /// When set, only the most recently stored this many matches are ranked.
        var newestMatches: Int?

        static let documents = RankedTable(
            name: "document_fts", weights: "10.0, 1.0", rows: "document INDEXED BY document_search",
            idColumn: "document.id")
        /// Claims repeat one another (every benchmark claim matches `benchmark`), so only the newest
        /// few thousand matches are ranked: a word that matches more says little about which to show.
        static let claims = RankedTable(
            name: "claim_fts", weights: "8.0, 6.0, 2.0, 1.0",
            rows: "claim JOIN document INDEXED BY document_search ON document.id = claim.document_id",
            idColumn: "claim.id", newestMatches: 4_000)
    }

    /// The recency boost multiplies a rank by at most this much (a page published today).
    static let maximumBoost = 1.25
    /// Days for the boost to halve.
    static let boostHalfLife = 182.5

    /// How much a publication (or first-seen) time lifts a rank at `now`: 1.25 today, 1.125 six months back.
    static func boost(dated date: Date?, now: Date) -> Double {
        guard let date else { return 1 }
        let days = max(0, now.timeIntervalSince(date) / 86_400)
        return 1 + (maximumBoost - 1) / (1 + days / boostHalfLife)
    }

    /// The best `limit` matches of `expression` in `table` that meet `filter`, best first, with their
    /// rank (bm25 times the recency boost; lower is better, as bm25 counts).
    ///
    /// bm25 is computed for every match inside FTS5; the boost then re-ranks the best few times `limit`
    /// of them, which is all a mild boost should ever reorder, and costs one document row each instead
    /// of one per match. When the filters leave fewer than `limit` of those, the filtered matches are
    /// ranked instead.
    static func ranked(
        _ db: Database, _ table: RankedTable, expression: String, filter: String, arguments: StatementArguments,
        now: Date, limit: Int
    ) throws -> [(id: Int64, rank: Double)] {
        let candidates = max(limit * 4, 40)
        let matches = """
            SELECT rowid AS id, bm25(\(table.name), \(table.weights)) AS rank FROM \(table.name)
            WHERE \(table.name) MATCH ?
            """
        let best = try Row.fetchAll(
            db,
            sql: table.newestMatches.map { newest in
                "SELECT id, rank FROM (\(matches) ORDER BY rowid DESC LIMIT \(newest)) ORDER BY rank LIMIT ?"
            } ?? "\(matches) ORDER BY rank LIMIT ?",
            arguments: [expression, candidates])
        var kept = try boosted(db, table, ids: best.map { try $0.decode(Int64.self, forColumn: "id") },
            ranks: best, filter: filter, arguments: arguments, now: now)
        if best.count == candidates, kept.count < limit {
            let filtered = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(table.name).rowid AS id, bm25(\(table.name), \(table.weights)) AS rank
                    FROM \(table.name) CROSS JOIN \(table.rows)
                    WHERE \(table.name) MATCH ? AND \(table.idColumn) = \(table.name).rowid AND \(filter)
                    ORDER BY rank LIMIT ?
                    """,
                arguments: [expression] + arguments + [candidates])
            kept = try boosted(db, table, ids: filtered.map { try $0.decode(Int64.self, forColumn: "id") },
                ranks: filtered, filter: filter, arguments: arguments, now: now)
        }
        return Array(kept.prefix(limit))
    }

    /// The matches among `ids` that meet `filter`, each rank boosted by its document's date, best first.
    private static func boosted(
        _ db: Database, _ table: RankedTable, ids: [Int64], ranks: [Row], filter: String,
        arguments: StatementArguments, now: Date
    ) throws -> [(id: Int64, rank: Double)] {
        guard !ids.isEmpty else { return [] }
        var rankOf: [Int64: Double] = [:]
        for row in ranks { rankOf[try row.decode(Int64.self, forColumn: "id")] = try row.decode(Double.self, forColumn: "rank") }
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT \(table.idColumn) AS id, coalesce(document.published, document.first_seen) AS dated
                FROM \(table.rows) WHERE \(table.idColumn) IN (\(placeholders)) AND \(filter)
                """,
            arguments: StatementArguments(ids) + arguments)
        var kept: [(id: Int64, rank: Double)] = []
        for row in rows {
            let id = try row.decode(Int64.self, forColumn: "id")
            let dated = try row.decode(String?.self, forColumn: "dated").flatMap { Timestamp.parse($0) }
            kept.append((id, (rankOf[id] ?? 0) * boost(dated: dated, now: now)))
        }
        return kept.sorted { $0.rank != $1.rank ? $0.rank < $1.rank : $0.id < $1.id }
    }
}
