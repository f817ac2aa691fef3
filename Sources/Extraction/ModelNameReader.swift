/// Reads the rest of one model name after its family word: tier words, the version, then a
/// greedy tail of sizes and variant words, and assembles the canonical id.
struct ModelNameReader {
    let units: [UInt16]
    let family: ModelFamily
    /// Lowercased words of every family (a distilled name may embed another family: `-Distill-Qwen-32B`).
    let familyNames: Set<String>

    struct Result {
        var id: String
        var end: Int
    }

    private var tiers: [String] = []
    private var version: String?
    private var parts: [String] = []
    private var hasSize = false
    private var startsWithHyphenVariant = false

    init(units: [UInt16], family: ModelFamily, familyNames: Set<String>) {
        self.units = units
        self.family = family
        self.familyNames = familyNames
    }

    /// The name's id and end offset, or nil when what follows the family word does not make a model name.
    mutating func read(from wordEnd: Int, requireVersionAndSize: Bool = false) -> Result? {
        var position = readTiers(from: wordEnd)
        if let (value, end) = readVersion(from: position) {
            version = value
            position = end
        }
        let accepts = Set(family.accepts)
        if version == nil, tiers.isEmpty, accepts.isSubset(of: [.version]) { return nil }
        position = readTail(from: position, familyWordEnd: wordEnd)

        let satisfied: Bool
        if requireVersionAndSize {
            satisfied = version != nil && hasSize
        } else {
            satisfied =
                (accepts.contains(.version) && version != nil) || (accepts.contains(.tier) && !tiers.isEmpty)
                || (accepts.contains(.size) && hasSize) || (accepts.contains(.variant) && startsWithHyphenVariant)
                || accepts.contains(.bare)
        }
        guard satisfied else { return nil }
        return Result(id: assembleID(), end: position)
    }

    private func assembleID() -> String {
        var id = family.id
        if tiers.isEmpty {
            if let version { id += family.versionJoiner + version.lowercased() }
        } else {
            id += "-" + tiers.map { $0.lowercased() }.joined(separator: "-")
            if let version { id += "-" + version.lowercased() }
        }
        for part in parts { id += "-" + (part.lowercased() == "inst" ? "instruct" : part.lowercased()) }
        return id
    }

    // MARK: Tiers and version

    private mutating func readTiers(from start: Int) -> Int {
        var position = start
        while isSeparator(at: position) {
            guard let token = token(at: position + 1) else { break }
            let text = string(token)
            let spaced = units[position] == UTF16Class.space
            let isTier = family.tiers.contains { spaced ? $0 == text : $0.lowercased() == text.lowercased() }
            guard isTier else { break }
            tiers.append(text)
            position = token.upperBound
        }
        return position
    }

    private func readVersion(from position: Int) -> (String, Int)? {
        for separator in family.separators {
            let tokenStart: Int
            switch separator {
            case "": tokenStart = position
            case " ": guard position < units.count, units[position] == UTF16Class.space else { continue }
                tokenStart = position + 1
            case "-": guard position < units.count, units[position] == UTF16Class.hyphen else { continue }
                tokenStart = position + 1
            default: continue
            }
            guard let token = token(at: tokenStart) else { continue }
            let text = string(token)
            if isVersion(text) { return (text, token.upperBound) }
        }
        return nil
    }

    private func isVersion(_ text: String) -> Bool {
        if family.versionWords.contains(where: { family.caseSensitive ? $0 == text : $0.lowercased() == text.lowercased() }) {
            return true
        }
        for prefix in family.versionPrefixes {
            guard text.lowercased().hasPrefix(prefix.lowercased()) else { continue }
            let rest = Array(text.utf16.dropFirst(prefix.utf16.count))
            if Self.isVersionNumber(rest, suffixes: family.versionSuffixes) { return true }
        }
        return false
    }

    /// `3`, `3.5`, `25.01`, optionally followed by one allowed suffix letter (`4o`, `4.5V`).
    static func isVersionNumber(_ units: [UInt16], suffixes: [String]) -> Bool {
        var body = units[...]
        if let last = body.last, UTF16Class.isLetter(last) {
            guard suffixes.contains(String(decoding: [last], as: UTF16.self)) else { return false }
            body = body.dropLast()
        }
        let groups = body.split(separator: UTF16Class.period, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...2).contains(first.count) else { return false }
        for group in groups {
            guard (1...2).contains(group.count), group.allSatisfy(UTF16Class.isDigit) else { return false }
        }
        return true
    }

    // MARK: Tail

    private mutating func readTail(from start: Int, familyWordEnd: Int) -> Int {
        var position = start
        while position < units.count, units[position] == UTF16Class.hyphen || units[position] == UTF16Class.space {
            guard let token = token(at: position + 1) else { break }
            let text = string(token)
            let hyphenated = units[position] == UTF16Class.hyphen
            let accepted = hyphenated ? acceptsAfterHyphen(text) : acceptsAfterSpace(text, end: token.upperBound)
            guard accepted else { break }
            if position == familyWordEnd, hyphenated, version == nil, tiers.isEmpty, isVariant(text) {
                startsWithHyphenVariant = true
            }
            if Self.isSize(text, allowThousands: hyphenated) { hasSize = true }
            parts.append(text)
            position = token.upperBound
        }
        return position
    }

