public import Foundation

/// A request as the test server received it.
public struct Request: Sendable, Hashable {
    public var method: String
    /// The request target as sent: `/notes?page=2`.
    public var target: String
    /// The target without its query: `/notes`.
    public var path: String
    /// The query without its `?`, if any.
    public var query: String?
    /// `HTTP/1.1`.
    public var version: String
    public var headers: HTTPHeaders
    public var body: Data

    public init(
        method: String, target: String, version: String = "HTTP/1.1", headers: HTTPHeaders = [:], body: Data = Data()
    ) {
        self.method = method
        self.target = target
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        self.path = parts.first.map(String.init) ?? target
        self.query = parts.count > 1 ? String(parts[1]) : nil
        self.version = version
        self.headers = headers
        self.body = body
    }

    /// Whether the client asked to keep the connection open after this request.
    var keepsAlive: Bool {
        let connection = headers["Connection"]?.lowercased() ?? ""
        if connection.contains("close") { return false }
        return version == "HTTP/1.1" || connection.contains("keep-alive")
    }
}
