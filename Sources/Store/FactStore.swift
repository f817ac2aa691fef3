internal import Foundation
internal import GRDB
internal import Model

/// The SQLite fact store: sources, fetches, archived bodies, documents, cited claims and conflicts,
/// in one plain file (WAL mode, foreign keys on) that sqlite3 and Datasette can open.
///
/// ```swift
/// let store = try FactStore(path: "Store/modeltrack.sqlite")
/// let saved = try store.savePage(PageRecord(fetch: fetch, sourceID: nil, document: document, claims: claims))
/// for claim in try store.claims(model: "llama-4-maverick") { print(claim.quote) }
/// ```
///
/// Writes are synchronous and each runs in one transaction; run them off the cooperative pool
/// when calling from async code. The schema is described in `Store/README.md`.
public final class FactStore: Sendable {
    /// The store file.
    public let path: String
    let pool: any DatabaseWriter

    /// How a store is opened: for reading and writing (the default), or only to read.
    public enum Access: Sendable {
        case readWrite
        /// One read-only connection, for commands that only look (search): cheaper to open, and
        /// never writes. A store that is missing or needs migrating is opened read-write instead.
        case readOnly
    }

    /// Opens the store at `path`, creating its folder and the file if needed, and migrates it.
    ///
    /// Throws a `StoreError` of kind `notAStore` (leaving the file untouched) when the file is not a
    /// SQLite database or is another application's database, and `newerSchema` when a newer
    /// modeltrack has migrated it. Opening a store whose schema is current does no migration work.
    public init(path: String, access: Access = .readWrite) throws {
        if access == .readOnly, case .modeltrack = try StoreFileHeader.inspect(path: path),
            let reader = Self.openCurrent(path: path)
        {
            self.path = path
            pool = reader
            return
        }
        self.path = path
        let context = "opening the store"
        switch try StoreFileHeader.inspect(path: path) {
        case .notADatabase:
            throw StoreError(
                kind: .notAStore, path: path, context: context,
                message: "not a modeltrack store (file is not a database)")
        case .otherDatabase(0) where Self.isUnfinished(path: path):
            break
        case .otherDatabase(let applicationID):
            throw StoreError(
                kind: .notAStore, path: path, context: context,
                message: "not a modeltrack store (a SQLite database of another application, "
                    + "application_id \(applicationID))")
        case .missing:
            try Self.createFolder(of: path)
        case .blank, .modeltrack:
            break
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.label = "modeltrack.store"
        // WAL with synchronous NORMAL: a commit is not fsynced (a checkpoint is). A killed process loses
        // nothing; a power cut may lose the last commits but leaves the store consistent, and the next
        // crawl fetches what they held again.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError.wrapping(error, path: path, context: context)
        }
        try migrate()
    }

    /// A read-only connection to the store at `path` when its schema is exactly the one this version
    /// knows; nil when it needs migrating or cannot be opened so (the read-write path then acts or explains).
    private static func openCurrent(path: String) -> DatabaseQueue? {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        configuration.label = "modeltrack.store.reader"
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let current = try queue.read { db in
                try Int64.fetchOne(db, sql: "PRAGMA application_id") == Int64(StoreFileHeader.applicationID)
                    && StoreSchema.isCurrent(db)
            }
            return current ? queue : nil
        } catch {
            return nil
        }
    }

    /// Refuses foreign or newer databases, then applies the migrations this version knows.
    private func migrate() throws {
        let migrator = StoreSchema.migrator
        let ours = Int64(StoreFileHeader.applicationID)
        let (applicationID, isBlank, current) = try read("checking the schema version") { db in
            let applicationID = try Int64.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            return (applicationID, try Self.isUnfinished(db), try StoreSchema.isCurrent(db))
        }
        if applicationID != ours {
            if !isBlank {
                throw StoreError(
                    kind: .notAStore, path: path, context: "opening the store",
                    message: "not a modeltrack store (a SQLite database of another application, "
                        + "application_id \(applicationID))")
            }
            // Claimed first, in a commit of its own: a crawl killed during the migrations leaves a file that
            // is recognisably a store (and is migrated on the next open).
            try write("claiming the new store") { db in try db.execute(sql: "PRAGMA application_id = \(ours)") }
        }
        if current { return }
        if try read("checking the schema version", { db in try migrator.hasBeenSuperseded(db) }) {
            let known = try read("checking the schema version") { db in try migrator.appliedMigrations(db) }
            throw StoreError(
                kind: .newerSchema, path: path, context: "opening the store",
                message: "the store was written by a newer modeltrack (its schema has migrations this "
                    + "version does not know; known: \(known.joined(separator: ", "))); upgrade modeltrack")
        }
        do {
            try migrator.migrate(pool)
        } catch {
            throw StoreError.wrapping(error, path: path, context: "migrating the schema")
        }
    }

    /// Whether a database holds no tables, or only GRDB's empty migrations table: a store whose creation was
    /// killed before its first migration committed.
    private static func isUnfinished(_ db: Database) throws -> Bool {
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")
        if tables.isEmpty { return true }
        return try tables == ["grdb_migrations"] && Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") == 0
    }

    /// ``isUnfinished(_:)`` for the file at `path`, looked at through a read-only connection.
    private static func isUnfinished(path: String) -> Bool {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "modeltrack.store.inspector"
        return (try? DatabaseQueue(path: path, configuration: configuration).read(isUnfinished)) ?? false
    }

    private static func createFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError(
                kind: .cannotOpen, path: path, context: "creating the folder \(folder.path)",
                message: error.localizedDescription)
        }
    }

    /// Runs `body` in a read transaction, turning any failure into a `StoreError` naming `context`.
    func read<T>(_ context: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError.wrapping(error, path: path, context: context)
        }
    }

    /// Runs `body` in one write transaction (all or nothing), turning failures into a `StoreError`.
    func write<T>(_ context: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch {
            throw StoreError.wrapping(error, path: path, context: context)
        }
    }
}
