internal import Foundation
internal import GRDB
internal import Model

extension FactStore {
    /// The stored health and schedule of the source at `url`, if it was ever crawled.
    public func health(url: String) throws -> SourceHealth? {
        try read("reading the crawl state of \(url)") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM crawl_state WHERE url = ?", arguments: [url]).map { row in
                SourceHealth(
                    url: try row.decode(String.self, forColumn: "url"),
                    lastAttempt: try row.time("last_attempt"),
                    lastSuccess: try row.optionalTime("last_success"),
                    consecutiveFailures: try row.decode(Int.self, forColumn: "consecutive_failures"),
                    lastError: try row.decode(String?.self, forColumn: "last_error"),
                    interval: try row.decode(Double.self, forColumn: "interval_seconds"),
                    nextDue: try row.time("next_due"))
            }
        }
    }

    /// Saves a source's health and schedule, replacing the previous state.
    public func saveHealth(_ health: SourceHealth) throws {
        try write("saving the crawl state of \(health.url)") { db in
            try db.execute(
                sql: """
                    INSERT INTO crawl_state (url, last_attempt, last_success, consecutive_failures, last_error,
                                             interval_seconds, next_due)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (url) DO UPDATE SET
                        last_attempt = excluded.last_attempt, last_success = excluded.last_success,
                        consecutive_failures = excluded.consecutive_failures, last_error = excluded.last_error,
                        interval_seconds = excluded.interval_seconds, next_due = excluded.next_due
                    """,
                arguments: [
                    health.url, Timestamp.format(health.lastAttempt), health.lastSuccess.map(Timestamp.format),
                    max(0, health.consecutiveFailures), health.lastError, max(1, health.interval),
                    Timestamp.format(health.nextDue),
                ])
        }
    }
}
