internal import GRDB

extension FactStore {
    /// What SQLite's integrity and foreign-key checks report; empty when the store is sound.
    public func integrityProblems() throws -> [String] {
        try read("checking integrity") { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                "foreign key violation in \(row[0] ?? "?") row \(row[1] ?? "?") → \(row[2] ?? "?")"
            }
            return integrity + foreignKeys
        }
    }

    /// The schema migrations applied to this store, oldest first (`v1`, …).
    public func appliedMigrations() throws -> [String] {
        try read("reading the schema version") { db in try StoreSchema.migrator.appliedMigrations(db) }
    }

    /// Runs raw SQL in one write transaction; for tests and repairs, not for the pipeline.
    func execute(_ sql: String, arguments: [String] = []) throws {
        try write("running \(sql.prefix(60))") { db in
            try db.execute(sql: sql, arguments: StatementArguments(arguments))
        }
    }
}

extension FactStore {
    /// The first column of the first row of a read-only query, as text; for tests and diagnostics.
    func firstValue(_ sql: String, arguments: [String] = []) throws -> String? {
        try read("running \(sql.prefix(60))") { db in
            try String.fetchOne(db, sql: sql, arguments: StatementArguments(arguments))
        }
    }
}

extension FactStore {
    /// How many rows a read-only query returns; for tests of documented queries.
    func rowCount(_ sql: String) throws -> Int {
        try read("running \(sql.prefix(60))") { db in try Row.fetchAll(db, sql: sql).count }
    }
}
