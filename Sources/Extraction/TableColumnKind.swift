import Model

/// What a table column (or, in a table with models as columns, a row) holds, from its label.
enum TableColumnKind: Equatable, Sendable {
    case rank
    /// A leaderboard's own score (`Score`, `Arena Score`, `Elo`): an index claim when the page says which board.
    case boardScore
    case model
    case contextWindow
    case maxOutputTokens
    /// Parameters, with the factor a bare number in the column is multiplied by (`Params (B)` → 1e9).
    case paramsTotal(scale: Double)
    case paramsActive(scale: Double)
    case benchmark(slug: String)
    case releaseDate
    case license
    case weights
    /// Input modalities (`Input modalities`, `Modality`).
    case modality
    /// A size that names a family's member (`Size`: `7B`), not itself a count to claim.
    case size
    case ignored

    private static let modelLabels: Set<String> = ["model", "models", "model name", "name", "system", "llm", "llms"]
    private static let ignoredLabels: Set<String> = [
        "provider", "providers", "organization", "organisation", "org", "lab", "developer", "creator", "company",
        "vendor", "type", "votes", "vote", "ci", "95% ci", "price", "cost", "input", "output",
        "speed", "latency", "throughput", "date", "notes", "note", "link",
        "paper", "average", "avg", "avg.", "overall",
        "scores", "total", "country", "architecture", "arch", "benchmark",
        "benchmarks", "metric", "metrics", "task", "tasks", "eval", "evaluation", "dataset", "category", "domain",
        "setting", "settings", "mode", "version", "status", "access", "knowledge cutoff", "cutoff", "samples",
    ]
    /// Categories that average several benchmarks (`Code`, `World Knowledge`), not one benchmark.
    private static let categoryLabels: Set<String> = [
        "code", "coding", "commonsense reasoning", "world knowledge", "reading comprehension", "reasoning", "knowledge",
        "general", "multilingual", "long context", "tool use", "safety", "instruction following", "agentic",
    ]

    static func isCategory(_ label: String) -> Bool { categoryLabels.contains(label) }
    private static let ignoredFragments = [
        "$", "price", "cost", "latency", "tok/s", "tokens/s", "speed", "per second", "votes", "index",
        // Training and serving figures, not scores.
        "time", "hours", "power", "emission", "co2", "carbon", "energy", "gpu", "memory", "download", "link", "layers",
        "heads", "vocab", "batch", "learning rate", "dimension", "training tokens", "token count", "cutoff", "architecture", "optimizer",
        "output modalit", "huggingface", "hugging face", "modelscope", "precision", "quantiz",
        // Architecture rows of a spec table (`Number of Experts`, `Selected Experts per Token`).
        "number of", "experts", "per token", "hidden", "attention", "activation function", "summary",
    ]
    /// Aggregates that name no benchmark (`Overall Acc.`, `Average score`): a part of one, or a mean of many.
    private static let aggregateWords: Set<String> = ["overall", "average", "avg", "mean", "total", "all"]
    private static let metricWords: Set<String> = ["acc", "accuracy", "score", "scores", "%", "pass@1", "em", "f1"]
    private static let releaseLabels: Set<String> = [
        "released", "release", "release date", "launch date", "launched", "date released", "released on",
    ]
    private static let licenseLabels: Set<String> = ["license", "licence", "license type", "licensing"]
    private static let weightsLabels: Set<String> = [
        "weights", "open weights", "open-weights", "open weight", "open", "open source", "open-source",
    ]

