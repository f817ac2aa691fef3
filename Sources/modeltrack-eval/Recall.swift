import ArgumentParser
import Foundation
import Model

/// Recall on FACTS.tsv: the share of rows some claim of the same file states.
struct Recall {
    var found = 0
    var total = 0
    var missed: [FactRow] = []

    static func measure(facts: URL, key: URL, claims: CorpusClaims) throws -> Recall {
        let ids = try Self.loadKey(key)
        var result = Recall()
        for var row in try FactRow.load(facts) {
            guard let accepted = ids[row.modelName] else {
                throw ValidationError("\(key.path): no ids for the model name `\(row.modelName)`")
            }
            row.ids = accepted
            result.total += 1
            let candidates = (claims.byFile[row.file] ?? []).filter {
                row.acceptsModel($0.model.rawValue) && row.acceptsAttribute($0.attribute)
            }
            let expected = row.expectedValues
            let allFound = !expected.isEmpty && expected.allSatisfy { value in
                candidates.contains { row.agrees($0.value, with: value) }
            }
            if allFound { result.found += 1 } else { result.missed.append(row) }
        }
        return result
    }

    private static func loadKey(_ url: URL) throws -> [String: [String]] {
        var ids: [String: [String]] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t").map(String.init)
            guard columns.count == 2, columns[0] != "name" else { continue }
            ids[columns[0]] = columns[1].split(separator: " ").map(String.init)
        }
        return ids
    }

    var ratio: Double { total == 0 ? 0 : Double(found) / Double(total) }

    var line: String { String(format: "recall: %d/%d = %.3f (FACTS.tsv rows found)", found, total, ratio) }

    var missList: String {
        missed.map { "missed: \($0.file):\($0.line) \($0.modelName) \($0.attribute) = \($0.normalized)" }
            .joined(separator: "\n")
    }
}
