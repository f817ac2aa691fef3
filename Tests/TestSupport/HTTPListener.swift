import Foundation
import Synchronization

/// The working part of ``TestHTTPServer``: the listening socket, its threads, routes and request log.
///
/// Its threads hold it, not the server, so that dropping the last ``TestHTTPServer`` reference runs
/// its deinit, which stops the listener.
final class HTTPListener: Sendable {
    let port: UInt16
    private let fd: Int32
    private let state = Mutex(State())
    private let threads = DispatchGroup()

    /// How long ``stop()`` waits for the threads before giving up on them.
    private static let stopGrace: DispatchTimeInterval = .seconds(5)

    struct State: Sendable {
        var routes: [String: Route] = [:]
        var fallback: (@Sendable (Request) -> Response)?
        var requests: [Request] = []
        var connections: Set<Int32> = []
        var stopped = false
    }

    enum Route: Sendable {
        case fixed(Response)
        case handler(@Sendable (Request) -> Response)
    }

    init() throws(TestServerError) {
        let (fd, port) = try Socket.bindLoopback()
        guard listen(fd, 128) == 0 else {
            let failure = TestServerError("listen", errno)
            close(fd)
            throw failure
        }
        self.fd = fd
        self.port = port
        threads.enter()
        let thread = Thread { [self] in
            acceptConnections()
            threads.leave()
        }
        thread.name = "TestHTTPServer.accept"
        thread.start()
    }

    func update(_ change: (inout State) -> Void) {
        state.withLock { change(&$0) }
    }

    var requests: [Request] {
        state.withLock { $0.requests }
    }

    var isStopped: Bool {
        state.withLock { $0.stopped }
    }

    /// Stops accepting, shuts every live connection and waits for the threads. Safe to call twice.
    func stop() {
        let first = state.withLock { state -> Bool in
            guard !state.stopped else { return false }
            state.stopped = true
            shutdown(fd, Int32(SHUT_RDWR))
            for connection in state.connections { shutdown(connection, Int32(SHUT_RDWR)) }
            return true
        }
        guard first else { return }
        if threads.wait(timeout: .now() + Self.stopGrace) == .success {
            close(fd)
        }
    }

    private func acceptConnections() {
        while true {
            let connection = accept(fd, nil, nil)
            if connection < 0 {
                if isStopped { return }
                if errno == EINTR || errno == ECONNABORTED { continue }
                usleep(10_000)  // out of descriptors or similar: back off instead of spinning
                continue
            }
            let admitted = state.withLock { state -> Bool in
                guard !state.stopped else { return false }
                state.connections.insert(connection)
                return true
            }
            guard admitted else {
                close(connection)
                return
            }
            threads.enter()
            let thread = Thread { [self] in
                serve(connection)
                state.withLock { state in
                    state.connections.remove(connection)
                    close(connection)
                }
                threads.leave()
            }
            thread.name = "TestHTTPServer.connection"
            thread.start()
        }
    }

    /// Records a request and picks its answer.
    func respond(to request: Request) -> Response {
        let route = state.withLock { state -> Route? in
            state.requests.append(request)
            if let route = state.routes[request.path] { return route }
            return state.fallback.map(Route.handler)
        }
        switch route {
        case .fixed(let response): return response
        case .handler(let handler): return handler(request)
        case nil: return .notFound
        }
    }
}
