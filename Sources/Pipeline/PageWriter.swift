import Dispatch
import Store
import Synchronization

/// Saves crawled pages with group commit: pages that arrive while a transaction is being written
/// wait and go together in the next one, so a fast crawl pays one commit per batch, not per page.
///
/// Writes run on a queue of their own, off Swift's cooperative threads (which parse meanwhile).
/// Each page is still all-or-nothing, and a batch is one transaction: a crash loses at most the
/// batch being written, which the next crawl fetches again.
final class PageWriter: Sendable {
    private typealias Waiting = (page: PageRecord, continuation: CheckedContinuation<Result<SavedPage, StoreError>, Never>)

    private struct State {
        var waiting: [Waiting] = []
        var writing = false
    }

    private let store: FactStore
    private let state = Mutex(State())
    private let queue = DispatchQueue(label: "modeltrack.store-writer")
    /// The most pages in one transaction.
    static let batchLimit = 128

    init(store: FactStore) {
        self.store = store
    }

    /// Saves one page (in whichever batch it joins) and returns what was stored (a new document's
    /// claims are stored but not read back: `claims` is empty).
    func save(_ page: PageRecord) async throws(StoreError) -> SavedPage {
        let result = await withCheckedContinuation { continuation in
            let startsWriter = state.withLock { state -> Bool in
                state.waiting.append((page, continuation))
                guard !state.writing else { return false }
                state.writing = true
                return true
            }
            if startsWriter { queue.async { self.drain() } }
        }
        return try result.get()
    }

    /// Writes batches until nobody is waiting.
    private func drain() {
        while true {
            let batch = state.withLock { state -> [Waiting] in
                guard !state.waiting.isEmpty else {
                    state.writing = false
                    return []
                }
                let taken = Array(state.waiting.prefix(Self.batchLimit))
                state.waiting.removeFirst(taken.count)
                return taken
            }
            guard !batch.isEmpty else { return }
            let results: [Result<SavedPage, StoreError>]
            do {
                results = try store.savePages(batch.map(\.page), readsClaims: false)
            } catch {
                let failure = error as? StoreError
                    ?? StoreError(kind: .database, path: store.path, context: "saving pages", message: "\(error)")
                results = Array(repeating: .failure(failure), count: batch.count)
            }
            for (waiting, result) in zip(batch, results) { waiting.continuation.resume(returning: result) }
        }
    }
}
