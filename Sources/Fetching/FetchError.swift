/// A transfer that produced no response: what went wrong, and with which URL.
///
/// HTTP error statuses (404, 500…) are not errors here; they come back as a ``Model/Fetch``.
public struct FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure it was, for callers that react differently to each.
    public enum Kind: String, Sendable {
        /// The URL could not be parsed.
        case invalidURL
        /// A scheme other than http, https or file.
        case unsupportedScheme
        /// A `file://` URL naming a file that does not exist.
        case fileNotFound
        /// The server refused or could not be reached.
        case connectionFailed
        /// The host name did not resolve.
        case hostNotFound
        /// The connect, total or stall time limit ran out.
        case timedOut
        /// The body grew past the configured limit.
        case tooLarge
        /// More redirects than the configured limit.
        case tooManyRedirects
        /// A redirect pointed at a scheme that redirects may not reach (such as `file://`).
        case redirectNotAllowed
        /// Not tried: the host asked (Retry-After) for a pause longer than this run waits.
        case deferred
        /// The task was cancelled or the fetcher shut down before the transfer finished.
        case cancelled
        /// Any other failure of the transfer (TLS, protocol, reading a file…).
        case transport
    }

    /// The URL that was requested.
    public var url: String
    public var kind: Kind
    /// A readable account of the failure, such as libcurl's error text.
    public var message: String

    public init(url: String, kind: Kind, message: String) {
        self.url = url
        self.kind = kind
        self.message = message
    }

    /// `http://127.0.0.1:9/x: connection refused`.
    public var description: String { "\(url): \(message)" }
}
