internal import Foundation
internal import Model

/// The words every digest format shares: titles, counts, labels, values and times.
enum DigestWording {
    /// `2026-11-22 06:00 to 2026-11-23 06:00 UTC`.
    static func window(_ digest: Digest) -> String {
        "\(minute(digest.since)) to \(minute(digest.until)) UTC"
    }

    /// `2026-11-22 06:00` (UTC).
    static func minute(_ date: Date) -> String {
        let text = Timestamp.format(date)
        return text.prefix(10) + " " + text.dropFirst(11).prefix(5)
    }

    /// `1 new model, 2 new facts, 1 failing source`; sections with nothing are left out.
    static func summary(_ digest: Digest) -> String {
        let counts: [(Int, String, String)] = [
            (digest.newModels.count, "new model", "new models"),
            (digest.newFacts.count, "new fact", "new facts"),
            (digest.changedFacts.count, "changed fact", "changed facts"),
            (digest.newConflicts.count, "new conflict", "new conflicts"),
            (digest.resolvedConflicts.count, "resolved conflict", "resolved conflicts"),
            (digest.failingSources.count, "failing source", "failing sources"),
        ]
        return counts.filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }.joined(separator: ", ")
    }

    /// The one line an empty digest is.
    static func nothing(_ digest: Digest) -> String {
        "No changes from \(window(digest))."
    }

    /// `context window`, `benchmark swe-bench-verified`.
    static func label(_ attribute: Attribute) -> String {
        attribute.rawValue.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: ":", with: " ")
    }

    /// The normalized value with its unit and scope: `1,000,000 tokens (extended)`, `closed`, `73.4%`.
    static func value(_ claim: Claim) -> String {
        normalized(claim.value, unit: claim.unit) + (claim.qualifiers.scope.map { " (\($0))" } ?? "")
    }

    /// A conflict's position: its value with the unit its first claim gives.
    static func position(_ position: Conflict.Position) -> String {
        normalized(position.value, unit: position.claims.first?.unit)
    }

    /// `262,144 tokens`, `48,000,000,000 parameters`, `73.4%`, `2026-04-20`, `open`.
    static func normalized(_ value: ClaimValue, unit: String?) -> String {
        guard let number = value.number else { return value.description }
        let digits = grouped(value.description)
        switch unit {
        case nil, "": return digits
        case "percent": return digits + "%"
        case "usd_per_million_tokens": return "$" + digits + " per 1M tokens"
        case "tokens_per_second": return digits + " tokens/s"
        case "tokens" where number == 1: return "1 token"
        case "parameters": return short(number) + " parameters"
        case .some(let unit): return digits + " " + unit.replacingOccurrences(of: "_", with: " ")
        }
    }

    /// `400B`, `1.2T`, `48M`: a count with its scale, to one decimal where that is exact; else grouped digits.
    static func short(_ number: Double) -> String {
        for (scale, letter) in [(1e12, "T"), (1e9, "B"), (1e6, "M")] where abs(number) >= scale {
            let scaled = number / scale
            if (scaled * 10).rounded() == scaled * 10 {
                return ClaimValue.number((scaled * 10).rounded() / 10).description + letter
            }
        }
        return grouped(ClaimValue.number(number).description)
    }

    /// `1234567.5` → `1,234,567.5`.
    static func grouped(_ number: String) -> String {
        let negative = number.hasPrefix("-")
        let unsigned = negative ? String(number.dropFirst()) : number
        let whole = unsigned.prefix { $0 != "." && $0 != "e" && $0 != "E" }
        guard whole.count > 3, whole.allSatisfy(\.isNumber) else { return number }
        var result = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (negative ? "-" : "") + result + unsigned.dropFirst(whole.count)
    }

    /// `open vs closed`.
    static func positions(_ conflict: Conflict) -> String {
        conflict.positions.map(position).joined(separator: " vs ")
    }

    /// `high contradiction`.
    static func rating(_ conflict: Conflict) -> String {
        "\(conflict.severity.rawValue) \(conflict.kind.rawValue)"
    }

    /// A page's title, else its URL.
    static func title(_ claim: Claim) -> String {
        let title = claim.source.title?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return title.isEmpty ? claim.source.url : title
    }

    /// `2026-11-23`, the day a page was retrieved.
    static func retrieved(_ claim: Claim) -> String {
        Timestamp.day(claim.source.retrieved)
    }

    /// `text` on one line: runs of whitespace (newlines included) become one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }

    /// The section titles, in the order they print.
    static let sections = [
        "New models", "New facts", "Changed facts", "New conflicts", "Resolved conflicts", "Failing sources",
    ]

    /// Claims grouped by model, attribute, scope and value, in order: one line per fact.
    static func facts(_ claims: [Claim]) -> [[Claim]] {
        struct Key: Hashable {
            var topic: Topic
            var value: ClaimValue
        }
        var groups: [[Claim]] = []
        var index: [Key: Int] = [:]
        for claim in claims {
            let key = Key(topic: Topic(claim), value: claim.value)
            if let at = index[key] {
                groups[at].append(claim)
            } else {
                index[key] = groups.count
                groups.append([claim])
            }
        }
        return groups
    }
}
