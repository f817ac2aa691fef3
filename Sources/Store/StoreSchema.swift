internal import GRDB

/// The store's schema as a sequence of migrations; the SQL is what `Store/README.md` documents.
///
/// Integrity lives here: NOT NULL, UNIQUE, CHECK and foreign keys refuse what the Swift code
/// should never write, and triggers keep the full-text tables in step with their content tables.
enum StoreSchema {
    /// The migrator with every migration this version knows, oldest first.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            for statement in version1 { try db.execute(sql: statement) }
        }
        migrator.registerMigration("v2-crawl-state") { db in
            for statement in CrawlSchema.statements { try db.execute(sql: statement) }
        }
        migrator.registerMigration("v2-digest-bookmark") { db in
            for statement in digestBookmark { try db.execute(sql: statement) }
        }
        migrator.registerMigration("v2-search-document-rank") { db in
            for statement in searchDocumentRank { try db.execute(sql: statement) }
        }
        migrator.registerMigration("v3-full-text-in-batches") { db in
            for statement in fullTextInBatches { try db.execute(sql: statement) }
        }
        return migrator
    }

    /// True when exactly the migrations this version knows have been applied: nothing to do.
    ///
    /// One query over `grdb_migrations`, cheaper than asking the migrator, so that opening a current
    /// store (every command but the first) costs next to nothing.
    static func isCurrent(_ db: Database) throws -> Bool {
        let exists = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'grdb_migrations')")
        guard exists == true else { return false }
        let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        return applied == knownMigrations
    }

    /// The names of every migration this version knows.
    static let knownMigrations = Set(migrator.migrations)

    /// A GLOB that accepts exactly `2026-11-23T10:00:00Z`.
    static let utcTime = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'"

    private static let tokenizer = "tokenize = 'unicode61 remove_diacritics 2'"

    static let version1: [String] = [
        "PRAGMA application_id = \(StoreFileHeader.applicationID)",
        """
        CREATE TABLE source (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE CHECK (url <> ''),
            kind TEXT NOT NULL CHECK (kind IN ('feed', 'page', 'leaderboard')),
            name TEXT NOT NULL,
            publisher TEXT NOT NULL,
            is_vendor INTEGER NOT NULL CHECK (is_vendor IN (0, 1)),
            interval_seconds REAL NOT NULL CHECK (interval_seconds > 0),
            per_host INTEGER CHECK (per_host IS NULL OR per_host > 0),
            delay_seconds REAL CHECK (delay_seconds IS NULL OR delay_seconds >= 0),
            added_at TEXT NOT NULL CHECK (added_at GLOB \(utcTime)),
            updated_at TEXT NOT NULL CHECK (updated_at GLOB \(utcTime))
        )
        """,
        """
        CREATE TABLE body (
            sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
            size INTEGER NOT NULL CHECK (size >= 0),
            compression TEXT NOT NULL CHECK (compression IN ('deflate')),
            data BLOB NOT NULL,
            stored_at TEXT NOT NULL CHECK (stored_at GLOB \(utcTime))
        )
        """,
        """
        CREATE TABLE fetch (
            id INTEGER PRIMARY KEY,
            source_id INTEGER REFERENCES source(id) ON DELETE SET NULL,
            requested_url TEXT NOT NULL CHECK (requested_url <> ''),
            final_url TEXT,
            status INTEGER CHECK (status IS NULL OR status BETWEEN 0 AND 999),
            etag TEXT,
            last_modified TEXT,
            content_type TEXT,
            redirect_count INTEGER NOT NULL DEFAULT 0 CHECK (redirect_count >= 0),
            fetched_at TEXT NOT NULL CHECK (fetched_at GLOB \(utcTime)),
            sha256 TEXT REFERENCES body(sha256),
            error TEXT,
            CHECK (status IS NOT NULL OR error IS NOT NULL)
        )
        """,
        "CREATE INDEX fetch_final_url ON fetch(final_url, fetched_at)",
        "CREATE INDEX fetch_requested_url ON fetch(requested_url, fetched_at)",
        "CREATE INDEX fetch_source ON fetch(source_id, fetched_at)",
        "CREATE INDEX fetch_sha256 ON fetch(sha256)",
        """
        CREATE TABLE document (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL CHECK (url <> ''),
            sha256 TEXT NOT NULL REFERENCES body(sha256),
            fetch_id INTEGER NOT NULL REFERENCES fetch(id),
            title TEXT,
            published TEXT,
            author TEXT,
            canonical_url TEXT,
            language TEXT,
            main_text TEXT NOT NULL,
            tables_json TEXT NOT NULL DEFAULT '[]'
                CHECK (json_valid(tables_json) AND json_type(tables_json) = 'array'),
            is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)),
            first_seen TEXT NOT NULL CHECK (first_seen GLOB \(utcTime)),
            UNIQUE (url, sha256)
        )
        """,
        "CREATE UNIQUE INDEX document_one_current_per_url ON document(url) WHERE is_current = 1",
        "CREATE INDEX document_sha256 ON document(sha256)",
        "CREATE INDEX document_fetch ON document(fetch_id)",
        """
        CREATE TABLE claim (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            fetch_id INTEGER NOT NULL REFERENCES fetch(id),
            model TEXT NOT NULL CHECK (model <> ''),
            model_name TEXT NOT NULL,
            attribute TEXT NOT NULL CHECK (attribute <> ''),
            value NOT NULL CHECK (typeof(value) IN ('integer', 'real', 'text')),
            unit TEXT,
            text TEXT NOT NULL,
            qualifiers TEXT NOT NULL DEFAULT '{}'
                CHECK (json_valid(qualifiers) AND json_type(qualifiers) = 'object'),
            quote TEXT NOT NULL,
            scope TEXT GENERATED ALWAYS AS (json_extract(qualifiers, '$.scope')) VIRTUAL,
            hedged INTEGER GENERATED ALWAYS AS (coalesce(json_extract(qualifiers, '$.hedged'), 0)) VIRTUAL,
            as_of TEXT GENERATED ALWAYS AS (json_extract(qualifiers, '$.as_of')) VIRTUAL,
            first_seen TEXT NOT NULL CHECK (first_seen GLOB \(utcTime))
        )
        """,
        "CREATE INDEX claim_model_attribute ON claim(model, attribute)",
        "CREATE INDEX claim_document ON claim(document_id)",
        "CREATE INDEX claim_fetch ON claim(fetch_id)",
        "CREATE INDEX claim_first_seen ON claim(first_seen)",
        """
        CREATE TABLE conflict (
            id INTEGER PRIMARY KEY,
            model TEXT NOT NULL CHECK (model <> ''),
            attribute TEXT NOT NULL CHECK (attribute <> ''),
            kind TEXT NOT NULL CHECK (kind IN ('contradiction', 'outdated', 'ambiguous')),
            severity TEXT NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
            explanation TEXT,
            detected_at TEXT NOT NULL CHECK (detected_at GLOB \(utcTime)),
            opened_at TEXT NOT NULL CHECK (opened_at GLOB \(utcTime)),
            updated_at TEXT NOT NULL CHECK (updated_at GLOB \(utcTime)),
            resolved_at TEXT CHECK (resolved_at IS NULL OR resolved_at GLOB \(utcTime)),
            UNIQUE (model, attribute)
        )
        """,
        """
        CREATE TABLE conflict_claim (
            conflict_id INTEGER NOT NULL REFERENCES conflict(id) ON DELETE CASCADE,
            claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
            position TEXT NOT NULL,
            position_index INTEGER NOT NULL CHECK (position_index >= 0),
            value NOT NULL CHECK (typeof(value) IN ('integer', 'real', 'text')),
            PRIMARY KEY (conflict_id, claim_id)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX conflict_claim_claim ON conflict_claim(claim_id)",
        """
        CREATE VIEW current_claim AS
        SELECT claim.id, claim.model, claim.model_name, claim.attribute, claim.value, claim.unit, claim.text,
               claim.qualifiers, claim.scope, claim.hedged, claim.as_of, claim.quote,
               document.url, document.title, document.published, fetch.fetched_at AS retrieved,
               document.sha256, claim.first_seen, claim.document_id, claim.fetch_id
        FROM claim
        JOIN document ON document.id = claim.document_id
        JOIN fetch ON fetch.id = claim.fetch_id
        WHERE document.is_current = 1
        """,
        """
        CREATE VIRTUAL TABLE document_fts USING fts5(
            title, main_text, content = 'document', content_rowid = 'id', \(tokenizer))
        """,
        """
        CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN
            INSERT INTO document_fts(rowid, title, main_text) VALUES (new.id, new.title, new.main_text);
        END
        """,
        """
        CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN
            INSERT INTO document_fts(document_fts, rowid, title, main_text)
                VALUES ('delete', old.id, old.title, old.main_text);
        END
        """,
        """
        CREATE TRIGGER document_fts_update AFTER UPDATE OF title, main_text ON document BEGIN
            INSERT INTO document_fts(document_fts, rowid, title, main_text)
                VALUES ('delete', old.id, old.title, old.main_text);
            INSERT INTO document_fts(rowid, title, main_text) VALUES (new.id, new.title, new.main_text);
        END
        """,
        """
        CREATE VIRTUAL TABLE claim_fts USING fts5(
            model, model_name, attribute, quote, content = 'claim', content_rowid = 'id', \(tokenizer))
        """,
        """
        CREATE TRIGGER claim_fts_insert AFTER INSERT ON claim BEGIN
            INSERT INTO claim_fts(rowid, model, model_name, attribute, quote)
                VALUES (new.id, new.model, new.model_name, new.attribute, new.quote);
        END
        """,
        """
        CREATE TRIGGER claim_fts_delete AFTER DELETE ON claim BEGIN
            INSERT INTO claim_fts(claim_fts, rowid, model, model_name, attribute, quote)
                VALUES ('delete', old.id, old.model, old.model_name, old.attribute, old.quote);
        END
        """,
        """
        CREATE TRIGGER claim_fts_update AFTER UPDATE OF model, model_name, attribute, quote ON claim BEGIN
            INSERT INTO claim_fts(claim_fts, rowid, model, model_name, attribute, quote)
                VALUES ('delete', old.id, old.model, old.model_name, old.attribute, old.quote);
            INSERT INTO claim_fts(rowid, model, model_name, attribute, quote)
                VALUES (new.id, new.model, new.model_name, new.attribute, new.quote);
        END
        """,
    ]
}
