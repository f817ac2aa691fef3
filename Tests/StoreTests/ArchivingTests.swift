import Archiving
import Foundation
import Testing

@Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
])
func sha256MatchesTheKnownVectors(input: String, expected: String) {
    #expect(SHA256Digest.hex(Data(input.utf8)) == expected)
    #expect(SHA256Digest.isValidHex(expected))
}

@Test func sha256OfAMillionAsMatchesTheKnownVector() {
    let data = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(SHA256Digest.hex(data) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
}

@Test(arguments: [0, 1, 100, 70_000, 1_000_000])
func deflateRoundTripsBytesOfEverySize(size: Int) throws {
    var generator = SystemRandomNumberGenerator()
    // Half random, half repetitive, so both stored and compressed blocks occur.
    let data = Data((0..<size).map { $0 % 2 == 0 ? UInt8.random(in: 0...255, using: &generator) : UInt8($0 % 7) })
    let packed = try Deflate.compress(data)
    #expect(try Deflate.decompress(packed, limit: size) == data)
}

@Test func decompressingPastTheLimitThrowsInsteadOfGrowing() throws {
    let packed = try Deflate.compress(Data(repeating: 0, count: 1_000_000))
    #expect(packed.count < 5_000)
    #expect(throws: ArchiveError.self) { try Deflate.decompress(packed, limit: 999_999) }
    do {
        _ = try Deflate.decompress(packed, limit: 1_000)
        Issue.record("expected the limit to stop decompression")
    } catch let error as ArchiveError {
        #expect(error.kind == .limitExceeded)
        #expect(error.description.contains("1000"))
    }
}

@Test func damagedTruncatedOrPaddedInputIsReportedAsCorrupt() throws {
    let packed = try Deflate.compress(Data("The same words, again and again, again and again.".utf8))
    var damaged = packed
    damaged[damaged.count / 2] ^= 0xFF
    let inputs = [Data(), Data("not compressed at all".utf8), packed.prefix(packed.count - 3), packed + Data([1, 2]), damaged]
    for input in inputs {
        do {
            _ = try Deflate.decompress(input, limit: 1 << 20)
            Issue.record("expected \(input.count) bytes to be refused")
        } catch let error as ArchiveError {
            #expect(error.kind == .corruptData, "\(error)")
        }
    }
}
