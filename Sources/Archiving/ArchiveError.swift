/// Why hashing, compressing or decompressing an archived body failed, and which step failed.
public struct ArchiveError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, independent of the library call that noticed it.
    public enum Kind: String, Sendable, Hashable {
        /// zlib refused to compress (out of memory, a bad parameter).
        case compression
        /// The compressed bytes are damaged, truncated or followed by stray bytes.
        case corruptData
        /// The decompressed bytes would be larger than the caller allowed.
        case limitExceeded
        /// OpenSSL could not compute a digest.
        case digest
    }

    public var kind: Kind
    /// The step that failed, such as `inflate` or `deflateInit2`.
    public var operation: String
    /// The C library's return code, when there is one.
    public var code: Int32?
    public var message: String

    public init(kind: Kind, operation: String, code: Int32? = nil, message: String) {
        self.kind = kind
        self.operation = operation
        self.code = code
        self.message = message
    }

    public var description: String {
        let codeText = code.map { " (code \($0))" } ?? ""
        return "\(operation) failed\(codeText): \(message)"
    }
}
