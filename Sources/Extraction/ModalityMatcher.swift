import Model

/// Input modalities stated in prose: `Models input text only`, `accepts text and image input`,
/// `takes images and text as inputs`, `Input modalities: text, image`. What a model outputs is not one,
/// nor a noun phrase (`up to 5 input images`), nor a list without text (`accepts images`: an addition, not all).
struct ModalityMatcher: SentenceMatcher {
    private static let item = #"(?:text|images?|video|videos|audio|speech|vision)"#
    private static let list = item + #"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\+|&|/|\band\b|\bor\b|\bas\s+well\s+as\b|\balong\s+with\b|"#
        + #"\bin\s+addition\s+to\b)\s*"# + item + #")*"#
    /// `input(s)/accept(s)/take(s) LIST` and `LIST (as) input(s)`, and a spec line `Input (modalities): LIST`.
    private static let stated = Pattern(
        #"(?:\b(?:models?|it|they|which|that)\s+inputs?|\b(?:accepts?|accepting|takes?|taking|ingests?))\s+"#
            + #"(?:only\s+|both\s+)?("# + list + #")(?:\s+only)?\b"#
            + #"(?!\s*(?:tokens?|outputs?|generation)\b)|\b("# + list + #")\s+(?:as\s+)?inputs?\b|^\s*(?:Input"#
            + #"(?:\s+modalit(?:y|ies))?|Modalit(?:y|ies))\s*:?\s+("# + list + #")\s*$"#,
        requires: ["input", "accept", "take", "taking", "ingest", "modalit"])
    private static let negationBefore = Pattern(#"\b(?:not|n't|never|no longer|cannot)\s+(?:[\w-]+\s+){0,2}$"#)

    static var patterns: [Pattern] { [stated, negationBefore] }

    func findings(in sentence: AnalyzedSentence) -> [Finding] {
        let text = sentence.text
        return Self.stated.matches(in: text).compactMap { match -> Finding? in
            guard let words = match.group(1) ?? match.group(2) ?? match.group(3) else { return nil }
            let before = text.utf16Slice(Swift.max(0, match.range.lowerBound - 24)..<match.range.lowerBound)
            guard !Self.negationBefore.occurs(in: before) else { return nil }
            let found = ModalityReader.modalities(in: text.utf16Slice(words).lowercased())
            // `accepts images`: what a model takes besides text, not the whole list (unless it says `only`).
            guard !found.isEmpty, found.contains("text") || text.utf16Slice(match.range).lowercased().hasSuffix("only")
            else { return nil }
            return Finding(
                attribute: .modality, value: .text(ModalityList.joined(found)), text: text.utf16Slice(match.range),
                figure: match.range)
        }
    }
}
