import Fetching
import Foundation
import Synchronization
import TestSupport
import Testing

/// Per-host limits enforced on the fetch thread: requests queue per host, other hosts go ahead.
@Suite struct PacingTests {
    private func fetchAll(_ fetcher: Fetcher, _ requests: [FetchRequest]) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for request in requests { group.addTask { _ = try await fetcher.fetch(request) } }
            try await group.waitForAll()
        }
    }

    @Test func aHostRuleCapsConnectionsToThatHost() async throws {
        let server = try TestHTTPServer()
        let gauge = InFlightGauge()
        server.setFallback { _ in
            gauge.enter()
            Thread.sleep(forTimeInterval: 0.05)
            gauge.leave()
            return .ok(html: "<p>ok</p>")
        }
        let rule = HostRule(host: HostRule.host(of: server.baseURL), connections: 2, delay: 0)
        let fetcher = Fetcher(configuration: FetchConfiguration(maxConnectionsPerHost: 0))
        try await fetchAll(fetcher, (0..<10).map { FetchRequest(url: server.url("/p\($0)"), rule: rule) })
        #expect(server.requests.count == 10)
        #expect(gauge.peak <= 2)
    }

    @Test func aHostDelaySpacesTheStartsOfItsRequests() async throws {
        let arrivals = Mutex<[Date]>([])
        let server = try TestHTTPServer()
        server.setFallback { _ in
            arrivals.withLock { $0.append(Date()) }
            return .ok(html: "<p>ok</p>")
        }
        let rule = HostRule(host: HostRule.host(of: server.baseURL), connections: 2, delay: 0.3)
        try await fetchAll(Fetcher(), (0..<4).map { FetchRequest(url: server.url("/p\($0)"), rule: rule) })
        let times = arrivals.withLock { $0 }.sorted()
        #expect(times.count == 4)
        for (earlier, later) in zip(times, times.dropFirst()) {
            #expect(later.timeIntervalSince(earlier) >= 0.2, "requests 0.3 s apart at the client arrive at least 0.2 s apart")
        }
    }

    /// A host held up on its one connection does not hold up another: every request to the second
    /// host is answered while the first host's first request is still waiting to be released.
    @Test func aSlowHostDoesNotHoldUpAnother() async throws {
        let released = Mutex(false)
        let slow = try TestHTTPServer()
        slow.setFallback { _ in
            let deadline = Date().addingTimeInterval(120)  // only against a hang; released well before
            while !released.withLock({ $0 }), Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
            return .ok(html: "<p>slow</p>")
        }
        let fast = try TestHTTPServer()
        fast.setFallback { _ in .ok(html: "<p>fast</p>") }
        let fetcher = Fetcher()
        let slowRule = HostRule(host: HostRule.host(of: slow.baseURL), connections: 1, delay: 0)
        let fastRule = HostRule(host: HostRule.host(of: fast.baseURL), connections: 1, delay: 0)
        let slowTasks = (0..<2).map { index in
            Task { try await fetcher.fetch(FetchRequest(url: slow.url("/s\(index)"), rule: slowRule)) }
        }
        try await fetchAll(fetcher, (0..<5).map { FetchRequest(url: fast.url("/f\($0)"), rule: fastRule) })
        #expect(fast.requests.count == 5)
        #expect(slow.requests.count <= 1, "the slow host's second request waits for its first")
        released.withLock { $0 = true }
        for task in slowTasks { _ = try await task.value }
        #expect(slow.requests.count == 2)
    }

    @Test func abandoningQueuedRequestsLetsRunningOnesFinish() async throws {
        let released = Mutex(false)
        let server = try TestHTTPServer()
        server.setFallback { _ in
            let deadline = Date().addingTimeInterval(120)  // only against a hang
            while !released.withLock({ $0 }), Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
            return .ok(html: "<p>ok</p>")
        }
        let rule = HostRule(host: HostRule.host(of: server.baseURL), connections: 1, delay: 0)
        let fetcher = Fetcher()
        let tasks = (0..<3).map { index in
            Task { try await fetcher.fetch(FetchRequest(url: server.url("/p\(index)"), rule: rule)) }
        }
        // The first request is under way (held by the server) before the queue is abandoned; a fixed
        // pause is not enough on a loaded machine.
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(60)
        while server.requests.isEmpty, clock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        try await Task.sleep(for: .milliseconds(50))  // the other two reach the queue
        fetcher.abandonQueued()
        released.withLock { $0 = true }
        var finished = 0
        var cancelled = 0
        for task in tasks {
            do {
                _ = try await task.value
                finished += 1
            } catch let error as FetchError where error.kind == .cancelled {
                cancelled += 1
            }
        }
        #expect(finished == 1)
        #expect(cancelled == 2)
        #expect(server.requests.count == 1)
    }

    @Test(arguments: [
        ("https://Example.COM/a", "example.com"), ("http://example.com:8080/a", "example.com:8080"),
        ("https://example.com:443/a", "example.com"), ("file:///tmp/a", nil),
    ])
    func hostsAreNamedWithTheirPortWhenItIsNotTheDefault(url: String, host: String?) {
        #expect(HostRule.host(of: url) == host)
    }
}
