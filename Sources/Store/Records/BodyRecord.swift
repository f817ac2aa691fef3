internal import Archiving
internal import Foundation
internal import GRDB
internal import Model

/// A row of `body`: raw response bytes, deflated, stored once per SHA-256.
struct BodyRecord {
    static let databaseTableName = "body"

    var sha256: String
    var size: Int
    var compressed: Data

    /// Compresses `bytes` whose hash is `sha256`.
    init(bytes: Data, sha256: String) throws {
        self.sha256 = sha256
        self.size = bytes.count
        self.compressed = try Deflate.compress(bytes)
    }

    /// Inserts the body unless the same hash is already there.
    func insertIfMissing(_ db: Database, at date: Date) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO body (sha256, size, compression, data, stored_at) VALUES (?, ?, 'deflate', ?, ?)
                ON CONFLICT (sha256) DO NOTHING
                """
        ).execute(arguments: [sha256, size, compressed, Timestamp.format(date)])
    }

    /// The decompressed bytes of the body `sha256`, checked against its size and hash; nil when unknown.
    static func bytes(_ db: Database, sha256: String) throws -> Data? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT size, compression, data FROM body WHERE sha256 = ?", arguments: [sha256])
        else { return nil }
        let size = try row.decode(Int.self, forColumn: "size")
        let compression = try row.decode(String.self, forColumn: "compression")
        let stored = try row.decode(Data.self, forColumn: "data")
        guard compression == "deflate" else {
            throw ArchiveError(kind: .corruptData, operation: "reading body \(sha256)", message: "unknown compression \(compression)")
        }
        let bytes = try Deflate.decompress(stored, limit: size)
        guard bytes.count == size, SHA256Digest.hex(bytes) == sha256 else {
            throw ArchiveError(
                kind: .corruptData, operation: "reading body \(sha256)",
                message: "the archived bytes no longer match their hash or size")
        }
        return bytes
    }
}
