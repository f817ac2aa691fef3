/// The words that open a clause (`and`, `which`, `than`, `compared with`) or a segment (`while`, `but`,
/// `whereas`, `although`), found by reading the words of a sentence once.
enum ClauseWords {
    /// A clause word: its range runs from the space before it to the space after it.
    struct Boundary {
        var range: Range<Int>
        /// `while`, `whereas`, `but`, `although`, `though`: a break between two statements.
        var isStrong: Bool
    }

    private static let strong: Set<String> = ["while", "whereas", "but", "although", "though"]
    private static let weak: Set<String> = ["than", "versus", "vs", "unlike", "and", "which", "whose"]
    private static let pairs: [String: Set<String>] = [
        "compared": ["with", "to"], "relative": ["to"], "similar": ["to"], "rather": ["than"], "instead": ["of"],
    ]

    static func boundaries(in units: [UInt16]) -> [Boundary] {
        var result: [Boundary] = []
        var position = 0
        while position < units.count {
            guard units[position] == UTF16Class.space, let first = word(at: position + 1, in: units) else {
                position += 1
                continue
            }
            var end = first.range.upperBound
            var matched = strong.contains(first.text) || weak.contains(first.text)
            if first.text == "vs", end < units.count, units[end] == UTF16Class.period { end += 1 }
            if !matched, let seconds = pairs[first.text], end < units.count, units[end] == UTF16Class.space,
                let second = word(at: end + 1, in: units), seconds.contains(second.text)
            {
                matched = true
                end = second.range.upperBound
            }
            if matched, end < units.count, units[end] == UTF16Class.space || units[end] == 10 {
                result.append(Boundary(range: position..<(end + 1), isStrong: strong.contains(first.text)))
            }
            position = first.range.upperBound
        }
        return result
    }

    /// The lowercase ASCII word starting at `start`, if one does.
    private static func word(at start: Int, in units: [UInt16]) -> (text: String, range: Range<Int>)? {
        var end = start
        while end < units.count, UTF16Class.isLetter(units[end]), end - start < 12 { end += 1 }
        guard end > start, end == units.count || !UTF16Class.isLetter(units[end]) else { return nil }
        return (ASCIIText.string(units[start..<end]).lowercased(), start..<end)
    }
}
