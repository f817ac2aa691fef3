/// Builds clean text: whitespace runs (NBSP and other Unicode spaces included) become one space,
/// leading and trailing whitespace never appears, and invisible characters are dropped.
///
/// Adjacent appends join without a space, so inline markup (`pre<code>fix</code>`) never splits a word.
struct TextBuilder {
    /// The UTF-8 of the text so far.
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    /// The text so far, trimmed.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends character data, collapsing its whitespace. Works on the UTF-8 bytes: ASCII one
    /// byte at a time, other characters decoded only to tell spaces and invisible ones apart.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { source in
            var index = 0
            let count = source.count
            while index < count {
                let lead = source[index]
                if lead < 0x80 {
                    index += 1
                    if lead == 0x20 || (lead >= 0x09 && lead <= 0x0D) {
                        pendingSpace = true
                    } else if lead >= 0x20 {
                        appendPendingSpace()
                        bytes.append(lead)
                    }
                    continue
                }
                let width = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
                let end = min(index + width, count)
                var value = UInt32(lead) & (width == 2 ? 0x1F : (width == 3 ? 0x0F : 0x07))
                for offset in index + 1..<end { value = value << 6 | UInt32(source[offset] & 0x3F) }
                if TextMeasure.isWhitespace(value) {
                    pendingSpace = true
                } else if !TextMeasure.isInvisible(value) {
                    appendPendingSpace()
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[index..<end]))
                }
                index = end
            }
        }
    }

    private mutating func appendPendingSpace() {
        if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
        pendingSpace = false
    }

    /// Separates what comes next from what came before (a `<br>`, a cell boundary, a `<sup>`).
    mutating func space() {
        pendingSpace = true
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
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
