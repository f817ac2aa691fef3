internal import Foundation

/// Empties the bodies of `<script>` and `<style>` elements before libxml2 parses a page.
///
/// Their text is never content, yet on news pages it is half the bytes, and libxml2 2.9 reads it
/// character by character into text nodes. The elements themselves stay (empty), so the tree
/// has the same shape. JSON-LD scripts (`type="application/ld+json"`) keep their text: the page's
/// metadata reads it. Comments are skipped whole, so a `<script>` written inside one is left
/// alone; an element whose end tag never comes is left as it is. One forward pass over the bytes.
enum RawTextBlanker {
    static func blanked(_ data: Data) -> Data {
        data.withUnsafeBytes { raw -> Data in
            let bytes = raw.bindMemory(to: UInt8.self)
            var output: [UInt8] = []
            var copied = 0
            var index = 0
            let count = bytes.count
            while let found = nextOpening(bytes, from: index) {
                index = found
                if matches(bytes, at: index, commentOpen) {
                    index = find(bytes, commentClose, from: index + 4).map { $0 + 3 } ?? count
                    continue
                }
                guard let element = rawTextElement(bytes, at: index),
                    let openEnd = tagEnd(bytes, from: index + element.name.count)
                else {
                    index += 1
                    continue
                }
                if element.name == script, find(bytes, linkedData, from: index, before: openEnd) != nil {
                    index = openEnd + 1
                    continue
                }
                guard let close = find(bytes, element.close, from: openEnd + 1) else { break }
                if close > openEnd + 1 {
                    if output.isEmpty { output.reserveCapacity(count) }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...openEnd]))
                    copied = close
                }
                index = close + 2
            }
            guard copied > 0 else { return data }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
            return Data(output)
        }
    }

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
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
