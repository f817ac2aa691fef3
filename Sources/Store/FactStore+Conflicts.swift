public import Foundation
internal import GRDB
public import Model

extension FactStore {
    /// Replaces the stored conflicts of exactly `keys` with `conflicts`, in one transaction.
    ///
    /// A key that still conflicts keeps its row id and `detected_at`; `updated_at` becomes `date` when
    /// its positions, kind or severity change. A key that no longer conflicts gets `resolved_at` (the row
    /// is kept); a resolved key that conflicts again is reopened (`resolved_at` cleared, `opened_at` and
    /// `updated_at` set). Every conflict must be about one of `keys`, and its claims must be stored.
    public func updateConflicts(_ conflicts: [Conflict], for keys: Set<ConflictKey>, at date: Date) throws {
        let context = "updating conflicts"
        var wanted: [ConflictKey: (conflict: Conflict, members: [ConflictRecord.Member])] = [:]
        for conflict in conflicts {
            let key = ConflictKey(conflict)
            func refuse(_ message: String) -> StoreError {
                StoreError(kind: .invalidInput, path: path, context: context, message: message)
            }
            guard keys.contains(key) else { throw refuse("the conflict on \(key) is not among the keys to update") }
            guard wanted[key] == nil else { throw refuse("two conflicts on \(key)") }
            do {
                wanted[key] = (conflict, try ConflictRecord.members(of: conflict))
            } catch {
                throw refuse(error.description)
            }
        }
        let time = Timestamp.format(date)
        try write(context) { db in
            for key in keys.sorted() {
                let existing = try ConflictRecord.find(db, key: key)
                guard let (conflict, members) = wanted[key] else {
                    if let existing, existing.resolvedAt == nil {
                        try db.cachedStatement(sql: "UPDATE conflict SET resolved_at = ? WHERE id = ?")
                            .execute(arguments: [time, existing.id])
                    }
                    continue
                }
                guard let existing else {
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO conflict (model, attribute, kind, severity, explanation, detected_at,
                                                  opened_at, updated_at, resolved_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)
                            """
                    ).execute(
                        arguments: [
                            key.model.rawValue, key.attribute.rawValue, conflict.kind.rawValue,
                            conflict.severity.rawValue, conflict.explanation, time, time, time,
                        ])
                    try ConflictRecord.replaceMembers(db, id: db.lastInsertedRowID, with: members)
                    continue
                }
                let old = try ConflictRecord.members(db, conflictIDs: [existing.id])[existing.id] ?? []
                let reopened = existing.resolvedAt != nil
                let positionsChanged =
                    Set(old.map { [String($0.claimID), $0.position] }) != Set(members.map { [String($0.claimID), $0.position] })
                let changed = reopened || positionsChanged || existing.kind != conflict.kind.rawValue
                    || existing.severity != conflict.severity.rawValue
                try db.cachedStatement(
                    sql: """
                        UPDATE conflict SET kind = ?, severity = ?, explanation = ?, resolved_at = NULL,
                            opened_at = CASE WHEN ? THEN ? ELSE opened_at END,
                            updated_at = CASE WHEN ? THEN ? ELSE updated_at END
                        WHERE id = ?
                        """
                ).execute(
                    arguments: [
                        conflict.kind.rawValue, conflict.severity.rawValue, conflict.explanation, reopened, time,
                        changed, time, existing.id,
                    ])
                if Set(old) != Set(members) {
                    try ConflictRecord.replaceMembers(db, id: existing.id, with: members)
                }
            }
        }
    }

    /// Stored conflicts, open ones only unless `includeResolved`, ordered by severity (high first),
    /// model and attribute; positions hold the full claims (current or not) in their stored order.
    public func conflicts(
        model: ModelID? = nil, attribute: Attribute? = nil, includeResolved: Bool = false
    ) throws -> [Conflict] {
        var conditions = ["1"]
        var arguments: StatementArguments = []
        if !includeResolved { conditions.append("resolved_at IS NULL") }
        if let model {
            conditions.append("model = ?")
            arguments += [model.rawValue]
        }
        if let attribute {
            conditions.append("attribute = ?")
            arguments += [attribute.rawValue]
        }
        return try read("listing conflicts") { db in
            let records = try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM conflict WHERE \(conditions.joined(separator: " AND "))
                    ORDER BY CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, model, attribute
                    """,
                arguments: arguments
            ).map(ConflictRecord.init(row:))
            let members = try ConflictRecord.members(db, conflictIDs: records.map(\.id))
            let claims = try ClaimRecord.cited(db, ids: members.values.flatMap { $0.map(\.claimID) })
            return try records.map { record in
                try conflict(record, members: members[record.id] ?? [], claims: claims)
            }
        }
    }

    /// Rebuilds a `Conflict` from its row, its members and the claims they name.
    private func conflict(
        _ record: ConflictRecord, members: [ConflictRecord.Member], claims: [Int64: Claim]
    ) throws -> Conflict {
        guard let kind = Conflict.Kind(rawValue: record.kind) else {
            throw StoreDecodingError(column: "conflict.kind", value: record.kind)
        }
        guard let severity = Conflict.Severity(rawValue: record.severity) else {
            throw StoreDecodingError(column: "conflict.severity", value: record.severity)
        }
        var positions: [Conflict.Position] = []
        var lastIndex: Int?
        for member in members {
            guard let claim = claims[member.claimID] else { continue }
            if member.positionIndex == lastIndex, !positions.isEmpty {
                positions[positions.count - 1].claims.append(claim)
            } else {
                positions.append(Conflict.Position(value: member.value, claims: [claim]))
                lastIndex = member.positionIndex
            }
        }
        return Conflict(
            id: record.id, model: record.model, attribute: record.attribute, severity: severity, kind: kind,
            positions: positions, explanation: record.explanation, detectedAt: record.detectedAt,
            resolvedAt: record.resolvedAt)
    }
}
