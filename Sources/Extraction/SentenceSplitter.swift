/// Splits a block of text into sentences, each a verbatim slice of the block.
///
/// A sentence ends at `.`, `!` or `?` (plus closing quotes or brackets) followed by white space and a
/// capital letter, digit, quote, bracket or hyphenated lowercase identifier (`deepseek-chat`), except after an abbreviation (`Apr.`, `e.g.`, `vs.`),
/// an initial (`J. Smith`) or inside a number (`1.2T`). Line breaks between list-like lines also end one.
struct SentenceSplitter: Sendable {
    private static let abbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tue",
        "thu", "fri", "e.g", "i.e", "vs", "v", "mr", "mrs", "ms", "dr", "prof", "st", "inc", "ltd",
        "corp", "no", "nos", "fig", "figs", "eq", "approx", "ca", "cf", "al",
        "jr", "sr", "dept", "vol", "pp", "ref", "refs", "ver", "incl", "excl", "resp",
    ]

    /// The sentences of `text` as UTF-16 ranges, leading and trailing white space trimmed.
    func sentences(in text: String) -> [Range<Int>] {
        let units = Array(text.utf16)
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit == 10 {  // a line break inside a block separates lines
                append(start..<index, units: units, to: &result)
                start = index + 1
            } else if unit == 46 || unit == 33 || unit == 63 {  // . ! ?
                var end = index + 1
                while end < units.count, Self.closers.contains(units[end]) { end += 1 }
                if end == units.count || (Self.isSpace(units[end]) && endsSentence(units, mark: index, after: end)) {
                    append(start..<end, units: units, to: &result)
                    start = end
                    index = end
                    continue
                }
            }
            index += 1
        }
        append(start..<units.count, units: units, to: &result)
        return result
    }

    private static let closers: Set<UInt16> = [34, 39, 41, 93, 0x201D, 0x2019]  // " ' ) ] ” ’
    private static let openers: Set<UInt16> = [34, 39, 40, 91, 0x201C, 0x2018]  // " ' ( [ “ ‘

    private static func isSpace(_ unit: UInt16) -> Bool { unit == 32 || unit == 9 || unit == 10 || unit == 0xA0 }

    private func endsSentence(_ units: [UInt16], mark: Int, after: Int) -> Bool {
        var next = after
        while next < units.count, Self.isSpace(units[next]) { next += 1 }
        guard next < units.count else { return true }
        let following = units[next]
        let startsSentence =
            UTF16Class.isUppercase(following) || UTF16Class.isDigit(following) || Self.openers.contains(following)
            || following > 127 || Self.isIdentifier(units, at: next)
        guard startsSentence else { return false }
        guard units[mark] == 46 else { return true }
        // The word before the period: an abbreviation or a single initial does not end a sentence.
        var wordStart = mark
        while wordStart > 0, UTF16Class.isAlphanumeric(units[wordStart - 1]) || units[wordStart - 1] == 46 {
            wordStart -= 1
        }
        let word = String(decoding: units[wordStart..<mark], as: UTF16.self).lowercased()
        if Self.abbreviations.contains(word) { return false }
        if word.utf16.count == 1, let only = word.utf16.first, UTF16Class.isLetter(only) { return false }
        // Dotted letters (`U.S.`, `a.k.a.`) are an abbreviation too; a version (`3.5.`) is not.
        if word.contains("."), !word.utf16.contains(where: UTF16Class.isDigit) { return false }
        return true
    }

    /// `deepseek-chat now points to …`, `gpt-oss-120b is …`: a lowercase identifier (a hyphen and a letter or digit
    /// after it) that opens a sentence as an API name does.
    private static func isIdentifier(_ units: [UInt16], at start: Int) -> Bool {
        guard UTF16Class.isLetter(units[start]), !UTF16Class.isUppercase(units[start]) else { return false }
        var index = start
        var hyphenated = false
        while index < units.count, UTF16Class.isAlphanumeric(units[index]) || units[index] == 45 {
            if units[index] == 45, index + 1 < units.count, UTF16Class.isAlphanumeric(units[index + 1]) { hyphenated = true }
            index += 1
        }
        return hyphenated
    }

    private func append(_ range: Range<Int>, units: [UInt16], to result: inout [Range<Int>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Self.isSpace(units[lower]) { lower += 1 }
        while upper > lower, Self.isSpace(units[upper - 1]) { upper -= 1 }
        if lower < upper { result.append(lower..<upper) }
    }
}
