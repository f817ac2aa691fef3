/// Builds clean text: whitespace runs (NBSP and other Unicode spaces included) become one space,
/// leading and trailing whitespace never appears, and invisible characters are dropped.
///
/// Adjacent appends join without a space, so inline markup (`pre<code>fix</code>`) never splits a word.
struct TextBuilder {
    private var scalars = String.UnicodeScalarView()
    private var pendingSpace = false

    var isEmpty: Bool { scalars.isEmpty }

    /// The text so far, trimmed.
    var text: String { String(scalars) }

    /// Appends character data, collapsing its whitespace.
    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            if Self.isSpace(scalar) {
                pendingSpace = true
            } else if !Self.isInvisible(scalar) {
                if pendingSpace, !scalars.isEmpty { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
    }

    /// Separates what comes next from what came before (a `<br>`, a cell boundary, a `<sup>`).
    mutating func space() {
        pendingSpace = true
    }

    mutating func reset() {
        scalars = String.UnicodeScalarView()
        pendingSpace = false
    }

    /// True for ASCII and Unicode whitespace, NBSP and thin spaces included.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B: true
        case 0..<0x80: false
        default: scalar.properties.isWhitespace
        }
    }

    /// Soft hyphens, zero-width spaces and byte-order marks: invisible, and they break word matching.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B, 0x2060, 0xFEFF: true
        case 0..<0x20: true
        default: false
        }
    }

    /// Collapses the whitespace of a string in one go.
    static func clean(_ text: String) -> String {
        var builder = TextBuilder()
        builder.append(text)
        return builder.text
    }
}
