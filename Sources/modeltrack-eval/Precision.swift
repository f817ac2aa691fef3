import Foundation

/// Precision on the hand labels: the share of labelled claims judged correct, among those the
/// extractor still produces (a labelled claim it no longer produces is reported, not counted).
struct Precision {
    var correct = 0
    var judged = 0
    var vanished = 0

    static func measure(labels: URL, claims: CorpusClaims) throws -> Precision {
        var present: Set<ClaimKey> = []
        for (file, found) in claims.byFile { for claim in found { present.insert(ClaimKey(file: file, claim: claim)) } }
        var result = Precision()
        guard FileManager.default.fileExists(atPath: labels.path) else { return result }
        for line in try String(contentsOf: labels, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 6, columns[0] != "file", let key = ClaimKey(columns: columns) else { continue }
            guard present.contains(key) else {
                result.vanished += 1
                continue
            }
            result.judged += 1
            if columns[5] == "correct" { result.correct += 1 }
        }
        return result
    }

    var ratio: Double { judged == 0 ? 0 : Double(correct) / Double(judged) }

    var line: String {
        String(format: "precision: %d/%d = %.3f (hand-labelled claims still extracted; %d labelled claims no longer extracted)",
            correct, judged, ratio, vanished)
    }
}
