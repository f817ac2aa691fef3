import Store

/// What happened to one URL.
enum PageOutcome: Sendable {
    case stored(claims: Int)
    case unchanged
    /// A feed: the entries to fetch, how many it listed, and whether it answered 304.
    case feed([PendingEntry], listed: Int, notModified: Bool)
    case skipped(String)
    /// robots.txt does not allow the URL (or could not be read).
    case blocked(String)
    case failed(String)
    /// Never requested: the crawl was stopping.
    case notAttempted

    /// Why the URL counts as failed for its source's health, or nil when it went fine.
    var problem: String? {
        switch self {
        case .failed(let message), .blocked(let message): message
        default: nil
        }
    }
}

extension CrawlSummary {
    mutating func record(_ outcome: PageOutcome, for url: String) {
        if case .notAttempted = outcome { return }
        fetched += 1
        switch outcome {
        case .stored(let claims):
            newDocuments += 1
            newClaims += claims
        case .unchanged: unchanged += 1
        case .feed(_, let listed, let notModified):
            feeds += 1
            feedEntries += listed
            if notModified { unchanged += 1 }
        case .skipped: skipped += 1
        case .blocked(let message):
            blocked += 1
            failures.append(Failure(url: url, message: message))
        case .failed(let message): failures.append(Failure(url: url, message: message))
        case .notAttempted: break
        }
    }
}
