internal import Foundation
internal import GRDB
internal import Model

/// A row of `document`: a parsed page, one per URL and body hash; `is_current` marks each URL's latest.
struct DocumentRecord: MutablePersistableRecord {
    static let databaseTableName = "document"

    var id: Int64?
    var url: String
    var sha256: String
    var fetchID: Int64
    var title: String?
    var published: Date?
    var author: String?
    var canonicalURL: String?
    var language: String?
    var mainText: String
    var tablesJSON: String
    var isCurrent: Bool
    var firstSeen: Date

    init(_ document: Document, sha256: String, fetchID: Int64, firstSeen: Date) throws {
        self.url = document.url
        self.sha256 = sha256
        self.fetchID = fetchID
        self.title = document.title
        self.published = document.published
        self.author = document.author
        self.canonicalURL = document.canonicalURL
        self.language = document.language
        self.mainText = document.text
        self.tablesJSON = String(decoding: try ContractJSON.encoder().encode(document.tables), as: UTF8.self)
        self.isCurrent = true
        self.firstSeen = firstSeen
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = id
        container["url"] = url
        container["sha256"] = sha256
        container["fetch_id"] = fetchID
        container["title"] = title
        container["published"] = published.map(Timestamp.format)
        container["author"] = author
        container["canonical_url"] = canonicalURL
        container["language"] = language
        container["main_text"] = mainText
        container["tables_json"] = tablesJSON
        container["is_current"] = isCurrent
        container["first_seen"] = Timestamp.format(firstSeen)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The id of the document stored for `url` with body `sha256`, if any.
    static func id(_ db: Database, url: String, sha256: String) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM document WHERE url = ? AND sha256 = ?"), arguments: [url, sha256])
    }

    /// Makes document `id` the current one of `url`, and every other document of `url` not current.
    static func makeCurrent(_ db: Database, id: Int64, url: String) throws {
        try db.cachedStatement(sql: "UPDATE document SET is_current = 0 WHERE url = ? AND id <> ? AND is_current = 1")
            .execute(arguments: [url, id])
        try db.cachedStatement(sql: "UPDATE document SET is_current = 1 WHERE id = ? AND is_current = 0")
            .execute(arguments: [id])
    }

    /// Clears `is_current` on every document of `url` (before a new current one is inserted).
    static func retire(_ db: Database, url: String) throws {
        try db.cachedStatement(sql: "UPDATE document SET is_current = 0 WHERE url = ? AND is_current = 1").execute(arguments: [url])
    }
}
