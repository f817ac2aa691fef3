import Foundation
import Model

/// A claim as the labels identify it: file, model, attribute, value and scope (no corpus text).
struct ClaimKey: Hashable, Comparable {
    var file: String
    var model: String
    var attribute: String
    var value: String
    var scope: String

    init(file: String, claim: Claim) {
        self.file = file
        model = claim.model.rawValue
        attribute = claim.attribute.rawValue
        value = claim.value.description
        scope = claim.qualifiers.scope ?? ""
    }

    init?(columns: [String]) {
        guard columns.count >= 5 else { return nil }
        (file, model, attribute, value, scope) = (columns[0], columns[1], columns[2], columns[3], columns[4])
    }

    var columns: [String] { [file, model, attribute, value, scope] }

    static func < (lhs: ClaimKey, rhs: ClaimKey) -> Bool { lhs.columns.lexicographicallyPrecedes(rhs.columns) }
}

/// A seeded random sample of the distinct claims extracted from files read without a column mapping.
struct ClaimSample {
    var rows: [(key: ClaimKey, claim: Claim)]

    static func draw(from claims: CorpusClaims, count: Int, seed: UInt64) -> ClaimSample {
        var distinct: [ClaimKey: Claim] = [:]
        for (file, found) in claims.byFile where !claims.mappedFiles.contains(file) {
            for claim in found { distinct[ClaimKey(file: file, claim: claim)] = distinct[ClaimKey(file: file, claim: claim)] ?? claim }
        }
        var keys = distinct.keys.sorted()
        var generator = SplitMix64(seed: seed)
        keys.shuffle(using: &generator)
        return ClaimSample(rows: keys.prefix(count).compactMap { key in distinct[key].map { (key, $0) } })
    }

    /// Tab-separated: the key columns, then the words as written and the quote, to judge by.
    var tsv: String {
        let header = "file\tmodel\tattribute\tvalue\tscope\ttext\tquote"
        let lines = rows.map { row in
            (row.key.columns + [row.claim.text, String(row.claim.quote.prefix(300))])
                .map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
                .joined(separator: "\t")
        }
        return ([header] + lines).joined(separator: "\n")
    }
}

/// SplitMix64: a small, fixed pseudo-random generator, so a seed gives the same sample everywhere.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
