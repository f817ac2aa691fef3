import Dispatch
import Foundation
import Synchronization

/// The fetch thread: a dedicated thread that drives every transfer of one ``Fetcher`` through libcurl's
/// multi interface, so transfers never block Swift's cooperative thread pool.
///
/// Callers hand jobs over through a lock-protected queue and wake the thread with `curl_multi_wakeup` (the first
/// job of a batch does); the thread-side work is done by ``TransferRunner``.
final class TransferLoop: Sendable {
    /// What callers have handed over since the thread last looked.
    struct Work: Sendable {
        var incoming: [TransferJob] = []
        var withdrawn: [TransferJob] = []
        /// Fail every request that has not started yet (transfers in flight run to their end).
        var abandonQueued = false
        var stopping = false
    }

    private let multi: MultiHandle?
    private let startupFailure: FetchError?
    private let work = Mutex(Work())
    private let running = DispatchGroup()

    init(configuration: FetchConfiguration) {
        do {
            let multi = try MultiHandle(configuration: configuration)
            self.multi = multi
            self.startupFailure = nil
        } catch {
            self.multi = nil
            self.startupFailure = error
        }
        guard let multi else { return }
        running.enter()
        let thread = Thread { [self, running] in
            TransferRunner(multi: multi, configuration: configuration, loop: self).run()
            running.leave()
        }
        thread.name = "modeltrack.fetching"
        thread.start()
    }

    /// Queues a job for the fetch thread; fails it at once when the loop is shut down or never started.
    func submit(_ job: TransferJob) {
        guard let multi else {
            let message = startupFailure?.message ?? "libcurl could not be set up"
            job.finish(.failure(FetchError(url: job.request.url, kind: .transport, message: message)))
            return
        }
        // Only the first job since the thread last took its work wakes it: a crawl submits hundreds at once,
        // and the thread takes every queued job when it wakes.
        let (accepted, wakes) = work.withLock { work -> (Bool, Bool) in
            guard !work.stopping else { return (false, false) }
            work.incoming.append(job)
            return (true, work.incoming.count == 1)
        }
        guard accepted else {
            job.finish(.failure(FetchError(url: job.request.url, kind: .cancelled, message: "the fetcher was shut down")))
            return
        }
        if wakes { multi.wakeup() }
    }

    /// Asks the fetch thread to drop a cancelled job's transfer.
    func withdraw(_ job: TransferJob) {
        guard let multi else { return }
        work.withLock { work in
            if let index = work.incoming.firstIndex(where: { $0 === job }) {
                work.incoming.remove(at: index)
            } else if !work.stopping {
                work.withdrawn.append(job)
            }
        }
        multi.wakeup()
    }

    /// Fails every request not started yet with ``FetchError/Kind/cancelled``; running transfers finish.
    func abandonQueued() {
        guard let multi else { return }
        let orphans = work.withLock { work -> [TransferJob] in
            work.abandonQueued = true
            defer { work.incoming.removeAll() }
            return work.incoming
        }
        for job in orphans {
            job.finish(.failure(FetchError(url: job.request.url, kind: .cancelled, message: "the crawl is stopping")))
        }
        multi.wakeup()
    }

    /// Whether ``abandonQueued()`` was called since the fetch thread last took its work: checked again
    /// before anything starts, so that once `abandonQueued` returns no queued request starts.
    var isAbandoningQueued: Bool {
        work.withLock { $0.abandonQueued }
    }

    /// Stops the fetch thread, failing transfers still in flight, and waits until it has exited.
    func shutdown() {
        guard let multi else { return }
        let orphans = work.withLock { work -> [TransferJob] in
            work.stopping = true
            defer { work.incoming.removeAll() }
            return work.incoming
        }
        for job in orphans {
            job.finish(.failure(FetchError(url: job.request.url, kind: .cancelled, message: "the fetcher was shut down")))
        }
        multi.wakeup()
        running.wait()
    }

    /// Hands the fetch thread everything queued since it last asked, emptying the queue.
    func takeWork() -> Work {
        work.withLock { work in
            defer {
                work.incoming.removeAll()
                work.withdrawn.removeAll()
                work.abandonQueued = false
            }
            return work
        }
    }
}
