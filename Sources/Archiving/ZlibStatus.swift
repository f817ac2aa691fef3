internal import CZlib

/// The one place zlib return codes become `ArchiveError`s.
enum ZlibStatus {
    /// Throws unless `code` is `Z_OK` (or one of `accepted`).
    static func check(
        _ code: Int32, operation: String, kind: ArchiveError.Kind, accepted: Set<Int32> = [], stream: z_streamp? = nil
    ) throws {
        guard code != Z_OK, !accepted.contains(code) else { return }
        throw ArchiveError(kind: kind, operation: operation, code: code, message: message(code, stream: stream))
    }

    /// zlib's own message when the stream has one, else a description of the code.
    static func message(_ code: Int32, stream: z_streamp? = nil) -> String {
        if let text = stream?.pointee.msg { return String(cString: text) }
        switch code {
        case Z_STREAM_END: return "unexpected end of stream"
        case Z_NEED_DICT: return "a preset dictionary is needed"
        case Z_ERRNO: return "file error"
        case Z_STREAM_ERROR: return "inconsistent stream state"
        case Z_DATA_ERROR: return "invalid or incomplete compressed data"
        case Z_MEM_ERROR: return "out of memory"
        case Z_BUF_ERROR: return "no progress possible (output buffer full or input truncated)"
        case Z_VERSION_ERROR: return "incompatible zlib version"
        default: return "unknown zlib error"
        }
    }
}
