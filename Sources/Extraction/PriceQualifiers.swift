/// The tier and provider a price (or speed) is stated for: `cached input`, `batch API`, `prompts over
/// 200K tokens`, `prompts under 200K tokens` → tier `cached`, `batch`, `>200k`, `<=200k`; `on OpenRouter`,
/// `via Amazon Bedrock` → provider.
enum PriceQualifiers {
    private static let cached = Pattern(#"\bcach(?:ed|e\s+hits?|e\s+reads?|ing)\b"#, requires: ["cach"])
    private static let batch = Pattern(#"\bbatch(?:ed)?\b"#, requires: ["batch"])
    private static let priority = Pattern(#"\b(priority|flex|standard)\s+(?:tier|processing|pricing)\b"#, requires: ["tier", "processing", "pricing"])
    private static let longContext = Pattern(
        #"(?:\b(?:over|above|beyond|exceeding|more\s+than|longer\s+than|greater\s+than)\s+|>\s*)(\d{2,4})\s*[Kk]\b|"#
            // `(256K–1M)`: the band above the first bound.
            + #"\(\s*(\d{2,4})\s*[Kk]\s*(?:[–-]|to)\s*\d{1,4}(?:\.\d+)?\s*[KkMm]\s*(?:tokens)?\s*\)"#)
    /// `for prompts under 200K tokens`: the price of the short-prompt tier (said of prompts, so that a window's
    /// `up to 256K` in the same clause is no tier).
    private static let shortContext = Pattern(
        #"\b(?:prompts?|inputs?|requests?|contexts?)\s+(?:of\s+|that\s+are\s+)?(?:under|below|up\s+to|at\s+most|"#
            + #"less\s+than|shorter\s+than|within|(?:<=|≤|<)\s*)\s*(\d{2,4})\s*[Kk]\b|"#
            // `(≤256K)`: a bound written with the sign needs no word.
            + #"(?:≤|<=)\s*(\d{2,4})\s*[Kk]\b"#)
    /// Hosts named after `on`, `via`, `through`, `from`.
    private static let host = Pattern(
        #"\b(?:[Oo]n|[Vv]ia|[Tt]hrough|[Ff]rom|[Aa]t)\s+(?:the\s+)?(OpenRouter|Together(?:\s+AI)?|Fireworks(?:\s+AI)?|Groq|DeepInfra|"#
            + #"(?:Amazon|AWS)\s+Bedrock|Bedrock|Azure(?:\s+AI)?|Vertex\s+AI|Google\s+Cloud|Cerebras|SambaNova|Novita(?:\s+AI)?|"#
            + #"Hyperbolic|Replicate|Lambda|Nebius|Baseten|Hugging\s+Face|Alibaba\s+Cloud|Cloudflare)\b"#,
        caseSensitive: true)

    static var patterns: [Pattern] { [cached, batch, priority, longContext, shortContext, host] }

    static func tier(in clause: String) -> String? {
        if cached.occurs(in: clause) { return "cached" }
        if batch.occurs(in: clause) { return "batch" }
        if let match = priority.firstMatch(in: clause), let word = match.group(1) {
            let tier = clause.utf16Slice(word).lowercased()
            return tier == "standard" ? nil : tier
        }
        if let match = longContext.firstMatch(in: clause), let digits = match.group(1) ?? match.group(2) {
            return ">" + clause.utf16Slice(digits) + "k"
        }
        if let match = shortContext.firstMatch(in: clause), let digits = match.group(1) ?? match.group(2) {
            return "<=" + clause.utf16Slice(digits) + "k"
        }
        return nil
    }

    static func provider(in sentence: String) -> String? {
        guard let match = host.firstMatch(in: sentence), let name = match.group(1) else { return nil }
        let words = sentence.utf16Slice(name).lowercased().split(separator: " ")
        let plain = words.filter { !["ai", "amazon", "aws", "cloud"].contains($0) || words.count == 1 }
        return (plain.isEmpty ? words : plain).joined(separator: "-")
    }
}
