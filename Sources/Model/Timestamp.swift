public import Foundation

/// ISO 8601 times as the contract writes them: `2026-04-27T08:00:00Z`, always UTC.
public enum Timestamp {
    /// `2026-04-27T08:00:00Z`.
    public static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }

    /// `2026-04-27`, the UTC day of a time.
    public static func day(_ date: Date) -> String {
        String(format(date).prefix(10))
    }

    /// Reads `2026-04-27T08:00:00Z`, `2026-04-27T08:00:00.123+02:00` or a bare day `2026-04-27` (UTC midnight).
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = try? Date(trimmed, strategy: Date.ISO8601FormatStyle(timeZone: .gmt)) { return date }
        if let date = try? Date(
            trimmed, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
        {
            return date
        }
        if trimmed.count == 10,
            let date = try? Date(trimmed + "T00:00:00Z", strategy: Date.ISO8601FormatStyle(timeZone: .gmt))
        {
            return date
        }
        return nil
    }
}
