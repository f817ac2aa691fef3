import Model

/// What a matcher found in a sentence: an attribute's value and the figure it was read from,
/// before the extractor decides which model it belongs to.
struct Finding: Hashable, Sendable {
    var attribute: Attribute
    var value: ClaimValue
    var unit: String?
    /// The value's words as written (`262,144 tokens`, `modified MIT license`).
    var text: String
    /// Where the figure stands in the sentence (UTF-16 offsets), which decides its model.
    var figure: Range<Int>
    var scope: String?
    /// The figure itself is approximate (`~1M`, `about 48B`).
    var hedged = false
    /// A size that names a member of the model the figure belongs to (`Llama 3 comes in 8B and 70B`):
    /// the claim is about that member (`llama-3-8b`), or nothing when the model's family names no members by size.
    var member: String?
    /// The price tier (`cached`, `batch`, `>200k`) and the provider (`openrouter`) a price or speed is for.
    var tier: String?
    var provider: String?
    /// A license read from `a custom license` as the one license the page names.
    var resolvedFromCustom = false
}

/// Reads one kind of fact from a sentence. A later issue adds matchers (prices, modalities,
/// speeds) by conforming new types and listing them in `ClaimExtractor`.
protocol SentenceMatcher: Sendable {
    func findings(in sentence: AnalyzedSentence) -> [Finding]
}
