internal import Foundation
internal import GRDB
internal import Model

extension Row {
    /// The ISO 8601 time in `column`; throws when it is missing or not a time.
    func time(_ column: String) throws -> Date {
        try Self.time(try decode(String.self, forColumn: column), column: column)
    }

    /// The ISO 8601 time in `column`, nil when NULL; throws when it is not a time.
    func optionalTime(_ column: String) throws -> Date? {
        try decode(String?.self, forColumn: column).map { try Self.time($0, column: column) }
    }

    /// ``time(_:)`` for the column at `index` (named `column` in errors).
    func time(atIndex index: Int, column: String) throws -> Date {
        try Self.time(try decode(String.self, atIndex: index), column: column)
    }

    /// ``optionalTime(_:)`` for the column at `index` (named `column` in errors).
    func optionalTime(atIndex index: Int, column: String) throws -> Date? {
        try decode(String?.self, atIndex: index).map { try Self.time($0, column: column) }
    }

    private static func time(_ text: String, column: String) throws -> Date {
        guard let date = Timestamp.parse(text) else { throw StoreDecodingError(column: column, value: text) }
        return date
    }

    /// The untyped `value` column as a claim value: INTEGER and REAL become numbers, TEXT stays text.
    func claimValue(_ column: String) throws -> ClaimValue {
        try Self.claimValue(try decode(DatabaseValue.self, forColumn: column), column: column)
    }

    /// ``claimValue(_:)`` for the column at `index` (named `column` in errors).
    func claimValue(atIndex index: Int, column: String) throws -> ClaimValue {
        try Self.claimValue(try decode(DatabaseValue.self, atIndex: index), column: column)
    }

    private static func claimValue(_ value: DatabaseValue, column: String) throws -> ClaimValue {
        switch value.storage {
        case .int64(let number): return .number(Double(number))
        case .double(let number): return .number(number)
        case .string(let text): return .text(text)
        case .null, .blob: throw StoreDecodingError(column: column, value: "\(value)")
        }
    }
}

extension ClaimValue {
    /// How the value is stored: whole numbers as INTEGER (so sqlite3 shows `131072`), other numbers
    /// as REAL, everything else as TEXT.
    var databaseValue: DatabaseValue {
        switch self {
        case .text(let text):
            return text.databaseValue
        case .number(let number):
            if number.rounded() == number, abs(number) < 9.0e15 { return Int64(number).databaseValue }
            return number.databaseValue
        }
    }
}

/// A stored column holds something the store never writes (edited by hand, or damaged).
struct StoreDecodingError: Error, CustomStringConvertible {
    var column: String
    var value: String

    var description: String { "unexpected value in column \(column): \(value.prefix(80))" }
}
