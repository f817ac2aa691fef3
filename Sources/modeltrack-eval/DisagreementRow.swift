import Extraction
import Foundation
import Model

/// One row of DISAGREEMENTS.tsv: two files that state different values for one model's attribute.
struct DisagreementRow {
    var number: Int
    var modelName: String
    var attribute: String
    var type: String
    var fileA: String
    var valueA: String
    var fileB: String
    var valueB: String
    var note: String
    /// The canonical ids a claim may carry (`*` at the end: that id or a member of it), from the key file.
    var ids: [String] = []

    static func load(_ url: URL) throws -> [DisagreementRow] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().enumerated().compactMap { index, line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 12 else { return nil }
            return DisagreementRow(
                number: index + 1, modelName: columns[0], attribute: columns[1], type: columns[2], fileA: columns[3],
                valueA: columns[5], fileB: columns[7], valueB: columns[9], note: columns[11])
        }
    }

    /// Claims of `claims` that state side A's (or B's) value for the row's model and attribute.
    func candidates(_ claims: [Claim], value written: String) -> [Claim] {
        claims.filter { acceptsModel($0.model.rawValue) && acceptsAttribute($0) && Self.matches($0, written: written) }
    }

    func acceptsModel(_ id: String) -> Bool {
        ids.contains { accepted in
            accepted.hasSuffix("*")
                ? id == String(accepted.dropLast()) || id.hasPrefix(String(accepted.dropLast()) + "-")
                : id == accepted
        }
    }

    /// Benchmarks by slug (`GPQA (0-shot, em)` → `gpqa`, a claimed `gpqa-diamond` also matches); `pricing:` rows
    /// by the contract's price attribute and tier.
    func acceptsAttribute(_ claim: Claim) -> Bool {
        if attribute.hasPrefix("benchmark:") {
            let slug = BenchmarkSlug.slug(String(attribute.dropFirst("benchmark:".count)))
            guard claim.attribute.family == "benchmark", let claimed = claim.attribute.slug else { return false }
            return claimed == slug || claimed.hasPrefix(slug + "-") || slug.hasPrefix(claimed + "-")
        }
        if attribute.hasPrefix("pricing:") {
            let wanted: Attribute = attribute.contains("output") ? .priceOutput : .priceInput
            let cached = attribute.contains("cached")
            return claim.attribute == wanted && (claim.qualifiers.tier == "cached") == cached
        }
        return claim.attribute.rawValue == attribute
    }

    /// Whether a claim states the value as the row writes it: the same words, the same date, or a number equal
    /// within 0.5% in any reading of the row's figure (`128k` as 128,000 or 131,072; `21` as 21 or 21 billion).
    static func matches(_ claim: Claim, written: String) -> Bool {
        let trimmed = written.trimmingCharacters(in: .whitespaces).lowercased()
        if claim.text.lowercased() == trimmed || claim.value.description.lowercased() == trimmed { return true }
        if let day = isoDay(written), let value = claim.value.string { return value == day }
        guard let value = claim.value.number else { return false }
        return readings(of: written).contains { reading in
            reading == value || abs(reading - value) <= 0.005 * max(abs(reading), abs(value))
        }
    }

    /// Every number in the text, in decimal and binary units, and a bare number also in billions.
    static func readings(of text: String) -> [Double] {
        guard let regex = try? NSRegularExpression(pattern: #"(\d+(?:\.\d+)?)\s?([KkMmBbTt]?)"#) else { return [] }
        let matches = regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
        return matches.flatMap { match -> [Double] in
            guard let numberRange = Range(match.range(at: 1), in: text), let number = Double(text[numberRange]) else { return [] }
            let suffix = Range(match.range(at: 2), in: text).map { text[$0].lowercased() } ?? ""
            switch suffix {
            case "k": return [number * 1e3, number * 1024]
            case "m": return [number * 1e6, number * 1_048_576]
            case "b": return [number * 1e9]
            case "t": return [number * 1e12]
            default: return [number, number * 1e9]
            }
        }
    }

    /// `Sept 25, 2024` → `2024-09-25`.
    static func isoDay(_ text: String) -> String? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let words = text.lowercased().replacingOccurrences(of: ",", with: " ").split(separator: " ")
        guard words.count == 3, let month = months.firstIndex(where: { words[0].hasPrefix($0) }),
            let day = Int(words[1]), let year = Int(words[2])
        else { return nil }
        return String(format: "%04d-%02d-%02d", year, month + 1, day)
    }
}
