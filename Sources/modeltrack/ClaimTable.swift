import Model

/// Claims as an aligned table: model, attribute, value, qualifiers, source and quote.
enum ClaimTable {
    static func render(_ claims: [Claim], showSource: Bool) -> String {
        if claims.isEmpty { return "No claims found." }
        var headers = ["MODEL", "ATTRIBUTE", "VALUE", "AS WRITTEN", "QUALIFIERS"]
        var widths = [32, 30, 14, 24, 24]
        if showSource {
            headers.append("SOURCE")
            widths.append(40)
        }
        headers.append("QUOTE")
        widths.append(70)
        var table = TextTable(headers: headers, maxWidths: widths)
        for claim in claims {
            var row = [
                claim.model.rawValue, claim.attribute.rawValue, claim.value.description, claim.text,
                qualifiers(claim.qualifiers),
            ]
            if showSource { row.append(Output.shortURL(claim.source.url)) }
            row.append(claim.quote)
            table.add(row)
        }
        return table.render()
    }

    /// `native, hedged, as of 2026-04-20` — the qualifiers worth reading.
    static func qualifiers(_ qualifiers: Qualifiers) -> String {
        var parts: [String] = []
        if let scope = qualifiers.scope { parts.append(scope) }
        if qualifiers.hedged { parts.append("hedged") }
        if let stage = qualifiers.stage { parts.append(stage) }
        if let tier = qualifiers.tier { parts.append(tier) }
        if let provider = qualifiers.provider { parts.append("via " + provider) }
        if let asOf = qualifiers.asOf { parts.append("as of " + asOf) }
        return parts.isEmpty ? "-" : parts.joined(separator: ", ")
    }
}
