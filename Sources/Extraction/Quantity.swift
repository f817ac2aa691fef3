/// A number as a text writes it, with its multiplier: `262,144`, `256K`, `1.2T`, `48 billion`,
/// `2-million-token`.
struct Quantity: Hashable, Sendable {
    enum Multiplier: Hashable, Sendable {
        case none, thousand, million, billion, trillion
    }

    /// The digits with separators removed, as a decimal number (`1.2` for `1.2T`).
    var mantissa: Double
    /// Digits after the decimal point (`1` for `1.2T`), which sets the written precision.
    var fractionDigits: Int
    var multiplier: Multiplier
    /// The number and its multiplier exactly as written (`1.2 trillion`).
    var text: String
    /// Where the quantity stands, in UTF-16 offsets of the text it was read from.
    var range: Range<Int>
    /// A `-token`/` tokens` unit written right after the number (`2-million-token`, `262,144 tokens`).
    var unitText: String?
    var unitRange: Range<Int>?

    /// The value counted in decimal units: `48B` → 48,000,000,000.
    var decimalValue: Double {
        (mantissa * Self.decimalFactor(multiplier)).rounded()
    }

    /// The value as a token count: a power-of-two number of `K` is binary (`128K` → 131,072),
    /// everything else decimal (`200K` → 200,000, `1M` → 1,000,000).
    var tokenValue: Double {
        if multiplier == .thousand, fractionDigits == 0, mantissa >= 2, mantissa <= 4096 {
            let whole = Int(mantissa)
            if whole & (whole - 1) == 0 { return Double(whole * 1024) }
        }
        return decimalValue
    }

    /// The text a claim keeps: the number with the unit that follows it (`262,144 tokens`, `2-million-token`).
    var writtenWithUnit: String { text + (unitText ?? "") }

    /// The quantity and its unit word together.
    var fullRange: Range<Int> { range.lowerBound..<(unitRange?.upperBound ?? range.upperBound) }

    static func decimalFactor(_ multiplier: Multiplier) -> Double {
        switch multiplier {
        case .none: 1
        case .thousand: 1e3
        case .million: 1e6
        case .billion: 1e9
        case .trillion: 1e12
        }
    }
}
