internal import CZlib
public import Foundation

/// zlib-format (RFC 1950) compression for archived response bodies.
///
/// The format is the one HTTP calls `deflate` and Python's `zlib.decompress` reads, so a person can
/// unpack an archived body without modeltrack.
///
/// ```swift
/// let packed = try Deflate.compress(body)
/// let body = try Deflate.decompress(packed, limit: 64 << 20)
/// ```
public enum Deflate {
    /// Compresses `data` at zlib's default level.
    public static func compress(_ data: Data) throws -> Data {
        var capacity = compressBound(uLong(data.count))
        var output = Data(count: Int(capacity))
        let code = output.withUnsafeMutableBytes { out in
            data.withUnsafeBytes { input in
                compress2(
                    out.bindMemory(to: Bytef.self).baseAddress, &capacity,
                    input.bindMemory(to: Bytef.self).baseAddress, uLong(input.count), Z_DEFAULT_COMPRESSION)
            }
        }
        try ZlibStatus.check(code, operation: "compress2", kind: .compression)
        output.count = Int(capacity)
        return output
    }

    /// Decompresses zlib-format `data`, throwing `limitExceeded` as soon as the output would pass `limit`
    /// bytes, and `corruptData` for damaged, truncated or trailing input.
    public static func decompress(_ data: Data, limit: Int) throws -> Data {
        let stream = try InflateStream()
        return try stream.inflate(data, limit: max(0, limit))
    }
}
