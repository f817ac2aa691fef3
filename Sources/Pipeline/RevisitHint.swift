public import Foundation
public import Model
import Fetching

/// How long a server asks to be left alone before the next poll: `Cache-Control: max-age`
/// (else `Expires`), `Retry-After`, and a feed's `ttl`; the longest of them.
public enum RevisitHint {
    public static func seconds(for fetch: Fetch, feed: Feed? = nil, now: Date) -> TimeInterval? {
        var waits: [TimeInterval] = []
        if let maxAge = fetch.cacheControl.flatMap(maxAge) {
            waits.append(maxAge)
        } else if let expires = fetch.expires, let date = HTTPDateReading.date(expires) {
            waits.append(date.timeIntervalSince(now))
        }
        if let retry = fetch.retryAfter, fetch.status == 429 || fetch.status == 503 || (300..<400).contains(fetch.status),
            let seconds = RetryAfter.seconds(retry, now: now)
        {
            waits.append(seconds)
        }
        if let ttl = feed?.ttl { waits.append(ttl) }
        return waits.filter { $0 > 0 }.max()
    }

    /// `max-age=N` of a Cache-Control value; nil with `no-cache`/`no-store` or without one.
    static func maxAge(_ value: String) -> TimeInterval? {
        var age: TimeInterval?
        for directive in value.lowercased().split(separator: ",") {
            let parts = directive.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.first == "no-cache" || parts.first == "no-store" { return nil }
            if parts.count == 2, parts[0] == "max-age", let seconds = TimeInterval(parts[1].trimmingCharacters(in: ["\""])) {
                age = seconds
            }
        }
        return age
    }
}

/// HTTP dates through ``RetryAfter``, which reads them (a date in the past gives 0).
enum HTTPDateReading {
    static func date(_ text: String) -> Date? {
        let reference = Date(timeIntervalSince1970: 0)
        return RetryAfter.seconds(text, now: reference).map { reference.addingTimeInterval($0) }
    }
}
