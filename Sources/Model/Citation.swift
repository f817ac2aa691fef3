public import Foundation

/// Where a claim comes from: the page, when it was published and retrieved, and the hash of the
/// exact bytes the server sent, so the quote can be re-checked against the archive.
public struct Citation: Hashable, Sendable, Codable {
    public var url: String
    public var title: String?
    public var published: Date?
    public var retrieved: Date
    /// Lowercase hex SHA-256 of the raw response body.
    public var sha256: String

    public init(url: String, title: String?, published: Date?, retrieved: Date, sha256: String) {
        self.url = url
        self.title = title
        self.published = published
        self.retrieved = retrieved
        self.sha256 = sha256
    }

    enum CodingKeys: String, CodingKey {
        case url, title, published, retrieved, sha256
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        url = try container.decode(String.self, forKey: .url)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        published = try container.decodeIfPresent(String.self, forKey: .published).flatMap(Timestamp.parse)
        let retrievedText = try container.decode(String.self, forKey: .retrieved)
        guard let retrievedDate = Timestamp.parse(retrievedText) else {
            throw DecodingError.dataCorruptedError(
                forKey: .retrieved, in: container, debugDescription: "not an ISO 8601 time: \(retrievedText)")
        }
        retrieved = retrievedDate
        sha256 = try container.decode(String.self, forKey: .sha256)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(title, forKey: .title)
        try container.encode(published.map(Timestamp.format), forKey: .published)
        try container.encode(Timestamp.format(retrieved), forKey: .retrieved)
        try container.encode(sha256, forKey: .sha256)
    }
}
