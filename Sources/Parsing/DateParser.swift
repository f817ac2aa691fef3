public import Foundation

/// Reads the dates pages and feeds write: ISO 8601 / RFC 3339 with or without time and zone,
/// RFC 822 / 1123 (`Mon, 09 Jun 2025 10:00:00 GMT`, named US zones, numeric offsets, two-digit years),
/// and written-out forms (`June 9, 2025`, `9 June 2025`, `Jun 9th 2025 10:30 pm`).
/// A date without a zone is taken as UTC; a date without a time as midnight UTC.
///
/// ```swift
/// DateParser.parse("Tue, 10 Jun 2025 08:00:00 EST")  // 2025-06-10T13:00:00Z
/// ```
public enum DateParser {
    public static func parse(_ text: String) -> Date? {
        let tokens = DateToken.tokenize(text)
        guard !tokens.isEmpty else { return nil }
        var reader = DateReader(tokens: tokens)
        return reader.read()
    }

    /// The instant, and the calendar day the writer wrote (`2026-04-02T00:00:00+08:00`: April 1 at 16:00 UTC,
    /// written on April 2). A publication's day is its writer's: that is the day a page means by "today".
    public static func parseWithDay(_ text: String) -> (date: Date, day: String)? {
        let tokens = DateToken.tokenize(text)
        guard !tokens.isEmpty else { return nil }
        var reader = DateReader(tokens: tokens)
        guard let date = reader.read(), let day = reader.writtenDay else { return nil }
        return (date, day)
    }

    /// Seconds since 1970 of a UTC civil date and time, or nil when a field is out of range.
    static func timestamp(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Double = 0, offset: Int = 0
    ) -> Date? {
        guard (1..<10000).contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month, year) else {
            return nil
        }
        guard (0...24).contains(hour), (0...59).contains(minute), second >= 0, second < 61 else { return nil }
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let seconds = Double(days * 86_400 + hour * 3_600 + minute * 60 - offset) + second
        return Date(timeIntervalSince1970: seconds)
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
