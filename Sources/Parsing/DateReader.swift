internal import Foundation

/// Reads date tokens left to right: an ISO-like numeric date, else a day-month-year or
/// month-day-year date with an optional time and zone anywhere after it.
struct DateReader {
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// Named zones of RFC 822 and common usage, as seconds east of UTC.
    static let zones: [String: Int] = [
        "z": 0, "ut": 0, "utc": 0, "gmt": 0, "est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600,
        "cdt": -5 * 3600, "mst": -7 * 3600, "mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600,
        "cet": 3600, "cest": 7200, "bst": 3600, "ist": 19800, "jst": 9 * 3600, "kst": 9 * 3600,
        "aest": 10 * 3600, "aedt": 11 * 3600,
    ]

    let tokens: [DateToken]
    var position = 0
    /// The calendar day of the last date read as its writer wrote it, before any zone shift (`2026-04-02` for
    /// `2026-04-02T00:00:00+08:00`, which is April 1 in UTC).
    private(set) var writtenDay: String?

    init(tokens: [DateToken]) {
        self.tokens = tokens
    }

    /// Reads a date starting at one of the first few tokens ("Posted on June 9, 2025").
    mutating func read() -> Date? {
        for start in 0..<min(tokens.count, 8) {
            position = start
            if let date = readDate() { return date }
        }
        return nil
    }

    private mutating func readDate() -> Date? {
        skipWeekday()
        guard let (year, month, day) = readNumericDate() ?? readWrittenDate() else { return nil }
        if case .word("t") = peek() { position += 1 }
        let time = readTime()
        var fullYear = year < 100 ? (year < 50 ? 2000 + year : 1900 + year) : year
        if year < 0 {
            guard let trailingYear = time.trailingYear else { return nil }
            fullYear = trailingYear
        }
        let offset = readZone() ?? 0
        writtenDay = Self.padded(fullYear, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
        return DateParser.timestamp(
            year: fullYear, month: month, day: day, hour: time.hour, minute: time.minute, second: time.second,
            offset: offset)
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private struct Time {
        var hour = 0
        var minute = 0
        var second = 0.0
        /// asctime puts the year after the time: `Mon Jun  9 10:00:00 2025`.
        var trailingYear: Int?
    }

    private func peek(_ offset: Int = 0) -> DateToken? {
        position + offset < tokens.count ? tokens[position + offset] : nil
    }

    private mutating func skipWeekday() {
        while case .word(let word) = peek(), word.count >= 3, Self.weekdays.contains(String(word.prefix(3))) {
            position += 1
            if case .symbol(",") = peek() { position += 1 }
        }
    }

    private static let weekdays: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// `2025-06-09`, `2025/06/09`, `2025.06.09`.
    private mutating func readNumericDate() -> (Int, Int, Int)? {
        guard case .number(let year, 4) = peek(), case .symbol(let first) = peek(1), "-/.".contains(first),
            case .number(let month, let monthDigits) = peek(2), monthDigits <= 2,
            case .symbol(let second) = peek(3), second == first,
            case .number(let day, let dayDigits) = peek(4), dayDigits <= 2
        else { return nil }
        position += 5
        return (year, month, day)
    }

    /// `9 June 2025`, `09-Jun-2025`, `June 9, 2025`, `June 9th 2025`, `Jun  9 10:00:00 2025` (year -1:
    /// it follows the time).
    private mutating func readWrittenDate() -> (Int, Int, Int)? {
        if case .number(let day, let digits) = peek(), digits <= 2 {
            position += 1
            skipOrdinalSuffix()
            skipSymbols()
            guard case .word(let name) = peek(), let month = Self.months[name] else { return nil }
            position += 1
            skipSymbols()
            guard case .number(let year, let yearDigits) = peek(), yearDigits == 2 || yearDigits == 4 else { return nil }
            position += 1
            return (year, month, day)
        }
        guard case .word(let name) = peek(), let month = Self.months[name] else { return nil }
        position += 1
        skipSymbols()
        guard case .number(let day, let digits) = peek(), digits <= 2 else { return nil }
        position += 1
        skipOrdinalSuffix()
        skipSymbols()
        if case .number(let year, let yearDigits) = peek(), yearDigits == 4 {
            position += 1
            return (year, month, day)
        }
        if case .number(_, let hourDigits) = peek(), hourDigits <= 2, case .symbol(":") = peek(1) {
            return (-1, month, day)
        }
        return nil
    }

    private mutating func skipOrdinalSuffix() {
        if case .word(let suffix) = peek(), ["st", "nd", "rd", "th"].contains(suffix) { position += 1 }
    }

    private mutating func skipSymbols() {
        while case .symbol(let symbol) = peek(), ",-./".contains(symbol) { position += 1 }
    }

    /// `10:00`, `10:00:00`, `10:00:00.123`, `10:30 pm`, then an asctime year if one follows.
    private mutating func readTime() -> Time {
        var time = Time()
        while case .word(let word) = peek(), ["at", "on"].contains(word) { position += 1 }
        if case .symbol(",") = peek() { position += 1 }
        guard case .number(let hour, let hourDigits) = peek(), hourDigits <= 2, case .symbol(":") = peek(1),
            case .number(let minute, 2) = peek(2)
        else { return time }
        position += 3
        time.hour = hour
        time.minute = minute
        if case .symbol(":") = peek(), case .number(let second, 2) = peek(1) {
            position += 2
            time.second = Double(second)
            if case .symbol(let mark) = peek(), mark == "." || mark == ",", case .number(let fraction, let digits) = peek(1) {
                position += 2
                time.second += Double(fraction) / pow(10, Double(min(digits, 9)))
            }
        }
        if case .word(let meridiem) = peek(), meridiem == "am" || meridiem == "pm" {
            position += 1
            if meridiem == "pm", time.hour < 12 { time.hour += 12 }
            if meridiem == "am", time.hour == 12 { time.hour = 0 }
        }
        if case .number(let year, 4) = peek() {
            position += 1
            time.trailingYear = year
        }
        return time
    }

    /// `Z`, `GMT`, `EST`, `+02:00`, `+0200`, `-05`, `GMT+2`; nil when none.
    private mutating func readZone() -> Int? {
        var offset: Int?
        if case .word(let name) = peek(), let zone = Self.zones[name] {
            position += 1
            offset = zone
        }
        guard case .symbol(let sign) = peek(), sign == "+" || sign == "-" || sign == "\u{2212}",
            case .number(let value, let digits) = peek(1)
        else { return offset }
        position += 2
        var hours = value
        var minutes = 0
        if digits == 4 || digits == 3 {
            hours = value / 100
            minutes = value % 100
        } else if case .symbol(":") = peek(), case .number(let minuteValue, 2) = peek(1) {
            position += 2
            minutes = minuteValue
        }
        guard hours <= 14, minutes < 60 else { return offset }
        let seconds = (hours * 3600 + minutes * 60) * (sign == "+" ? 1 : -1)
        return (offset ?? 0) + seconds
    }
}