    static func of(label raw: String) -> TableColumnKind {
        let trimmed = CellText.clean(raw)
        let label = trimmed.lowercased()
        func has(_ fragment: String) -> Bool { ASCIISearch.contains(label, lowercased: Array(fragment.utf8)) }
        if raw.contains("#") && trimmed.isEmpty || ["rank", "position", "place", "no.", "no"].contains(label) || label.hasPrefix("rank") {
            return .rank
        }
        if label.isEmpty { return .ignored }
        // `Old context`, `Previous price`: a value the column's own table says no longer holds.
        if let first = label.split(separator: " ").first, ["old", "previous", "prior", "former", "before", "was"].contains(first) {
            return .ignored
        }
        if ["score", "arena score", "elo", "arena elo", "rating", "elo rating"].contains(label) { return .boardScore }
        if modelLabels.contains(label) { return .model }
        if releaseLabels.contains(label) { return .releaseDate }
        if licenseLabels.contains(label) { return .license }
        if weightsLabels.contains(label) { return .weights }
        if label == "size" || label == "model size" { return .size }
        // `#TP`, `#AP`: total and activated parameters, as code-model tables write them.
        if label == "tp" { return .paramsTotal(scale: 1) }
        if label == "ap" { return .paramsActive(scale: 1) }
        if (has("input") && has("modalit")) || label == "modality" || label == "modalities" {
            return .modality
        }
        if ignoredFragments.contains(where: has) { return .ignored }
        if has("max output") || has("output tokens") || has("max tokens") || has("output limit") {
            return .maxOutputTokens
        }
        if has("context") || has("ctx") || label == "window" || label == "length" || has("seq length")
            || has("sequence length") || label == "max length"
        {
            return .contextWindow
        }
        if has("param") {
            let scale = Self.scale(label)
            return has("activ") ? .paramsActive(scale: scale) : .paramsTotal(scale: scale)
        }
        if ignoredLabels.contains(label) || categoryLabels.contains(label) || isAggregate(label) { return .ignored }
        let slug = BenchmarkSlug.slug(trimmed)
        guard slug.contains(where: \.isLetter) else { return .ignored }
        return .benchmark(slug: slug)
    }

    /// `Overall Acc.`, `Avg. score`: an aggregate word with at most metric words beside it.
    private static func isAggregate(_ label: String) -> Bool {
        let words = label.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "." })
        guard let first = words.first, aggregateWords.contains(String(first)) else { return false }
        return words.dropFirst().allSatisfy { metricWords.contains(String($0)) }
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
        case .releaseDate: .releaseDate
        case .license: .license
        case .weights: .weights
        case .modality: .modality
        case .size: .paramsTotal
        case .rank, .boardScore, .model, .ignored: nil
        }
    }
}

/// Category values as tables write them: licenses (`Apache 2.0`, `Proprietary`) and weights (`Yes`, `Open`, `✗`).
enum CategoryCell {
    /// The license id a cell names: `apache-2.0`, `mit`, `modified-mit`, `llama-3.1-community`, `proprietary`, or
    /// the cell's own words as a slug (`Gemma` → `gemma`, `CC-BY-NC-4.0` → `cc-by-nc-4.0`).
    static func license(_ text: String) -> String? {
        let lower = text.lowercased()
        func has(_ fragment: String) -> Bool { ASCIISearch.contains(lower, lowercased: Array(fragment.utf8)) }
        if has("proprietary") || has("closed") || lower == "commercial" { return "proprietary" }
        if has("apache") { return "apache-2.0" }
        if has("modified mit") { return "modified-mit" }
        if lower == "mit" || lower == "mit license" { return "mit" }
        var slug = BenchmarkSlug.slug(text)
        for suffix in ["-license-agreement", "-license", "-licence", "-agreement"] where slug.hasSuffix(suffix) {
            slug.removeLast(suffix.count)
        }
        return slug.contains(where: \.isLetter) ? slug : nil
    }

    /// `open` or `closed` from a yes/no or open/closed cell.
    static func weights(_ text: String) -> String? {
        switch text.lowercased() {
        case "yes", "y", "open", "open weights", "open-weights", "open source", "open-source", "✓", "✔", "✅": "open"
        case "no", "n", "closed", "proprietary", "api", "api-only", "api only", "✗", "✘", "❌": "closed"
        default: nil
        }
    }
}
