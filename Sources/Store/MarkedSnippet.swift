internal import Foundation

/// A snippet as FTS5 returns it, with the matches between marker characters, turned into plain
/// text and `[start, end)` offsets of the matches.
///
/// Offsets count Swift `Character`s (extended grapheme clusters) of the plain text, as
/// `SearchHit.matches` documents: `snippet.index(snippet.startIndex, offsetBy: start)` finds a match.
/// Runs of whitespace (newlines between blocks) become one space, and the ends are trimmed.
struct MarkedSnippet: Hashable {
    /// U+FDD0 and U+FDD1 are Unicode noncharacters, reserved for internal use: they never occur in
    /// real text, and unicode61 does not index them.
    /// (Swift refuses noncharacters in literals, so they are named by value.)
    static let openValue: UInt32 = 0xFDD0
    static let closeValue: UInt32 = 0xFDD1

    let text: String
    let matches: [[Int]]

    init(marked: String) {
        var scalars = String.UnicodeScalarView()
        var ranges: [(start: Int, end: Int)] = []
        var openedAt: Int?
        for scalar in marked.unicodeScalars {
            switch scalar.value {
            case Self.openValue:
                openedAt = scalars.count
            case Self.closeValue:
                if let start = openedAt, scalars.count > start { ranges.append((start, scalars.count)) }
                openedAt = nil
            default:
                if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                    if let last = scalars.last, last != " " { scalars.append(" ") }
                } else {
                    scalars.append(scalar)
                }
            }
        }
        if scalars.last == " " { scalars.removeLast() }
        let text = String(scalars)
        self.text = text
        self.matches = Self.characterOffsets(of: ranges, in: text, scalarCount: scalars.count)
    }

    /// `text` as it is (whitespace runs collapsed), with every case-insensitive occurrence of the
    /// non-empty `needles` marked: how a fact's quote shows its model name and value.
    init(marking needles: [String], in text: String) {
        let open = Unicode.Scalar(Self.openValue).map { String(Character($0)) } ?? ""
        let close = Unicode.Scalar(Self.closeValue).map { String(Character($0)) } ?? ""
        var marked = ""
        var index = text.startIndex
        let needles = needles.filter { !$0.isEmpty }
        while index < text.endIndex {
            let found = needles.compactMap { needle in
                text.range(of: needle, options: [.caseInsensitive], range: index..<text.endIndex)
            }.min { ($0.lowerBound, $1.upperBound) < ($1.lowerBound, $0.upperBound) }
            guard let found else { break }
            marked += text[index..<found.lowerBound] + open + text[found] + close
            index = found.upperBound
        }
        marked += text[index...]
        self.init(marked: marked)
    }

    /// Converts scalar offsets to character offsets, widening a range that splits a character.
    private static func characterOffsets(
        of ranges: [(start: Int, end: Int)], in text: String, scalarCount: Int
    ) -> [[Int]] {
        guard !ranges.isEmpty else { return [] }
        var starts: [Int] = []  // the scalar offset where each character starts
        var offset = 0
        for character in text {
            starts.append(offset)
            offset += character.unicodeScalars.count
        }
        func characterIndex(_ scalarOffset: Int, roundingUp: Bool) -> Int {
            var low = 0
            var high = starts.count  // the first character starting after scalarOffset
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] <= scalarOffset { low = middle + 1 } else { high = middle }
            }
            let containing = low - 1  // the character containing scalarOffset, or -1
            if containing < 0 { return 0 }
            if containing >= starts.count { return starts.count }
            return roundingUp && starts[containing] < scalarOffset ? containing + 1 : containing
        }
        var result: [[Int]] = []
        for range in ranges {
            let start = min(range.start, scalarCount)
            let end = min(range.end, scalarCount)
            guard end > start else { continue }
            let characterStart = characterIndex(start, roundingUp: false)
            let characterEnd = end >= scalarCount ? starts.count : characterIndex(end, roundingUp: true)
            if characterEnd > characterStart { result.append([characterStart, characterEnd]) }
        }
        return result
    }
}
