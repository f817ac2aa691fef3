internal import Foundation

/// What one crawl did, for the one-line summary and `crawl --json`.
public struct CrawlSummary: Sendable, Codable, Hashable {
    /// URLs fetched (feeds and pages), including those that failed.
    public var fetched = 0
    /// Pages whose content was new and stored as a new document.
    public var newDocuments = 0
    /// Pages that answered 304 or whose bytes were already stored.
    public var unchanged = 0
    /// Feeds read, and entries they listed.
    public var feeds = 0
    public var feedEntries = 0
    /// Claims stored from new documents.
    public var newClaims = 0
    /// Conflicts open after the crawl, and how many were opened or resolved by it.
    public var openConflicts = 0
    public var newConflicts = 0
    public var resolvedConflicts = 0
    /// Responses modeltrack cannot read yet (PDF, images …), kept in the archive.
    public var skipped = 0
    /// URLs robots.txt does not allow (also listed among the failures).
    public var blocked = 0
    /// URLs left for the next crawl because this one was asked to stop.
    public var notAttempted = 0
    public var failures: [Failure] = []
    public var seconds: Double = 0

    public init() {}

    public struct Failure: Sendable, Codable, Hashable {
        public var url: String
        public var message: String
    }

    enum CodingKeys: String, CodingKey {
        case fetched, unchanged, feeds, skipped, blocked, failures, seconds
        case notAttempted = "not_attempted"
        case newDocuments = "new_documents"
        case feedEntries = "feed_entries"
        case newClaims = "new_claims"
        case openConflicts = "open_conflicts"
        case newConflicts = "new_conflicts"
        case resolvedConflicts = "resolved_conflicts"
    }

    /// `crawled 6 URLs in 0.4 s: 5 new pages, 0 unchanged, 23 new claims, 5 open conflicts (5 new), 0 failed`.
    public var line: String {
        var parts = [
            "\(newDocuments) new page\(newDocuments == 1 ? "" : "s")",
            "\(unchanged) unchanged",
            "\(newClaims) new claim\(newClaims == 1 ? "" : "s")",
        ]
        var conflicts = "\(openConflicts) open conflict\(openConflicts == 1 ? "" : "s")"
        var changes: [String] = []
        if newConflicts > 0 { changes.append("\(newConflicts) new") }
        if resolvedConflicts > 0 { changes.append("\(resolvedConflicts) resolved") }
        if !changes.isEmpty { conflicts += " (" + changes.joined(separator: ", ") + ")" }
        parts.append(conflicts)
        if skipped > 0 { parts.append("\(skipped) skipped") }
        parts.append("\(failures.count) failed")
        if blocked > 0 { parts[parts.count - 1] += " (\(blocked) by robots.txt)" }
        if notAttempted > 0 { parts.append("\(notAttempted) left for next time (stopped)") }
        let time = String(format: "%.1f", seconds)
        return "crawled \(fetched) URL\(fetched == 1 ? "" : "s") in \(time) s: " + parts.joined(separator: ", ")
    }
}
