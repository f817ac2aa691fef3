import Model

/// Rules that keep figures that are not facts out: changes (`+2.1 pts`, `a 12% improvement`, `up 3 points`),
/// bounds (`more than 1M`), and statements in a hypothetical or future mood.
struct FigureFilter: Sendable {
    private static let deltaBefore = Pattern(
        #"(?:[+±−]|\b(?:up|down|by|gain(?:ed|s)?|improv\w*|increas\w*|decreas\w*|ris(?:e|es|en)|rose|"#
            + #"f[ae]ll(?:s|en)?|jump(?:ed|s)?|drop(?:ped|s)?|climb(?:ed|s)?|grew|grow(?:s|n)?|boost(?:ed|"#
            + #"s)?)\s+(?:of\s+)?(?:about\s+|roughly\s+|nearly\s+)?)$"#
    )
    private static let upTo = Pattern(#"\bup\s+to\s+$"#)
    /// The old value of a change: `up from 128K`, `increased from 128K to 256K`.
    private static let changedFrom = Pattern(
        #"\b(?:up|down|increas\w*|decreas\w*|grew|grow\w*|rais\w*|expand\w*|doubl\w*|jump\w*|climb\w*|"#
            + #"rose|upgrad\w*|fell|dropp?\w*|cut)\s+(?:[\w-]+\s+){0,4}?from\s+(?:about\s+|roughly\s+)?$"#
    )
    private static let deltaAfter = Pattern(
        #"^\s*(?:%|percent)?\s*(?:pts?\b|points?\b|pp\b|percentage points?\b|(?:%|"#
            + #"percent)?\s*(?:improvement|increase|gain|boost|jump|drop|decrease|reduction|better|worse|"#
            + #"higher|lower|more|less|fewer|faster|slower|larger|smaller|bigger|longer|shorter)\b|x\b|×)"#
    )
    private static let bound = Pattern(
        #"\b(?:more than|over|at least|less than|under|fewer than|exceed(?:s|ing|ed)?|beyond|north of|upwards of|"#
            + #"above|below|greater than|in excess of|(?:longer|shorter|larger|bigger|smaller) than|past)\s+"#
            // `beyond about 500K tokens`: an approximate bound is still a bound.
            + #"(?:a\s+|about\s+|around\s+|roughly\s+|approximately\s+|some\s+)?$"#
    )
    private static let modal = Pattern(
        #"\b(?:[Ww]ould|[Cc]ould|[Mm]ight|[Ss]hould)\b|\bmay\b"#, caseSensitive: true,
        requires: ["would", "could", "might", "should", "may", "Would", "Could", "Might", "Should"])
    private static let conditional = Pattern(#"\b[Ii]f\b[^.]*\bwere\b"#, caseSensitive: true, requires: ["were"])

    /// Guesses rather than statements: `analysts think`, `is likely`, `may well`, `plausible`.
    /// `is due in early 2027`, `slated for`: a model not out yet, whose figures are plans.
    private static let speculation = Pattern(
        #"\b(?:think|thinks|expect(?:s|ed)?|speculat\w*|predict\w*|plausibl[ey]|possibl[ey]|likely|unlikely|"#
            + #"probably|perhaps|maybe|hopes?|guess\w*|(?:is|are)\s+(?:due|slated|scheduled)\s+(?:to|for|in|out|later|next|early|by))\b"#,
        requires: [
            "think", "expect", "speculat", "predict", "plausib", "possib", "likely", "probabl", "perhaps", "maybe", "hope", "guess",
            "due", "slated", "scheduled",
        ])

    /// Plans rather than facts: `will`, `plans to`, `is going to`, `intends to`.
    /// `image input is planned`, `coming soon`, `on the roadmap` too.
    private static let future = Pattern(
        #"\b(?:will|won't|shall|plans?\s+to|planning\s+to|intends?\s+to|going\s+to|aims?\s+to|"#
            + #"(?:is|are)\s+(?:also\s+)?planned|planned\s+for|coming\s+soon|in\s+the\s+works|on\s+the\s+roadmap)\b"#,
        requires: ["will", "won't", "shall", "plan", "intend", "going", "aim", "coming", "works", "roadmap"])

    /// `respectively`: figures paired with names by position, which this reader does not attempt.
    private static let respectively = Pattern(#"\brespectively\b"#, requires: ["respectively"])
    /// The end or start of a range (`from 0.6B to 235B`, `between 8K and 32K`, `7B-70B`), or a member of a list of
    /// figures paired with names by position (`128K and 512K context windows`).
    private static let rangeBefore = Pattern(
        #"(?:\bfrom\s+\S+(?:\s+(?:thousand|million|billion|trillion))?\s+to|\bbetween\s+\S+(?:\s+(?:thousand|"#
            + #"million|billion|trillion))?\s+and|\d[KkMmBbTt]?\s*(?:-|–|to|and|or))\s*$"#)
    private static let rangeAfter = Pattern(#"^\s*(?:-|–|to|and)\s*(?:about\s+)?\d"#)

    static var patterns: [Pattern] {
        [deltaBefore, upTo, changedFrom, deltaAfter, bound, modal, capability, conditional, speculation, future, respectively,
         rangeBefore, rangeAfter, refuted, retracted, bygone, superseded, supersededLicense, replacedBy]
    }

    /// Whether the sentence pairs figures with names by position (`… respectively`).
    func pairsRespectively(_ sentence: String) -> Bool {
        Self.respectively.occurs(in: sentence)
    }

    /// Whether the number at `range` bounds a range rather than stating a value.
    func isRangeBound(_ text: String, range: Range<Int>, unitEnd: Int) -> Bool {
        let before = text.utf16Slice(Swift.max(0, range.lowerBound - 30)..<range.lowerBound)
        let after = text.utf16Slice(unitEnd..<Swift.min(text.utf16.count, unitEnd + 20))
        return Self.rangeBefore.occurs(in: before) || Self.rangeAfter.occurs(in: after)
    }

    /// Whether a clause states a plan rather than a fact.
    func isFuture(clause: String) -> Bool {
        Self.future.occurs(in: clause)
    }

    /// Whether a stretch of text guesses rather than states.
    func isSpeculative(_ text: String) -> Bool {
        Self.speculation.occurs(in: text)
    }

    /// `Claims of a 2M-token window appear to be mistaken`, `incorrectly listed as 2M`: a figure the clause
    /// says is wrong is no statement of the page's.
    private static let refuted = Pattern(
        #"\b(?:mistaken(?:ly)?|false(?:ly)?|wrong(?:ly)?|incorrect(?:ly)?|inaccurate(?:ly)?|untrue|debunked|"#
            + #"erroneous(?:ly)?|misreported|misstated|den(?:y|ies|ied)|refut(?:ed|es)|dismiss(?:ed|es))\b"#,
        requires: ["mistaken", "false", "wrong", "incorrect", "inaccurate", "untrue", "debunked", "erroneous",
                   "misreported", "misstated", "den", "refut", "dismiss"])

    /// `An earlier version of this article said it had a 2M window`, `previously reported as 2M`: what a correction
    /// says the page once got wrong, no statement of its own.
    private static let retracted = Pattern(
        #"\b(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+(?:article|story|post|report|piece|page)\b|"#
            + #"(?<!\bas\s)\b(?:previously|originally|initially)\s+(?:said|stated|reported|given|listed|described|written|wrote)\b|"#
            + #"\bwe\s+(?:previously|originally|initially|earlier)\s+(?:said|stated|reported|wrote|listed)\b"#,
        requires: ["version", "previously", "originally", "initially", "earlier"])

    /// `three weeks ago`, `last month`, `previously`, `before a price cut`: a time-varying figure (price, rank,
    /// speed) that no longer holds on the day the page speaks for.
    private static let bygone = Pattern(
        #"\b(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago\b|\b(?:last|previous)\s+(?:week|month|year|quarter)\b|"#
            + #"\b(?:previously|formerly|originally|initially|used\s+to|had\s+(?:cost|been|held|ranked|scored))\b|"#
            + #"\bat\s+the\s+time\b|\bback\s+then\b|\bat\s+(?:its\s+)?launch\b|\bwhen\s+it\s+(?:launched|debuted|came\s+out)\b|"#
            + #"\bbefore\s+(?:a|the|its)\s+(?:price\s+)?(?:cut|drop|change|increase|hike|reduction)\b"#,
        requires: ["ago", "last", "previous", "formerly", "originally", "initially", "used", "had", "before", "time", "then", "launch", "when"])

    /// `formerly API-only`, `until recently closed`: a category (weights, modality) that has since changed.
    private static let superseded = Pattern(
        #"\b(?:formerly|used\s+to|until\s+(?:recently|now|last))\b"#, requires: ["formerly", "used", "until"])
    /// `previously released under Apache 2.0`: a license is stated as earlier only when it changed (weights
    /// `previously open-sourced` are still open).
    private static let supersededLicense = Pattern(
        #"\b(?:previously|originally|initially)\b"#, requires: ["previously", "originally", "initially"])

    /// Whether a clause says its category (license, weights, modality) held before and no longer does.
    func isSuperseded(_ clause: String, attribute: Attribute) -> Bool {
        Self.superseded.occurs(in: clause) || (attribute == .license && Self.supersededLicense.occurs(in: clause))
    }

    /// Whether a clause (or the sentence's opening words) dates a figure before the page's day.
    func isBygone(_ text: String) -> Bool {
        Self.bygone.occurs(in: text)
    }

    /// Whether a stretch of text repeats what a correction withdraws.
    func isRetracted(_ text: String) -> Bool {
        Self.retracted.occurs(in: text)
    }

    /// Whether a clause says the figure in it is wrong.
    func isRefuted(clause: String) -> Bool {
        Self.refuted.occurs(in: clause)
    }

    /// Whether the number at `range` is a change rather than a value.
    func isDelta(_ text: String, range: Range<Int>) -> Bool {
        let before = text.utf16Slice(Swift.max(0, range.lowerBound - 30)..<range.lowerBound)
        if Self.deltaBefore.occurs(in: before), !Self.upTo.occurs(in: before) { return true }
        if Self.changedFrom.occurs(in: before) { return true }
        let after = text.utf16Slice(range.upperBound..<Swift.min(text.utf16.count, range.upperBound + 30))
        return Self.deltaAfter.occurs(in: after) || Self.replacedBy.occurs(in: after)
    }

    /// `Context length: 32K → 64K`: the number before an arrow is the old value.
    private static let replacedBy = Pattern(#"^[KkMmBbTt]?\s*(?:tokens?\s*)?"# + arrow)
    /// The arrows a changelog writes between an old value and its new one.
    static let arrow = #"(?:→|->|=>|⟶|➔|➜)"#

    /// Whether the number at `range` is a bound (`more than 1M`) rather than a value.
    func isBound(_ text: String, range: Range<Int>) -> Bool {
        Self.bound.occurs(in: text.utf16Slice(Swift.max(0, range.lowerBound - 30)..<range.lowerBound))
    }

    /// Whether a clause speaks in a hypothetical mood (`would`, `could`, `might`, `may`).
    func isHypothetical(clause: String) -> Bool {
        Self.modal.occurs(in: clause) && !Self.capability.occurs(in: clause)
    }

    /// `may be extended to 131,072 tokens`, `can be scaled to 1M`: what the model supports, not a guess.
    private static let capability = Pattern(
        #"\b(?:may|can|could)\s+(?:be\s+)?(?:further\s+)?(?:extended|extend|scaled|expanded)\b"#,
        requires: ["extend", "scaled", "expanded"])

    /// Whether a sentence is a condition contrary to fact (`if … were`).
    func isCounterfactual(sentence: String) -> Bool {
        Self.conditional.occurs(in: sentence)
    }

    /// Whether the sentence asks rather than states.
    func isQuestion(_ sentence: String) -> Bool {
        var trimmed = Substring(sentence)
        while let last = trimmed.last, "\"')]”’ ".contains(last) { trimmed = trimmed.dropLast() }
        return trimmed.hasSuffix("?")
    }
}
