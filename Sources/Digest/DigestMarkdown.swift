internal import Model

/// The digest as Markdown (CommonMark): headings per section, one list item per change, the quotes as
/// block quotes, every item linking to the pages it comes from.
enum DigestMarkdown {
    static func render(_ digest: Digest) -> String {
        guard !digest.isEmpty else { return escape(DigestWording.nothing(digest)) + "\n" }
        var lines = ["# Model digest", "", escape(DigestWording.window(digest)) + ": " + DigestWording.summary(digest)]
        func section(_ title: String, _ items: [[String]]) {
            guard !items.isEmpty else { return }
            lines += ["", "## " + title, ""] + items.flatMap { $0 }
        }
        section(
            "New models",
            digest.newModels.map { model in
                ["- **\(escape(model.modelName))** `\(model.model)`"] + model.facts.map { fact in
                    "  - \(escape(DigestWording.label(fact.attribute))): \(escape(DigestWording.value(fact))), "
                        + link(fact)
                }
            })
        section(
            "New facts",
            DigestWording.facts(digest.newFacts).compactMap { claims -> [String]? in
                guard let first = claims.first else { return nil }
                return ["- **\(escape(first.model.rawValue))** \(escape(DigestWording.label(first.attribute))): "
                    + escape(DigestWording.value(first))] + claims.flatMap { evidence($0) }
            })
        section(
            "Changed facts",
            digest.changedFacts.map { change in
                ["- **\(escape(change.model.rawValue))** \(escape(DigestWording.label(change.attribute))): "
                    + "~~\(escape(DigestWording.value(change.old)))~~ → **\(escape(DigestWording.value(change.new)))**"]
                    + evidence(change.old, prefix: "was") + evidence(change.new, prefix: "now")
            })
        section("New conflicts", digest.newConflicts.map(conflict))
        section("Resolved conflicts", digest.resolvedConflicts.map(conflict))
        section(
            "Failing sources",
            digest.failingSources.map { source in
                ["- <\(source.url)> failing since \(DigestWording.minute(source.since)) UTC: "
                    + escape(DigestWording.oneLine(source.lastError))]
            })
        return lines.joined(separator: "\n") + "\n"
    }

    private static func conflict(_ conflict: Conflict) -> [String] {
        ["- **\(escape(conflict.model.rawValue))** \(escape(DigestWording.label(conflict.attribute))) "
            + "(\(DigestWording.rating(conflict))): \(escape(DigestWording.positions(conflict)))"]
            + conflict.positions.flatMap { position in
                position.claims.flatMap { evidence($0, prefix: DigestWording.position(position)) }
            }
    }

    /// `  - [Title](url), retrieved 2026-11-23` and the quote under it.
    private static func evidence(_ claim: Claim, prefix: String? = nil) -> [String] {
        let lead = prefix.map { escape($0) + ": " } ?? ""
        return [
            "  - \(lead)\(link(claim)), retrieved \(DigestWording.retrieved(claim))",
            "    > \(escape(DigestWording.oneLine(claim.quote)))",
        ]
    }

    /// `[Title](<url>)`.
    private static func link(_ claim: Claim) -> String {
        "[\(escape(DigestWording.oneLine(DigestWording.title(claim))))](\(destination(claim.source.url)))"
    }

    /// A link destination: in angle brackets when it has spaces or parentheses.
    static func destination(_ url: String) -> String {
        let safe = url.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E")
        return safe.contains(where: { " ()".contains($0) }) ? "<\(safe)>" : safe
    }

    /// Text with Markdown's punctuation escaped, so a title or quote can never become markup.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>#|~!".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
