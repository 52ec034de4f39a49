import Foundation

/// The PostgreSQL knowledge base's schema: SQLite's tables and columns (KB/Schema.swift, as its
/// migrations leave them), in PostgreSQL's types. Named migrations, applied once each in
/// order and recorded in `newskb_migrations`; never edit a shipped one: add a new one.
///
/// Text is compared and sorted byte by byte (`COLLATE "C"`), as SQLite does, so listings come
/// in the same order whatever the database's locale. The full-text index is a `tsvector` of
/// the bigrams `SearchText.grams` makes (lowercased, as SQLite's unicode61 tokenizer folds
/// case) under a GIN index: see the README's "Scaling out".
enum PostgresSchema {
    static let migrations: [(name: String, sql: String)] = [
        ("v1: articles, text, extractions, derived rows", """
            CREATE TABLE articles (
                id BIGSERIAL PRIMARY KEY,
                root \(text) NOT NULL,
                path \(text) NOT NULL,
                content_hash \(text) NOT NULL,
                extraction_version \(text) NOT NULL,
                size BIGINT NOT NULL CHECK (size >= 0),
                title \(text) NOT NULL,
                source \(text) NOT NULL DEFAULT '',
                categories \(text) NOT NULL DEFAULT '[]',
                tags \(text) NOT NULL DEFAULT '[]',
                front_matter \(text) NOT NULL DEFAULT '{}',
                published \(text),
                published_day \(text),
                warnings \(text) NOT NULL DEFAULT '[]',
                ingested_at \(text) NOT NULL,
                UNIQUE (root, path)
            );
            CREATE INDEX articles_published_day ON articles (published_day);
            CREATE INDEX articles_content_hash ON articles (content_hash);

            CREATE TABLE paragraphs (
                id BIGSERIAL PRIMARY KEY,
                article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                kind \(text) NOT NULL CHECK (kind IN ('paragraph','heading','list_item','table_cell','blockquote')),
                text \(text) NOT NULL,
                grams TSVECTOR NOT NULL,
                UNIQUE (article_id, idx)
            );
            CREATE INDEX paragraphs_grams ON paragraphs USING GIN (grams);

            CREATE TABLE quotes (
                id BIGSERIAL PRIMARY KEY,
                article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                paragraph INTEGER NOT NULL,
                mode \(text) NOT NULL CHECK (mode IN ('direct','indirect')),
                cue \(text) NOT NULL,
                text \(text) NOT NULL,
                speaker_name \(text) NOT NULL,
                speaker_kind \(text) NOT NULL CHECK (speaker_kind IN ('person','organization','anonymous')),
                speaker_title \(text) NOT NULL,
                speaker_affiliation \(text) NOT NULL,
                person_id BIGINT,
                organization_id BIGINT,
                sieve \(text) NOT NULL DEFAULT '',
                statement_key BIGINT NOT NULL DEFAULT 0
            );
            CREATE INDEX quotes_article ON quotes (article_id);
            CREATE INDEX quotes_speaker ON quotes (speaker_name);
            CREATE INDEX quotes_person ON quotes (person_id);

            CREATE TABLE figures (
                id BIGSERIAL PRIMARY KEY,
                article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                paragraph INTEGER NOT NULL,
                text \(text) NOT NULL,
                low \(text) NOT NULL,
                high \(text) NOT NULL,
                low_value DOUBLE PRECISION NOT NULL,
                high_value DOUBLE PRECISION NOT NULL,
                unit \(text) NOT NULL,
                qualifier \(text) NOT NULL CHECK (qualifier IN ('exact','approx','over','under','range')),
                subject \(text) NOT NULL,
                speaker \(text) NOT NULL,
                direction \(text) NOT NULL,
                basis \(text) NOT NULL,
                CHECK (low_value <= high_value)
            );
            CREATE INDEX figures_article ON figures (article_id);
            CREATE INDEX figures_unit_value ON figures (unit, high_value);

            CREATE TABLE events (
                id BIGSERIAL PRIMARY KEY,
                article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                paragraph INTEGER NOT NULL,
                date_text \(text) NOT NULL,
                start \(text) NOT NULL,
                "end" \(text) NOT NULL,
                precision \(text) NOT NULL CHECK (precision IN ('day','month','quarter','half','year','approx')),
                actors \(text) NOT NULL,
                documents \(text) NOT NULL,
                summary \(text) NOT NULL,
                policy INTEGER NOT NULL CHECK (policy IN (0, 1)),
                entry_id BIGINT,
                CHECK (start <= "end")
            );
            CREATE INDEX events_article ON events (article_id);
            CREATE INDEX events_start ON events (start);
            CREATE INDEX events_entry ON events (entry_id);

            -- Derived (Link, through DerivedRows): rewritten whole after a change.
            CREATE TABLE people (
                id BIGINT PRIMARY KEY,
                name \(text) NOT NULL,
                pinyin \(text) NOT NULL,
                pinyin_compact \(text) NOT NULL,
                name_key \(text) NOT NULL DEFAULT ''
            );
            CREATE TABLE organizations (
                id BIGINT PRIMARY KEY,
                name \(text) NOT NULL UNIQUE,
                kind \(text) NOT NULL CHECK (kind IN ('organization','anonymous')),
                pinyin_compact \(text) NOT NULL
            );
            CREATE TABLE affiliations (
                person_id BIGINT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
                organization \(text) NOT NULL,
                title \(text) NOT NULL,
                first_seen \(text),
                last_seen \(text),
                quotes INTEGER NOT NULL,
                PRIMARY KEY (person_id, organization, title)
            );
            CREATE TABLE timeline_entries (
                id BIGINT PRIMARY KEY,
                start \(text) NOT NULL,
                "end" \(text) NOT NULL,
                precision \(text) NOT NULL,
                date_text \(text) NOT NULL,
                summary \(text) NOT NULL,
                actors \(text) NOT NULL,
                documents \(text) NOT NULL,
                policy INTEGER NOT NULL,
                sources INTEGER NOT NULL
            );
            CREATE INDEX timeline_entries_start ON timeline_entries (start);
            CREATE TABLE duplicate_articles (
                article_id BIGINT PRIMARY KEY,
                original_id BIGINT NOT NULL
            );
            CREATE TABLE kb_state (key \(text) PRIMARY KEY, value \(text) NOT NULL);
            """),
        // An incremental link finds the people of the names it relinks by their key.
        ("v2: people by name key", "CREATE INDEX people_name_key ON people (name_key);"),
        // Event.Role, as SQLite's "v4: event roles": rows loaded before it are events.
        ("v3: event roles", """
            ALTER TABLE events ADD COLUMN role \(text) NOT NULL DEFAULT 'event'
                CHECK (role IN ('event','baseline','window','condition','reference'));
            ALTER TABLE timeline_entries ADD COLUMN role \(text) NOT NULL DEFAULT 'event';
            """),
    ]

    private static let text = "TEXT COLLATE \"C\""

    /// Applies the migrations not yet recorded, each in its own transaction. An advisory lock
    /// makes several newskb processes opening one new database at once wait for each other
    /// instead of colliding on CREATE TABLE.
    static func migrate(_ session: PostgresSession) throws {
        try session.query("CREATE TABLE IF NOT EXISTS newskb_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
        for migration in migrations {
            try session.transaction {
                try session.query("SELECT pg_advisory_xact_lock(7461626)")
                let done = try session.query("SELECT 1 FROM newskb_migrations WHERE name = $1", [.text(migration.name)])
                guard done.isEmpty else { return }
                for statement in statements(migration.sql) { try session.query(statement) }
                try session.query("INSERT INTO newskb_migrations (name) VALUES ($1)", [.text(migration.name)])
            }
        }
    }

    /// A migration's statements (the extended protocol runs one at a time). Split at the `;`
    /// that ends a line: no statement here has one inside.
    private static func statements(_ sql: String) -> [String] {
        sql.components(separatedBy: ";\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .map { $0.hasSuffix(";") ? String($0.dropLast()) : $0 }
            .filter { !$0.isEmpty && !$0.split(separator: "\n").allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") } }
    }
}
