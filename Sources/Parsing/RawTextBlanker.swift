internal import Foundation

/// Empties what libxml2 would read only for the tree to throw away, before it parses a page: the
/// bodies of `<script>` and `<style>` elements, and the quoted values of attributes no pass reads.
///
/// Script and style text is never content, yet on news pages it is half the bytes, and libxml2 2.9
/// reads it character by character into text nodes; so it reads attribute values (`srcset`,
/// `data-*`, `style` of icons, SVG paths), half of what remains. The elements and attributes
/// themselves stay, so the tree has the same shape: only the tree builder's unread values shrink
/// to "". JSON-LD scripts (`type="application/ld+json"`) keep their text: the page's metadata
/// reads it. Comments are skipped whole, so a `<script>` written inside one is left alone; an
/// element whose end tag never comes is left as it is. Start and end tags are read the way
/// libxml2 reads them (`StartTagScanner`), so markup inside an attribute value is no tag.
/// One forward pass over the bytes.
enum RawTextBlanker {
    /// - Parameter attributes: whether unread attribute values are emptied too; only for encodings
    ///   in which every quote, `<` and `>` byte is that ASCII character (UTF-8, single-byte ones).
    static func blanked(_ data: Data, attributes: Bool = true) -> Data {
        data.withUnsafeBytes { raw -> Data in
            let bytes = raw.bindMemory(to: UInt8.self)
            var output: [UInt8] = []
            var copied = 0
            let count = bytes.count
            func drop(_ range: Range<Int>) {
                if output.isEmpty { output.reserveCapacity(count) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<range.lowerBound]))
                copied = range.upperBound
            }
            var index = 0
            while let found = nextOpening(bytes, from: index) {
                index = found
                if matches(bytes, at: index, commentOpen) {
                    index = commentEnd(bytes, from: index + 4)
                    continue
                }
                if let element = rawTextElement(bytes, at: index),
                    let openEnd = tagEnd(bytes, from: index + element.name.count)
                {
                    guard let close = find(bytes, element.close, from: openEnd + 1) else { break }
                    let isLinkedData = element.name == script && find(bytes, linkedData, from: index, before: openEnd) != nil
                    if !isLinkedData, close > openEnd + 1 { drop(openEnd + 1..<close) }
                    index = close + 2
                    continue
                }
                let next = index + 1 < count ? bytes[index + 1] : 0
                if attributes, next == UInt8(ascii: "?"), index + 2 < count, isNameStart(bytes[index + 2]) {
                    // libxml2 reads a processing instruction with a target to the next `>`.
                    guard let end = nextOpening(bytes, from: index + 2, byte: UInt8(ascii: ">")) else { break }
                    index = end + 1
                    continue
                }
                if attributes, StartTagScanner.isLetter(next), let tag = StartTagScanner.scan(bytes, at: index) {
                    for value in tag.unreadValues { drop(value) }
                    index = tag.end + 1
                    continue
                }
                if attributes, next == UInt8(ascii: "/"), index + 2 < count,
                    StartTagScanner.isLetter(bytes[index + 2])
                {
                    // libxml2 reads an end tag to the next `>`, quotes or not.
                    guard let end = nextOpening(bytes, from: index + 2, byte: UInt8(ascii: ">")) else { break }
                    index = end + 1
                    continue
                }
                index += 1
            }
            guard copied > 0 else { return data }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
            return Data(output)
        }
    }

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let commentBadClose = Array("--!>".utf8)

    /// Where a comment whose text starts at `start` ends, just past its `-->` or the `--!>`
    /// libxml2 also accepts; the end of the input when neither comes.
    private static func commentEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let close = find(bytes, commentClose, from: start).map { $0 + 3 } ?? bytes.count
        guard let bad = find(bytes, commentBadClose, from: start, before: close) else { return close }
        return bad + 4
    }

    /// A first character of an XML name (a processing instruction's target), ASCII or not.
    private static func isNameStart(_ byte: UInt8) -> Bool {
        StartTagScanner.isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }
    private static let script = Array("<script".utf8)
    private static let style = Array("<style".utf8)
    private static let linkedData = Array("ld+json".utf8)
    private static let elements = [(name: script, close: Array("</script".utf8)), (name: style, close: Array("</style".utf8))]

    /// The index of the next `<` (or `byte`) at or after `start`, found with `memchr`.
    private static func nextOpening(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, byte: UInt8 = UInt8(ascii: "<"))
        -> Int?
    {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let hit = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The `<script` or `<style` open tag starting at `index`, with its end tag.
    private static func rawTextElement(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
        -> (name: [UInt8], close: [UInt8])?
    {
        for element in elements where matches(bytes, at: index, element.name) {
            let after = index + element.name.count
            guard after < bytes.count else { return nil }
            let next = bytes[after]
            if next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next == 0x20 || next == 0x09 || next == 0x0A
                || next == 0x0D || next == 0x0C
            {
                return element
            }
        }
        return nil
    }

    /// The index of the `>` that ends the tag, skipping quoted attribute values.
    private static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var quote: UInt8?
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index
            }
            index += 1
        }
        return nil
    }

    /// True when `needle` (ASCII, lowercase) starts at `index`, ignoring ASCII case.
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ needle: [UInt8]) -> Bool {
        guard index + needle.count <= bytes.count else { return false }
        for offset in 0..<needle.count {
            var byte = bytes[index + offset]
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte |= 0x20 }
            if byte != needle[offset] { return false }
        }
        return true
    }

    /// The first index at or after `start` (and before `end`) where `needle` occurs, ignoring
    /// ASCII case; needles that start with a symbol jump from one occurrence of it to the next.
    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from start: Int, before end: Int? = nil)
        -> Int?
    {
        let limit = end ?? bytes.count
        var index = start
        if let first = needle.first, !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) {
            while let found = nextOpening(bytes, from: index, byte: first), found < limit {
                if matches(bytes, at: found, needle) { return found }
                index = found + 1
            }
            return nil
        }
        while index < limit {
            if matches(bytes, at: index, needle) { return index }
            index += 1
        }
        return nil
    }
}
