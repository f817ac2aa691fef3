internal import Foundation

/// Substring tests on UTF-8 bytes (`memchr` for the first byte, `memcmp` for the rest): exact and
/// case-sensitive, without Foundation's Unicode-aware (and, on long strings, slow) `contains`.
enum ByteSearch {
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return true }
                guard let textBase = text.baseAddress, let patternBase = pattern.baseAddress else { return false }
                var start = 0
                let last = text.count - pattern.count
                while start <= last {
                    guard let hit = memchr(textBase + start, Int32(first), last - start + 1) else { return false }
                    let offset = textBase.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(textBase + offset, patternBase, pattern.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }
}
