public import Foundation
internal import GRDB
internal import Model

extension FactStore {
    /// An entry whose page failed this many times in a row is no longer fetched on every crawl.
    public static let maxEntryFailures = 5

    /// Records the entries a feed lists, in one transaction, and returns the URLs still to fetch
    /// for that feed, oldest first, each with the validators of its stored copy.
    ///
    /// An entry is the one already stored when its key (GUID) or its canonical URL matches, so a
    /// feed that rewrites GUIDs or links does not make old entries look new. A new entry whose URL
    /// was already archived (by another feed or an earlier version) counts as fetched. To fetch: an
    /// entry never fetched, or one whose stated change time is later than its last fetch.
    public func recordFeedEntries(_ entries: [ListedEntry], feedURL: String, at date: Date) throws -> [PendingEntry] {
        let now = Timestamp.format(date)
        return try write("recording the entries of \(feedURL)") { db in
            var seenKeys = Set<String>()
            for entry in entries where seenKeys.insert(entry.key).inserted {
                let changed = entry.changed.map(Timestamp.format)
                let published = entry.published.map(Timestamp.format)
                let id =
                    try Int64.fetchOne(
                        db.cachedStatement(sql: "SELECT id FROM feed_entry WHERE feed_url = ? AND entry_key = ?"),
                        arguments: [feedURL, entry.key])
                    ?? Int64.fetchOne(
                        db.cachedStatement(
                            sql: "SELECT id FROM feed_entry WHERE feed_url = ? AND canonical_url = ? ORDER BY id LIMIT 1"),
                        arguments: [feedURL, entry.canonicalURL])
                if let id {
                    try db.cachedStatement(
                        sql: """
                            UPDATE feed_entry SET entry_key = ?, url = ?, canonical_url = ?,
                                published = coalesce(?, published), changed = coalesce(?, changed), last_seen = ?
                            WHERE id = ?
                              AND NOT EXISTS (SELECT 1 FROM feed_entry AS other
                                              WHERE other.feed_url = ? AND other.entry_key = ? AND other.id <> ?)
                            """
                    ).execute(
                        arguments: [entry.key, entry.url, entry.canonicalURL, published, changed, now, id,
                                    feedURL, entry.key, id])
                    continue
                }
                let fetched = try String.fetchOne(
                    db.cachedStatement(
                        sql: """
                        SELECT max(t) FROM (
                            SELECT max(fetched_at) AS t FROM feed_entry WHERE canonical_url = ? AND fetched_at IS NOT NULL
                            UNION ALL
                            SELECT max(fetched_at) FROM fetch
                            WHERE requested_url = ? AND sha256 IS NOT NULL AND error IS NULL
                            UNION ALL
                            SELECT max(fetched_at) FROM fetch
                            WHERE final_url = ? AND sha256 IS NOT NULL AND error IS NULL)
                        """),
                    arguments: [entry.canonicalURL, entry.url, entry.url])
                try db.cachedStatement(
                    sql: """
                        INSERT INTO feed_entry (feed_url, entry_key, url, canonical_url, published, changed,
                                                first_seen, last_seen, fetched_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """
                ).execute(
                    arguments: [feedURL, entry.key, entry.url, entry.canonicalURL, published, changed, now, now, fetched])
            }
            return try Self.pending(db, feedURL: feedURL)
        }
    }

    /// The entries of a feed still to fetch (see ``recordFeedEntries(_:feedURL:at:)``), without
    /// reading the feed again: what a 304 answer for the feed leaves to do.
    public func pendingFeedEntries(feedURL: String) throws -> [PendingEntry] {
        try read("listing the entries of \(feedURL) still to fetch") { db in try Self.pending(db, feedURL: feedURL) }
    }

    /// The pending entries with the validators of their stored copies (if any), read in one go.
    private static func pending(_ db: Database, feedURL: String) throws -> [PendingEntry] {
        try String.fetchAll(
            db.cachedStatement(
            sql: """
                SELECT url FROM feed_entry
                WHERE feed_url = ? AND failures < ?
                  AND (fetched_at IS NULL OR (changed IS NOT NULL AND changed > fetched_at))
                ORDER BY first_seen, id
                """),
            arguments: [feedURL, maxEntryFailures]
        ).map { url in PendingEntry(url: url, validators: try validators(db, url: url)) }
    }

    /// Marks entry pages as fetched (stored, unchanged or kept as unreadable) at `date`, in every feed listing them.
    public func markEntriesFetched(urls: [String], at date: Date) throws {
        guard !urls.isEmpty else { return }
        try write("marking \(urls.count) feed entries fetched") { db in
            for url in urls {
                try db.cachedStatement(sql: "UPDATE feed_entry SET fetched_at = ?, failures = 0 WHERE url = ?")
                    .execute(arguments: [Timestamp.format(date), url])
            }
        }
    }

    /// Counts a failed fetch of an entry page against it.
    public func markEntryFailed(url: String) throws {
        try write("marking the feed entry \(url) failed") { db in
            try db.execute(sql: "UPDATE feed_entry SET failures = failures + 1 WHERE url = ?", arguments: [url])
        }
    }

    /// How many entries of a feed appeared since `date`: by publication time, or for undated entries
    /// by when modeltrack first saw them (the first crawl's batch excluded). For adapting the schedule.
    public func feedEntriesAppeared(feedURL: String, since date: Date) throws -> Int {
        try read("counting recent entries of \(feedURL)") { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM feed_entry WHERE feed_url = ?1 AND (
                        (published IS NOT NULL AND published >= ?2)
                        OR (published IS NULL AND first_seen >= ?2
                            AND first_seen > (SELECT min(first_seen) FROM feed_entry WHERE feed_url = ?1)))
                    """,
                arguments: [feedURL, Timestamp.format(date)]) ?? 0
        }
    }
}

extension FactStore {
    /// How many entries of a feed the store remembers.
    public func feedEntryCount(feedURL: String) throws -> Int {
        try read("counting the entries of \(feedURL)") { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM feed_entry WHERE feed_url = ?", arguments: [feedURL]) ?? 0
        }
    }
}

/// A feed entry still to fetch, with the validators of the copy already stored (for a conditional GET).
public struct PendingEntry: Sendable, Hashable {
    public var url: String
    public var validators: Validators?

    public init(url: String, validators: Validators?) {
        self.url = url
        self.validators = validators
    }
}
