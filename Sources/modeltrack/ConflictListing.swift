import Model

/// Conflicts for people: one heading line per conflict, then each position with its sources and quotes.
enum ConflictListing {
    static func render(_ conflicts: [Conflict]) -> String {
        conflicts.map(render).joined(separator: "\n\n")
    }

    static func render(_ conflict: Conflict) -> String {
        var heading = "\(conflict.model)  \(conflict.attribute)  \(conflict.kind.rawValue)  severity \(conflict.severity.rawValue)"
        if conflict.resolvedAt != nil { heading += "  (resolved)" }
        var lines = [heading]
        if let explanation = conflict.explanation { lines.append("  " + explanation) }
        var table = TextTable(headers: ["  VALUE", "AS WRITTEN", "SOURCE", "QUOTE"], maxWidths: [16, 24, 44, 80])
        for position in conflict.positions {
            for (index, claim) in position.claims.enumerated() {
                let value = index == 0 ? "  " + position.value.description : "  "
                table.add([value, claim.text, Output.shortURL(claim.source.url), claim.quote])
            }
        }
        lines.append(table.render())
        return lines.joined(separator: "\n")
    }
}
