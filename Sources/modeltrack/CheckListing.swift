import Conflicts
import Model

/// Verdicts for people: one block per claim with its verdict, the sentence, why, and the evidence.
enum CheckListing {
    static func render(_ results: [CheckResult]) -> String {
        if results.isEmpty { return "No claims found in the input." }
        return results.map(render).joined(separator: "\n\n")
    }

    static func render(_ result: CheckResult) -> String {
        let claim = result.claim
        var lines = [
            "\(result.verdict.rawValue.uppercased())  \(claim.model)  \(claim.attribute) = \(claim.text)",
            "  \"\(claim.quote)\"",
            "  " + result.explanation,
        ]
        var table = TextTable(headers: ["  EVIDENCE", "VALUE", "SOURCE", "QUOTE"], maxWidths: [12, 20, 44, 80])
        for (label, claims) in [("  for", result.supporting), ("  against", result.contradicting)] {
            for (index, evidence) in claims.enumerated() {
                table.add([index == 0 ? label : "  ", evidence.text, Output.shortURL(evidence.source.url), evidence.quote])
            }
        }
        if !table.rows.isEmpty { lines.append(table.render()) }
        return lines.joined(separator: "\n")
    }
}
