import Synchronization

/// A request to stop a crawl early (SIGINT, SIGTERM): no new requests start, transfers under way
/// finish and are stored, then the crawl ends normally with its summary.
///
/// ```swift
/// let stop = CrawlStop()
/// signalSource.setEventHandler { stop.stop() }
/// let summary = try await crawler.crawl(sources: sources, stop: stop)
/// ```
public final class CrawlStop: Sendable {
    private struct State {
        var stopped = false
        var handlers: [Int: @Sendable () -> Void] = [:]
        var nextHandler = 0
    }

    private let state = Mutex(State())

    public init() {}

    public var isStopped: Bool { state.withLock { $0.stopped } }

    /// Asks the crawl to stop; safe to call from any thread, more than once.
    public func stop() {
        let handlers = state.withLock { state -> [@Sendable () -> Void] in
            guard !state.stopped else { return [] }
            state.stopped = true
            defer { state.handlers.removeAll() }
            return state.handlers.sorted { $0.key < $1.key }.map(\.value)
        }
        for handler in handlers { handler() }
    }

    /// Runs `handler` when the stop is asked for (at once if it already was); returns a number for
    /// ``removeHandler(_:)``.
    @discardableResult
    func onStop(_ handler: @escaping @Sendable () -> Void) -> Int {
        let (id, runNow) = state.withLock { state -> (Int, Bool) in
            state.nextHandler += 1
            if state.stopped { return (state.nextHandler, true) }
            state.handlers[state.nextHandler] = handler
            return (state.nextHandler, false)
        }
        if runNow { handler() }
        return id
    }

    /// Forgets a handler (a crawl that ended no longer needs to hear of the stop).
    func removeHandler(_ id: Int) {
        _ = state.withLock { $0.handlers.removeValue(forKey: id) }
    }
}
