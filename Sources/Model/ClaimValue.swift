/// A normalized value: a number (tokens, parameters, USD, percent), an ISO date, or a lowercase token.
///
/// In JSON a number is a JSON number (integral values print without a fraction) and everything else
/// is a string, as the contract shows.
public enum ClaimValue: Hashable, Sendable, Codable, CustomStringConvertible {
    case number(Double)
    case text(String)

    public var number: Double? {
        if case .number(let value) = self { value } else { nil }
    }

    public var string: String? {
        if case .text(let value) = self { value } else { nil }
    }

    /// The value as a person reads it: `131072`, `73.4`, `2025-06-09`, `open`.
    public var description: String {
        switch self {
        case .text(let value): value
        case .number(let value): Self.format(value)
        }
    }

    static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 9.0e15 { return String(Int64(value)) }
        return String(value)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let value):
            try container.encode(value)
        case .number(let value):
            if value.rounded() == value, abs(value) < 9.0e15 {
                try container.encode(Int64(value))
            } else {
                try container.encode(value)
            }
        }
    }
}
