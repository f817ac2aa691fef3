/// What happened to one URL.
enum PageOutcome: Sendable {
    case stored(claims: Int)
    case unchanged
    /// A feed: the entry URLs to fetch, how many it listed, and whether it answered 304.
    case feed([String], listed: Int, notModified: Bool)
    case skipped(String)
    case failed(String)
}

extension CrawlSummary {
    mutating func record(_ outcome: PageOutcome, for url: String) {
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
        case .failed(let message): failures.append(Failure(url: url, message: message))
        }
    }
}
