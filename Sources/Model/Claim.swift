/// One fact as a source states it: which model, which attribute, the normalized value, the words
/// as written, the qualifiers that bound it, and the verbatim quote with its citation.
///
/// ```swift
/// Claim(model: "llama-4-maverick", modelName: "Llama 4 Maverick", attribute: .contextWindow,
///       value: .number(1_000_000), unit: "tokens", text: "1M tokens",
///       quote: "Llama 4 Maverick supports a context length of 1M tokens.", source: citation)
/// ```
public struct Claim: Hashable, Sendable, Codable {
    /// The store's row id; nil until stored.
    public var id: Int64?
    public var model: ModelID
    /// The model's name as the page wrote it.
    public var modelName: String
    public var attribute: Attribute
    public var value: ClaimValue
    /// `tokens`, `parameters`, `usd_per_million_tokens`, `percent`, `tokens_per_second`; nil for dates and tokens.
    public var unit: String?
    /// The value's words as written (`128K tokens`, `Apache 2.0`).
    public var text: String
    public var qualifiers: Qualifiers
    /// The sentence or table row the claim comes from, verbatim from the page's main text.
    public var quote: String
    public var source: Citation

    public init(
        id: Int64? = nil, model: ModelID, modelName: String, attribute: Attribute, value: ClaimValue,
        unit: String? = nil, text: String, qualifiers: Qualifiers = Qualifiers(), quote: String,
        source: Citation
    ) {
        self.id = id
        self.model = model
        self.modelName = modelName
        self.attribute = attribute
        self.value = value
        self.unit = unit
        self.text = text
        self.qualifiers = qualifiers
        self.quote = quote
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case id, model, attribute, value, unit, text, qualifiers, quote, source
        case modelName = "model_name"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(model, forKey: .model)
        try container.encode(modelName, forKey: .modelName)
        try container.encode(attribute, forKey: .attribute)
        try container.encode(value, forKey: .value)
        try container.encode(unit, forKey: .unit)
        try container.encode(text, forKey: .text)
        try container.encode(qualifiers, forKey: .qualifiers)
        try container.encode(quote, forKey: .quote)
        try container.encode(source, forKey: .source)
    }
}
