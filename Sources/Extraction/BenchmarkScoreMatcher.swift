import Model

/// Benchmark scores stated in prose: `scores 79.5% on GPQA Diamond`, `73.8 on SWE-bench Verified`,
/// `a GPQA Diamond score of 79.5`, `GPQA Diamond: 79.5%`, `On AIME 2025, it reaches 88.0`.
///
/// Only named benchmarks count (a list of well-known ones, and any `…Bench` name), and only scores on a 0–100
/// scale. A score is left out when its segment names an evaluation setting that tables keep apart or drop
/// (`with tools`, `64-shot`, `pass@8`, `with thinking`), or its clause a baseline that is no model's (`human experts`),
/// so that a prose figure is only compared with a table's figure for the same measurement.
struct BenchmarkScoreMatcher: SentenceMatcher {
    /// Benchmark names as written; a longer form comes before its prefix (`SWE-bench Verified`, `SWE-bench`).
    static let name =
        #"(?:SWE-[Bb]ench(?:\s+(?:Verified|Pro|Multilingual|Lite))?|Terminal-[Bb]ench(?:\s+\d(?:\.\d)?)?|"#
        + #"LiveCodeBench(?:\s+v\d+)?|GPQA(?:[\s-]+Diamond)?|MMLU(?:-Pro|-Redux|\s+Pro)?|MMMLU|HumanEval\+?|MBPP\+?|"#
        + #"AIME(?:\s*'?\d{2}(?:\d{2})?)?|MATH(?:-500)?|GSM8K|HellaSwag|ARC-AGI(?:-\d)?|ARC-Challenge|"#
        + #"BIG-Bench\s+Hard|BBH|IFEval|Arena-Hard(?:\s+v\d(?:\.\d)?)?|MT-Bench|SimpleQA|BrowseComp|"#
        + #"Humanity['’]s\s+Last\s+Exam|HLE|MMMU(?:-Pro)?|MathVista|OSWorld(?:-Verified)?|Aider\s+Polyglot|TruthfulQA|"#
        + #"WinoGrande|FrontierMath|SWE-Lancer|(?:τ²|τ2|τ|[Tt]au)-[Bb]ench|HMMT(?:\s+\d{4})?|Video-MME|DocVQA|ChartQA|"#
        + #"LongBench(?:\s+v2)?|[A-Z][A-Za-z0-9]*-?[Bb]ench(?:\s+v?\d+(?:\.\d+)?)?)(?![\w-])"#
    /// Words one of the names holds, as written (the names are case-sensitive): sentences without one skip the
    /// expressions.
    private static let nameWords = [
        "bench", "Bench", "GPQA", "MMLU", "MMMLU", "HumanEval", "MBPP", "AIME", "MATH", "GSM8K", "HellaSwag", "ARC-",
        "BBH", "IFEval", "Arena-Hard", "SimpleQA", "BrowseComp", "Humanity", "HLE", "MMMU", "MathVista", "OSWorld", "Aider",
        "TruthfulQA", "WinoGrande", "FrontierMath", "SWE-Lancer", "HMMT", "Video-MME", "DocVQA", "ChartQA",
    ]
    private static let score = #"(?<![\w.,$#@-])(\d{1,3}(?:\.\d+)?)\s*(%|\s+percent\b)?"#

