import Model

/// Search results for people: numbered, title and URL, then the snippet with matches in bold on a terminal.
enum SearchListing {
    static func render(_ hits: [SearchHit], bold: Bool) -> String {
        hits.enumerated().map { index, hit in
            var heading = "\(index + 1). "
            if let claim = hit.claim, let support = hit.support {
                let sources = support == 1 ? "1 source" : "\(support) sources"
                heading += "[fact] \(claim.model) \(claim.attribute) = \(claim.value) (\(sources))"
            } else if let claim = hit.claim {
                heading += "[claim] \(claim.model) \(claim.attribute) = \(claim.value)"
            } else {
                heading += hit.title ?? hit.url
            }
            var lines = [heading, "   " + hit.url + (hit.published.map { "  (" + Timestamp.day($0) + ")" } ?? "")]
            lines.append("   " + highlight(hit.snippet, matches: hit.matches, bold: bold))
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// Wraps each matched range in ANSI bold when `bold`; offsets count Characters of the snippet.
    static func highlight(_ snippet: String, matches: [[Int]], bold: Bool) -> String {
        let flat = snippet.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard bold, !matches.isEmpty, flat.count == snippet.count else { return flat }
        var characters = Array(flat)
        for match in matches.sorted(by: { ($0.first ?? 0) > ($1.first ?? 0) }) {
            guard match.count == 2, match[0] >= 0, match[0] < match[1], match[1] <= characters.count else { continue }
            characters.insert(contentsOf: Array("\u{1B}[22m"), at: match[1])
            characters.insert(contentsOf: Array("\u{1B}[1m"), at: match[0])
        }
        return String(characters)
    }
}
