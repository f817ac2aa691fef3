public import Foundation

/// ISO 8601 times as the contract writes them: `2026-04-27T08:00:00Z`, always UTC.
///
/// The contract's own format is written and read by arithmetic (Howard Hinnant's civil-date algorithms):
/// every listing prints several times per row, and a Foundation date style costs microseconds each plus the
/// time-zone and calendar set-up on first use, which a short-lived command feels. Other ISO 8601 spellings
/// are read through Foundation.
public enum Timestamp {
    /// `2026-04-27T08:00:00Z` (whole seconds, rounded down).
    public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        let (year, month, day) = civil(days: days)
        var text = pad(year, 4)
        text += "-" + pad(month, 2) + "-" + pad(day, 2)
        text += "T" + pad(time / 3_600, 2) + ":" + pad(time / 60 % 60, 2) + ":" + pad(time % 60, 2) + "Z"
        return text
    }

    /// `2026-04-27`, the UTC day of a time.
    public static func day(_ date: Date) -> String {
        String(format(date).prefix(10))
    }

    /// Reads `2026-04-27T08:00:00Z`, `2026-04-27T08:00:00.123+02:00` or a bare day `2026-04-27` (UTC midnight).
    public static func parse(_ text: String) -> Date? {
        if let date = exact(text) { return date }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = try? Date(trimmed, strategy: Date.ISO8601FormatStyle(timeZone: .gmt)) { return date }
        if let date = try? Date(
            trimmed, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
        {
            return date
        }
        if trimmed.utf8.count == 10, let date = exact(trimmed + "T00:00:00Z") { return date }
        return nil
    }

    /// The time `text` names when it is exactly `YYYY-MM-DDTHH:MM:SSZ` with valid fields; else nil.
    static func exact(_ text: String) -> Date? {
        guard text.utf8.count == 20 else { return nil }
        let b = Array(text.utf8)
        guard b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x5A else { return nil }
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for index in start..<start + count {
                let digit = Int(b[index]) - 0x30
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
            let minute = number(14, 2), let second = number(17, 2), (1...12).contains(month),
            (1...daysIn(month: month, year: year)).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        let days = Self.days(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` after 1970-01-01.
    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
