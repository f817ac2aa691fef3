public import Model

/// The series a model id belongs to, for facts a series shares: `llama-3.1-405b-instruct` is one of the
/// `llama-3.1-405b` line and of the `llama-3.1` series, whose release date, license and weights it shares.
///
/// Only a size (`405b`, `a22b`, `e4b`, `8x7b`) or a tuning word (`instruct`, `chat`, `it`, `base`, `hf`) is
/// taken off the end of an id: `gpt-4o-mini` is not `gpt-4o`, `llama-3.2-vision` is not `llama-3.2`, and a
/// dated version (`qwen3-235b-a22b-instruct-2507`) is its own release.
///
/// ```swift
/// ModelSeries.ancestors(of: "llama-3.1-405b-instruct")  // ["llama-3.1-405b", "llama-3.1"]
/// ```
public enum ModelSeries {
    /// The attributes every member of a series states alike.
    public static let sharedAttributes: Set<Attribute> = [.releaseDate, .license, .weights]

    static let tuningWords: Set<Substring> = ["instruct", "chat", "it", "base", "hf"]

    /// The ids of the series `id` belongs to, nearest first; empty when its last part is neither a size nor a
    /// tuning word.
    public static func ancestors(of id: ModelID) -> [ModelID] {
        var parts = id.rawValue.split(separator: "-", omittingEmptySubsequences: false)
        var found: [ModelID] = []
        while parts.count > 1, let last = parts.last, isSize(last) || tuningWords.contains(last) {
            parts.removeLast()
            found.append(ModelID(rawValue: parts.joined(separator: "-")))
        }
        return found
    }

    /// `405b`, `1.5b`, `a22b`, `e4b`, `8x7b`, `500m`, `1t`.
    static func isSize(_ part: Substring) -> Bool {
        var rest = part
        if let first = rest.first, first == "a" || first == "e" { rest = rest.dropFirst() }
        guard let unit = rest.last, "bmt".contains(unit) else { return false }
        let number = rest.dropLast()
        let pieces = number.split(separator: "x", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count) else { return false }
        return pieces.allSatisfy { piece in
            !piece.isEmpty && piece.first?.isNumber == true && piece.allSatisfy { $0.isNumber || $0 == "." }
                && piece.filter { $0 == "." }.count <= 1
        }
    }
}
