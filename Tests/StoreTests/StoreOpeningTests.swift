import Foundation
import Model
@testable import Store
import Testing

@Test func openingCreatesTheFolderAndTheFileAndReopeningKeepsTheData() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("nested/deeper/modeltrack.sqlite")
    do {
        let store = try FactStore(path: path)
        #expect(store.path == path)
        _ = try store.savePage(Pages.maverick())
    }
    #expect(FileManager.default.fileExists(atPath: path))
    let reopened = try FactStore(path: path)
    #expect(try reopened.claims().count == 2)
    #expect(try reopened.appliedMigrations() == StoreSchema.migrator.migrations)
    #expect(try reopened.appliedMigrations().first == "v1")
    #expect(try reopened.integrityProblems().isEmpty)
}

@Test func aTextFileIsRefusedByNameAndLeftUntouched() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("notes.txt")
    let original = Data("These are my notes about models, not a database.\n".utf8)
    try original.write(to: URL(fileURLWithPath: path))
    do {
        _ = try FactStore(path: path)
        Issue.record("a text file opened as a store")
    } catch let error as StoreError {
        #expect(error.kind == .notAStore)
        #expect(error.description.contains(path))
        #expect(error.description.contains("not a modeltrack store (file is not a database)"))
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
    #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
}

@Test func aFolderIsRefusedAsAStoreFile() throws {
    let folder = try TemporaryFolder()
    #expect(throws: StoreError.self) { _ = try FactStore(path: folder.url.path) }
}

@Test func aStoreMigratedByANewerVersionIsRefusedClearly() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("modeltrack.sqlite")
    do {
        let store = try FactStore(path: path)
        try store.execute("INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
    }
    do {
        _ = try FactStore(path: path)
        Issue.record("a newer store opened")
    } catch let error as StoreError {
        #expect(error.kind == .newerSchema)
        #expect(error.description.contains("newer modeltrack"))
        #expect(error.description.contains(path))
    }
}

@Test func anEmptyFileBecomesAStore() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("empty.sqlite")
    #expect(FileManager.default.createFile(atPath: path, contents: Data()))
    let store = try FactStore(path: path)
    #expect(try store.statistics() == StoreStatistics())
}

@Test func headersOfOtherFilesAreClassifiedWithoutSQLite() {
    #expect(StoreFileHeader.classify([]) == .blank)
    #expect(StoreFileHeader.classify(Array("hello".utf8)) == .notADatabase)
    var header = Array("SQLite format 3\u{0}".utf8) + Array(repeating: UInt8(0), count: 84)
    #expect(StoreFileHeader.classify(header) == .blank)
    header[43] = 5  // a schema cookie: some program created tables
    #expect(StoreFileHeader.classify(header) == .otherDatabase(applicationID: 0))
    header[68...71] = [0x4D, 0x54, 0x52, 0x4B]
    #expect(StoreFileHeader.classify(header) == .modeltrack)
}

@Test func aStoreKilledWhileItWasFirstCreatedOpensAndIsMigrated() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("interrupted.sqlite")
    do {
        // What a crawl killed during its first migration leaves: GRDB's empty migrations table, no application id.
        let store = try FactStore(path: path)
        let objects = """
            SELECT type || ' "' || name || '"' FROM sqlite_master
            WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
            ORDER BY type = 'view' DESC, sql LIKE 'CREATE VIRTUAL%' DESC, rowid DESC LIMIT 1
            """
        while let object = try store.firstValue(objects) { try store.execute("DROP \(object)") }
        try store.execute("DELETE FROM grdb_migrations")
        try store.execute("PRAGMA application_id = 0")
    }
    let store = try FactStore(path: path)
    _ = try store.savePage(Pages.maverick())
    #expect(try store.claims().count == 2)
    #expect(try store.appliedMigrations() == StoreSchema.migrator.migrations)
    #expect(try store.integrityProblems().isEmpty)
}
