extension StoreSchema {
    /// `v2-search-document-rank`: the columns search ranks and filters documents by, in one index.
    ///
    /// `document` rows carry the whole main text before `is_current` and `first_seen`, so reading
    /// those for every full-text match walks each page's overflow pages. With this covering index a
    /// search reads them from the index alone (`INDEXED BY document_search`).
    static let searchDocumentRank: [String] = [
        "CREATE INDEX document_search ON document(id, is_current, published, first_seen)"
    ]
}
