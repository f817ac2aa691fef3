/// Substring search over UTF-8 bytes with ASCII case folding: cheaper than Foundation's
/// `contains`, which bridges to NSString, and used to skip regular expressions that cannot match.
enum ASCIISearch {
    /// Whether `text` contains `needle`, ignoring ASCII case (`needle` must be lowercase).
    static func contains(_ text: String, lowercased needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        var text = text
        return text.withUTF8 { bytes in contains(bytes, needle) }
    }

    /// Whether `text` contains any of the needles (each lowercase), ignoring ASCII case.
    static func containsAny(_ text: String, _ needles: [[UInt8]]) -> Bool {
        guard !needles.isEmpty else { return true }
        var text = text
        return text.withUTF8 { bytes in needles.contains { contains(bytes, $0) } }
    }

    /// Whether `text` contains any of a word set's words, in one pass over the text.
    static func containsAny(_ text: String, _ words: WordSet) -> Bool {
        guard !words.isEmpty else { return true }
        var text = text
        return text.withUTF8 { bytes in
            for start in bytes.indices {
                let first = words.folding ? fold(bytes[start]) : bytes[start]
                // Most bytes start no word: a flag test, before touching (and retaining) the candidates.
                guard words.starts[Int(first)] else { continue }
                if words.atWordStart, start > 0, isLetter(bytes[start - 1]) { continue }
                guard let candidates = words.byFirstByte[Int(first)] else { continue }
                for needle in candidates where start + needle.count <= bytes.count {
                    var offset = 1
                    while offset < needle.count {
                        let byte = words.folding ? fold(bytes[start + offset]) : bytes[start + offset]
                        if byte != needle[offset] { break }
                        offset += 1
                    }
                    if offset == needle.count { return true }
                }
            }
            return false
        }
    }

    /// Whether `text` contains `needle` exactly (case-sensitive).
    static func containsExactly(_ text: String, _ needle: String) -> Bool {
        containsAnyExactly(text, [Array(needle.utf8)])
    }

    /// Whether `text` contains any of the needles exactly (case-sensitive).
    static func containsAnyExactly(_ text: String, _ needles: [[UInt8]]) -> Bool {
        guard !needles.isEmpty else { return true }
        var text = text
        return text.withUTF8 { bytes in needles.contains { contains(bytes, $0, folding: false) } }
    }

    static func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.lowercased().utf8) } }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], folding: Bool = true) -> Bool {
        guard bytes.count >= needle.count, let first = needle.first else { return needle.isEmpty }
        var start = 0
        let last = bytes.count - needle.count
        while start <= last {
            if (folding ? fold(bytes[start]) : bytes[start]) == first {
                var offset = 1
                while offset < needle.count,
                    (folding ? fold(bytes[start + offset]) : bytes[start + offset]) == needle[offset]
                {
                    offset += 1
                }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte + 32 : byte }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (97...122).contains(byte | 0x20) }
}

/// Strings made from UTF-16 code units that are known to be ASCII (model names, their tokens).
enum ASCIIText {
    /// The text of ASCII code units, built without transcoding (any other unit falls back to decoding).
    static func string(_ units: ArraySlice<UInt16>) -> String {
        guard units.allSatisfy({ $0 < 128 }) else { return String(decoding: units, as: UTF16.self) }
        return String(unsafeUninitializedCapacity: units.count) { buffer in
            for (offset, unit) in units.enumerated() { buffer[offset] = UInt8(truncatingIfNeeded: unit) }
            return units.count
        }
    }
}

/// Words to look for in one pass, indexed by their first byte.
struct WordSet: Sendable {
    let byFirstByte: [[[UInt8]]?]
    /// Whether some word starts with the byte.
    let starts: [Bool]
    let folding: Bool
    /// Words match only where a word starts (`mit` in "MIT license", not in "limits").
    let atWordStart: Bool
    let isEmpty: Bool

    /// `folding`: match ASCII letters in either case (the words are lowercased). `atWordStart`: a match
    /// must not follow an ASCII letter.
    init(_ words: [String], folding: Bool, atWordStart: Bool = false) {
        var table: [[[UInt8]]?] = Array(repeating: nil, count: 256)
        for word in words {
            let bytes = Array((folding ? word.lowercased() : word).utf8)
            guard let first = bytes.first else { continue }
            table[Int(first), default: []].append(bytes)
        }
        byFirstByte = table
        starts = table.map { $0 != nil }
        self.folding = folding
        self.atWordStart = atWordStart
        isEmpty = words.isEmpty
    }
}

extension Array where Element == [[UInt8]]? {
    fileprivate subscript(index: Int, default defaultValue: [[UInt8]]) -> [[UInt8]] {
        get { self[index] ?? defaultValue }
        set { self[index] = newValue }
    }
}
