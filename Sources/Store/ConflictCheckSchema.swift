internal import GRDB

/// The migrations of the conflict check (`v2-conflicts-…`): where the last incremental recomputation stopped.
enum ConflictCheckSchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-conflicts-checkpoint") { db in
            try db.execute(
                sql: """
                    CREATE TABLE conflict_check (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        last_document_id INTEGER NOT NULL CHECK (last_document_id >= 0),
                        rules_version TEXT NOT NULL,
                        checked_at TEXT NOT NULL CHECK (checked_at GLOB \(utcTime))
                    )
                    """)
        }
    }

    private static let utcTime = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'"
}
