import Model
internal import Foundation

/// Licenses as lowercase SPDX-style ids: `Apache 2.0` → `apache-2.0`, `modified MIT license` →
/// `modified-mit`, `Llama 3.1 Community License` → `llama-3.1-community`, `proprietary` → `proprietary`.
struct LicenseMatcher: SentenceMatcher {
    private struct Rule: Sendable {
        let pattern: Pattern
        /// The id from the match's text and capture groups.
        let id: @Sendable (_ group: (Int) -> String?) -> String?
    }

    private static let rules: [Rule] = [
        Rule(pattern: Pattern(#"\bLlama\s+(\d+(?:\.\d+)?)\s+Community\s+Licen[sc]e(?:\s+Agreement)?"#, caseSensitive: true, requires: ["Community"])) {
            group in group(1).map { "llama-\($0)-community" }
        },
        Rule(pattern: Pattern(#"\bApache(?:[- ]Licen[sc]e)?,?[- ](?:[Vv]ersion\s+|v)?2(?:\.0)?\b(?:\s+licen[sc]e)?"#, requires: ["apache"])) { _ in
            "apache-2.0"
        },
        Rule(pattern: Pattern(#"\b((?i:modified)\s+)?MIT(?i:[- ]licen[sc]ed|\s+licen[sc]e)\b"#, caseSensitive: true, requires: ["MIT"])) { group in
            group(1) == nil ? "mit" : "modified-mit"
        },
        Rule(pattern: Pattern(#"\b(?i:under)\s+(?i:a|an|the)?\s*((?i:modified)\s+)?MIT\b"#, caseSensitive: true, requires: ["MIT"])) { group in
            group(1) == nil ? "mit" : "modified-mit"
        },
        Rule(pattern: Pattern(#"\bCC[- ]BY((?:[- ](?:NC|SA|ND))*)[- ](\d\.\d)\b"#, caseSensitive: true, requires: ["CC"])) { group in
            let extras = (group(1) ?? "").lowercased().replacingOccurrences(of: " ", with: "-")
            return group(2).map { "cc-by\(extras)-\($0)" }
        },
        Rule(pattern: Pattern(#"\b(A?GPL|LGPL)[- ]?v?(\d(?:\.\d)?)\b"#, caseSensitive: true, requires: ["GPL"])) { group in
            guard let name = group(1), let version = group(2) else { return nil }
            return "\(name.lowercased())-\(version.contains(".") ? version : version + ".0")"
        },
        Rule(pattern: Pattern(#"\bBSD[- ](\d)[- ][Cc]lause\b"#, caseSensitive: true, requires: ["BSD"])) { group in
            group(1).map { "bsd-\($0)-clause" }
        },
        Rule(pattern: WeightsMatcher.closed[0]) { _ in "proprietary" },
        // `Mistral AI Non-Production (MNPL) License`: the acronym is the license's short name.
        Rule(pattern: Pattern(
            #"\b(?:[A-Z][\w.-]*\s+){1,5}\(([A-Z][A-Z0-9.-]{1,11})\)\s+Licen[sc]e\b"#, caseSensitive: true, requires: ["Licen"])) {
            group in group(1).map { $0.lowercased() }
        },
        Rule(pattern: Pattern(
            #"\b((?:[A-Z][\w.]*|\d[\w.]*)(?:[ -](?:[A-Z][\w.]*|\d[\w.]*)){0,3})\s+(Community\s+|"#
                + #"Open\s+)?Licen[sc]e\b"#,
            caseSensitive: true, requires: ["Licen"])) { group in
            guard let words = group(1) else { return nil }
            let first = words.split(separator: " ").first.map { String($0).lowercased() } ?? ""
            guard !["the", "a", "an", "this", "that", "our", "its", "their", "same", "new", "open", "source"].contains(first)
            else { return nil }
            // `the Model License`, `Software License`: a generic name says nothing of which license.
            guard !["model", "software", "code", "user", "end", "terms"].contains(words.lowercased()) else { return nil }
            let slug = words.lowercased().split(whereSeparator: { $0 == " " }).joined(separator: "-")
            if slug == "apache" { return "apache-2.0" }
            return group(2) == nil ? slug : slug + "-community"
        },
        // `A custom commercial license is available at …`: the page's own named license, resolved by the extractor.
        Rule(pattern: Pattern(
            #"\b(?:a|an)\s+custom,?\s+(?:commercial\s+|non-commercial\s+|research\s+)?licen[sc]e(?:\s+agreement)?\b"#,
            requires: ["custom"])) { _ in LicenseMatcher.custom },
    ]
    /// The value of a finding that names no license but says it is the page's own (`a custom license`).
    static let custom = "custom"
    private static let negationBefore = Pattern(#"\b(?:not|no longer|never|isn't|aren't|wasn't|without)\s+(?:[\w-]+\s+){0,3}$"#)

    private static let cues = WordSet(["licen", "apache", "proprietary"], folding: true)

    static var patterns: [Pattern] { rules.map(\.pattern) + [negationBefore] }

    /// The custom licenses a text names (`Llama 3 Community License`; not Apache, MIT, GPL, BSD or CC ones),
    /// for resolving `a custom license`.
    static func namedLicenses(in text: String) -> Set<String> {
        guard ASCIISearch.containsAny(text, cues) else { return [] }
        let standard = ["apache-", "mit", "modified-mit", "gpl-", "agpl-", "lgpl-", "bsd-", "cc-"]
        return Set(LicenseMatcher().licenses(in: text).compactMap { finding in
            guard case .text(let id) = finding.value, id != custom, id != "proprietary",
                !standard.contains(where: { id == $0 || ($0.hasSuffix("-") && id.hasPrefix($0)) })
            else { return nil }
            return id
        })
    }

    func findings(in sentence: AnalyzedSentence) -> [Finding] {
        findings(in: sentence.text)
    }

    /// `This code repository is licensed under MIT`: the code's license, not the model's, unless the
    /// sentence speaks of the model or its weights too.
    private static let codeOnly = Pattern(#"\b(?:code|repository|repo|library|codebase|SDK|package|toolkit)\b"#)
    private static let modelWords = Pattern(#"\b(?:models?|weights|checkpoints?)\b"#)

    private func findings(in text: String) -> [Finding] {
        guard !Self.codeOnly.occurs(in: text) || Self.modelWords.occurs(in: text) else { return [] }
        return licenses(in: text)
    }

    /// Every license the text names, whatever it is the license of.
    private func licenses(in text: String) -> [Finding] {
        guard ASCIISearch.containsAny(text, Self.cues)
            || ["MIT", "CC", "GPL", "BSD"].contains(where: { ASCIISearch.containsExactly(text, $0) })
        else { return [] }
        var taken: [Range<Int>] = []
        var result: [Finding] = []
        for rule in Self.rules {
            for match in rule.pattern.matches(in: text) where !taken.contains(where: { $0.overlaps(match.range) }) {
                taken.append(match.range)
                let before = text.utf16Slice(Swift.max(0, match.range.lowerBound - 30)..<match.range.lowerBound)
                guard !Self.negationBefore.occurs(in: before) else { continue }
                guard let id = rule.id({ match.group($0).map { text.utf16Slice($0) } }) else { continue }
                result.append(Finding(attribute: .license, value: .text(id), text: text.utf16Slice(match.range), figure: match.range))
            }
        }
        return result
    }
}
