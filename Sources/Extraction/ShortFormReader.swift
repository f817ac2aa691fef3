import Model

/// Short forms a page makes clear: a size standing for the subject's member (`70B Instruct: December 6,
/// 2024`, `the 8B model`) when the page names that member in full or the size is followed by `model`
/// (`The 405B model has …`), and a member word standing alone (`Maverick`) or between `the` and `model`
/// (`The Pro model`) when exactly one model the page names carries it.
struct ShortFormReader {
    let registry: ModelRegistry
    let pageIDs: Set<ModelID>

    /// `70B`, `70B Instruct`, `30B-A3B` at the start of a block or sentence, or after `the`, `our`, `its`.
    private static let sizeForm = Pattern(
        #"(?:^|(?<=[.!?]\s)|(?<=\b[Tt]he\s)|(?<=\b[Oo]ur\s)|(?<=\b[Ii]ts\s))(\d{1,4}(?:\.\d{1,2})?[BM](?:-A\d{1,4}"#
            + #"(?:\.\d{1,2})?[BM])?)(?:[\s-](Instruct|Base|Chat|IT|it))?(?![\w.]|-\w)"#,
        caseSensitive: true)
    /// Words after a size that make it a count, not a name (`70B parameters`).
    private static let countAfter = Pattern(
        #"^[\s-]*(?:parameters?|params?|tokens?|total|active|activated|dense|sizes?|and|or|to|,)"#)
    /// `the 405B model`: a size that says outright it names a member, even one the page never spells out.
    private static let memberNoun = Pattern(#"^[\s-]+(?:model|version|variant|checkpoint)\b(?!s)"#)
    /// Member words distinctive enough to name a model alone.
    static let memberWords: Set<String> = ["maverick", "scout", "behemoth", "terminus", "speciale"]

    static var patterns: [Pattern] { [sizeForm, countAfter, memberNoun, variantNoun] }

    /// `spans` with the short forms `text` holds added (none overlapping a full name).
    func merged(_ spans: [NameSpan], in text: String, subject: PageOutline.Subject) -> [NameSpan] {
        var found = spans
        if case .model(let model) = subject, registry.takesSize(model.id) {
            found += sizeForms(in: text, subject: model)
        }
        found += memberWordForms(in: text)
        var merged: [NameSpan] = []
        for span in found.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where !merged.contains(where: { $0.range.overlaps(span.range) }) {
            merged.append(span)
        }
        return merged
    }

    private func sizeForms(in text: String, subject: NameSpan) -> [NameSpan] {
        Self.sizeForm.matches(in: text).compactMap { match -> NameSpan? in
            guard let size = match.group(1) else { return nil }
            let after = text.utf16Slice(match.range.upperBound..<Swift.min(text.utf16.count, match.range.upperBound + 20))
            guard !Self.countAfter.occurs(in: after) else { return nil }
            var id = ModelRegistry.member(subject, size: text.utf16Slice(size)).id.rawValue
            if let variant = match.group(2) {
                let word = text.utf16Slice(variant).lowercased()
                id += "-" + (word == "it" ? "it" : word)
            }
            guard pageIDs.contains(ModelID(id)) || Self.memberNoun.occurs(in: after) else { return nil }
            return NameSpan(name: text.utf16Slice(match.range), id: ModelID(id), range: match.range)
        }
    }

    /// `The Pro model`, `the Flash version`: a capitalized word between `the` and a singular model noun.
    private static func isVariantNoun(in text: String, units: [UInt16], word: Range<Int>) -> Bool {
        let before = ASCIIText.string(units[Swift.max(0, word.lowerBound - 4)..<word.lowerBound])
        guard before == "The " || before == "the " else { return false }
        let after = text.utf16Slice(word.upperBound..<Swift.min(units.count, word.upperBound + 12))
        return variantNoun.occurs(in: after)
    }

    private static let variantNoun = Pattern(#"^\s+(?:model|version|variant)\b(?!s)"#, caseSensitive: true)

    private func memberWordForms(in text: String) -> [NameSpan] {
        var found: [NameSpan] = []
        let units = Array(text.utf16)
        var position = 0
        while position < units.count {
            guard UTF16Class.isUppercase(units[position]), position == 0 || !UTF16Class.isAlphanumeric(units[position - 1])
            else {
                position += 1
                continue
            }
            var end = position + 1
            while end < units.count, UTF16Class.isLetter(units[end]) { end += 1 }
            defer { position = end }
            guard end == units.count || !(UTF16Class.isDigit(units[end]) || units[end] == UTF16Class.hyphen) else { continue }
            let word = ASCIIText.string(units[position..<end]).lowercased()
            guard Self.memberWords.contains(word) || Self.isVariantNoun(in: text, units: units, word: position..<end) else { continue }
            let carriers = pageIDs.filter { $0.rawValue.split(separator: "-").contains(Substring(word)) }
            guard carriers.count == 1, let only = carriers.first else { continue }
            found.append(NameSpan(name: ASCIIText.string(units[position..<end]), id: only, range: position..<end))
        }
        return found
    }
}
