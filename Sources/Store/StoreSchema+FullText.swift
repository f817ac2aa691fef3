extension StoreSchema {
    /// `v3-full-text-in-batches`: the full-text insert triggers stand aside while the
    /// `full-text-deferred` marker exists, so that saving a batch of pages indexes its new rows with one
    /// statement per table (``PageInsertion``). The marker lives only inside that transaction; any
    /// other insert is indexed by the triggers as before.
    static let fullTextInBatches: [String] = [
        "DROP TRIGGER document_fts_insert",
        """
        CREATE TRIGGER document_fts_insert AFTER INSERT ON document
        WHEN NOT EXISTS (SELECT 1 FROM crawl_marker WHERE name = 'full-text-deferred') BEGIN
            INSERT INTO document_fts(rowid, title, main_text) VALUES (new.id, new.title, new.main_text);
        END
        """,
        "DROP TRIGGER claim_fts_insert",
        """
        CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim
        WHEN NOT EXISTS (SELECT 1 FROM crawl_marker WHERE name = 'full-text-deferred') BEGIN
            INSERT INTO claim_fts(rowid, model, model_name, attribute, quote)
                VALUES (new.id, new.model, new.model_name, new.attribute, new.quote);
        END
        """,
    ]
}
