import Model

/// A feed given to `extract`, listed for people: its title and each entry's title and link.
enum FeedListing {
    static func render(_ feed: Feed) -> String {
        var lines = [feed.title ?? "(untitled feed)", "\(feed.entries.count) entries (\(feed.format.rawValue))", ""]
        for entry in feed.entries {
            let date = entry.published.map { Timestamp.day($0) + "  " } ?? ""
            lines.append("- " + date + (entry.title ?? "(untitled)"))
            lines.append("  " + entry.url)
        }
        return lines.joined(separator: "\n")
    }
}
