/// What a claim is about, from the contract's vocabulary (`context_window`, `benchmark:gpqa-diamond`).
public struct Attribute: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Attribute, rhs: Attribute) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static let releaseDate: Attribute = "release_date"
    public static let weights: Attribute = "weights"
    public static let license: Attribute = "license"
    public static let contextWindow: Attribute = "context_window"
    public static let maxOutputTokens: Attribute = "max_output_tokens"
    public static let paramsTotal: Attribute = "params_total"
    public static let paramsActive: Attribute = "params_active"
    public static let priceInput: Attribute = "price_input"
    public static let priceOutput: Attribute = "price_output"
    public static let modality: Attribute = "modality"
    public static let outputSpeed: Attribute = "output_speed"
    /// The model a fine-tune or variant was built from (a canonical id), as model cards state it.
    public static let baseModel: Attribute = "base_model"

    /// A benchmark score: `benchmark:swe-bench-verified`.
    public static func benchmark(_ slug: String) -> Attribute { Attribute(rawValue: "benchmark:" + slug) }
    /// A leaderboard's own index score: `index:artificial-analysis`.
    public static func index(_ slug: String) -> Attribute { Attribute(rawValue: "index:" + slug) }
    /// A position on a leaderboard: `rank:lmarena`.
    public static func rank(_ slug: String) -> Attribute { Attribute(rawValue: "rank:" + slug) }

    /// The part before the colon: `benchmark` for `benchmark:mmlu-pro`, else the whole name.
    public var family: String {
        guard let colon = rawValue.firstIndex(of: ":") else { return rawValue }
        return String(rawValue[..<colon])
    }

    /// The part after the colon (`mmlu-pro`), or nil for a plain attribute.
    public var slug: String? {
        guard let colon = rawValue.firstIndex(of: ":") else { return nil }
        return String(rawValue[rawValue.index(after: colon)...])
    }

    /// The kind of value the attribute holds, which decides how values are compared.
    public var valueKind: ValueKind {
        switch family {
        case "release_date": .date
        case "weights", "license", "modality", "base_model": .category
        default: .number
        }
    }

    /// Whether a release stage (preview, beta, GA, an introductory price) makes a fact of its own: a preview's
    /// release date and price are not the GA ones. For other attributes a stage is only the sentence's setting.
    public var takesStage: Bool {
        switch family {
        case "release_date", "price_input", "price_output": true
        default: false
        }
    }

    /// Whether the fact changes over time by nature (prices, ranks, index scores).
    public var isTimeVarying: Bool {
        switch family {
        case "price_input", "price_output", "rank", "index", "output_speed": true
        default: false
        }
    }

    public enum ValueKind: String, Sendable {
        case number, date, category
    }
}
