internal import Model
internal import GRDB

extension FactStore {
    /// A value remembered between crawls under `name` (table `crawl_marker`), or nil.
    public func marker(_ name: String) throws -> String? {
        try read("reading the marker \(name)") { db in
            try String.fetchOne(db, sql: "SELECT value FROM crawl_marker WHERE name = ?", arguments: [name])
        }
    }

    /// Remembers `value` under `name`.
    public func setMarker(_ name: String, to value: String) throws {
        try write("saving the marker \(name)") { db in
            try db.execute(
                sql: "INSERT INTO crawl_marker (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                arguments: [name, value])
        }
    }

    /// A fingerprint of which documents are current (their count and two sums of their ids): it
    /// changes whenever a document is added, replaced or made current again, so conflicts need
    /// re-checking only when it changed.
    public func currentDocumentsFingerprint() throws -> String {
        try read("fingerprinting the current documents") { db in
            let row = try Row.fetchOne(
                db,
                sql: "SELECT count(*), coalesce(sum(id), 0), coalesce(sum(id * id % 1000000007), 0) FROM document WHERE is_current = 1")
            let count: Int64 = row?[0] ?? 0
            let sum: Int64 = row?[1] ?? 0
            let squares: Int64 = row?[2] ?? 0
            return "\(count):\(sum):\(squares)"
        }
    }
}

extension FactStore {
    /// What the open conflicts are about, without loading their claims.
    public func openConflictKeys() throws -> Set<ConflictKey> {
        try read("listing open conflicts") { db in
            var keys = Set<ConflictKey>()
            for row in try Row.fetchAll(db, sql: "SELECT model, attribute FROM conflict WHERE resolved_at IS NULL") {
                let model = try row.decode(String.self, forColumn: "model")
                let attribute = try row.decode(String.self, forColumn: "attribute")
                keys.insert(ConflictKey(model: ModelID(rawValue: model), attribute: Attribute(rawValue: attribute)))
            }
            return keys
        }
    }
}
