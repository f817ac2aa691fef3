public import Foundation

extension Gzip {
    /// A gzip stream that inflates to `count` spaces from about `count / 160` bytes: one fixed-Huffman
    /// deflate block of a literal followed by back-references of 258 bytes each. (Past 1 MiB its
    /// trailer's checksum is left zero: a client that stops at its size limit never reads it.)
    public static func bomb(inflatingTo count: Int) -> Data {
        var bits = BitWriter()
        bits.write(1, count: 1)  // BFINAL
        bits.write(1, count: 2)  // BTYPE 01: fixed Huffman codes
        bits.writeCode(0x30 + 0x20, length: 8)  // literal ' '
        var remaining = max(0, count - 1)
        while remaining >= 258 {
            bits.writeCode(0b1100_0101, length: 8)  // length code 285: 258 bytes
            bits.writeCode(0, length: 5)  // distance code 0: 1 byte back
            remaining -= 258
        }
        for _ in 0..<remaining { bits.writeCode(0x30 + 0x20, length: 8) }
        bits.writeCode(0, length: 7)  // end of block
        var out = Data([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff])
        out.append(contentsOf: bits.flushed)
        let crc = count <= 1 << 20 ? crc32(Array(repeating: 0x20, count: count)) : 0
        out.append(contentsOf: withUnsafeBytes(of: crc.littleEndian) { Array($0) })
        out.append(contentsOf: withUnsafeBytes(of: UInt32(truncatingIfNeeded: count).littleEndian) { Array($0) })
        return out
    }
}

/// Packs bits least-significant first, as deflate does.
private struct BitWriter {
    var bytes: [UInt8] = []
    private var current: UInt32 = 0
    private var used = 0

    mutating func write(_ value: UInt32, count: Int) {
        for index in 0..<count { push((value >> index) & 1) }
    }

    /// A Huffman code, most significant bit first.
    mutating func writeCode(_ code: UInt32, length: Int) {
        for index in stride(from: length - 1, through: 0, by: -1) { push((code >> index) & 1) }
    }

    private mutating func push(_ bit: UInt32) {
        current |= bit << used
        used += 1
        if used == 8 {
            bytes.append(UInt8(current))
            current = 0
            used = 0
        }
    }

    var flushed: [UInt8] { used > 0 ? bytes + [UInt8(current)] : bytes }
}
