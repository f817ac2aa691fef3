internal import Model

/// The digest as plain text for a terminal or a plain-text mail: one line per item, each followed by
/// its evidence (the quote and the page's URL).
enum DigestText {
    static func render(_ digest: Digest) -> String {
        guard !digest.isEmpty else { return DigestWording.nothing(digest) + "\n" }
        var lines = ["modeltrack digest, \(DigestWording.window(digest))", DigestWording.summary(digest)]
        func section(_ title: String, _ items: [[String]]) {
            guard !items.isEmpty else { return }
            lines += ["", title] + items.flatMap { $0 }
        }
        section(
            "New models",
            digest.newModels.map { model in
                ["- \(model.modelName) (\(model.model))"] + model.facts.map { fact in
                    "    \(DigestWording.label(fact.attribute)): \(DigestWording.value(fact))  \(fact.source.url)"
                }
            })
        section(
            "New facts",
            DigestWording.facts(digest.newFacts).compactMap { claims in
                guard let first = claims.first else { return nil }
                return ["- \(first.model) \(DigestWording.label(first.attribute)): \(DigestWording.value(first))"]
                    + claims.map(evidence)
            })
        section(
            "Changed facts",
            digest.changedFacts.map { change in
                [
                    "- \(change.model) \(DigestWording.label(change.attribute)): "
                        + "\(DigestWording.value(change.old)) → \(DigestWording.value(change.new))",
                    "    was: " + quoted(change.old) + "  (retrieved \(DigestWording.retrieved(change.old)))",
                    "    now: " + quoted(change.new) + "  (retrieved \(DigestWording.retrieved(change.new)))",
                ]
            })
        section("New conflicts", digest.newConflicts.map(conflict))
        section("Resolved conflicts", digest.resolvedConflicts.map(conflict))
        section(
            "Failing sources",
            digest.failingSources.map { source in
                ["- \(source.url) failing since \(DigestWording.minute(source.since)) UTC: \(DigestWording.oneLine(source.lastError))"]
            })
        return lines.joined(separator: "\n") + "\n"
    }

    private static func conflict(_ conflict: Conflict) -> [String] {
        ["- \(conflict.model) \(DigestWording.label(conflict.attribute)) (\(DigestWording.rating(conflict))): "
            + DigestWording.positions(conflict)]
            + conflict.positions.flatMap { position in
                position.claims.map { claim in "    \(DigestWording.position(position)): " + quoted(claim) }
            }
    }

    private static func evidence(_ claim: Claim) -> String {
        "    " + quoted(claim)
    }

    /// `"the quote" https://…`.
    private static func quoted(_ claim: Claim) -> String {
        "\"\(DigestWording.oneLine(claim.quote))\"  \(claim.source.url)"
    }
}
