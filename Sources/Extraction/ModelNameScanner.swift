import Model

/// Finds model names in a text by reading each family word and the version, sizes and variant
/// words that follow it, character by character over UTF-16 code units.
struct ModelNameScanner: Sendable {
    /// A family word to compare a word of the text with, code unit by code unit.
    private struct FamilyWord: Sendable {
        var exact: [UInt16]
        var folded: [UInt16]
        var caseSensitive: Bool
        var family: Int
    }

    let families: [ModelFamily]
    /// Family words by length, so a word of the text is compared with a handful at most.
    private let wordsByLength: [[FamilyWord]]
    /// Every family word, lowercased (a family word never starts a generic name).
    private let allFamilyWords: Set<String>

    init(families: [ModelFamily]) {
        self.families = families
        var byLength: [[FamilyWord]] = []
        var all: Set<String> = []
        for (index, family) in families.enumerated() {
            for name in family.names {
                all.insert(name.lowercased())
                let exact = Array(name.utf16)
                while byLength.count <= exact.count { byLength.append([]) }
                byLength[exact.count].append(
                    FamilyWord(
                        exact: exact, folded: exact.map(UTF16Class.folded), caseSensitive: family.caseSensitive,
                        family: index))
            }
        }
        wordsByLength = byLength
        allFamilyWords = all
    }

    func scan(_ text: String) -> [NameSpan] {
        let units = Array(text.utf16)
        var found: [NameSpan] = []
        var position = 0
        while position < units.count {
            guard UTF16Class.isLetter(units[position]),
                position == 0 || !UTF16Class.isAlphanumeric(units[position - 1])
            else {
                position += 1
                continue
            }
            var wordEnd = position
            while wordEnd < units.count, UTF16Class.isLetter(units[wordEnd]) { wordEnd += 1 }
            // `LLaVA-Next-Yi-34B`: a family word inside another hyphenated name is part of that name.
            if insideCompound(position, units: units) {
                position = wordEnd
                continue
            }
            if let span = name(start: position, wordEnd: wordEnd, units: units) ?? family(start: position, wordEnd: wordEnd, units: units) {
                found.append(span)
                position = span.range.upperBound
            } else {
                position = wordEnd
            }
        }
        return found
    }

    private func candidates(start: Int, end: Int, units: [UInt16]) -> [Int] {
        let length = end - start
        guard length < wordsByLength.count else { return [] }
        return wordsByLength[length].compactMap { word in
            for offset in 0..<length {
                let unit = units[start + offset]
                let same = word.caseSensitive ? unit == word.exact[offset] : UTF16Class.folded(unit) == word.folded[offset]
                if !same { return nil }
            }
            return word.family
        }
    }

    private func name(start: Int, wordEnd: Int, units: [UInt16]) -> NameSpan? {
        let candidates = candidates(start: start, end: wordEnd, units: units)
        for index in candidates {
            var reader = ModelNameReader(units: units, family: families[index], familyNames: allFamilyWords)
            if let parsed = reader.read(from: wordEnd) {
                return span(start: start, end: parsed.end, id: parsed.id, units: units)
            }
        }
        // A generic name goes on with a version right away: `Orion-2-70B`, `Nova 3 Pro 32B`.
        guard candidates.isEmpty, wordEnd + 1 < units.count,
            units[wordEnd] == UTF16Class.space || units[wordEnd] == UTF16Class.hyphen,
            UTF16Class.isDigit(units[wordEnd + 1])
        else { return nil }
        let word = ASCIIText.string(units[start..<wordEnd])
        guard isGenericNameWord(word) else { return nil }
        var reader = ModelNameReader(units: units, family: Self.generic(word), familyNames: allFamilyWords)
        guard let parsed = reader.read(from: wordEnd, requireVersionAndSize: true) else { return nil }
        return span(start: start, end: parsed.end, id: parsed.id, units: units)
    }

    /// Whether the word at `start` follows a hyphen joined to another word (`Next-` in `LLaVA-Next-Yi`),
    /// other than a lab's name written before its model (`Meta-Llama-3-8B`).
    private func insideCompound(_ start: Int, units: [UInt16]) -> Bool {
        guard start >= 2, units[start - 1] == UTF16Class.hyphen, UTF16Class.isAlphanumeric(units[start - 2]) else { return false }
        var wordStart = start - 1
        while wordStart > 0, UTF16Class.isAlphanumeric(units[wordStart - 1]) { wordStart -= 1 }
        let word = ASCIIText.string(units[wordStart..<(start - 1)]).lowercased()
        return !Self.labPrefixes.contains(word)
    }

    private static let labPrefixes: Set<String> = ["meta", "google", "microsoft", "mistralai", "nvidia", "ibm", "alibaba"]

    /// `Gemma is a family of open-weights models`: a family word alone, said to be a family, names the family.
    private static let familyPredicate = Pattern(
        #"^\s+(?:is|are)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:family|series|collection|suite|line)\s+of\b"#,
        requires: ["family", "series", "collection", "suite", "line"])

    static var patterns: [Pattern] { [familyPredicate] }

    private func family(start: Int, wordEnd: Int, units: [UInt16]) -> NameSpan? {
        guard let index = candidates(start: start, end: wordEnd, units: units).first else { return nil }
        let after = ASCIIText.string(units[wordEnd..<Swift.min(units.count, wordEnd + 60)])
        guard Self.familyPredicate.occurs(in: after) else { return nil }
        return span(start: start, end: wordEnd, id: families[index].id, units: units)
    }

    private func span(start: Int, end: Int, id: String, units: [UInt16]) -> NameSpan {
        NameSpan(name: ASCIIText.string(units[start..<end]), id: ModelID(id), range: start..<end)
    }

    /// A capitalized word of three or more letters that is neither a family word nor a stop word.
    private func isGenericNameWord(_ word: String) -> Bool {
        guard word.utf16.count >= 3, let first = word.utf16.first, UTF16Class.isUppercase(first) else { return false }
        let lower = word.lowercased()
        return !allFamilyWords.contains(lower) && !ModelVocabulary.genericStopWords.contains(lower)
    }

    /// The family a generic `Name Version Size` name (`Orion-2-70B`) is read with.
    private static func generic(_ word: String) -> ModelFamily {
        ModelFamily(names: [word], id: word.lowercased(), separators: [" ", "-"], accepts: [.version])
    }
}

/// ASCII character classes over UTF-16 code units (non-ASCII letters count as separators).
enum UTF16Class {
    static func isLetter(_ unit: UInt16) -> Bool { (65...90).contains(unit) || (97...122).contains(unit) }
    static func isUppercase(_ unit: UInt16) -> Bool { (65...90).contains(unit) }
    static func isDigit(_ unit: UInt16) -> Bool { (48...57).contains(unit) }
    static func isAlphanumeric(_ unit: UInt16) -> Bool { isLetter(unit) || isDigit(unit) }
    static func folded(_ unit: UInt16) -> UInt16 { isUppercase(unit) ? unit + 32 : unit }
    static let hyphen: UInt16 = 45
    static let space: UInt16 = 32
    static let period: UInt16 = 46
    static let plus: UInt16 = 43
}
