internal import Foundation

/// Reads one start tag's bytes the way libxml2 2.9.14's HTML parser does (`htmlParseStartTag`,
/// `htmlParseAttribute`, `htmlParseAttValue`), to find the quoted values of attributes that no
/// pass reads (`HTMLAttributeNames.read`): those can be emptied before the parse without changing
/// the tree. Anything this reading is not sure to agree with libxml2 on (a NUL byte, a name of
/// 100 characters or more, a quote that never closes) gives up on the tag.
enum StartTagScanner {
    struct Tag {
        /// The index of the `>` that ends the tag.
        var end: Int
        /// The bytes between the quotes of unread attributes' values.
        var unreadValues: [Range<Int>]
    }

    /// libxml2's name buffer (`HTML_PARSER_BUFFER_SIZE`): longer names are read differently.
    static let nameLimit = 100

    /// Scans the start tag whose `<` is at `start` (an ASCII letter follows it); nil to leave it alone.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Tag? {
        let count = bytes.count
        func at(_ index: Int) -> UInt8 { index < count ? bytes[index] : 0 }
        var index = start + 1
        let tagName = nameLength(bytes, at: index)
        guard tagName > 0, tagName < nameLimit else { return nil }
        index += tagName
        skipBlanks(bytes, &index)
        var unread: [Range<Int>] = []
        while true {
            let byte = at(index)
            if byte == 0 { return nil }
            if byte == UInt8(ascii: ">") { return Tag(end: index, unreadValues: unread) }
            if byte == UInt8(ascii: "/"), at(index + 1) == UInt8(ascii: ">") {
                return Tag(end: index + 1, unreadValues: unread)
            }
            let length = nameLength(bytes, at: index)
            if length > 0 {
                guard length < nameLimit else { return nil }
                let isRead = HTMLAttributeNames.isRead(UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
                index += length
                skipBlanks(bytes, &index)
                if at(index) == UInt8(ascii: "=") {
                    index += 1
                    skipBlanks(bytes, &index)
                    let quote = at(index)
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        guard let close = closingQuote(bytes, quote, from: index + 1) else { return nil }
                        if !isRead, close > index + 1 { unread.append(index + 1..<close) }
                        index = close + 1
                    } else {
                        // An unquoted value runs to a blank or the `>`.
                        while at(index) != 0, !isBlank(at(index)), at(index) != UInt8(ascii: ">") { index += 1 }
                    }
                }
            } else {
                // A bogus attribute is skipped to the next blank or the end of the tag.
                while at(index) != 0, !isBlank(at(index)), at(index) != UInt8(ascii: ">"),
                    !(at(index) == UInt8(ascii: "/") && at(index + 1) == UInt8(ascii: ">"))
                {
                    index += 1
                }
            }
            skipBlanks(bytes, &index)
        }
    }

    /// The length of the name at `index` (`htmlParseHTMLName`): a letter, `_`, `:` or `.`, then
    /// letters, digits, `:`, `-`, `_` and `.`; 0 when no name starts there.
    private static func nameLength(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        guard start < bytes.count else { return 0 }
        let first = bytes[start]
        guard isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":") || first == UInt8(ascii: ".")
        else { return 0 }
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            guard isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: ".")
            else { break }
            index += 1
        }
        return index - start
    }

    /// The index of the quote that closes a value, or nil when none comes before the end or a NUL.
    private static func closingQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ quote: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
            let hit = memchr(base + start, Int32(quote), bytes.count - start)
        else { return nil }
        let close = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        guard close == start || memchr(base + start, 0, close - start) == nil else { return nil }
        return close
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
    }

    /// libxml2's `IS_BLANK_CH`: space, tab, line feed, carriage return.
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func skipBlanks(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) {
        while index < bytes.count, isBlank(bytes[index]) { index += 1 }
    }
}
