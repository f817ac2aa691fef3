import Extraction
import Foundation
import Model

/// One row of FACTS.tsv and what a claim must say to recall it.
struct FactRow {
    var file: String
    var modelName: String
    var attribute: String
    var written: String
    var normalized: String
    var line: Int

    /// The ids a claim may carry (`*` at the end: that id or any member of it).
    var ids: [String] = []

    /// Rows of FACTS.tsv (a header line first, tab-separated).
    static func load(_ url: URL) throws -> [FactRow] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 6 else { return nil }
            return FactRow(
                file: columns[0], modelName: columns[1], attribute: columns[2], written: columns[3],
                normalized: columns[4], line: Int(columns[5]) ?? 0)
        }
    }

    /// The attribute a claim must have: a benchmark's name slugged without its notes
    /// (`MMLU (5-shot, base)` → `benchmark:mmlu`).
    var attributeFamily: String { attribute.split(separator: ":").first.map(String.init) ?? attribute }
    var benchmarkSlug: String? {
        guard attribute.hasPrefix("benchmark:") else { return nil }
        return BenchmarkSlug.slug(String(attribute.dropFirst("benchmark:".count)))
    }

    func acceptsModel(_ id: String) -> Bool {
        ids.contains { accepted in
            accepted.hasSuffix("*")
                ? id == String(accepted.dropLast()) || id.hasPrefix(String(accepted.dropLast()) + "-")
                : id == accepted
        }
    }

    func acceptsAttribute(_ attribute: Attribute) -> Bool {
        if let slug = benchmarkSlug {
            guard attribute.family == "benchmark", let claimed = attribute.slug else { return false }
            return claimed == slug || claimed.hasPrefix(slug + "-")
        }
        return attribute.rawValue == self.attribute
    }

    /// The values the row states: every number of a numeric value (a native and an extended window
    /// are both needed), else one category or date.
    var expectedValues: [ClaimValue] {
        switch attributeFamily {
        case "release_date":
            return [.text(String(normalized.prefix(10)))]
        case "modality":
            return [.text(normalized.components(separatedBy: "->").first ?? normalized)]
        case "weights":
            return ["open", "closed"].filter { normalized.contains($0) }.map { .text($0) }
        case "license":
            return [.text(normalized)]
        default:
            return Self.numbers(in: normalized).map { .number($0) }
        }
    }

    static func numbers(in text: String) -> [Double] {
        var found: [Double] = []
        var token = ""
        for character in text + " " {
            if character.isNumber || character == "." || character == "e" && !token.isEmpty && token.last?.isNumber == true {
                token.append(character)
            } else {
                if let value = Double(token.hasSuffix("e") ? String(token.dropLast()) : token) { found.append(value) }
                token = ""
            }
        }
        return found
    }

    /// Whether a claim's value agrees with an expected value: dates and categories exactly (licenses
    /// compared without punctuation or notes), scores to the written digit, counts within rounding,
    /// token counts within 5% (the binary and decimal readings of `1M`).
    func agrees(_ claimed: ClaimValue, with expected: ClaimValue) -> Bool {
        switch (claimed, expected) {
        case (.number(let a), .number(let b)):
            switch attributeFamily {
            case "benchmark": return abs(a - b) < 0.051
            case "context_window", "max_output_tokens": return abs(a - b) <= 0.05 * max(a, b)
            default: return abs(a - b) <= 0.011 * max(a, b)
            }
        case (.text(let a), .text(let b)):
            if attributeFamily == "license" { return Self.licenseKey(a) == Self.licenseKey(b) }
            return a == b
        default:
            return false
        }
    }

    /// `llama3.1-community (custom commercial)` and `llama-3.1-community` → `llama31community`.
    static func licenseKey(_ text: String) -> String {
        let head = text.split(separator: "(").first.map(String.init) ?? text
        var key = head.lowercased().filter { $0.isLetter || $0.isNumber }
        for suffix in ["licenseagreement", "license", "licence"] where key.hasSuffix(suffix) && key.count > suffix.count {
            key.removeLast(suffix.count)
        }
        return key
    }
}
