import Foundation
import Model
import Pipeline

/// `modeltrack sources` for people.
enum SourceListing {
    static func render(_ statuses: [SourceStatus]) -> String {
        var table = TextTable(
            headers: ["PUBLISHER", "KIND", "EVERY", "HEALTH", "LAST FETCH", "NEXT DUE", "URL", "LAST ERROR"],
            maxWidths: [28, 11, 6, 16, 20, 20, 70, 60])
        for status in statuses {
            table.add([
                status.source.publisher, status.source.kind.rawValue, every(status.source.interval), health(status),
                status.lastFetch.map { Timestamp.format($0.fetchedAt) } ?? "-",
                status.nextDue.map(Timestamp.format) ?? "now", status.source.url, status.lastError ?? "",
            ])
        }
        return table.render()
    }

    /// `ok`, `never fetched`, or `failing (3×)` with the failures in a row.
    static func health(_ status: SourceStatus) -> String {
        guard status.health == "failing", let failures = status.crawlHealth?.consecutiveFailures, failures > 1 else {
            return status.health
        }
        return "failing (\(failures)×)"
    }

    static func every(_ seconds: TimeInterval) -> String {
        if seconds >= 86_400, seconds.truncatingRemainder(dividingBy: 86_400) == 0 { return "\(Int(seconds / 86_400))d" }
        if seconds >= 3_600, seconds.truncatingRemainder(dividingBy: 3_600) == 0 { return "\(Int(seconds / 3_600))h" }
        if seconds >= 60, seconds.truncatingRemainder(dividingBy: 60) == 0 { return "\(Int(seconds / 60))m" }
        return "\(Int(seconds))s"
    }
}
