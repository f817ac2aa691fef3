import Foundation
import Model
import Pipeline

/// `modeltrack sources` for people.
enum SourceListing {
    static func render(_ statuses: [SourceStatus]) -> String {
        var table = TextTable(
            headers: ["PUBLISHER", "KIND", "EVERY", "HEALTH", "LAST FETCH", "URL"], maxWidths: [28, 11, 6, 14, 20, 70])
        for status in statuses {
            let last = status.lastFetch.map { fetch in
                Timestamp.format(fetch.fetchedAt) + (fetch.error.map { " " + $0 } ?? "")
            }
            table.add([
                status.source.publisher, status.source.kind.rawValue, every(status.source.interval), status.health,
                last ?? "-", status.source.url,
            ])
        }
        return table.render()
    }

    static func every(_ seconds: TimeInterval) -> String {
        if seconds >= 86_400, seconds.truncatingRemainder(dividingBy: 86_400) == 0 { return "\(Int(seconds / 86_400))d" }
        if seconds >= 3_600, seconds.truncatingRemainder(dividingBy: 3_600) == 0 { return "\(Int(seconds / 3_600))h" }
        if seconds >= 60, seconds.truncatingRemainder(dividingBy: 60) == 0 { return "\(Int(seconds / 60))m" }
        return "\(Int(seconds))s"
    }
}
