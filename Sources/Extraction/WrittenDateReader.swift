/// A calendar date found in a text, at the precision it was written (`2026-04-20` or `2026-05`).
struct WrittenDate: Hashable, Sendable {
    /// `YYYY-MM-DD`, or `YYYY-MM` for a month-only date.
    var iso: String
    /// The date as written (`Apr. 20, 2026`).
    var text: String
    var range: Range<Int>
}

/// Reads dates: `April 20, 2026`, `Apr. 20, 2026`, `20 April 2026`, `2026-04-20`, `May 21` (the page's year),
/// `May 2026` (month precision).
struct WrittenDateReader: Sendable {
    /// The year of a date written without one (`May 21`): the page's publication year.
    var defaultYear: Int?
    /// The page's publication day (`YYYY-MM-DD`), which `today` means.
    var today: String?

    private static let monthStems = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let month =
        #"(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"#
            + #"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"#
    private static let monthDayYear = Pattern(
        #"\b"# + month + #"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?"#, caseSensitive: true, requires: monthStems)
    private static let dayMonthYear = Pattern(
        #"\b(\d{1,2})(?:st|nd|rd|th)?\s+"# + month + #"(?:,?\s+(\d{4}))\b"#, caseSensitive: true, requires: monthStems)
    private static let monthYear = Pattern(#"\b"# + month + #"\s+(\d{4})\b"#, caseSensitive: true, requires: monthStems)
    private static let iso = Pattern(#"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])"#, requires: ["-"])
    /// `2025.04.29`, `2025/04/14`: year first, as changelogs and news lists write dates.
    private static let yearFirst = Pattern(#"(?<![\d./])(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d]|[./]\d)"#)

    private static let todayWord = Pattern(#"\btoday\b"#, requires: ["today"])

    static var patterns: [Pattern] { [monthDayYear, dayMonthYear, monthYear, iso, yearFirst, todayWord] }

    /// Every date in `text`, in order, none overlapping.
    func dates(in text: String) -> [WrittenDate] {
        var found: [WrittenDate] = []
        func add(_ date: WrittenDate?) {
            guard let date, !found.contains(where: { $0.range.overlaps(date.range) }) else { return }
            found.append(date)
        }
        for match in Self.iso.matches(in: text) {
            add(make(year: group(match, 1, text), month: group(match, 2, text), day: group(match, 3, text), match, text))
        }
        for match in Self.yearFirst.matches(in: text) {
            add(make(year: group(match, 1, text), month: group(match, 3, text), day: group(match, 4, text), match, text))
        }
        for match in Self.dayMonthYear.matches(in: text) {
            add(make(year: group(match, 3, text), month: monthNumber(group(match, 2, text)), day: group(match, 1, text), match, text))
        }
        for match in Self.monthDayYear.matches(in: text) {
            let year = group(match, 3, text) ?? defaultYear.map(String.init)
            add(make(year: year, month: monthNumber(group(match, 1, text)), day: group(match, 2, text), match, text))
        }
        for match in Self.monthYear.matches(in: text) {
            add(make(year: group(match, 2, text), month: monthNumber(group(match, 1, text)), day: nil, match, text))
        }
        if let today {
            for match in Self.todayWord.matches(in: text) {
                add(WrittenDate(iso: today, text: text.utf16Slice(match.range), range: match.range))
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func group(_ match: PatternMatch, _ index: Int, _ text: String) -> String? {
        match.group(index).map { text.utf16Slice($0) }
    }

    private func make(year: String?, month: String?, day: String?, _ match: PatternMatch, _ text: String) -> WrittenDate? {
        guard let year, let yearNumber = Int(year), (1990...2100).contains(yearNumber),
            let month, let monthNumber = Int(month), (1...12).contains(monthNumber)
        else { return nil }
        let monthText = monthNumber < 10 ? "0\(monthNumber)" : "\(monthNumber)"
        guard let day else {
            return WrittenDate(iso: "\(yearNumber)-\(monthText)", text: text.utf16Slice(match.range), range: match.range)
        }
        guard let dayNumber = Int(day), (1...Self.daysIn(month: monthNumber, year: yearNumber)).contains(dayNumber) else {
            return nil
        }
        let dayText = dayNumber < 10 ? "0\(dayNumber)" : "\(dayNumber)"
        return WrittenDate(
            iso: "\(yearNumber)-\(monthText)-\(dayText)", text: text.utf16Slice(match.range), range: match.range)
    }

    private func monthNumber(_ name: String?) -> String? {
        guard let name else { return nil }
        let key = String(name.lowercased().prefix(3))
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return months.firstIndex(of: key).map { String($0 + 1) }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
