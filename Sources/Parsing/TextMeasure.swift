/// Counts the visible characters and commas of a text in one pass over its UTF-8 bytes.
///
/// Visible means neither whitespace (Unicode's White_Space set, NBSP and thin spaces included) nor
/// invisible (controls, soft hyphens, zero-width spaces, byte-order marks): the same characters
/// `TextBuilder` keeps.
struct TextMeasure {
    var length = 0
    var commas = 0

    init(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = bytes[index]
                if lead < 0x80 {
                    if lead > 0x20 {
                        length += 1
                        if lead == UInt8(ascii: ",") { commas += 1 }
                    }
                    index += 1
                    continue
                }
                var value: UInt32
                var width: Int
                switch lead {
                case 0xC0..<0xE0: (value, width) = (UInt32(lead & 0x1F), 2)
                case 0xE0..<0xF0: (value, width) = (UInt32(lead & 0x0F), 3)
                default: (value, width) = (UInt32(lead & 0x07), 4)
                }
                width = min(width, count - index)
                for offset in 1..<max(width, 1) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                index += max(width, 1)
                if Self.isBlank(value) { continue }
                length += 1
                if value == 0xFF0C || value == 0x3001 { commas += 1 }
            }
        }
    }

    /// Non-ASCII whitespace and invisible characters.
    static func isBlank(_ value: UInt32) -> Bool {
        isWhitespace(value) || isInvisible(value)
    }

    /// Unicode's White_Space characters outside ASCII (`TextBuilder.isSpace`).
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Soft hyphens, zero-width spaces, word joiners and byte-order marks (`TextBuilder.isInvisible`).
    static func isInvisible(_ value: UInt32) -> Bool {
        value == 0xAD || value == 0x200B || value == 0x2060 || value == 0xFEFF
    }
}
