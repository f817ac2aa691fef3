import Foundation
import Logging
import Store

/// Notes which feed entries were fetched, and writes them to the store in batches.
///
/// Losing a batch (a crash) costs nothing but a conditional re-fetch next time: marks are only
/// an optimization over what the archive already holds.
struct EntryLedger {
    let store: FactStore
    let logger: Logger
    private var fetched: [String] = []
    private var fetchedAt: Date?
    static let batchSize = 64

    init(store: FactStore, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    mutating func note(_ outcome: PageOutcome, url: String, at date: Date) {
        switch outcome {
        case .stored, .unchanged, .skipped:
            fetched.append(url)
            fetchedAt = date
            if fetched.count >= Self.batchSize { flush() }
        case .failed, .blocked:
            do { try store.markEntryFailed(url: url) } catch { logger.warning("\(error)") }
        case .feed, .notAttempted:
            break
        }
    }

    mutating func flush() {
        guard let fetchedAt, !fetched.isEmpty else { return }
        do { try store.markEntriesFetched(urls: fetched, at: fetchedAt) } catch { logger.warning("\(error)") }
        fetched.removeAll()
    }
}
