public import Foundation
internal import Model

/// A source whose latest fetch failed: since when it has been failing, and the last error.
public struct FailingSource: Hashable, Sendable, Codable {
    public var url: String
    /// The first failed fetch after the last one that worked.
    public var since: Date
    public var lastError: String

    public init(url: String, since: Date, lastError: String) {
        self.url = url
        self.since = since
        self.lastError = lastError
    }

    enum CodingKeys: String, CodingKey {
        case url, since
        case lastError = "last_error"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        url = try container.decode(String.self, forKey: .url)
        let text = try container.decode(String.self, forKey: .since)
        guard let date = Timestamp.parse(text) else {
            throw DecodingError.dataCorruptedError(forKey: .since, in: container, debugDescription: "not a time: \(text)")
        }
        since = date
        lastError = try container.decode(String.self, forKey: .lastError)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(Timestamp.format(since), forKey: .since)
        try container.encode(lastError, forKey: .lastError)
    }
}
