import Foundation

/// A loopback port that refuses connections: bound (so nobody else takes it) but never listening.
public final class ClosedPort: Sendable {
    public let port: UInt16
    private let fd: Int32

    public init() throws {
        (fd, port) = try Socket.bindLoopback()
    }

    deinit {
        close(fd)
    }

    /// `http://127.0.0.1:PORT/path`, where every connection is refused.
    public func url(_ path: String = "/") -> String {
        "http://127.0.0.1:\(port)\(path.hasPrefix("/") ? path : "/" + path)"
    }
}
