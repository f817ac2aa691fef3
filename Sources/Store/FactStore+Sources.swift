public import Foundation
internal import GRDB
public import Model

extension FactStore {
    /// Adds `source`, or updates the stored source with the same URL; returns its row id.
    ///
    /// `added_at` keeps the first time; `updated_at` becomes `date`.
    @discardableResult
    public func upsertSource(_ source: Source, at date: Date = Date()) throws -> Int64 {
        let time = Timestamp.format(date)
        return try write("saving the source \(source.url)") { db in
            let id = try Int64.fetchOne(
                db,
                sql: """
                    INSERT INTO source (url, kind, name, publisher, is_vendor, interval_seconds, per_host,
                                        delay_seconds, added_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (url) DO UPDATE SET
                        kind = excluded.kind, name = excluded.name, publisher = excluded.publisher,
                        is_vendor = excluded.is_vendor, interval_seconds = excluded.interval_seconds,
                        per_host = excluded.per_host, delay_seconds = excluded.delay_seconds,
                        updated_at = excluded.updated_at
                    RETURNING id
                    """,
                arguments: [
                    source.url, source.kind.rawValue, source.name, source.publisher, source.isVendor,
                    source.interval, source.perHost, source.delay, time, time,
                ])
            guard let id else {
                throw StoreError(
                    kind: .database, path: path, context: "saving the source \(source.url)",
                    message: "SQLite returned no row id")
            }
            return id
        }
    }

    /// The stored sources with their row ids, ordered by URL.
    public func sources() throws -> [(id: Int64, source: Source)] {
        try read("listing sources") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM source ORDER BY url").map { row in
                let kindText = try row.decode(String.self, forColumn: "kind")
                guard let kind = Source.Kind(rawValue: kindText) else {
                    throw StoreDecodingError(column: "source.kind", value: kindText)
                }
                let source = Source(
                    url: try row.decode(String.self, forColumn: "url"), kind: kind,
                    name: try row.decode(String.self, forColumn: "name"),
                    publisher: try row.decode(String.self, forColumn: "publisher"),
                    isVendor: try row.decode(Bool.self, forColumn: "is_vendor"),
                    interval: try row.decode(Double.self, forColumn: "interval_seconds"),
                    perHost: try row.decode(Int?.self, forColumn: "per_host"),
                    delay: try row.decode(Double?.self, forColumn: "delay_seconds"))
                return (try row.decode(Int64.self, forColumn: "id"), source)
            }
        }
    }
}
