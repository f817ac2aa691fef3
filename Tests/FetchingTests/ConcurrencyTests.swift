import Fetching
import Foundation
import Synchronization
import TestSupport
import Testing

/// Counts work in progress across threads and remembers the most seen at once.
final class InFlightGauge: Sendable {
    private let state = Mutex((current: 0, peak: 0))

    func enter() { state.withLock { $0.current += 1; $0.peak = max($0.peak, $0.current) } }
    func leave() { state.withLock { $0.current -= 1 } }
    var peak: Int { state.withLock { $0.peak } }
}

@Suite struct ConcurrencyTests {
    /// The server counts requests in progress: blocking transfers would never have two at once.
    /// (A count, not a stopwatch, so a busy machine running other suites cannot make it flaky.)
    @Test func twentySlowRequestsAreInFlightTogether() async throws {
        let server = try TestHTTPServer()
        let gauge = InFlightGauge()
        for index in 0..<20 {
            server.setHandler("/slow/\(index)") { _ in
                gauge.enter()
                Thread.sleep(forTimeInterval: 0.3)
                gauge.leave()
                return Response.ok(html: "<p>\(index)</p>")
            }
        }
        let fetcher = Fetcher(configuration: FetchConfiguration(maxConnections: 32, maxConnectionsPerHost: 32))
        try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for index in 0..<20 {
                group.addTask {
                    (index, try await fetcher.fetch(FetchRequest(url: server.url("/slow/\(index)"))).body)
                }
            }
            for try await (index, body) in group {
                #expect(body == Data("<p>\(index)</p>".utf8))
            }
        }
        #expect(gauge.peak >= 10, "at most \(gauge.peak) requests were in flight at once")
    }

    @Test func thePerHostLimitCapsConnectionsToOneHost() async throws {
        let server = try TestHTTPServer()
        let gauge = InFlightGauge()
        server.setFallback { _ in
            gauge.enter()
            Thread.sleep(forTimeInterval: 0.1)
            gauge.leave()
            return Response.ok(html: "<p>ok</p>")
        }
        let fetcher = Fetcher(configuration: FetchConfiguration(maxConnections: 32, maxConnectionsPerHost: 2))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<8 {
                group.addTask { _ = try await fetcher.fetch(FetchRequest(url: server.url("/page/\(index)"))) }
            }
            try await group.waitForAll()
        }
        #expect(gauge.peak <= 2)
        #expect(gauge.peak >= 1)
    }

    @Test func cancellingTheTaskAbandonsTheTransfer() async throws {
        let server = try TestHTTPServer(routes: ["/slow": Response.ok(html: "<p>late</p>").delayed(by: 60)])
        let fetcher = Fetcher()
        let task = Task { try await fetcher.fetch(FetchRequest(url: server.url("/slow"))) }
        try await Task.sleep(for: .milliseconds(150))
        let elapsed = await seconds {
            task.cancel()
            let error = await #expect(throws: FetchError.self) { try await task.value }
            #expect(error?.kind == .cancelled)
        }
        #expect(elapsed < 30, "the 60 s response was abandoned (the margin is for a loaded machine)")
        // The fetcher keeps working after a cancellation.
        server.setRoute("/quick", .ok(html: "<p>quick</p>"))
        #expect(try await fetcher.fetch(FetchRequest(url: server.url("/quick"))).status == 200)
    }

    @Test func aFetchInACancelledTaskThrowsWithoutTransferring() async throws {
        let server = try TestHTTPServer(routes: ["/": .ok(html: "<p>hi</p>")])
        let fetcher = Fetcher()
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await fetcher.fetch(FetchRequest(url: server.url("/")))
        }
        let error = await #expect(throws: FetchError.self) { try await task.value }
        #expect(error?.kind == .cancelled)
    }

    @Test func shuttingDownFailsTransfersInFlightAndLaterFetches() async throws {
        let server = try TestHTTPServer(routes: ["/slow": Response.ok(html: "<p>late</p>").delayed(by: 60)])
        let fetcher = Fetcher()
        let inFlight = Task { try await fetcher.fetch(FetchRequest(url: server.url("/slow"))) }
        try await Task.sleep(for: .milliseconds(150))
        fetcher.shutdown()
        let error = await #expect(throws: FetchError.self) { try await inFlight.value }
        #expect(error?.kind == .cancelled)
        let later = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(FetchRequest(url: server.url("/slow")))
        }
        #expect(later?.kind == .cancelled)
    }
}
