import Foundation
import Model

/// A claim with every qualifier the rules read; the quote is a sentence unless `table` makes it a table row.
func fact(
    _ model: String, _ attribute: Attribute, _ value: ClaimValue, text: String? = nil, unit: String? = nil,
    scope: String? = nil, tier: String? = nil, provider: String? = nil, stage: String? = nil, hedged: Bool = false,
    asOf: String? = "2026-03-03", url: String = "https://news.example.org/a", quote: String? = nil, table: Bool = false,
    id: Int64? = nil
) -> Claim {
    let written = text ?? value.description
    let defaultUnit: String? =
        switch attribute.family {
        case "context_window", "max_output_tokens": "tokens"
        case "params_total", "params_active": "parameters"
        case "price_input", "price_output": "usd_per_million_tokens"
        case "benchmark": "percent"
        default: nil
        }
    return Claim(
        id: id, model: ModelID(model), modelName: model, attribute: attribute, value: value, unit: unit ?? defaultUnit,
        text: written,
        qualifiers: Qualifiers(scope: scope, hedged: hedged, asOf: asOf, stage: stage, tier: tier, provider: provider),
        quote: quote ?? (table ? "\(attribute.slug ?? attribute.rawValue) | \(written) | 12.0" : "On \(url), \(model) states \(written)."),
        source: Citation(url: url, title: nil, published: nil, retrieved: Date(timeIntervalSince1970: 0), sha256: "00"))
}

/// A claim about Kimi K5 (see `fact(_:_:_:…)`).
func fact(
    _ attribute: Attribute, _ value: ClaimValue, text: String? = nil, unit: String? = nil, scope: String? = nil,
    tier: String? = nil, provider: String? = nil, stage: String? = nil, hedged: Bool = false, asOf: String? = "2026-03-03",
    url: String = "https://news.example.org/a", quote: String? = nil, table: Bool = false, id: Int64? = nil
) -> Claim {
    fact(
        "kimi-k5", attribute, value, text: text, unit: unit, scope: scope, tier: tier, provider: provider, stage: stage,
        hedged: hedged, asOf: asOf, url: url, quote: quote, table: table, id: id)
}
