import Dispatch
import Foundation
import Store
import Synchronization

/// Saves crawled pages in batches: one transaction for the pages that gathered while the previous
/// batch was written, or within `gatherTime` of the first one, so a fast crawl pays one commit (and
/// one full-text flush) per batch, not per page.
///
/// Each page is prepared (checked, its body hashed and compressed, its rows encoded) on the task that
/// parsed it; only the inserts run on the writer's own queue, off Swift's cooperative threads. Each
/// page is still all-or-nothing, and a batch is one transaction: a crash loses at most the batch
/// being written, whose pages the next crawl fetches again (their feed entries are marked fetched in
/// the same transaction).
final class PageWriter: Sendable {
    private typealias Waiting = (
        page: Result<PreparedPage, StoreError>, continuation: CheckedContinuation<Result<SavedPage, StoreError>, Never>
    )

    private struct State {
        var waiting: [Waiting] = []
        /// A drain is scheduled or running.
        var writing = false
        var transactions = 0
    }

    private let store: FactStore
    private let state = Mutex(State())
    private let queue = DispatchQueue(label: "modeltrack.store-writer")
    /// The most pages in one transaction.
    let batchLimit: Int
    /// How long the first page of a batch waits for others to join it.
    let gatherTime: DispatchTimeInterval

    init(store: FactStore, batchLimit: Int = 256, gatherTime: DispatchTimeInterval = .milliseconds(20)) {
        self.store = store
        self.batchLimit = max(1, batchLimit)
        self.gatherTime = gatherTime
    }

    /// How many transactions have been written so far.
    var transactions: Int { state.withLock { $0.transactions } }

    /// Saves one page (in whichever batch it joins) and returns what was stored (a new document's
    /// claims are stored but not read back: `claims` is empty). With `fetchedEntry`, the feed entries
    /// listing that URL are marked fetched at that time in the same transaction.
    func save(_ page: PageRecord, fetchedEntry: (url: String, at: Date)? = nil) async throws(StoreError) -> SavedPage {
        var prepared = Result { () throws(StoreError) in try store.prepare(page) }
        if let fetchedEntry {
            prepared = prepared.map { $0.markingEntryFetched(fetchedEntry.url, at: fetchedEntry.at) }
        }
        let result = await withCheckedContinuation { continuation in
            let startsWriter = state.withLock { state -> Bool in
                state.waiting.append((prepared, continuation))
                guard !state.writing else { return false }
                state.writing = true
                return true
            }
            if startsWriter { queue.asyncAfter(deadline: .now() + gatherTime) { self.drain() } }
        }
        return try result.get()
    }

    /// Writes batches while a full one is waiting; leaves a partial one to gather for `gatherTime`.
    private func drain() {
        while true {
            let batch = state.withLock { state -> [Waiting] in
                let taken = Array(state.waiting.prefix(batchLimit))
                state.waiting.removeFirst(taken.count)
                if taken.isEmpty { state.writing = false } else { state.transactions += 1 }
                return taken
            }
            guard !batch.isEmpty else { return }
            let results = store.savePrepared(batch.map(\.page), readsClaims: false)
            for (waiting, result) in zip(batch, results) { waiting.continuation.resume(returning: result) }
            let next = state.withLock { state -> Int in
                if state.waiting.isEmpty { state.writing = false }
                return state.waiting.count
            }
            if next == 0 { return }
            if next < batchLimit {
                queue.asyncAfter(deadline: .now() + gatherTime) { self.drain() }
                return
            }
        }
    }
}
