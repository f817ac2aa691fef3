public import Foundation
internal import GRDB
internal import Model

/// A page checked and turned into row values, ready for ``FactStore/savePrepared(_:readsClaims:)``.
///
/// Preparing is the part of saving a page that needs no write lock: checking the claims cite the body,
/// hashing and compressing the body, formatting times and encoding JSON. A crawl prepares each page on
/// the task that parsed it, so the one writer only binds values and steps statements.
public struct PreparedPage: Sendable {
    /// The page as given.
    public let page: PageRecord
    let sha256: String?
    /// The compressed body (inserted unless one with the same hash is archived); nil for a 304.
    let body: BodyRecord?
    let fetchRow: [DatabaseValue]
    let document: DocumentRow?
    let claimRows: [ClaimRow]
    /// A feed entry to mark fetched (every feed listing this URL) in the same transaction.
    var fetchedEntry: (url: String, at: String)?

    /// The values of a `document` row, but its fetch id.
    struct DocumentRow: Sendable {
        var url: String
        var values: [DatabaseValue]
    }

    /// The values of a `claim` row, but its document and fetch ids.
    struct ClaimRow: Sendable {
        var values: [DatabaseValue]
    }

    init(page: PageRecord, sha256: String?, body: BodyRecord?) throws {
        self.page = page
        self.sha256 = sha256
        self.body = body
        let fetch = page.fetch
        fetchRow = [
            page.sourceID.databaseValue, fetch.requestedURL.databaseValue, fetch.finalURL.databaseValue,
            fetch.status.databaseValue, fetch.etag.databaseValue, fetch.lastModified.databaseValue,
            fetch.contentType.databaseValue, max(0, fetch.redirectCount).databaseValue,
            Timestamp.format(fetch.fetchedAt).databaseValue, sha256.databaseValue,
        ]
        let firstSeen = Timestamp.format(fetch.fetchedAt)
        if let document = page.document, sha256 != nil {
            let tables = String(decoding: try ContractJSON.encoder().encode(document.tables), as: UTF8.self)
            self.document = DocumentRow(
                url: document.url,
                values: [
                    document.url.databaseValue, sha256.databaseValue, document.title.databaseValue,
                    document.published.map(Timestamp.format).databaseValue, document.author.databaseValue,
                    document.canonicalURL.databaseValue, document.language.databaseValue, document.text.databaseValue,
                    tables.databaseValue, firstSeen.databaseValue,
                ])
            let encoder = ContractJSON.encoder()
            claimRows = try page.claims.map { claim in
                let qualifiers = String(decoding: try encoder.encode(claim.qualifiers), as: UTF8.self)
                return ClaimRow(values: [
                    claim.model.rawValue.databaseValue, claim.modelName.databaseValue,
                    claim.attribute.rawValue.databaseValue, claim.value.databaseValue, claim.unit.databaseValue,
                    claim.text.databaseValue, qualifiers.databaseValue, claim.quote.databaseValue,
                    firstSeen.databaseValue,
                ])
            }
        } else {
            document = nil
            claimRows = []
        }
    }

    /// This page, also marking the feed entry `url` fetched at `date` when it is saved.
    public func markingEntryFetched(_ url: String, at date: Date) -> PreparedPage {
        var copy = self
        copy.fetchedEntry = (url, Timestamp.format(date))
        return copy
    }
}
