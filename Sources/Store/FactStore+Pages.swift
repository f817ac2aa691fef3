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
    /// With `readsClaims` false, `SavedPage.claims` is left empty (a new document's claims are stored,
    /// but not read back with their ids): a crawl only counts them.
    public func savePages(_ pages: [PageRecord], readsClaims: Bool = true) throws -> [Result<SavedPage, StoreError>] {
        let prepared = pages.map { page in Result { () throws(StoreError) in try prepare(page) } }
        return savePrepared(prepared, readsClaims: readsClaims)
    }

    /// Checks a page and turns it into row values, compressing its body; the store is not touched, so
    /// crawl tasks prepare their pages in parallel. See ``savePrepared(_:readsClaims:)``.
    public func prepare(_ page: PageRecord) throws(StoreError) -> PreparedPage {
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
        do {
            // Compressed whether or not the body is archived already: cheaper than asking the store first.
            let body = try sha256.map { sha256 in try BodyRecord(bytes: fetch.body, sha256: sha256) }
            return try PreparedPage(page: page, sha256: sha256, body: body)
        } catch {
            throw StoreError.wrapping(error, path: path, context: context)
        }
    }

    /// Saves prepared pages in one transaction; a page that failed to prepare keeps its error. When the
    /// transaction fails, each page is tried on its own (see ``savePages(_:readsClaims:)``).
    public func savePrepared(
        _ pages: [Result<PreparedPage, StoreError>], readsClaims: Bool = true
    ) -> [Result<SavedPage, StoreError>] {
        var results: [Result<SavedPage, StoreError>?] = pages.map { result in
            if case .failure(let error) = result { return .failure(error) }
            return nil
        }
        let prepared: [(index: Int, page: PreparedPage)] = pages.enumerated().compactMap { index, result in
            guard case .success(let page) = result else { return nil }
            return (index, page)
        }
        do {
            let context =
                prepared.count == 1 ? "saving the page \(prepared[0].page.page.fetch.finalURL)" : "saving \(prepared.count) pages"
            let saved = try write(context) { db in try PageInsertion.insert(prepared.map(\.page), readsClaims: readsClaims, db) }
            for (entry, page) in zip(prepared, saved) { results[entry.index] = .success(page) }
        } catch {
            for entry in prepared {
                let context = "saving the page \(entry.page.page.fetch.finalURL)"
                results[entry.index] = Result {
                    guard prepared.count > 1 else { throw error }
                    return try write(context) { db in try PageInsertion.insert([entry.page], readsClaims: readsClaims, db)[0] }
                }.mapError { StoreError.wrapping($0, path: path, context: context) }
            }
        }
        return results.map { $0 ?? .failure(StoreError(kind: .database, path: path, context: "saving pages", message: "not saved")) }
    }
}
