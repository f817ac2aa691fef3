public import Model

/// Fetches pages over HTTP(S) with libcurl, many transfers at once, and reads `file://` URLs.
///
/// Each fetcher runs one dedicated thread that drives all its transfers through libcurl's multi
/// interface; `fetch` suspends without blocking Swift's cooperative threads. A `file://` URL is read on the
/// calling task (`FileReader`).
///
/// ```swift
/// let fetcher = Fetcher()
/// let fetch = try await fetcher.fetch(FetchRequest(url: "https://example.com/releases"))
/// print(fetch.status, fetch.body.count)
/// ```
///
/// HTTP error statuses (404, 500…) come back as a ``Model/Fetch`` with that status; only failures
/// that produced no response throw a ``FetchError``. Cancelling the calling task abandons the transfer
/// and throws ``FetchError/Kind/cancelled``.
public final class Fetcher: PageFetching {
    public let configuration: FetchConfiguration
    private let loop: TransferLoop

    public init(configuration: FetchConfiguration = .init()) {
        self.configuration = configuration
        self.loop = TransferLoop(configuration: configuration)
    }

    deinit {
        loop.shutdown()
    }

    /// Stops the fetch thread; transfers in flight and later fetches fail with ``FetchError/Kind/cancelled``.
    public func shutdown() {
        loop.shutdown()
    }

    /// Fails every request still waiting for its turn with ``FetchError/Kind/cancelled``; transfers
    /// already running finish normally. For a crawl that is asked to stop.
    public func abandonQueued() {
        loop.abandonQueued()
    }

    public func fetch(_ request: FetchRequest) async throws(FetchError) -> Fetch {
        let target = try FetchTarget(request.url)
        if target.scheme == .file {
            return try FileReader.read(target, request: request, maxBodyBytes: configuration.maxBodyBytes)
        }
        let job = TransferJob(request: request, target: target)
        let loop = self.loop
        let outcome = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if job.wait(continuation) { loop.submit(job) }
            }
        } onCancel: {
            job.cancel()
            loop.withdraw(job)
        }
        return try outcome.get()
    }
}