    /// `79.5% on GPQA Diamond`, `scored 73.8 in SWE-bench Verified`.
    private static let scoreOnName = Pattern(
        score + #"(?:\s+pass@1)?\s+(?:on|in)\s+(?:the\s+)?("# + name + ")", caseSensitive: true, requires: nameWords)
    /// `a GPQA Diamond score of 79.5`, `GPQA Diamond: 79.5%`, `SWE-bench Verified accuracy of 73.8%`.
    private static let nameThenScore = Pattern(
        "(" + name + #")\s*(?:(?:score|result|accuracy|pass@1)\s+(?:of|at|is|was)\s+|:\s*)"# + score, caseSensitive: true,
        requires: nameWords)
    /// `On GPQA Diamond, Kimi K3 scores 79.5%`: the benchmark opens the sentence, a scoring verb comes later.
    private static let openingName = Pattern(#"^\s*On\s+(?:the\s+)?("# + name + ")", caseSensitive: true, requires: nameWords)
    private static let verbThenScore = Pattern(
        #"\b(?:scor(?:es|ed|ing)|achiev(?:es|ed|ing)|reach(?:es|ed)|posts?|posted|hits?|gets?|got|attain(?:s|ed)|"#
            + #"records?|recorded|earns?|earned|manag(?:es|ed)|delivers?|delivered)\s+(?:a\s+score\s+of\s+|an?\s+)?"# + score,
        requires: ["scor", "achiev", "reach", "post", "hit", "get", "got", "attain", "record", "earn", "manag", "deliver"])
    /// Settings that make a different measurement (`with tools`, `64-shot`, `pass@8`, `maj@32`, `with thinking`).
    private static let setting = Pattern(
        #"\b(?:tools?|tool-use|search|thinking|reasoning\s+(?:mode|effort)|pass@(?!1\b)\d+|maj@\d+|cons@\d+|\d+-shot|"#
            + #"shots?|CoT|chain[- ]of[- ]thought|parallel|test-time|high[- ]compute|scaffold\w*|harness|majority\s+vot\w*|"#
            + #"best[- ]of[- ]\d+|attempts?|same\s+(?:conditions|settings?|setup))\b"#)
    /// Scores that are no model's: `human experts reach 65%`, `a random baseline of 25%`.
    private static let nonModel = Pattern(
        #"\b(?:humans?|experts?|baselines?|average|median|random|chance|annotators?|people|participants?)\b"#,
        requires: ["human", "expert", "baseline", "average", "median", "random", "chance", "annotator", "people", "participant"])

    /// `tops 90% on …`, `breaks 80 on …`: a threshold passed, not the score.
    private static let passedBefore = Pattern(
        #"\b(?:tops|topped|exceeds?|exceeded|surpass(?:es|ed)?|breaks|broke|crosses|crossed|clears|cleared|beats|beat|"#
            + #"passes|passed|nears|neared|approaches|approached)\s+(?:the\s+)?$"#)

    /// `in the top 5 on GPQA Diamond`, `number 3 in MMLU`: a place, not a score.
    private static let placeBefore = Pattern(#"\b(?:top|number|no\.?|rank(?:s|ed)?|place[sd]?|position)\s*$"#)

    static var patterns: [Pattern] {
        [scoreOnName, nameThenScore, openingName, verbThenScore, setting, nonModel, passedBefore, placeBefore]
    }

    private let filter = FigureFilter()

    func findings(in sentence: AnalyzedSentence) -> [Finding] {
        let text = sentence.text
        guard !filter.pairsRespectively(text) else { return [] }
        var found: [(figure: Range<Int>, percent: Bool, name: Range<Int>)] = []
        for match in Self.scoreOnName.matches(in: text) {
            if let figure = match.group(1), let name = match.group(3) { found.append((figure, match.group(2) != nil, name)) }
        }
        for match in Self.nameThenScore.matches(in: text) {
            if let name = match.group(1), let figure = match.group(2) { found.append((figure, match.group(3) != nil, name)) }
        }
        if found.isEmpty, let opening = Self.openingName.firstMatch(in: text), let name = opening.group(1) {
            let scored = Self.verbThenScore.matches(in: text).filter { ($0.group(1)?.lowerBound ?? 0) > name.upperBound }
            if scored.count == 1, let figure = scored[0].group(1) { found.append((figure, scored[0].group(2) != nil, name)) }
        }
        var seen = Set<Int>()
        return found.compactMap { figure, percent, name in
            // `0.85 on MMLU` is a fraction where tables write 85: only a percentage may be below 1.
            guard seen.insert(figure.lowerBound).inserted, let value = Double(text.utf16Slice(figure)), value <= 100,
                value >= 1 || percent
            else { return nil }
            // Settings anywhere in the segment (`… (with thinking enabled)`); baselines in the figure's own clause.
            let segment = text.utf16Slice(sentence.segmentRange(at: figure.lowerBound))
            let clause = text.utf16Slice(sentence.clauseRange(sentence.clauseIndex(at: figure.lowerBound)))
            guard !Self.setting.occurs(in: segment), !Self.nonModel.occurs(in: clause), !filter.isDelta(text, range: figure),
                !filter.isBound(text, range: figure), !filter.isRangeBound(text, range: figure, unitEnd: figure.upperBound),
                !Self.passedBefore.occurs(in: text.utf16Slice(Swift.max(0, figure.lowerBound - 20)..<figure.lowerBound)),
                !Self.placeBefore.occurs(in: text.utf16Slice(Swift.max(0, figure.lowerBound - 12)..<figure.lowerBound)),
                !sentence.spans.contains(where: { $0.range.overlaps(figure) })
            else { return nil }
            let slug = BenchmarkSlug.slug(text.utf16Slice(name))
            guard !slug.isEmpty else { return nil }
            let written = text.utf16Slice(figure) + (percent ? "%" : "")
            return Finding(
                attribute: .benchmark(slug), value: .number(value), unit: "percent", text: written, figure: figure)
        }
    }
}
