import Model

/// What a table column (or, in a table with models as columns, a row) holds, from its label.
enum TableColumnKind: Equatable, Sendable {
    case rank
    case model
    case contextWindow
    case maxOutputTokens
    /// Parameters, with the factor a bare number in the column is multiplied by (`Params (B)` → 1e9).
    case paramsTotal(scale: Double)
    case paramsActive(scale: Double)
    case benchmark(slug: String)
    case ignored

    private static let modelLabels: Set<String> = ["model", "models", "model name", "name", "system", "llm", "llms"]
    private static let ignoredLabels: Set<String> = [
        "provider", "providers", "organization", "organisation", "org", "lab", "developer", "creator", "company",
        "vendor", "license", "licence", "type", "votes", "vote", "ci", "95% ci", "price", "cost", "input", "output",
        "speed", "latency", "throughput", "date", "released", "release", "release date", "notes", "note", "link",
        "paper", "modality", "modalities", "open", "weights", "open weights", "average", "avg", "avg.", "overall",
        "score", "scores", "total", "elo", "arena score", "rating", "country", "architecture", "arch", "benchmark",
        "benchmarks", "metric", "metrics", "task", "tasks", "eval", "evaluation", "dataset", "category", "domain",
        "setting", "settings", "mode", "version", "status", "access", "knowledge cutoff", "cutoff", "samples",
    ]
    private static let ignoredFragments = ["$", "price", "cost", "latency", "tok/s", "tokens/s", "speed", "per second", "votes"]

    static func of(label raw: String) -> TableColumnKind {
        let trimmed = CellText.clean(raw)
        let label = trimmed.lowercased()
        func has(_ fragment: String) -> Bool { ASCIISearch.contains(label, lowercased: Array(fragment.utf8)) }
        if raw.contains("#") && trimmed.isEmpty || ["rank", "position", "place", "no.", "no"].contains(label) || label.hasPrefix("rank") {
            return .rank
        }
        if label.isEmpty { return .ignored }
        if modelLabels.contains(label) { return .model }
        if ignoredFragments.contains(where: has) { return .ignored }
        if has("max output") || has("output tokens") || has("max tokens") || has("output limit") {
            return .maxOutputTokens
        }
        if has("context") || has("ctx") || label == "window" { return .contextWindow }
        if has("param") {
            let scale = Self.scale(label)
            return has("active") ? .paramsActive(scale: scale) : .paramsTotal(scale: scale)
        }
        if ignoredLabels.contains(label) { return .ignored }
        let slug = BenchmarkSlug.slug(trimmed)
        guard slug.contains(where: \.isLetter) else { return .ignored }
        return .benchmark(slug: slug)
    }

    private static func scale(_ label: String) -> Double {
        let factors: [(String, String, Double)] = [("(t)", "trillion", 1e12), ("(b)", "billion", 1e9), ("(m)", "million", 1e6)]
        for (mark, word, factor) in factors
        where ASCIISearch.containsAny(label, ASCIISearch.bytes([mark, word])) {
            return factor
        }
        return 1
    }

    /// The attribute the column's values are claims about, or nil for columns that give none.
    var attribute: Attribute? {
        switch self {
        case .contextWindow: .contextWindow
        case .maxOutputTokens: .maxOutputTokens
        case .paramsTotal: .paramsTotal
        case .paramsActive: .paramsActive
        case .benchmark(let slug): .benchmark(slug)
        case .rank, .model, .ignored: nil
        }
    }
}
