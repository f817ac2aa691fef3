import Foundation

/// A real HTTP/1.1 server on 127.0.0.1 for tests: fixed routes, handlers, or a folder of files.
///
/// ```swift
/// let server = try TestHTTPServer(routes: ["/": .ok(html: "<p>hi</p>")])
/// let fetch = try await fetcher.fetch(FetchRequest(url: server.url("/")))
/// #expect(server.requests.count == 1)
/// ```
///
/// It listens on a port the kernel picks (backlog 128), serves each connection on its own thread
/// (keep-alive and `Connection: close` both work) and logs every request. ``stop()``, also run when
/// the server is released, closes the listener and every live connection and waits for the threads.
public final class TestHTTPServer: Sendable {
    private let listener: HTTPListener

    public init(routes: [String: Response] = [:]) throws {
        listener = try HTTPListener()
        listener.update { $0.routes = routes.mapValues(HTTPListener.Route.fixed) }
    }

    deinit {
        listener.stop()
    }

    public var port: UInt16 { listener.port }

    /// `http://127.0.0.1:PORT`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// The full URL of a path on this server: `url("/feed.xml")`.
    public func url(_ path: String) -> String {
        baseURL + (path.hasPrefix("/") ? path : "/" + path)
    }

    /// Answers `path` (without query) with a fixed response from now on.
    public func setRoute(_ path: String, _ response: Response) {
        listener.update { $0.routes[path] = .fixed(response) }
    }

    /// Answers `path` (without query) by calling `handler` for each request (on a server thread).
    public func setHandler(_ path: String, _ handler: @escaping @Sendable (Request) -> Response) {
        listener.update { $0.routes[path] = .handler(handler) }
    }

    /// Answers every path that has no route (404 when unset).
    public func setFallback(_ handler: (@Sendable (Request) -> Response)?) {
        listener.update { $0.fallback = handler }
    }

    /// Every request received so far, oldest first.
    public var requests: [Request] {
        listener.requests
    }

    /// The requests received for one path.
    public func requests(for path: String) -> [Request] {
        requests.filter { $0.path == path }
    }

    /// Stops listening, closes live connections and waits for the server's threads. Safe to call twice.
    public func stop() {
        listener.stop()
    }
}
