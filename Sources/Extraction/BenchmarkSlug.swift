/// Benchmark names as attribute slugs: lowercase, hyphenated, version dots kept, footnote marks,
/// asterisks, bold and parenthetical notes stripped (`SWE-bench Verified*` → `swe-bench-verified`,
/// `Terminal-Bench 2.0` → `terminal-bench-2.0`); a plus is a word (`MBPP+` → `mbpp-plus`). A note
/// naming the score's scale stays (`Codeforces (Percentile)` → `codeforces-percentile`): a percentile
/// and a rating of one benchmark are different numbers, never two readings of one.
public enum BenchmarkSlug {
    /// Notes that change what the number measures, kept in every slug.
    static let scaleNotes: Set<String> = ["percentile", "rating", "elo"]

    public static func slug(_ name: String) -> String {
        let cleaned = CellText.clean(name)
        var withoutNotes = ""
        var note = ""
        var depth = 0
        for character in cleaned {
            if character == "(" || character == "[" {
                depth += 1
                note = ""
                continue
            }
            if character == ")" || character == "]" {
                depth = Swift.max(0, depth - 1)
                if scaleNotes.contains(note.lowercased().trimmingSpaces) { withoutNotes += " " + note }
                continue
            }
            if depth == 0 { withoutNotes.append(character) } else { note.append(character) }
        }
        return hyphenated(withoutNotes)
    }

    /// The slug with parenthetical notes kept as words (`MMLU (CoT)` → `mmlu-cot`), to tell apart two
    /// rows of one table that share a name; metric notes (`Acc.`, `EM`, `F1`, `Pass@1`) still go.
    static func slug(withNotes name: String, keepingMetrics: Bool = false) -> String {
        let metrics: Set<String> = ["acc", "acc.", "em", "f1", "pass@1", "bpb", "correct", "resolved"]
        var kept = ""
        var note = ""
        var depth = 0
        for character in CellText.clean(name) {
            if character == "(" || character == "[" {
                depth += 1
                note = ""
                continue
            }
            if character == ")" || character == "]" {
                depth = Swift.max(0, depth - 1)
                if keepingMetrics || !metrics.contains(note.lowercased().trimmingSpaces) { kept += " " + note }
                continue
            }
            if depth == 0 { kept.append(character) } else { note.append(character) }
        }
        return hyphenated(kept)
    }

    private static func hyphenated(_ text: String) -> String {
        let characters = text.lowercased().flatMap { $0 == "τ" ? Array("tau") : [$0] }
        var slug = ""
        var pendingHyphen = false
        for (index, character) in characters.enumerated() {
            if character.isLetter || character.isNumber {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(character)
            } else if character == ".", index > 0, index + 1 < characters.count, characters[index - 1].isNumber,
                characters[index + 1].isNumber
            {
                slug.append(".")
            } else if character == "'" || character == "’" {
                continue
            } else if character == "+" {
                // `MBPP+`, `HumanEval+`: a different benchmark from the one without the plus.
                slug += slug.isEmpty ? "plus" : "-plus"
                pendingHyphen = true
            } else if character == "@" {
                if !slug.isEmpty { slug.append("@") }
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }
}

/// Cleaning of table cells and labels: footnote marks, asterisks and bold markers go.
enum CellText {
    private static let footnoteMarks: Set<Character> = ["*", "†", "‡", "§", "¶", "#"]
    private static let superscripts: [Character: Character] = [
        "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁰": "0",
    ]

    /// The text without footnote marks: `*`, `†`, `[1]`, a superscript number ending a word (`Diamond²`);
    /// a superscript inside a name (`τ²-Bench`) becomes a plain digit. White space at the ends goes too.
    static func clean(_ text: String) -> String {
        let plainASCII = text.utf8.allSatisfy { $0 < 128 && $0 != 42 && $0 != 35 && $0 != 91 }  // no * # [
        if plainASCII, text.utf8.first.map({ $0 > 32 }) ?? true, text.utf8.last.map({ $0 > 32 }) ?? true { return text }
        let characters = Array(text)
        var plain = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if footnoteMarks.contains(character) {
                index += 1
                continue
            }
            if character == "[", let close = footnoteEnd(characters, from: index) {
                index = close + 1
                continue
            }
            if let digit = superscripts[character] {
                var next = index + 1
                while next < characters.count, superscripts[characters[next]] != nil { next += 1 }
                if next < characters.count, characters[next] == "-" || characters[next].isLetter { plain.append(digit) }
                index += 1
                continue
            }
            plain.append(character)
            index += 1
        }
        while let first = plain.first, first.isWhitespace { plain.removeFirst() }
        while let last = plain.last, last.isWhitespace { plain.removeLast() }
        return plain
    }

    /// The index of the `]` closing a `[12]` footnote that starts at `start`, if it is one.
    private static func footnoteEnd(_ characters: [Character], from start: Int) -> Int? {
        var index = start + 1
        while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
        guard index > start + 1, index < characters.count, characters[index] == "]" else { return nil }
        return index
    }

    /// Whether a cell says "no value": empty, dashes, N/A, unknown.
    static func isEmptyValue(_ text: String) -> Bool {
        let cleaned = clean(text).lowercased()
        return cleaned.isEmpty || ["—", "–", "-", "--", "n/a", "na", "n.a.", "unknown", "?", "tbd", "x", "none", "null"].contains(cleaned)
    }
}
