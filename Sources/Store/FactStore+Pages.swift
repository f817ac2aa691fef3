internal import Archiving
internal import Foundation
internal import GRDB
internal import Model

extension FactStore {
    /// Saves everything learned from one fetch in one transaction: the `fetch` row, the archived body
    /// (deduplicated by SHA-256), the document and its claims.
    ///
    /// When a document with the same URL and body hash already exists it is reused (and made current
    /// again if a different version had replaced it); its claims are not inserted twice, and
    /// `isNewDocument` is false. A new document becomes the URL's current one. Every claim's citation
    /// must carry the body's SHA-256; the stored citation takes its URL, title and publication time
    /// from the document and its retrieval time from the fetch.
    ///
    /// Either everything is written or nothing is.
    public func savePage(_ page: PageRecord) throws -> SavedPage {
        try savePages([page])[0].get()
    }

    /// Saves several pages in one transaction (what ``savePage(_:)`` does for each), for crawls that
    /// store many pages: one commit instead of one per page. A page that is refused (see
    /// ``savePage(_:)``) gets its error and the others are saved; when the transaction itself fails,
    /// each page is tried on its own so that one bad page cannot take the others down.
    ///
    /// With `readsClaims` false, a new document's `SavedPage.claims` is left empty (they are stored,
    /// but not read back with their ids): a crawl only counts them.
    public func savePages(_ pages: [PageRecord], readsClaims: Bool = true) throws -> [Result<SavedPage, StoreError>] {
        var results: [Result<SavedPage, StoreError>?] = Array(repeating: nil, count: pages.count)
        var prepared: [(index: Int, page: PageRecord, sha256: String?, body: BodyRecord?)] = []
        for (index, page) in pages.enumerated() {
            do {
                let (sha256, body) = try prepare(page)
                prepared.append((index, page, sha256, body))
            } catch {
                results[index] = .failure(error)
            }
        }
        do {
            let context =
                prepared.count == 1 ? "saving the page \(prepared[0].page.fetch.finalURL)" : "saving \(prepared.count) pages"
            let saved = try write(context) { db in
                try prepared.map { try Self.insert($0.page, sha256: $0.sha256, body: $0.body, readsClaims: readsClaims, db) }
            }
            for (entry, page) in zip(prepared, saved) { results[entry.index] = .success(page) }
        } catch {
            guard prepared.count > 1 else {
                if let only = prepared.first {
                    results[only.index] = .failure(StoreError.wrapping(error, path: path, context: "saving the page \(only.page.fetch.finalURL)"))
                }
                return results.map { $0 ?? .failure(StoreError(kind: .database, path: path, context: "saving pages", message: "not saved")) }
            }
            for entry in prepared {
                results[entry.index] = Result {
                    try write("saving the page \(entry.page.fetch.finalURL)") { db in
                        try Self.insert(entry.page, sha256: entry.sha256, body: entry.body, readsClaims: readsClaims, db)
                    }
                }.mapError { $0 as? StoreError ?? StoreError.wrapping($0, path: path, context: "saving a page") }
            }
        }
        return results.map { $0 ?? .failure(StoreError(kind: .database, path: path, context: "saving pages", message: "not saved")) }
    }

    /// Checks a page and compresses its body when it is not archived yet (outside any transaction).
    private func prepare(_ page: PageRecord) throws(StoreError) -> (sha256: String?, body: BodyRecord?) {
        let fetch = page.fetch
        let context = "saving the page \(fetch.finalURL)"
        if page.document != nil, fetch.isNotModified {
            throw StoreError(
                kind: .invalidInput, path: path, context: context,
                message: "a 304 answer has no body, so it cannot carry a document")
        }
        if page.document == nil, !page.claims.isEmpty {
            throw StoreError(
                kind: .invalidInput, path: path, context: context,
                message: "\(page.claims.count) claims but no document to cite")
        }
        let sha256 = fetch.isNotModified ? nil : SHA256Digest.hex(fetch.body)
        for claim in page.claims where claim.source.sha256 != sha256 {
            throw StoreError(
                kind: .invalidInput, path: path, context: context,
                message: "the claim \(claim.model) \(claim.attribute) cites body \(claim.source.sha256), "
                    + "but the fetched body hashes to \(sha256 ?? "nothing (304)")")
        }
        var body: BodyRecord?
        do {
            if let sha256, try !read(context, { db in try BodyRecord.exists(db, sha256: sha256) }) {
                body = try BodyRecord(bytes: fetch.body, sha256: sha256)
            }
        } catch {
            throw StoreError.wrapping(error, path: path, context: context)
        }
        return (sha256, body)
    }

    /// Writes one page inside the caller's transaction.
    private static func insert(
        _ page: PageRecord, sha256: String?, body: BodyRecord?, readsClaims: Bool, _ db: Database
    ) throws -> SavedPage {
        let fetch = page.fetch
        try body?.insertIfMissing(db, at: fetch.fetchedAt)
        var fetchRecord = FetchRecord(fetch, sourceID: page.sourceID, sha256: sha256)
        try fetchRecord.insert(db)
        let fetchID = db.lastInsertedRowID
        guard let document = page.document, let sha256 else {
            return SavedPage(fetchID: fetchID, sha256: sha256, documentID: nil, isNewDocument: false, claims: [])
        }
        if let existing = try DocumentRecord.id(db, url: document.url, sha256: sha256) {
            try DocumentRecord.makeCurrent(db, id: existing, url: document.url)
            let claims = try ClaimRecord.cited(db, where: "claim.document_id = ?", arguments: [existing], cached: true)
            return SavedPage(fetchID: fetchID, sha256: sha256, documentID: existing, isNewDocument: false, claims: claims)
        }
        try DocumentRecord.retire(db, url: document.url)
        var documentRecord = try DocumentRecord(document, sha256: sha256, fetchID: fetchID, firstSeen: fetch.fetchedAt)
        try documentRecord.insert(db)
        let documentID = db.lastInsertedRowID
        try ClaimRecord.insertAll(page.claims, documentID: documentID, fetchID: fetchID, firstSeen: fetch.fetchedAt, db)
        let claims =
            readsClaims ? try ClaimRecord.cited(db, where: "claim.document_id = ?", arguments: [documentID], cached: true) : []
        return SavedPage(fetchID: fetchID, sha256: sha256, documentID: documentID, isNewDocument: true, claims: claims)
    }
}
