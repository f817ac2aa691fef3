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
        var handlers: [@Sendable () -> Void] = []
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
            return state.handlers
        }
        for handler in handlers { handler() }
    }

    /// Runs `handler` when the stop is asked for (at once if it already was).
    func onStop(_ handler: @escaping @Sendable () -> Void) {
        let runNow = state.withLock { state -> Bool in
            if state.stopped { return true }
            state.handlers.append(handler)
            return false
        }
        if runNow { handler() }
    }
}
