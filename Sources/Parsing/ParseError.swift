/// A page or feed that could not be parsed, with the URL it came from.
///
/// ```swift
/// do { _ = try FeedParser.parse(data, url: url) } catch let error as ParseError { print(error) }
/// ```
public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The URL of the input that failed.
    public var url: String
    /// What went wrong, in words.
    public var message: String

    public init(url: String, message: String) {
        self.url = url
        self.message = message
    }

    public var description: String { "cannot parse \(url): \(message)" }
}
