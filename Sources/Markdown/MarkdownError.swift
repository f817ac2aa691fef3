/// Markdown that could not be rendered, with the source it came from.
public struct MarkdownError: Error, Sendable, CustomStringConvertible {
    /// The file or URL the Markdown came from.
    public var source: String
    public var message: String

    public init(source: String, message: String) {
        self.source = source
        self.message = message
    }

    public var description: String { "\(source): \(message)" }
}
