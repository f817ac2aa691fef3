import Fetching
import Foundation
import TestSupport
import Testing

@Suite struct ConcurrencyTests {
    /// Sequentially these would take 4 s; the multi loop overlaps them.
    @Test func twentySlowRequestsCompleteTogether() async throws {
        let server = try TestHTTPServer()
        for index in 0..<20 {
            server.setRoute("/slow/\(index)", Response.ok(html: "<p>\(index)</p>").delayed(by: 0.2))
        }
        let fetcher = Fetcher(configuration: FetchConfiguration(maxConnections: 32, maxConnectionsPerHost: 32))
        let elapsed = try await seconds {
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
        }
        #expect(elapsed < 1.2)
    }

    @Test func cancellingTheTaskAbandonsTheTransfer() async throws {
        let server = try TestHTTPServer(routes: ["/slow": Response.ok(html: "<p>late</p>").delayed(by: 10)])
        let fetcher = Fetcher()
        let task = Task { try await fetcher.fetch(FetchRequest(url: server.url("/slow"))) }
        try await Task.sleep(for: .milliseconds(150))
        let elapsed = await seconds {
            task.cancel()
            let error = await #expect(throws: FetchError.self) { try await task.value }
            #expect(error?.kind == .cancelled)
        }
        #expect(elapsed < 1)
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
        let server = try TestHTTPServer(routes: ["/slow": Response.ok(html: "<p>late</p>").delayed(by: 10)])
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
