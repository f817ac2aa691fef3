import Fetching
import Foundation
import Model
import Store

/// One URL: robots.txt, the paced fetch, then parsing and storing what came back.
extension Crawler {
    /// Fetches and processes one URL; never throws, so one bad page cannot stop the crawl.
    func visit(_ target: Target, stop: CrawlStop) async -> Visit {
        guard !stop.isStopped else { return Visit(target: target, outcome: .notAttempted) }
        let now = clock()
        do {
            var rule = politeness.rule(for: target.url, source: target.source)
            if let robots, HostRule.host(of: target.url) != nil {
                let answer = await robots.answer(for: target.url, rule: rule)
                guard !stop.isStopped else { return Visit(target: target, outcome: .notAttempted) }
                if !answer.policy.allows(target.url) {
                    let message = answer.problem ?? "robots.txt disallows it for modeltrack"
                    try store.recordFetch(nil, requestedURL: target.url, sourceID: target.sourceID, error: message, at: now)
                    return Visit(target: target, outcome: .blocked(message))
                }
                rule = politeness.rule(for: target.url, source: target.source, crawlDelay: answer.policy.crawlDelay)
            }
            let validators = target.knowsValidators ? target.validators : try store.validators(for: target.url)
            let request = FetchRequest(
                url: target.url, etag: validators?.etag, lastModified: validators?.lastModified, rule: rule)
            let fetch: Fetch
            do {
                guard !stop.isStopped else { return Visit(target: target, outcome: .notAttempted) }
                fetch = try await fetcher.fetch(request)
            } catch {
                if error.kind == .cancelled, stop.isStopped { return Visit(target: target, outcome: .notAttempted) }
                let message = error.message
                try store.recordFetch(nil, requestedURL: target.url, sourceID: target.sourceID, error: message, at: now)
                return Visit(target: target, outcome: .failed(message))
            }
            do {
                return try await process(fetch, target: target)
            } catch {
                // A page that cannot be parsed or stored is recorded as a failed fetch, so it is retried.
                let message = String(describing: error)
                _ = try? store.recordFetch(
                    fetch, requestedURL: target.url, sourceID: target.sourceID, error: message, at: fetch.fetchedAt)
                return Visit(target: target, outcome: .failed(message))
            }
        } catch {
            return Visit(target: target, outcome: .failed(String(describing: error)))
        }
    }

    private func process(_ fetch: Fetch, target: Target) async throws -> Visit {
        let wait = RevisitHint.seconds(for: fetch, now: fetch.fetchedAt)
        if fetch.isNotModified {
            // No parsing: just the fetch record (batched with other pages); a feed's entries still to
            // fetch are in the store.
            _ = try await writer.save(PageRecord(fetch: fetch, sourceID: target.sourceID), fetchedEntry: fetchedEntry(target))
            if target.followsEntries, target.isSourceRoot, let listed = try listedBefore(target.url) {
                let pending = try store.pendingFeedEntries(feedURL: target.url)
                return Visit(target: target, outcome: .feed(pending, listed: listed, notModified: true), serverWait: wait)
            }
            return Visit(target: target, outcome: .unchanged, serverWait: wait)
        }
        guard fetch.isSuccess else {
            let message = "HTTP \(fetch.status)"
            try store.recordFetch(fetch, requestedURL: target.url, sourceID: target.sourceID, error: message, at: fetch.fetchedAt)
            return Visit(target: target, outcome: .failed(message), serverWait: wait)
        }
        let page = try reader.read(fetch, records: target.source.records)
        switch page.content {
        case .feed(let feed):
            if target.isAdHoc {
                let name = feed.title ?? target.url
                try store.upsertSource(Source(url: target.url, kind: .feed, name: name, publisher: Self.commandLine))
            }
            let entries = feed.entries.map { entry in
                ListedEntry(
                    key: entry.id, url: entry.url, canonicalURL: CanonicalURL.key(entry.url), published: entry.published,
                    changed: entry.updated ?? entry.published)
            }
            // Entries first, then the feed's archived copy (whose validators make the next answer a 304):
            // a crash in between leaves the feed to be read again, never a 304 over entries not recorded.
            let toFetch = try store.recordFeedEntries(entries, feedURL: target.url, at: fetch.fetchedAt)
            _ = try store.savePage(PageRecord(fetch: fetch, sourceID: target.sourceID, document: nil, claims: []))
            return Visit(
                target: target, outcome: .feed(toFetch, listed: feed.entries.count, notModified: false),
                serverWait: RevisitHint.seconds(for: fetch, feed: feed, now: fetch.fetchedAt))
        case .document(let document, let claims):
            let saved = try await writer.save(
                PageRecord(fetch: fetch, sourceID: target.sourceID, document: document, claims: claims),
                fetchedEntry: fetchedEntry(target))
            let outcome: PageOutcome = saved.isNewDocument ? .stored(claims: claims.count) : .unchanged
            return Visit(target: target, outcome: outcome, serverWait: wait)
        case .unsupported(let contentType):
            _ = try await writer.save(
                PageRecord(fetch: fetch, sourceID: target.sourceID, document: nil, claims: []), fetchedEntry: fetchedEntry(target))
            return Visit(target: target, outcome: .skipped(contentType), serverWait: wait)
        }
    }

    /// The feed entry to mark fetched, now, in the transaction that saves its page; nil for a source's own
    /// URL, which is no feed entry.
    private func fetchedEntry(_ target: Target) -> (url: String, at: Date)? {
        target.isSourceRoot ? nil : (target.url, clock())
    }

    /// How many entries the feed listed when last read, or nil when it was never read as a feed.
    private func listedBefore(_ feedURL: String) throws -> Int? {
        let count = try store.feedEntryCount(feedURL: feedURL)
        return count > 0 ? count : nil
    }
}
