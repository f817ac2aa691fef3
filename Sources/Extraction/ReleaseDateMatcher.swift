import Model

/// Release dates: a date tied to a release verb (`was released on April 20, 2026`, `launched May 2026`,
/// `On May 12, 2026, Moonshot released …`). A date that is only a publication line is not one.
struct ReleaseDateMatcher: SentenceMatcher {
    private static let strongCue =
        #"(?:released|launched|shipped|debuted|introduced|unveiled|rolled out|went live|went GA|"#
            + #"open[- ]sourced|made (?:publicly |generally )?available|became (?:publicly |"#
            + #"generally )?available|release date|launch date|released publicly|first released|"#
            + #"general availability|generally available|GA release|(?:are|is|were)\s+releasing)"#
    /// Any character of the same sentence part: not `;`, and `.` only inside a number (`GPT-5.5`).
    private static let samePart = #"(?:[^.;]|(?<=\d)\.(?=\d))"#
    /// A cue, at most eight words, then a preposition right before the date.
    private static let cueBefore = Pattern(
        #"\b"# + strongCue + #"\b(?:"# + samePart + #"{0,60}?\b(?:on|since|in|from|dated)|\s*(?:was|is|:|—|–|-)?)\s*$"#)
    /// `Release Date: 70B Instruct: December 6, 2024`: a release-date label, then the member it dates.
    private static let labelBefore = Pattern(
        #"\b(?:release|launch)\s+date\b"# + samePart + #"{0,40}:\s*$"#, requires: ["date"])
    /// `available on/since DATE`: the weak cue only right before the date.
    private static let availableBefore = Pattern(#"\bavailable\s+(?:on|since|from|starting)\s+$"#)
    /// `On May 12, 2026, Moonshot released …`: the date first, the verb after it.
    private static let onBefore = Pattern(#"(?:^|\b[Oo]n\s+|^[A-Z][\w ]{0,20}:\s*)$"#)
    private static let cueAfter = Pattern(#"^[,:]?\s+(?:"# + samePart + #"{0,60}?)\b"# + strongCue + #"\b"#)
    /// Not yet, not at all, or only planned: no release date.
    private static let unreleased = Pattern(
        #"\b(?:not|never|n't|yet to|expected|scheduled|slated|planned|plans?|will|set to|due to|delayed|"#
            + #"postponed|upcoming|coming|later)\b"#
    )

    /// `We released our Technical Report`: what was released is not a model.
    private static let notAModel = Pattern(
        #"\b(?:released?|releasing|published|launched|open[- ]sourced)\s+(?:our|the|a|an|its|their)\s+(?:new\s+|first\s+|"#
            + #"updated\s+)?(?:technical\s+report|tech\s+report|report|paper|blog|code|codebase|dataset|demo|app|website|"#
            + #"documentation|docs|leaderboard|benchmark)\b"#)

    /// `The Kimi K3 paper was released on May 14`: the subject that was released is not the model.
    private static let artifactSubject = Pattern(
        #"\b(?:technical\s+report|tech\s+report|report|paper|whitepaper|blog\s+post|code|codebase|dataset|demo|app|website|"#
            + #"documentation|docs|model\s+card|system\s+card|playground|repo(?:sitory)?|SDK|benchmark|leaderboard)s?\s+"#
            + #"(?:was|were|is|are|has\s+been|have\s+been|went|got)\s+(?:\w+\s+)?(?:released|published|launched|"#
            + #"open[- ]sourced|made|live|introduced|unveiled)\b"#)

    static var patterns: [Pattern] {
        [cueBefore, labelBefore, availableBefore, onBefore, cueAfter, unreleased, notAModel, artifactSubject]
    }

    func findings(in sentence: AnalyzedSentence) -> [Finding] {
        guard !sentence.dates.isEmpty, !Self.notAModel.occurs(in: sentence.text), !Self.artifactSubject.occurs(in: sentence.text)
        else { return [] }
        var result: [Finding] = []
        var previousEnd = 0
        for date in sentence.dates {
            defer { previousEnd = date.range.upperBound }
            let windowStart = Swift.max(previousEnd, date.range.lowerBound - 90)
            let before = sentence.text.utf16Slice(windowStart..<date.range.lowerBound)
            let afterEnd = Swift.min(sentence.text.utf16.count, date.range.upperBound + 90)
            let after = sentence.text.utf16Slice(date.range.upperBound..<afterEnd)
            let clauseStart = sentence.clauseRange(sentence.clauseIndex(at: date.range.lowerBound)).lowerBound
            var leadStart = Swift.max(windowStart, clauseStart)
            if let cue = Self.cueBefore.firstMatch(in: before) {
                leadStart = Swift.min(leadStart, windowStart + cue.range.lowerBound)
            } else if Self.labelBefore.occurs(in: before) {
                leadStart = Swift.min(leadStart, date.range.lowerBound - 2)
            } else if Self.availableBefore.occurs(in: before) {
                leadStart = Swift.min(leadStart, date.range.lowerBound - 20)
            } else if !(Self.onBefore.occurs(in: before) && Self.cueAfter.occurs(in: after)) {
                continue
            }
            let lead = sentence.text.utf16Slice(Swift.max(0, leadStart)..<date.range.lowerBound)
            guard !Self.unreleased.occurs(in: lead) else { continue }
            result.append(
                Finding(attribute: .releaseDate, value: .text(date.iso), text: date.text, figure: date.range))
        }
        return result
    }
}
