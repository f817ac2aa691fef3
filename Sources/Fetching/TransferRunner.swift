internal import CCurl
import Foundation
import Model

/// The fetch thread's side of ``TransferLoop``: queues requests per host, starts them as each host's
/// rule allows, drives them, retries the transient failures, and completes the rest.
///
/// Lives and dies on the fetch thread; nothing here is touched from anywhere else.
final class TransferRunner {
    private let multi: MultiHandle
    private let configuration: FetchConfiguration
    private let loop: TransferLoop
    private var queues: HostQueues
    private var byHandle: [UnsafeMutableRawPointer: (transfer: Transfer, item: HostQueues.Item)] = [:]
    private var byJob: [ObjectIdentifier: Transfer] = [:]
    private let clock = ContinuousClock()

    /// How long one `curl_multi_poll` may sleep when nothing wakes it (libcurl's own timers cut it shorter).
    private static let pollMilliseconds = 1000

    init(multi: MultiHandle, configuration: FetchConfiguration, loop: TransferLoop) {
        self.multi = multi
        self.configuration = configuration
        self.loop = loop
        self.queues = HostQueues(maxRunning: configuration.maxConnections)
    }

    /// Runs until the loop is shut down, then fails whatever is still queued or in flight.
    func run() {
        while true {
            let work = loop.takeWork()
            if work.stopping { break }
            let now = clock.now
            for job in work.withdrawn { detach(job) }
            for job in work.incoming where !job.isSettled {
                queues.enqueue(HostQueues.Item(job: job, attempt: 1), now: now)
            }
            if work.abandonQueued { fail(queues.removeAllWaiting(), kind: .cancelled, "the crawl is stopping") }
            startReady()
            drive()
            var ready: Int32 = 0
            _ = modeltrack_curl_multi_poll(multi.pointer, nil, 0, pollTimeout(), &ready)
        }
        fail(queues.removeAllWaiting(), kind: .cancelled, "the fetcher was shut down")
        for (transfer, _) in Array(byHandle.values) {
            remove(transfer)
            transfer.job.finish(
                .failure(FetchError(url: transfer.job.request.url, kind: .cancelled, message: "the fetcher was shut down")))
        }
    }

    private func pollTimeout() -> Int32 {
        guard let wait = queues.nextWake(now: clock.now) else { return Int32(Self.pollMilliseconds) }
        let milliseconds = wait.components.seconds * 1000 + wait.components.attoseconds / 1_000_000_000_000_000
        return Int32(max(0, min(Int64(Self.pollMilliseconds), milliseconds + 1)))
    }

    /// Starts every queued request its host's rule lets go now; refuses those a resting host will not take.
    private func startReady() {
        if loop.isAbandoningQueued { fail(queues.removeAllWaiting(), kind: .cancelled, "the crawl is stopping") }
        let now = clock.now
        let limit = Duration.milliseconds(Int64(configuration.retry.maxRetryAfter * 1000))
        for item in queues.refusedByRestingHosts(now: now, limit: limit) {
            item.job.finish(.failure(FetchError(
                url: item.job.request.url, kind: .deferred,
                message: "not tried: \(item.host) asked (Retry-After) to wait longer than \(Int(configuration.retry.maxRetryAfter)) s")))
        }
        for item in queues.startable(now: now) {
            guard !item.job.isSettled else {
                queues.finished(host: item.host)
                continue
            }
            do {
                let transfer = try Transfer.make(job: item.job, configuration: configuration)
                try Curl.check(
                    modeltrack_curl_multi_add_handle(multi.pointer, transfer.handle), "curl_multi_add_handle", url: item.job.request.url)
                byHandle[transfer.handle] = (transfer, item)
                byJob[ObjectIdentifier(item.job)] = transfer
            } catch {
                queues.finished(host: item.host)
                item.job.finish(.failure(error))
            }
        }
    }

    /// Lets libcurl move every transfer along, then completes or retries the ones that finished.
    private func drive() {
        guard !byHandle.isEmpty else { return }
        var stillRunning: Int32 = 0
        let performed = modeltrack_curl_multi_perform(multi.pointer, &stillRunning)
        if performed != CURLM_OK {
            failAll(because: performed)
            return
        }
        var queued: Int32 = 0
        var finishedAny = false
        while let message = modeltrack_curl_multi_info_read(multi.pointer, &queued) {
            guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle,
                let (transfer, item) = byHandle[handle]
            else { continue }
            let code = modeltrack_curl_msg_result(message)
            let fetchedAt = configuration.now()
            let outcome = transfer.outcome(code, fetchedAt: fetchedAt)
            remove(transfer)
            queues.finished(host: item.host)
            complete(item, outcome, at: fetchedAt)
            finishedAny = true
        }
        if finishedAny { startReady() }
    }

    /// Hands the outcome to the caller, or queues another try.
    private func complete(_ item: HostQueues.Item, _ outcome: Result<Fetch, FetchError>, at date: Date) {
        let decision = configuration.retry.decide(outcome, attempt: item.attempt, now: date, jitter: configuration.jitter())
        if case .success(let fetch) = outcome, fetch.status == 429 || fetch.status == 503,
            let wait = fetch.retryAfter.flatMap({ RetryAfter.seconds($0, now: date) }), wait > 0
        {
            queues.rest(host: item.host, until: clock.now + .milliseconds(Int64(wait * 1000)))
        }
        switch decision {
        case .retry(let seconds) where !item.job.isSettled:
            var next = item
            next.attempt += 1
            queues.enqueueRetry(next, at: clock.now + .milliseconds(Int64(seconds * 1000)))
        default:
            item.job.finish(Self.noting(item.attempt, on: outcome))
        }
    }

    /// A failure after several tries says how many.
    private static func noting(_ attempts: Int, on outcome: Result<Fetch, FetchError>) -> Result<Fetch, FetchError> {
        guard attempts > 1, case .failure(var error) = outcome else { return outcome }
        error.message += " (after \(attempts) tries)"
        return .failure(error)
    }

    private func detach(_ job: TransferJob) {
        guard let transfer = byJob[ObjectIdentifier(job)], let (_, item) = byHandle[transfer.handle] else { return }
        remove(transfer)
        queues.finished(host: item.host)
    }

    private func remove(_ transfer: Transfer) {
        _ = modeltrack_curl_multi_remove_handle(multi.pointer, transfer.handle)
        byHandle[transfer.handle] = nil
        byJob[ObjectIdentifier(transfer.job)] = nil
    }

    private func fail(_ items: [HostQueues.Item], kind: FetchError.Kind, _ message: String) {
        for item in items {
            item.job.finish(.failure(FetchError(url: item.job.request.url, kind: kind, message: message)))
        }
    }

    private func failAll(because code: CURLMcode) {
        let message = "curl_multi_perform failed: \(Curl.describe(code))"
        for (transfer, item) in Array(byHandle.values) {
            remove(transfer)
            queues.finished(host: item.host)
            transfer.job.finish(.failure(FetchError(url: transfer.job.request.url, kind: .transport, message: message)))
        }
    }
}
