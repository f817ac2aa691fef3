public import Foundation

/// One search result: a document passage or a stored claim, with a snippet and match offsets.
public struct SearchHit: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case document, claim
    }

    public var kind: Kind
    public var url: String
    public var title: String?
    public var published: Date?
    /// Plain text around the matches.
    public var snippet: String
    /// Character offsets `[start, end)` of the matched terms inside `snippet`.
    public var matches: [[Int]]
    /// Higher is better.
    public var score: Double
    public var claim: Claim?
    /// For a fact of a model the query names: how many independent sources state its value.
    public var support: Int?
    /// For a fact of a model the query names: every page that states its value.
    public var sources: [String]?

    public init(
        kind: Kind, url: String, title: String?, published: Date?, snippet: String, matches: [[Int]],
        score: Double, claim: Claim? = nil
    ) {
        self.kind = kind
        self.url = url
        self.title = title
        self.published = published
        self.snippet = snippet
        self.matches = matches
        self.score = score
        self.claim = claim
    }

    enum CodingKeys: String, CodingKey {
        case kind, url, title, published, snippet, matches, score, claim, support, sources
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        url = try container.decode(String.self, forKey: .url)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        published = try container.decodeIfPresent(String.self, forKey: .published).flatMap(Timestamp.parse)
        snippet = try container.decode(String.self, forKey: .snippet)
        matches = try container.decodeIfPresent([[Int]].self, forKey: .matches) ?? []
        score = try container.decode(Double.self, forKey: .score)
        claim = try container.decodeIfPresent(Claim.self, forKey: .claim)
        support = try container.decodeIfPresent(Int.self, forKey: .support)
        sources = try container.decodeIfPresent([String].self, forKey: .sources)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(url, forKey: .url)
        try container.encode(title, forKey: .title)
        try container.encode(published.map(Timestamp.format), forKey: .published)
        try container.encode(snippet, forKey: .snippet)
        try container.encode(matches, forKey: .matches)
        try container.encode(score, forKey: .score)
        try container.encodeIfPresent(claim, forKey: .claim)
        try container.encodeIfPresent(support, forKey: .support)
        try container.encodeIfPresent(sources, forKey: .sources)
    }
}
