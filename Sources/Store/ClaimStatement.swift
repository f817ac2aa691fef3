internal import Foundation
internal import GRDB
internal import Model

/// A claim as much as ordering facts needs: read without its quote, citation or qualifiers JSON, so
/// a model with hundreds of claims costs little to rank; the claims shown are read in full.
struct ClaimStatement: FactStatement {
    var statementID: Int64
    var model: ModelID
    var attribute: Attribute
    var scope: String?
    var value: ClaimValue
    var isHedged: Bool
    var sourceURL: String
    var statedAt: Date

    /// The columns `init(row:)` reads, by position; join `claim`, `document` and `fetch`.
    static let selection = """
        SELECT claim.id, claim.model, claim.attribute, claim.scope, claim.value, claim.hedged, document.url,
               coalesce(document.published, fetch.fetched_at)
        FROM claim
        JOIN document ON document.id = claim.document_id
        JOIN fetch ON fetch.id = claim.fetch_id
        """

    init(row: Row) throws {
        statementID = row[0]
        model = ModelID(rawValue: row[1])
        attribute = Attribute(rawValue: row[2])
        scope = row[3]
        let stored: DatabaseValue = row[4]
        switch stored.storage {
        case .int64(let number): value = .number(Double(number))
        case .double(let number): value = .number(number)
        case .string(let text): value = .text(text)
        case .null, .blob: throw StoreDecodingError(column: "claim.value", value: "\(stored)")
        }
        isHedged = row[5]
        sourceURL = row[6]
        let dated: String = row[7]
        guard let date = Timestamp.parse(dated) else {
            throw StoreDecodingError(column: "document.published", value: dated)
        }
        statedAt = date
    }
}
