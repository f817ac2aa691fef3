internal import Archiving
internal import GRDB

extension StoreError {
    /// Turns any error thrown inside the store into a `StoreError`, keeping SQLite's message and SQL.
    static func wrapping(_ error: any Error, path: String, context: String) -> StoreError {
        switch error {
        case let error as StoreError:
            return error
        case let error as DatabaseError:
            let sql = error.sql.map { "; SQL: \($0)" } ?? ""
            let message = error.message ?? "\(error.resultCode)"
            switch error.resultCode {
            case .SQLITE_NOTADB:
                return StoreError(
                    kind: .notAStore, path: path, context: context + sql,
                    message: "not a modeltrack store (file is not a database)")
            case .SQLITE_CORRUPT:
                return StoreError(
                    kind: .notAStore, path: path, context: context + sql, message: "the database is damaged: \(message)")
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
                return StoreError(kind: .cannotOpen, path: path, context: context + sql, message: message)
            default:
                return StoreError(kind: .database, path: path, context: context + sql, message: message)
            }
        case let error as ArchiveError:
            return StoreError(kind: .corruptArchive, path: path, context: context, message: error.description)
        default:
            return StoreError(kind: .database, path: path, context: context, message: "\(error)")
        }
    }
}
