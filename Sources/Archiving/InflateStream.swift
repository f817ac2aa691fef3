internal import CZlib
internal import Foundation

/// An owned zlib inflate stream: initialized on creation, released in `deinit`.
final class InflateStream {
    private let stream: z_streamp

    /// Starts a stream that reads the zlib format (window bits 15).
    init() throws {
        stream = z_streamp.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let code = modeltrack_inflate_init(stream, 15)
        if code != Z_OK {
            let message = ZlibStatus.message(code, stream: stream)
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw ArchiveError(kind: .corruptData, operation: "inflateInit2", code: code, message: message)
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Inflates all of `input`, which must hold exactly one complete zlib stream.
    func inflate(_ input: Data, limit: Int) throws -> Data {
        var output = Data()
        let chunkSize = 64 * 1024
        var chunk = [Bytef](repeating: 0, count: chunkSize)
        try input.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: Bytef.self)
            stream.pointee.next_in = bytes.baseAddress.map { UnsafeMutablePointer(mutating: $0) }
            stream.pointee.avail_in = 0
            var remaining = bytes.count
            var finished = false
            while !finished {
                if stream.pointee.avail_in == 0, remaining > 0 {
                    let feed = min(remaining, Int(UInt32.max))
                    stream.pointee.avail_in = uInt(feed)
                    remaining -= feed
                }
                let produced = try chunk.withUnsafeMutableBufferPointer { buffer -> Int in
                    stream.pointee.next_out = buffer.baseAddress
                    stream.pointee.avail_out = uInt(chunkSize)
                    let code = CZlib.inflate(stream, Z_NO_FLUSH)
                    let count = chunkSize - Int(stream.pointee.avail_out)
                    if code == Z_STREAM_END {
                        finished = true
                    } else if code == Z_BUF_ERROR || (code == Z_OK && count == 0 && stream.pointee.avail_in == 0) {
                        if stream.pointee.avail_in == 0, remaining == 0 {
                            throw ArchiveError(
                                kind: .corruptData, operation: "inflate", code: code,
                                message: "compressed data ends before the stream does (truncated)")
                        }
                    } else {
                        try ZlibStatus.check(code, operation: "inflate", kind: .corruptData, stream: stream)
                    }
                    return count
                }
                if output.count + produced > limit {
                    throw ArchiveError(
                        kind: .limitExceeded, operation: "inflate",
                        message: "decompressed data exceeds the limit of \(limit) bytes")
                }
                output.append(contentsOf: chunk[0..<produced])
            }
            if stream.pointee.avail_in > 0 || remaining > 0 {
                throw ArchiveError(
                    kind: .corruptData, operation: "inflate",
                    message: "\(Int(stream.pointee.avail_in) + remaining) stray bytes after the end of the stream")
            }
        }
        return output
    }
}
