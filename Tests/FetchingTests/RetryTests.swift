import Fetching
import Foundation
import Synchronization
import TestSupport
import Testing

@Suite struct RetryTests {
    /// Retries a few times, quickly, with no jitter.
    let quick = FetchConfiguration(retry: RetryPolicy(maxAttempts: 3, baseDelay: 0.05, maxDelay: 0.2, maxRetryAfter: 5), jitter: { 1 })

    /// Answers the listed responses in turn, then the last one forever; records arrival times.
    final class Script: Sendable {
        let responses: [Response]
        let arrivals = Mutex<[Date]>([])
        init(_ responses: [Response]) { self.responses = responses }
        func answer(_ request: Request) -> Response {
            let index = arrivals.withLock { arrivals -> Int in
                arrivals.append(Date())
                return arrivals.count - 1
            }
            return responses[min(index, responses.count - 1)]
        }
        var gaps: [TimeInterval] {
            let times = arrivals.withLock { $0 }
            return zip(times, times.dropFirst()).map { $1.timeIntervalSince($0) }
        }
    }

    private func serve(_ script: Script) throws -> TestHTTPServer {
        let server = try TestHTTPServer()
        server.setHandler("/page") { script.answer($0) }
        return server
    }

    @Test func a503ThenA200IsRetriedAndSucceeds() async throws {
        let script = Script([.status(503), .ok(html: "<p>back</p>")])
        let server = try serve(script)
        let fetch = try await Fetcher(configuration: quick).fetch(FetchRequest(url: server.url("/page")))
        #expect(fetch.status == 200)
        #expect(script.arrivals.withLock { $0.count } == 2)
    }

    @Test func a429WaitsTheSecondsOfRetryAfter() async throws {
        let script = Script([Response.status(429).adding("Retry-After", "1"), .ok(html: "<p>ok</p>")])
        let server = try serve(script)
        let fetch = try await Fetcher(configuration: quick).fetch(FetchRequest(url: server.url("/page")))
        #expect(fetch.status == 200)
        #expect(script.gaps.first.map { $0 >= 0.9 } == true, "waited \(script.gaps)")
    }

    @Test func a503WaitsUntilTheDateOfRetryAfter() async throws {
        let when = HTTPDate.format(Date().addingTimeInterval(2))
        let script = Script([Response.status(503).adding("Retry-After", when), .ok(html: "<p>ok</p>")])
        let server = try serve(script)
        let fetch = try await Fetcher(configuration: quick).fetch(FetchRequest(url: server.url("/page")))
        #expect(fetch.status == 200)
        #expect(script.gaps.first.map { $0 >= 0.9 } == true, "waited \(script.gaps)")
    }

    @Test func aRetryAfterLongerThanTheRunWaitsIsReturnedAsIs() async throws {
        let script = Script([Response.status(429).adding("Retry-After", "3600")])
        let server = try serve(script)
        let fetch = try await Fetcher(configuration: quick).fetch(FetchRequest(url: server.url("/page")))
        #expect(fetch.status == 429)
        #expect(fetch.retryAfter == "3600")
        #expect(script.arrivals.withLock { $0.count } == 1)
    }

    @Test func otherServerErrorsBackOffExponentiallyAndGiveUp() async throws {
        let script = Script([.status(500)])
        let server = try serve(script)
        let fetch = try await Fetcher(configuration: quick).fetch(FetchRequest(url: server.url("/page")))
        #expect(fetch.status == 500)
        let gaps = script.gaps
        #expect(gaps.count == 2, "three tries in all")
        #expect(gaps.count == 2 && gaps[0] >= 0.045 && gaps[1] >= 0.09, "waits of 0.05 s then 0.1 s at least: \(gaps)")
    }

    @Test func backoffDoublesUpToItsCapWithJitterBetweenHalfAndAll() {
        let policy = RetryPolicy(maxAttempts: 10, baseDelay: 1, maxDelay: 30)
        #expect((1...7).map { policy.backoff($0, 1) } == [1, 2, 4, 8, 16, 30, 30])
        #expect(policy.backoff(3, 0) == 2)
        #expect(policy.backoff(3, 0.5) == 3)
    }

    @Test func notFoundIsNotRetried() async throws {
        let script = Script([.status(404)])
        let server = try serve(script)
        _ = try await Fetcher(configuration: quick).fetch(FetchRequest(url: server.url("/page")))
        #expect(script.arrivals.withLock { $0.count } == 1)
    }

    @Test func aRefusedConnectionIsTriedAgainAndTheErrorSaysHowOften() async throws {
        let closed = try ClosedPort()
        let error = await #expect(throws: FetchError.self) {
            try await Fetcher(configuration: quick).fetch(FetchRequest(url: closed.url("/x")))
        }
        #expect(error?.kind == .connectionFailed)
        #expect(error?.message.contains("after 3 tries") == true)
    }

    @Test func aHostThatAsksForALongPauseGetsNoMoreRequestsThisRun() async throws {
        let server = try TestHTTPServer()
        server.setRoute("/busy", Response.status(429).adding("Retry-After", "600"))
        server.setFallback { _ in .ok(html: "<p>ok</p>") }
        let rule = HostRule(host: HostRule.host(of: server.baseURL), connections: 1, delay: 0)
        let fetcher = Fetcher(configuration: quick)
        let first = try await fetcher.fetch(FetchRequest(url: server.url("/busy"), rule: rule))
        #expect(first.status == 429)
        let error = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(FetchRequest(url: server.url("/other"), rule: rule))
        }
        #expect(error?.kind == .deferred)
        #expect(server.requests(for: "/other").isEmpty)
    }

    @Test(arguments: [
        ("120", 120.0), ("0", 0), (" 7 ", 7),
        ("Sun, 06 Nov 1994 08:49:47 GMT", 10), ("Sunday, 06-Nov-94 08:49:47 GMT", 10), ("Sun Nov  6 08:49:47 1994", 10),
    ])
    func retryAfterReadsSecondsAndAllThreeDateForms(text: String, seconds: Double) throws {
        let now = try #require(TestSupport.HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT"))
        #expect(RetryAfter.seconds(text, now: now) == seconds)
    }

    @Test(arguments: ["soon", "-5", "", "Funday, 99 Nov 1994"])
    func nonsenseIsNoRetryAfter(text: String) {
        #expect(RetryAfter.seconds(text, now: Date()) == nil)
    }
}
