/// Finds the quantities in a sentence (`262,144`, `256K`, `1.2 trillion`, `2-million-token`, `64k`).
///
/// Numbers glued to letters (`K3`, `A22B`, `GPT-4o`) and parts of dates or versions are not quantities.
struct QuantityParser: Sendable {
    private static let number = Pattern(
        #"(?<![\w.,$€£¥])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:([KkMmBbTt])(?![\w])|[\s-](thousand|"#
            + #"million|billion|trillion)\b)?(?![\w]|\.\d|,\d{3})"#
    )
    static var patterns: [Pattern] { [number] }

    func quantities(in text: String) -> [Quantity] {
        let units = Array(text.utf16)
        return Self.number.matches(in: text).compactMap { match in
            guard let digitsRange = match.group(1) else { return nil }
            let digits = text.utf16Slice(digitsRange).replacingOccurrences(of: ",", with: "")
            let fraction = match.group(2).map { text.utf16Slice($0) } ?? ""
            guard let mantissa = Double(fraction.isEmpty ? digits : digits + "." + fraction) else { return nil }
            var multiplier = Quantity.Multiplier.none
            if let letter = match.group(3) {
                multiplier = Self.multiplier(text.utf16Slice(letter).lowercased())
            } else if let word = match.group(4) {
                multiplier = Self.multiplier(text.utf16Slice(word).lowercased())
            }
            var quantity = Quantity(
                mantissa: mantissa, fractionDigits: fraction.utf16.count, multiplier: multiplier,
                text: text.utf16Slice(match.range), range: match.range)
            if let unit = Self.tokenUnit(in: units, after: match.range.upperBound) {
                quantity.unitText = text.utf16Slice(unit)
                quantity.unitRange = unit
            }
            return quantity
        }
    }

    /// ` tokens`, `-token`, ` input tokens`, ` context tokens` right after a number, as a range.
    private static func tokenUnit(in units: [UInt16], after end: Int) -> Range<Int>? {
        var position = end
        if position < units.count, units[position] == UTF16Class.space || units[position] == UTF16Class.hyphen {
            position += 1
        }
        for qualifier in ["input ", "context ", "prompt "] {
            let word = Array(qualifier.utf16)
            if position + word.count <= units.count,
                word.indices.allSatisfy({ UTF16Class.folded(units[position + $0]) == word[$0] })
            {
                position += word.count
                break
            }
        }
        let word: [UInt16] = Array("token".utf16)
        guard position + word.count <= units.count else { return nil }
        for (offset, unit) in word.enumerated() where UTF16Class.folded(units[position + offset]) != unit { return nil }
        var wordEnd = position + word.count
        if wordEnd < units.count, UTF16Class.folded(units[wordEnd]) == 115 { wordEnd += 1 }  // s
        if wordEnd < units.count, UTF16Class.isAlphanumeric(units[wordEnd]) { return nil }
        return end..<wordEnd
    }

    private static func multiplier(_ word: String) -> Quantity.Multiplier {
        switch word {
        case "k", "thousand": .thousand
        case "m", "million": .million
        case "b", "billion": .billion
        case "t", "trillion": .trillion
        default: .none
        }
    }
}
