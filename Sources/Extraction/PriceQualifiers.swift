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

    /// `on its own API`, `on DeepSeek's API`, `first-party`, `directly`: the maker's service, no host's.
    private static let firstParty = Pattern(
        #"\b(?:own|first-party|official|native)\s+(?:API|platform|endpoint|service)s?\b|['’]s\s+(?:own\s+)?(?:API|platform)\b|"#
            + #"\bfirst-party\b|\bdirectly\b"#)

    static var patterns: [Pattern] { [cached, batch, priority, longContext, shortContext, host, firstParty] }

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

    /// The host the figure at `figure` is stated for: one named in its own clause; else the sentence's one host,
    /// unless the figure stands in another segment (`33 tok/s on DeepSeek's API but 88 on Together`), its clause
    /// names the maker's own service (`on its own API`), or the host's clause holds another figure of the same
    /// kind (`140 tok/s by xAI and 95 tok/s via OpenRouter`), which it belongs to instead.
    static func provider(in sentence: AnalyzedSentence, figure: Range<Int>, siblings: [Range<Int>]) -> String? {
        let text = sentence.text
        let hosts = host.matches(in: text)
        guard !hosts.isEmpty else { return nil }
        let clause = sentence.clauseRange(sentence.clauseIndex(at: figure.lowerBound))
        if let own = hosts.first(where: { clause.contains($0.range.lowerBound) }) { return provider(named: own, in: text) }
        guard hosts.count == 1, let only = hosts.first else { return nil }
        let hostClause = sentence.clauseRange(sentence.clauseIndex(at: only.range.lowerBound))
        guard sentence.segmentRange(at: figure.lowerBound) == sentence.segmentRange(at: only.range.lowerBound),
            !firstParty.occurs(in: text.utf16Slice(clause)),
            !siblings.contains(where: { $0 != figure && hostClause.contains($0.lowerBound) })
        else { return nil }
        return provider(named: only, in: text)
    }

    private static func provider(named match: PatternMatch, in sentence: String) -> String? {
        guard let name = match.group(1) else { return nil }
        let words = sentence.utf16Slice(name).lowercased().split(separator: " ")
        let plain = words.filter { !["ai", "amazon", "aws", "cloud"].contains($0) || words.count == 1 }
        return (plain.isEmpty ? words : plain).joined(separator: "-")
    }
}
