import Conflicts
import Model

/// A model's facts for people: one line per attribute (and facet) with the consensus value, the sources
/// behind it, and the dissent with its sources; then why, for the facts sources disagree on.
enum ConsensusListing {
    static func render(_ facts: [Consensus], model: ModelID) -> String {
        guard !facts.isEmpty else { return "No claims for model \(model)." }
        let names = Set(facts.flatMap { $0.support.claims.map(\.modelName) })
        var lines = ["\(model) (\(names.sorted().joined(separator: ", "))): \(facts.count) facts"]
        var table = TextTable(headers: ["ATTRIBUTE", "VALUE", "SOURCES", "DISSENT"], maxWidths: [40, 24, 60, 70])
        for fact in facts {
            let attribute = fact.attribute.rawValue + (fact.facet.isUnstated ? "" : " (\(fact.facet))")
            let dissent = fact.dissent.map { "\(ValueText.display($0.value, unit: fact.unit)): \(sources($0))" }
            table.add([
                attribute, ValueText.display(fact.value, unit: fact.unit), sources(fact.support),
                dissent.isEmpty ? "-" : dissent.joined(separator: "; "),
            ])
        }
        lines.append(table.render())
        let contested = facts.filter { !$0.dissent.isEmpty }
        if !contested.isEmpty {
            lines.append("")
            lines.append("Why:")
            for fact in contested {
                let attribute = fact.attribute.rawValue + (fact.facet.isUnstated ? "" : " (\(fact.facet))")
                lines.append("  \(attribute): \(fact.reason)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `vendor/kimi-k3.html, leaderboard/index.html (2 sources)`.
    private static func sources(_ side: Consensus.Side) -> String {
        var urls: [String] = []
        for claim in side.claims where !urls.contains(claim.source.url) { urls.append(claim.source.url) }
        let shown = urls.prefix(3).map(Output.shortURL).joined(separator: ", ") + (urls.count > 3 ? ", …" : "")
        var notes = ["\(side.sources) \(side.sources == 1 ? "source" : "sources")"]
        if side.vendorSources > 0 { notes.append("vendor") }
        return "\(shown) (\(notes.joined(separator: ", ")))"
    }
}
