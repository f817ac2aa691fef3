internal import CCrypto
public import Foundation

/// SHA-256 of raw bytes as lowercase hex, the hash every citation carries.
///
/// ```swift
/// SHA256Digest.hex(Data("abc".utf8))
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
public enum SHA256Digest {
    /// The number of bytes in a digest.
    public static let byteCount = 32

    /// The SHA-256 of `data` as 64 lowercase hex digits.
    public static func hex(_ data: Data) -> String {
        let digest = bytes(data)
        var text = ""
        text.reserveCapacity(digest.count * 2)
        for byte in digest {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return text
    }

    /// The SHA-256 of `data` as 32 raw bytes.
    public static func bytes(_ data: Data) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: byteCount)
        let succeeded = data.withUnsafeBytes { input in
            digest.withUnsafeMutableBufferPointer { output in
                var length: UInt32 = 0
                return EVP_Digest(input.baseAddress, input.count, output.baseAddress, &length, EVP_sha256(), nil) == 1
                    && length == UInt32(byteCount)
            }
        }
        if !succeeded {
            // EVP fails only when OpenSSL cannot allocate its context; the one-shot SHA-256 needs none.
            data.withUnsafeBytes { input in
                digest.withUnsafeMutableBufferPointer { output in
                    _ = modeltrack_sha256(input.baseAddress, input.count, output.baseAddress)
                }
            }
        }
        return digest
    }

    /// Whether `text` looks like a digest this type produces: 64 lowercase hex digits.
    public static func isValidHex(_ text: String) -> Bool {
        text.utf8.count == byteCount * 2
            && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    private static let hexDigits: [Character] = Array("0123456789abcdef")
}
