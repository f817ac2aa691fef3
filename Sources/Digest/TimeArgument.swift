public import Foundation
internal import Model

/// A point in time as people type it on the command line: `2026-11-22`, `2026-11-22T06:00:00Z`,
/// a duration back from now (`90m`, `24h`, `7d`, `2w`), `today` or `yesterday` (UTC days).
///
/// ```swift
/// TimeArgument.parse("7d", now: now)          // now minus seven days
/// TimeArgument.parse("2026-11-22", now: now)  // 2026-11-22T00:00:00Z
/// ```
public enum TimeArgument {
    /// What the options' help and errors show.
    public static let formats = "a date (2026-11-22), a UTC time (2026-11-22T06:00:00Z) or a duration (90m, 24h, 7d, 2w)"

    /// The time `text` names, or nil when it is none of the accepted forms.
    public static func parse(_ text: String, now: Date) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch trimmed {
        case "now": return now
        case "today": return startOfDay(now)
        case "yesterday": return startOfDay(now).addingTimeInterval(-86_400)
        default: break
        }
        if let duration = duration(trimmed) { return now.addingTimeInterval(-duration) }
        return Timestamp.parse(text)
    }

    /// Seconds in `90m`, `24h`, `7d`, `2w` (one number and one unit), or nil.
    static func duration(_ text: String) -> TimeInterval? {
        guard let unit = text.last, let number = Int(text.dropLast()), number >= 0, number <= 100_000 else {
            return nil
        }
        switch unit {
        case "m": return TimeInterval(number) * 60
        case "h": return TimeInterval(number) * 3_600
        case "d": return TimeInterval(number) * 86_400
        case "w": return TimeInterval(number) * 604_800
        default: return nil
        }
    }

    /// Midnight UTC of the day `date` falls on.
    static func startOfDay(_ date: Date) -> Date {
        Timestamp.parse(Timestamp.day(date)) ?? date
    }
}
