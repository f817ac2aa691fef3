internal import Foundation
internal import GRDB
internal import Model

/// A row of `conflict` (one per model and attribute, kept after it is resolved) and its
/// `conflict_claim` rows (which claim stands in which position).
struct ConflictRecord {
    var id: Int64
    var model: ModelID
    var attribute: Attribute
    var kind: String
    var severity: String
    var explanation: String?
    var detectedAt: Date
    var resolvedAt: Date?

    /// One `conflict_claim` row: a claim and the position (value) it takes.
    struct Member: Hashable {
        var claimID: Int64
        var positionIndex: Int
        var position: String
        var value: ClaimValue
    }

    init(row: Row) throws {
        id = try row.decode(Int64.self, forColumn: "id")
        model = ModelID(rawValue: try row.decode(String.self, forColumn: "model"))
        attribute = Attribute(rawValue: try row.decode(String.self, forColumn: "attribute"))
        kind = try row.decode(String.self, forColumn: "kind")
        severity = try row.decode(String.self, forColumn: "severity")
        explanation = try row.decode(String?.self, forColumn: "explanation")
        detectedAt = try row.time("detected_at")
        resolvedAt = try row.optionalTime("resolved_at")
    }

    /// The stored conflict of `key`, open or resolved.
    static func find(_ db: Database, key: ConflictKey) throws -> ConflictRecord? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM conflict WHERE model = ? AND attribute = ?"),
            arguments: [key.model.rawValue, key.attribute.rawValue]
        ).map(ConflictRecord.init(row:))
    }

    /// The members of `conflict`, in position order.
    static func members(_ db: Database, conflictIDs: [Int64]) throws -> [Int64: [Member]] {
        var members: [Int64: [Member]] = [:]
        for start in stride(from: 0, to: conflictIDs.count, by: 500) {
            let batch = Array(conflictIDs[start..<min(start + 500, conflictIDs.count)])
            let placeholders = Array(repeating: "?", count: batch.count).joined(separator: ", ")
            let rows = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT conflict_id, claim_id, position, position_index, value FROM conflict_claim
                        WHERE conflict_id IN (\(placeholders)) ORDER BY conflict_id, position_index, claim_id
                        """),
                arguments: StatementArguments(batch))
            for row in rows {
                let member = Member(
                    claimID: try row.decode(Int64.self, forColumn: "claim_id"),
                    positionIndex: try row.decode(Int.self, forColumn: "position_index"),
                    position: try row.decode(String.self, forColumn: "position"),
                    value: try row.claimValue("value"))
                members[try row.decode(Int64.self, forColumn: "conflict_id"), default: []].append(member)
            }
        }
        return members
    }

    /// Replaces the members of conflict `id`.
    static func replaceMembers(_ db: Database, id: Int64, with members: [Member]) throws {
        try db.cachedStatement(sql: "DELETE FROM conflict_claim WHERE conflict_id = ?").execute(arguments: [id])
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO conflict_claim (conflict_id, claim_id, position, position_index, value)
                VALUES (?, ?, ?, ?, ?)
                """)
        for member in members {
            try insert.execute(
                arguments: [id, member.claimID, member.position, member.positionIndex, member.value.databaseValue])
        }
    }

    /// The members a conflict's positions describe; throws when a claim has no id or appears twice.
    static func members(of conflict: Conflict) throws(ConflictInputError) -> [Member] {
        var members: [Member] = []
        var seen = Set<Int64>()
        for (index, position) in conflict.positions.enumerated() {
            for claim in position.claims {
                guard let id = claim.id else { throw .unstoredClaim(conflict.model, conflict.attribute) }
                guard seen.insert(id).inserted else { throw .claimTwice(id) }
                members.append(
                    Member(claimID: id, positionIndex: index, position: position.value.description, value: position.value))
            }
        }
        return members
    }

    /// Why a conflict handed to the store cannot be saved.
    enum ConflictInputError: Error, CustomStringConvertible {
        case unstoredClaim(ModelID, Attribute)
        case claimTwice(Int64)

        var description: String {
            switch self {
            case .unstoredClaim(let model, let attribute):
                "a claim in the conflict on \(model) \(attribute) has no id (claims must be stored first)"
            case .claimTwice(let id): "claim \(id) stands in two positions of one conflict"
            }
        }
    }
}
