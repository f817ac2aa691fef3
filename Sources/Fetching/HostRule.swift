public import Foundation

/// How hard modeltrack may press one host: connections at once and seconds between request starts.
///
/// A ``FetchRequest`` carrying a rule waits in its host's queue on the fetch thread until both limits
/// allow it to start; requests to other hosts go ahead meanwhile.
public struct HostRule: Sendable, Hashable {
    /// The host (with its port when one is given) the limits apply to; nil for `file://`, never paced.
    public var host: String?
    public var connections: Int
    public var delay: TimeInterval

    public init(host: String?, connections: Int, delay: TimeInterval) {
        self.host = host
        self.connections = connections
        self.delay = delay
    }

    /// `example.com`, or `127.0.0.1:8080` when the URL names a port; nil for file URLs and
    /// anything without a host. Lowercased.
    public static func host(of url: String) -> String? {
        if let plain = PlainAuthority(url) { return plain.host }
        return foundationHost(of: url)
    }

    /// The same through Foundation's URL parser, for what `PlainAuthority` leaves to it.
    static func foundationHost(of url: String) -> String? {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = parsed.host?.lowercased(), !host.isEmpty
        else { return nil }
        let name = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        guard let port = parsed.port, port != (scheme == "https" ? 443 : 80) else { return name }
        return "\(name):\(port)"
    }
}
