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
        // Compress outside the write transaction, and only bodies not archived yet.
        var body: BodyRecord?
        if let sha256, try !read(context, { db in try BodyRecord.exists(db, sha256: sha256) }) {
            do {
                body = try BodyRecord(bytes: fetch.body, sha256: sha256)
            } catch {
                throw StoreError.wrapping(error, path: path, context: context)
            }
        }
        return try write(context) { db in
            try body?.insertIfMissing(db, at: fetch.fetchedAt)
            var fetchRecord = FetchRecord(fetch, sourceID: page.sourceID, sha256: sha256)
            try fetchRecord.insert(db)
            let fetchID = db.lastInsertedRowID
            guard let document = page.document, let sha256 else {
                return SavedPage(fetchID: fetchID, sha256: sha256, documentID: nil, isNewDocument: false, claims: [])
            }
            if let existing = try DocumentRecord.id(db, url: document.url, sha256: sha256) {
                try DocumentRecord.makeCurrent(db, id: existing, url: document.url)
                let claims = try ClaimRecord.cited(db, where: "claim.document_id = ?", arguments: [existing])
                return SavedPage(
                    fetchID: fetchID, sha256: sha256, documentID: existing, isNewDocument: false, claims: claims)
            }
            try DocumentRecord.retire(db, url: document.url)
            var documentRecord = try DocumentRecord(
                document, sha256: sha256, fetchID: fetchID, firstSeen: fetch.fetchedAt)
            try documentRecord.insert(db)
            let documentID = db.lastInsertedRowID
            for claim in page.claims {
                var record = ClaimRecord(
                    documentID: documentID, fetchID: fetchID, claim: claim, firstSeen: fetch.fetchedAt)
                try record.insert(db)
            }
            let claims = try ClaimRecord.cited(db, where: "claim.document_id = ?", arguments: [documentID])
            return SavedPage(
                fetchID: fetchID, sha256: sha256, documentID: documentID, isNewDocument: true, claims: claims)
        }
    }
}
