internal import Foundation

/// Reads a publication date from a URL's path, as news and blog sites write it: `/2019/11/18/`,
/// `/2019-11-18-title`, `/20191118/`. Only a full, valid date between 1990 and 2100 counts; a
/// year and month alone (`/2019/11/`) say too little. The last resort after metadata and `<time>`.
enum URLDate {
    static let years = 1990...2100

    /// The date in the path of `url` (the host and query are ignored), at midnight UTC.
    static func published(in url: String) -> Date? {
        guard let path = URLComponents(string: url)?.path ?? url.split(separator: "?").first.map(String.init),
            !path.isEmpty
        else { return nil }
        let runs = digitRuns(path)
        for (offset, run) in runs.enumerated() {
            // yyyy/mm/dd or yyyy-mm-dd: three runs of 4, 2 and 2 digits joined by one separator each.
            if run.digits.count == 4, offset + 2 < runs.count {
                let month = runs[offset + 1]
                let day = runs[offset + 2]
                if month.digits.count <= 2, day.digits.count <= 2, month.start == run.end + 1, day.start == month.end + 1,
                    isSeparator(path, run.end), isSeparator(path, month.end),
                    let date = date(run.digits, month.digits, day.digits)
                {
                    return date
                }
            }
            // yyyymmdd as one run of exactly eight digits.
            if run.digits.count == 8 {
                let digits = run.digits
                let year = String(digits.prefix(4))
                let month = String(digits.dropFirst(4).prefix(2))
                let day = String(digits.suffix(2))
                if let date = date(year, month, day) { return date }
            }
        }
        return nil
    }

    private struct Run {
        var digits: String
        /// Offsets of the first digit and one past the last, in the path's UTF-8.
        var start: Int
        var end: Int
    }

    private static func digitRuns(_ path: String) -> [Run] {
        var runs: [Run] = []
        var current = ""
        var start = 0
        for (offset, byte) in path.utf8.enumerated() {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                if current.isEmpty { start = offset }
                current.append(Character(Unicode.Scalar(byte)))
            } else if !current.isEmpty {
                runs.append(Run(digits: current, start: start, end: offset))
                current = ""
            }
        }
        if !current.isEmpty { runs.append(Run(digits: current, start: start, end: path.utf8.count)) }
        return runs
    }

    private static func isSeparator(_ path: String, _ offset: Int) -> Bool {
        let bytes = Array(path.utf8)
        guard offset < bytes.count else { return false }
        return bytes[offset] == UInt8(ascii: "/") || bytes[offset] == UInt8(ascii: "-") || bytes[offset] == UInt8(ascii: "_")
    }

    private static func date(_ year: String, _ month: String, _ day: String) -> Date? {
        guard let year = Int(year), let month = Int(month), let day = Int(day), years.contains(year),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components),
            calendar.component(.day, from: date) == day, calendar.component(.month, from: date) == month
        else { return nil }
        return date
    }
}
