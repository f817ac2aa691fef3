/// Why a fact-store operation failed, naming the store file and the operation or SQL involved.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, independent of the SQLite result code.
    public enum Kind: String, Sendable, Hashable {
        /// The file is not a SQLite database, or is another application's database.
        case notAStore
        /// The store was migrated by a newer modeltrack than this one.
        case newerSchema
        /// The file or its folder could not be created or opened.
        case cannotOpen
        /// The caller passed values the store refuses (a citation hash that does not match, a missing id).
        case invalidInput
        /// An archived body no longer matches its hash or size, or does not decompress.
        case corruptArchive
        /// SQLite refused a statement (a constraint, a busy database, a full disk).
        case database
    }

    public var kind: Kind
    /// The store file.
    public var path: String
    /// The operation that failed, and the SQL when there was one.
    public var context: String
    public var message: String

    public init(kind: Kind, path: String, context: String, message: String) {
        self.kind = kind
        self.path = path
        self.context = context
        self.message = message
    }

    public var description: String {
        "\(path): \(message) (while \(context))"
    }
}
