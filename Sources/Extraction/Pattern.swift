internal import Foundation

/// A regular expression compiled once, matched over UTF-16 offsets of a text.
///
/// Patterns are literals in the source; one that fails to compile matches nothing, and
/// `isValid` lets the tests catch that instead of a crash at run time.
struct Pattern: Sendable {
    let source: String
    private let regex: NSRegularExpression?
    /// Words one of which the text must contain for the pattern to match (lowercase, ASCII case
    /// ignored): a cheap test that skips the regular expression on most sentences.
    private let required: WordSet

    init(_ source: String, caseSensitive: Bool = false, requires: [String] = []) {
        self.source = source
        required = WordSet(requires, folding: !caseSensitive)
        var options: NSRegularExpression.Options = []
        if !caseSensitive { options.insert(.caseInsensitive) }
        regex = try? NSRegularExpression(pattern: source, options: options)
    }

    var isValid: Bool { regex != nil }

    /// Whether the text holds one of the required words (always true when none are required).
    private func mayMatch(_ text: String) -> Bool {
        ASCIISearch.containsAny(text, required)
    }

    /// Every match in `text`, as UTF-16 offset ranges of the whole match and of each capture group
    /// (nil when a group did not take part).
    func matches(in text: String) -> [PatternMatch] {
        guard let regex, mayMatch(text) else { return [] }
        let whole = NSRange(location: 0, length: text.utf16.count)
        return regex.matches(in: text, range: whole).map { result in
            var groups: [Range<Int>?] = []
            for index in 0..<result.numberOfRanges {
                let range = result.range(at: index)
                groups.append(range.location == NSNotFound ? nil : range.location..<(range.location + range.length))
            }
            return PatternMatch(groups: groups)
        }
    }

    /// The first match in `text`, if any.
    func firstMatch(in text: String) -> PatternMatch? {
        guard let regex, mayMatch(text) else { return nil }
        let whole = NSRange(location: 0, length: text.utf16.count)
        guard let result = regex.firstMatch(in: text, range: whole) else { return nil }
        var groups: [Range<Int>?] = []
        for index in 0..<result.numberOfRanges {
            let range = result.range(at: index)
            groups.append(range.location == NSNotFound ? nil : range.location..<(range.location + range.length))
        }
        return PatternMatch(groups: groups)
    }

    /// Whether the pattern occurs anywhere in `text`.
    func occurs(in text: String) -> Bool { firstMatch(in: text) != nil }
}

/// One match of a `Pattern`: the whole range first, then the capture groups.
struct PatternMatch: Sendable {
    let groups: [Range<Int>?]

    var range: Range<Int> { groups.first.flatMap { $0 } ?? 0..<0 }

    func group(_ index: Int) -> Range<Int>? {
        groups.indices.contains(index) ? groups[index] : nil
    }
}
