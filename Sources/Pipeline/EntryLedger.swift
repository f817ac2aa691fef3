import Foundation
import Logging
import Store

/// Counts failed fetches of feed entries against them. (An entry fetched with success is marked in the
/// transaction that saves its page, by ``PageWriter``.)
struct EntryLedger {
    let store: FactStore
    let logger: Logger

    init(store: FactStore, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    func note(_ outcome: PageOutcome, url: String) {
        switch outcome {
        case .failed, .blocked:
            do { try store.markEntryFailed(url: url) } catch { logger.warning("\(error)") }
        case .stored, .unchanged, .skipped, .feed, .notAttempted:
            break
        }
    }
}
