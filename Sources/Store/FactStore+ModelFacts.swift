internal import Foundation
internal import GRDB
internal import Model

extension FactStore {
    /// Model ids the store holds that the query's plain words spell (`gpt-5.4`, `kimi k3`, `qwen 3.6`),
    /// longest runs of words first. This finds the models no alias registry knows yet.
    static func storedModels(_ db: Database, namedIn query: SearchQuery) throws -> [SearchRequest.NamedModel] {
        var candidates: [String: [String]] = [:]  // id spelling → the words that spell it
        var order: [String] = []
        for run in query.wordRuns() {
            for joined in [run.joined(separator: "-"), run.joined()] where candidates[joined] == nil {
                candidates[joined] = run
                order.append(joined)
            }
        }
        guard !order.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: order.count).joined(separator: ", ")
        let found = Set(
            try String.fetchAll(
                db, sql: "SELECT DISTINCT model FROM claim WHERE model IN (\(placeholders))",
                arguments: StatementArguments(order)))
        return order.filter(found.contains).compactMap { id in
            candidates[id].map { SearchRequest.NamedModel(words: $0.joined(separator: " "), id: ModelID(id)) }
        }
    }

    /// The spellings a model is known by: its id, then the names pages wrote (at most 12).
    static func spellings(_ db: Database, of model: ModelID) throws -> [String] {
        let names = try String.fetchAll(
            db, sql: "SELECT DISTINCT model_name FROM claim WHERE model = ? LIMIT 12", arguments: [model.rawValue])
        var seen: Set<String> = [model.rawValue.lowercased()]
        return [model.rawValue] + names.filter { seen.insert($0.lowercased()).inserted }
    }

    /// The current facts of `models` that fit the rest of the query and the filters, consensus first.
    ///
    /// The rest of the query is what it asks besides the model names (`kimi k3 release` → `release`):
    /// facts whose attribute it names come first (`release_date`); failing those, facts whose quote
    /// matches it. When it asks nothing else every fact fits. Excluded words drop facts either way.
    static func modelFacts(
        _ db: Database, models: [ModelID], query: SearchQuery, filter: SearchFilter, limit: Int
    ) throws -> [SupportedFact] {
        var conditions = [filter.claimSQL]
        var arguments = filter.claimSQLArguments
        conditions.append("claim.model IN (\(Array(repeating: "?", count: models.count).joined(separator: ", ")))")
        arguments += StatementArguments(models.map(\.rawValue))
        if let excluded = query.exclusionExpression {
            conditions.append("claim.id NOT IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?)")
            arguments += [excluded]
        }
        var attempts: [(String?, StatementArguments)] = [(nil, [])]
        if let rest = query.withoutModelNames?.positiveExpression {
            // The model column narrows the full-text match to the models' claims before it is read.
            let ids = models.map { "\"" + $0.rawValue.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            let ofModels = "model : (\(ids.joined(separator: " OR ")))"
            let matching = "claim.id IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?)"
            attempts = [(matching, ["(attribute : (\(rest))) AND \(ofModels)"]), (matching, ["(\(rest)) AND \(ofModels)"])]
        }
        for (condition, extra) in attempts {
            let statements = try Row.fetchAll(
                db,
                sql: """
                    \(ClaimStatement.selection)
                    WHERE \((conditions + [condition].compactMap { $0 }).joined(separator: " AND ")) ORDER BY claim.id
                    """,
                arguments: arguments + extra
            ).map(ClaimStatement.init(row:))
            guard !statements.isEmpty else { continue }
            // Only the facts that can be shown are read in full.
            let groups = SupportedFact.consensusOrder(statements).prefix(limit)
            let shown = try ClaimRecord.cited(db, ids: groups.map(\.shown.statementID))
            return groups.compactMap { group in
                shown[group.shown.statementID].map { claim in
                    SupportedFact(
                        claim: claim, claimIDs: group.all.map(\.statementID), sourceURLs: group.sourceURLs,
                        support: group.support)
                }
            }
        }
        return []
    }
}
