/// The tables that keep a crawl's state between runs: the entries each feed listed, and each
/// source's health and schedule. Registered as the `v2-crawl-state` migration.
enum CrawlSchema {
    private static let utcTime = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'"

    static func time(_ column: String, nullable: Bool) -> String {
        nullable ? "\(column) TEXT CHECK (\(column) IS NULL OR \(column) GLOB \(utcTime))"
            : "\(column) TEXT NOT NULL CHECK (\(column) GLOB \(utcTime))"
    }

    static let statements: [String] = [
        """
        CREATE TABLE feed_entry (
            id INTEGER PRIMARY KEY,
            feed_url TEXT NOT NULL CHECK (feed_url <> ''),
            entry_key TEXT NOT NULL CHECK (entry_key <> ''),
            url TEXT NOT NULL CHECK (url <> ''),
            canonical_url TEXT NOT NULL CHECK (canonical_url <> ''),
            \(time("published", nullable: true)),
            \(time("changed", nullable: true)),
            \(time("first_seen", nullable: false)),
            \(time("last_seen", nullable: false)),
            \(time("fetched_at", nullable: true)),
            failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
            UNIQUE (feed_url, entry_key)
        )
        """,
        "CREATE INDEX feed_entry_canonical ON feed_entry(canonical_url)",
        "CREATE INDEX feed_entry_url ON feed_entry(url)",
        """
        CREATE TABLE crawl_state (
            url TEXT PRIMARY KEY NOT NULL CHECK (url <> ''),
            \(time("last_attempt", nullable: false)),
            \(time("last_success", nullable: true)),
            consecutive_failures INTEGER NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
            last_error TEXT,
            interval_seconds REAL NOT NULL CHECK (interval_seconds > 0),
            \(time("next_due", nullable: false))
        )
        """,
        """
        CREATE TABLE crawl_marker (
            name TEXT PRIMARY KEY NOT NULL CHECK (name <> ''),
            value TEXT NOT NULL
        )
        """,
    ]
}
