/// Tells whether a sentence or a figure is hedged: approximated (`~`, `about`, `roughly`) or
/// attributed to unconfirmed sources (`reportedly`, `according to … reports`, `some reports`).
struct HedgeDetector: Sendable {
    /// Words that hedge everything a sentence states.
    private static let attribution = Pattern(
        #"\b(?:reportedly|rumou?r(?:ed|s)?|unconfirmed|allegedly|purportedly|supposedly|leak(?:ed|s)?|estimated|"#
            +
                #"not (?:been )?(?:officially |yet |independently )?(?:confirmed|verified)|said to (?:be|"#
                    + #"have)|believed to|"#
            +
                #"according to (?:[\w'’.-]+ ){0,6}?(?:reports?|sources?|(?:a |the )?briefings?|leaks?|"#
                    + #"insiders?|rumou?rs?|people)|"#
            + #"(?:sources|insiders|people familiar)\b[^.]{0,40}\b(?:say|said|says)|I heard|"#
            // `a person with knowledge of the matter`, `tipped to have`, `The Information reported that`, screenshots.
            + #"(?:person|people|sources?|insiders?|someone)\s+(?:with\s+(?:direct\s+)?knowledge|familiar|close\s+to|briefed)|"#
            + #"tipped\s+(?:to|as)|(?<!has\s)(?<!have\s)(?<!we\s)reported\s+(?:that|on\s+\w+day\s+that)|"#
            + #"screenshots?\s+(?:circulating|posted|shared)|circulating\s+(?:on|online)|"#
            // `Some reports put it at 2M`, `claims that it has 1T parameters` (a `report that accompanies` is no hedge).
            // `Contrary to some reports, …` and `Despite reports of …` assert the opposite: no hedge.
            + #"(?<!to\s)(?<!despite\s)(?:some|early|earlier|media|press|several|other|online|unverified)\s+(?:claims?|reports?)|"#
            + #"(?<!to\s)(?<!despite\s)(?<!the\s)(?:claims|reports)\s+(?:of|that))\b"#,
        requires: [
            "reported", "rumo", "unconfirmed", "alleged", "purported", "supposed", "leak", "estimated", "confirmed",
            "verified", "said to", "believed", "according", "sources", "insiders", "people familiar", "heard", "claim",
            "report", "person", "people", "someone", "tipped", "screenshot", "circulating",
        ])
    /// Words that make the number right after them approximate.
    private static let approximation = Pattern(
        #"(?:[~≈∼]|\b(?:about|around|roughly|approximately|approx\.|nearly|almost|close to|some|"#
            + #"an estimated|circa|ca\.))\s*(?:a |an )?$"#
    )

    static var patterns: [Pattern] { [attribution, approximation] }

    /// Whether the sentence as a whole is hedged.
    func isHedged(sentence: String) -> Bool {
        Self.attribution.occurs(in: sentence)
    }

    /// Whether the figure starting at `offset` is approximated by the words just before it.
    func isApproximate(_ sentence: String, before offset: Int) -> Bool {
        let lower = Swift.max(0, offset - 24)
        return Self.approximation.occurs(in: sentence.utf16Slice(lower..<offset))
    }
}