    private func isVariant(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ModelVocabulary.variants.contains(lower) || family.variants.contains { $0.lowercased() == lower }
    }

    private func acceptsAfterHyphen(_ text: String) -> Bool {
        let lower = text.lowercased()
        if isVariant(text) || ModelVocabulary.formatCodes.contains(lower) || familyNames.contains(lower) { return true }
        if Self.isSize(text, allowThousands: true) { return true }
        let units = Array(text.utf16)
        if units.allSatisfy({ UTF16Class.isDigit($0) || $0 == UTF16Class.period }), units.first.map(UTF16Class.isDigit) == true {
            return true
        }
        if let first = units.first, [86, 118, 82, 114].contains(first),  // V1, v2, R1
            Self.isVersionNumber(Array(units.dropFirst()), suffixes: [])
        {
            return true
        }
        // A capitalized word hyphen-joined to a versioned name is part of it (`DeepSeek-R1-Zero`).
        guard version != nil, let first = units.first, UTF16Class.isUppercase(first), (2...12).contains(units.count)
        else { return false }
        return units.dropFirst().allSatisfy { UTF16Class.isLetter($0) && !UTF16Class.isUppercase($0) }
    }

    private func acceptsAfterSpace(_ text: String, end: Int) -> Bool {
        if Self.isSize(text, allowThousands: false) { return !isFollowedByCountWord(end) }
        let lower = text.lowercased()
        let spaced = ModelVocabulary.spacedVariants.contains(lower) || family.variants.contains { $0 == text }
        guard spaced, let first = text.utf16.first else { return false }
        return UTF16Class.isUppercase(first) || ModelVocabulary.lowercaseSpacedVariants.contains(text)
    }

    /// `235B total`, `17B active parameters`: the size is a stated count, not part of the name.
    private func isFollowedByCountWord(_ end: Int) -> Bool {
        guard end < units.count, units[end] == UTF16Class.space || units[end] == UTF16Class.hyphen,
            let next = token(at: end + 1)
        else { return false }
        return Self.countWords.contains(
            string(next).lowercased())
    }

    private static let countWords: Set<String> = [
        "total", "active", "activated", "parameters", "parameter", "params", "param", "tokens", "token", "context",
        "users", "downloads", "dollars",
    ]

    /// `27B`, `1.5B`, `270M`, `8x7B`, `A22B`, `E4B`; with `allowThousands` also `80k`.
    static func isSize(_ text: String, allowThousands: Bool) -> Bool {
        var units = Array(text.utf16)
        guard let last = units.last else { return false }
        let multipliers: [UInt16] = allowThousands ? [66, 98, 77, 109, 75, 107] : [66, 98, 77]  // B b M m K k
        guard multipliers.contains(last) else { return false }
        if !allowThousands, last == 109 { return false }  // a spaced lowercase m is too often metres
        units.removeLast()
        if let first = units.first, [65, 97, 69, 101].contains(first) { units.removeFirst() }  // A22B, E4B
        let pieces = units.split(separator: 120, omittingEmptySubsequences: false)  // 8x7B
        guard (1...2).contains(pieces.count) else { return false }
        for piece in pieces {
            let groups = piece.split(separator: UTF16Class.period, omittingEmptySubsequences: false)
            guard (1...2).contains(groups.count) else { return false }
            for group in groups where group.isEmpty || !group.allSatisfy(UTF16Class.isDigit) { return false }
        }
        return true
    }

    // MARK: Characters

    /// Whether a space or hyphen that may separate name parts stands at `position`.
    private func isSeparator(at position: Int) -> Bool {
        position < units.count && (units[position] == UTF16Class.space || units[position] == UTF16Class.hyphen)
    }

    /// A run of letters and digits (dots allowed between digits, one trailing `+`) starting at `start`.
    private func token(at start: Int) -> Range<Int>? {
        var end = start
        while end < units.count {
            let unit = units[end]
            if UTF16Class.isAlphanumeric(unit) {
                end += 1
            } else if unit == UTF16Class.period, end > start, UTF16Class.isDigit(units[end - 1]), end + 1 < units.count,
                UTF16Class.isDigit(units[end + 1])
            {
                end += 1
            } else {
                break
            }
        }
        if end > start, end < units.count, units[end] == UTF16Class.plus,
            end + 1 == units.count || !UTF16Class.isAlphanumeric(units[end + 1])
        {
            end += 1
        }
        return end > start ? start..<end : nil
    }

    private func string(_ range: Range<Int>) -> String {
        ASCIIText.string(units[range])
    }
}
