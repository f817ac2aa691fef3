import Foundation

/// Dates as HTTP writes them: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), and when reading also
/// the obsolete RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime (`Sun Nov  6 08:49:37 1994`) forms.
enum HTTPDate {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Formats seconds since 1970 (UTC), as libcurl reports a file's modification time.
    static func format(secondsSince1970 seconds: Int) -> String? {
        var time = time_t(seconds)
        var parts = tm()
        guard gmtime_r(&time, &parts) != nil,
            weekdays.indices.contains(Int(parts.tm_wday)), months.indices.contains(Int(parts.tm_mon))
        else { return nil }
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(weekdays[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) "
            + "\(parts.tm_year + 1900) \(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }

    /// Reads any of the three forms; nil for anything else.
    static func parse(_ text: String) -> Date? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        var day: Int?, month: Int?, year: Int?, clock: [Int] = []
        if words.count == 4, words[3] == "GMT" {  // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
            let parts = words[1].split(separator: "-").map(String.init)
            guard parts.count == 3 else { return nil }
            day = Int(parts[0])
            month = monthIndex(parts[1])
            year = Int(parts[2]).map { $0 < 100 ? ($0 < 70 ? 2000 + $0 : 1900 + $0) : $0 }
            clock = words[2].split(separator: ":").compactMap { Int($0) }
        } else if words.count == 6, words[5] == "GMT" || words[5] == "UTC" {  // Sun, 06 Nov 1994 08:49:37 GMT
            day = Int(words[1])
            month = monthIndex(words[2])
            year = Int(words[3])
            clock = words[4].split(separator: ":").compactMap { Int($0) }
        } else if words.count == 5 {  // asctime: Sun Nov  6 08:49:37 1994
            month = monthIndex(words[1])
            day = Int(words[2])
            clock = words[3].split(separator: ":").compactMap { Int($0) }
            year = Int(words[4])
        }
        guard let day, let month, let year, clock.count == 3, (1...31).contains(day), clock[0] < 24, clock[1] < 60,
            clock[2] <= 60
        else { return nil }
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(clock[0])
        parts.tm_min = Int32(clock[1])
        parts.tm_sec = Int32(clock[2])
        return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
    }

    private static func monthIndex(_ name: String) -> Int? {
        months.firstIndex { $0.lowercased() == name.lowercased() }
    }
}
