internal import Foundation

/// What the first 100 bytes of a would-be store file say, read without letting SQLite touch the file.
///
/// Checking the header first keeps modeltrack from turning a text file or another program's
/// database into a store: SQLite would rewrite the header (WAL mode) or add tables to it.
enum StoreFileHeader: Equatable {
    /// No file yet: it will be created.
    case missing
    /// An empty file, or a SQLite database that never had a schema: the store may take it.
    case blank
    /// A SQLite database that carries modeltrack's application id.
    case modeltrack
    /// A SQLite database with a schema of its own and another (or no) application id.
    case otherDatabase(applicationID: UInt32)
    /// Not a SQLite file at all.
    case notADatabase

    /// modeltrack's SQLite `application_id`, the bytes "MTRK".
    static let applicationID: UInt32 = 0x4D54_524B

    private static let magic = Array("SQLite format 3\u{0}".utf8)

    /// Reads the header of the file at `path`; throws when the path is a folder or unreadable.
    static func inspect(path: String) throws(StoreError) -> StoreFileHeader {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .missing }
        if isFolder.boolValue {
            throw StoreError(kind: .cannotOpen, path: path, context: "opening the store", message: "is a folder, not a file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError(kind: .cannotOpen, path: path, context: "opening the store", message: "cannot read the file")
        }
        defer { try? handle.close() }
        let bytes: [UInt8]
        do {
            bytes = Array(try handle.read(upToCount: 100) ?? Data())
        } catch {
            throw StoreError(
                kind: .cannotOpen, path: path, context: "reading the file header", message: "\(error)")
        }
        return classify(bytes)
    }

    /// Classifies up to 100 leading bytes of a file.
    static func classify(_ bytes: [UInt8]) -> StoreFileHeader {
        if bytes.isEmpty { return .blank }
        guard bytes.count == 100, Array(bytes[0..<16]) == magic else { return .notADatabase }
        let schemaCookie = bigEndian(bytes, at: 40)
        let application = bigEndian(bytes, at: 68)
        if application == applicationID { return .modeltrack }
        if schemaCookie == 0 && application == 0 { return .blank }
        return .otherDatabase(applicationID: application)
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }
}
