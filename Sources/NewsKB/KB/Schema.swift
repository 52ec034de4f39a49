import GRDB

/// The knowledge base schema, as named GRDB migrations. Never edit a shipped migration:
/// add a new one.
enum Schema {
    /// Secondary indexes whose keys arrive in no useful order. Inserting such keys one by one
    /// dirties pages all over the index in every transaction, so a bulk ingest drops them and
    /// builds each again at the end with one sort. Name → table(columns), as in the migrations.
    static let unorderedIndexes = [
        "articles_published_day": "articles(published_day)",
        // Covers what the people rebuild reads, so it scans the index alone, name by name.
        "quotes_speaker": "quotes(speaker_name, speaker_kind, speaker_affiliation, speaker_title, article_id)",
        "figures_unit_value": "figures(unit, high_value)",
        "events_start": "events(start)",
        "articles_content_hash": "articles(content_hash)",
    ]

    /// The indexes on the columns Link rewrites in every row: dropped and built again around it.
    static let linkIndexes = ["quotes_person": "quotes(person_id)", "events_entry": "events(entry_id)"]

    static func dropIndexes(_ db: Database, _ indexes: [String: String]) throws {
        for name in indexes.keys.sorted() { try db.execute(sql: "DROP INDEX IF EXISTS \(name)") }
    }

    static func createIndexes(_ db: Database, _ indexes: [String: String]) throws {
        for (name, target) in indexes.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS \(name) ON \(target)")
        }
    }

    /// Whether every one of `indexes` exists (a bulk ingest that was killed leaves some out).
    static func hasIndexes(_ db: Database, _ indexes: [String: String]) throws -> Bool {
        let present = try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
        return indexes.keys.allSatisfy(present.contains)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, text, extractions, entities") { db in
            try db.execute(sql: """
                CREATE TABLE articles (
                    id INTEGER PRIMARY KEY,
                    root TEXT NOT NULL,              -- absolute folder given to ingest
                    path TEXT NOT NULL,              -- relative to root, '/'-separated
                    content_hash TEXT NOT NULL,
                    extraction_version TEXT NOT NULL,  -- rules + lexicons that made the rows
                    size INTEGER NOT NULL CHECK (size >= 0),
                    title TEXT NOT NULL,
                    source TEXT NOT NULL DEFAULT '',
                    categories TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(categories)),
                    tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
                    front_matter TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(front_matter)),
                    published TEXT,                  -- UTC instant, 2021-12-06T14:20:00Z
                    published_day TEXT,              -- Asia/Shanghai day, 2021-12-06
                    warnings TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings)),
                    ingested_at TEXT NOT NULL,
                    UNIQUE (root, path)
                );
                CREATE INDEX articles_published_day ON articles(published_day);

                CREATE TABLE paragraphs (
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('paragraph','heading','list_item','table_cell','blockquote')),
                    text TEXT NOT NULL,
                    PRIMARY KEY (article_id, idx)
                ) WITHOUT ROWID;

                CREATE TABLE sentences (
                    id INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    paragraph INTEGER NOT NULL,
                    idx INTEGER NOT NULL,
                    text TEXT NOT NULL
                );
                CREATE INDEX sentences_article ON sentences(article_id);

                -- Contentless full-text index over overlapping character bigrams of each
                -- sentence (see SearchText): serves 2-character words (微信, 外链) as well as
                -- longer ones. Rows are removed with the 'delete' command before their sentence.
                CREATE VIRTUAL TABLE sentences_fts USING fts5(grams, content='', tokenize='unicode61');

                CREATE TABLE people (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    pinyin TEXT NOT NULL,            -- 'yang yi rui'
                    pinyin_compact TEXT NOT NULL     -- 'yangyirui'
                );
                CREATE INDEX people_name ON people(name);

                CREATE TABLE organizations (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL CHECK (kind IN ('organization','anonymous')),
                    pinyin_compact TEXT NOT NULL
                );

                CREATE TABLE affiliations (
                    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
                    organization TEXT NOT NULL,
                    title TEXT NOT NULL,
                    first_seen TEXT,
                    last_seen TEXT,
                    quotes INTEGER NOT NULL,
                    PRIMARY KEY (person_id, organization, title)
                ) WITHOUT ROWID;

                CREATE TABLE quotes (
                    id INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    paragraph INTEGER NOT NULL,
                    mode TEXT NOT NULL CHECK (mode IN ('direct','indirect')),
                    cue TEXT NOT NULL,
                    text TEXT NOT NULL,
                    speaker_name TEXT NOT NULL,
                    speaker_kind TEXT NOT NULL CHECK (speaker_kind IN ('person','organization','anonymous')),
                    speaker_title TEXT NOT NULL,
                    speaker_affiliation TEXT NOT NULL,
                    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
                    organization_id INTEGER REFERENCES organizations(id) ON DELETE SET NULL
                );
                CREATE INDEX quotes_article ON quotes(article_id);
                CREATE INDEX quotes_speaker ON quotes(speaker_name);
                CREATE INDEX quotes_person ON quotes(person_id);

                CREATE TABLE figures (
                    id INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    paragraph INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    low TEXT NOT NULL,               -- exact decimal as text
                    high TEXT NOT NULL,
                    low_value REAL NOT NULL,         -- the same as REAL, for range filters
                    high_value REAL NOT NULL,
                    unit TEXT NOT NULL,
                    qualifier TEXT NOT NULL CHECK (qualifier IN ('exact','approx','over','under','range')),
                    subject TEXT NOT NULL,
                    speaker TEXT NOT NULL,
                    direction TEXT NOT NULL,
                    basis TEXT NOT NULL,
                    CHECK (low_value <= high_value)
                );
                CREATE INDEX figures_article ON figures(article_id);
                CREATE INDEX figures_unit_value ON figures(unit, high_value);

                CREATE TABLE timeline_entries (
                    id INTEGER PRIMARY KEY,
                    start TEXT NOT NULL,
                    end TEXT NOT NULL,
                    precision TEXT NOT NULL,
                    date_text TEXT NOT NULL,
                    summary TEXT NOT NULL,
                    actors TEXT NOT NULL CHECK (json_valid(actors)),
                    documents TEXT NOT NULL CHECK (json_valid(documents)),
                    policy INTEGER NOT NULL,
                    sources INTEGER NOT NULL
                );
                CREATE INDEX timeline_entries_start ON timeline_entries(start);

                CREATE TABLE events (
                    id INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    paragraph INTEGER NOT NULL,
                    date_text TEXT NOT NULL,
                    start TEXT NOT NULL,
                    end TEXT NOT NULL,
                    precision TEXT NOT NULL CHECK (precision IN ('day','month','quarter','half','year','approx')),
                    actors TEXT NOT NULL CHECK (json_valid(actors)),
                    documents TEXT NOT NULL CHECK (json_valid(documents)),
                    summary TEXT NOT NULL,
                    policy INTEGER NOT NULL CHECK (policy IN (0, 1)),
                    entry_id INTEGER REFERENCES timeline_entries(id) ON DELETE SET NULL,
                    CHECK (start <= end)
                );
                CREATE INDEX events_article ON events(article_id);
                CREATE INDEX events_start ON events(start);
                CREATE INDEX events_entry ON events(entry_id);

                -- Derived state (people, organizations, timeline) is rebuilt after a change.
                CREATE TABLE kb_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);

                -- Views for reading the file in sqlite3 or Datasette.
                CREATE VIEW quote_sheet AS
                    SELECT q.speaker_name AS speaker, q.speaker_title AS title,
                           q.speaker_affiliation AS affiliation, q.speaker_kind AS kind, q.mode, q.cue,
                           q.text AS quote, a.published_day AS date, a.title AS article, a.path
                    FROM quotes q JOIN articles a ON a.id = q.article_id;
                CREATE VIEW event_sources AS
                    SELECT e.entry_id, e.date_text, e.start, e.end, e.precision, e.summary,
                           a.title AS article, a.published_day AS published, a.path
                    FROM events e JOIN articles a ON a.id = e.article_id;
                CREATE VIEW documents AS
                    SELECT j.value AS title, COUNT(*) AS mentions, MIN(e.start) AS first_date
                    FROM events e, json_each(e.documents) j GROUP BY j.value;
                """)
        }
        // Indexing whole paragraphs instead of sentences: a third fewer index rows and no
        // second copy of the text, so ingest writes less. Search splits a matching paragraph
        // into sentences when it answers.
        migrator.registerMigration("v2: paragraph full-text index, no sentence table") { db in
            db.add(function: DatabaseFunction("newskb_grams", argumentCount: 1, pure: true) { values in
                String.fromDatabaseValue(values[0]).map(SearchText.grams)
            })
            try db.execute(sql: """
                CREATE TABLE paragraphs_v2 (
                    id INTEGER PRIMARY KEY,          -- rowid of the paragraph's full-text row
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    idx INTEGER NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('paragraph','heading','list_item','table_cell','blockquote')),
                    text TEXT NOT NULL,
                    UNIQUE (article_id, idx)
                );
                INSERT INTO paragraphs_v2 (article_id, idx, kind, text)
                    SELECT article_id, idx, kind, text FROM paragraphs ORDER BY article_id, idx;
                DROP TABLE paragraphs;
                ALTER TABLE paragraphs_v2 RENAME TO paragraphs;
                DROP TABLE sentences_fts;
                DROP TABLE sentences;

                -- Contentless full-text index over overlapping character bigrams of each
                -- paragraph (see SearchText): serves 2-character words (微信, 外链) as well as
                -- longer ones. Rows are removed with the 'delete' command before their paragraph.
                CREATE VIRTUAL TABLE paragraphs_fts USING fts5(grams, content='', tokenize='unicode61');
                INSERT INTO paragraphs_fts (rowid, grams) SELECT id, newskb_grams(text) FROM paragraphs;
                """)
            // The links to people, organizations and timeline entries are derived: Link rebuilds
            // them all in one transaction. As foreign keys, clearing the people cascaded a row
            // update into every quote; plain columns are rewritten once, in one statement.
            try db.execute(sql: """
                DROP VIEW quote_sheet;
                DROP VIEW event_sources;
                DROP VIEW documents;

                CREATE TABLE quotes_v2 (
                    id INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    paragraph INTEGER NOT NULL,
                    mode TEXT NOT NULL CHECK (mode IN ('direct','indirect')),
                    cue TEXT NOT NULL,
                    text TEXT NOT NULL,
                    speaker_name TEXT NOT NULL,
                    speaker_kind TEXT NOT NULL CHECK (speaker_kind IN ('person','organization','anonymous')),
                    speaker_title TEXT NOT NULL,
                    speaker_affiliation TEXT NOT NULL,
                    person_id INTEGER,               -- people.id, set by Link
                    organization_id INTEGER          -- organizations.id, set by Link
                );
                INSERT INTO quotes_v2 SELECT * FROM quotes;
                DROP TABLE quotes;
                ALTER TABLE quotes_v2 RENAME TO quotes;
                CREATE INDEX quotes_article ON quotes(article_id);
                CREATE INDEX quotes_speaker ON quotes(speaker_name, speaker_kind, speaker_affiliation, speaker_title, article_id);
                CREATE INDEX quotes_person ON quotes(person_id);

                CREATE TABLE events_v2 (
                    id INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                    paragraph INTEGER NOT NULL,
                    date_text TEXT NOT NULL,
                    start TEXT NOT NULL,
                    end TEXT NOT NULL,
                    precision TEXT NOT NULL CHECK (precision IN ('day','month','quarter','half','year','approx')),
                    actors TEXT NOT NULL CHECK (json_valid(actors)),
                    documents TEXT NOT NULL CHECK (json_valid(documents)),
                    summary TEXT NOT NULL,
                    policy INTEGER NOT NULL CHECK (policy IN (0, 1)),
                    entry_id INTEGER,                -- timeline_entries.id, set by Link
                    CHECK (start <= end)
                );
                INSERT INTO events_v2 SELECT * FROM events;
                DROP TABLE events;
                ALTER TABLE events_v2 RENAME TO events;
                CREATE INDEX events_article ON events(article_id);
                CREATE INDEX events_start ON events(start);
                CREATE INDEX events_entry ON events(entry_id);

                CREATE VIEW quote_sheet AS
                    SELECT q.speaker_name AS speaker, q.speaker_title AS title,
                           q.speaker_affiliation AS affiliation, q.speaker_kind AS kind, q.mode, q.cue,
                           q.text AS quote, a.published_day AS date, a.title AS article, a.path
                    FROM quotes q JOIN articles a ON a.id = q.article_id;
                CREATE VIEW event_sources AS
                    SELECT e.entry_id, e.date_text, e.start, e.end, e.precision, e.summary,
                           a.title AS article, a.published_day AS published, a.path
                    FROM events e JOIN articles a ON a.id = e.article_id;
                CREATE VIEW documents AS
                    SELECT j.value AS title, COUNT(*) AS mentions, MIN(e.start) AS first_date
                    FROM events e, json_each(e.documents) j GROUP BY j.value;
                """)
        }
        // The same file reached through two folders is one article: its duplicates are listed
        // (derived, like the people) and left out of every listing. Quotes keep the sieve that
        // attributed them and a key for grouping one statement reprinted by many outlets.
        migrator.registerMigration("v3: duplicate articles, statements, sieves, name keys") { db in
            db.add(function: DatabaseFunction("newskb_statement_key", argumentCount: 1, pure: true) { values in
                String.fromDatabaseValue(values[0]).map(Statements.key)
            })
            try db.execute(sql: """
                CREATE INDEX articles_content_hash ON articles(content_hash);
                CREATE TABLE duplicate_articles (
                    article_id INTEGER PRIMARY KEY,  -- articles.id of a copy, set by Link
                    original_id INTEGER NOT NULL     -- the first stored article with its content
                );

                ALTER TABLE quotes ADD COLUMN sieve TEXT NOT NULL DEFAULT '';
                -- Statements.key of the text: equal for one statement as outlets reprint it.
                ALTER TABLE quotes ADD COLUMN statement_key INTEGER NOT NULL DEFAULT 0;
                UPDATE quotes SET statement_key = newskb_statement_key(text);
                -- PersonNames.key of the name shown: Lina Khan for Lina M. Khan.
                ALTER TABLE people ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
                INSERT OR REPLACE INTO kb_state (key, value) VALUES ('derived', 'stale');

                DROP VIEW quote_sheet;
                DROP VIEW event_sources;
                CREATE VIEW quote_sheet AS
                    SELECT q.speaker_name AS speaker, q.speaker_title AS title,
                           q.speaker_affiliation AS affiliation, q.speaker_kind AS kind, q.mode, q.cue, q.sieve,
                           q.text AS quote, a.published_day AS date, a.title AS article, a.path
                    FROM quotes q JOIN articles a ON a.id = q.article_id
                    WHERE q.article_id NOT IN (SELECT article_id FROM duplicate_articles);
                CREATE VIEW event_sources AS
                    SELECT e.entry_id, e.date_text, e.start, e.end, e.precision, e.summary,
                           a.title AS article, a.published_day AS published, a.path
                    FROM events e JOIN articles a ON a.id = e.article_id
                    WHERE e.article_id NOT IN (SELECT article_id FROM duplicate_articles);
                -- One row per statement: a speaker's quote with every article that printed it.
                -- The bare columns come from the first-seen quote (SQLite's rule for MIN).
                CREATE VIEW quote_statements AS
                    SELECT COALESCE(p.name, o.name) AS speaker, q.speaker_title AS title,
                           q.speaker_affiliation AS affiliation, q.text AS quote,
                           MIN(a.published_day) AS first_seen, a.title AS first_article, a.path AS first_path,
                           COUNT(DISTINCT q.article_id) AS sources,
                           group_concat(COALESCE(a.published_day, 'undated') || ' ' || a.title || ' (' || a.path || ')', '; ') AS articles
                    FROM quotes q JOIN articles a ON a.id = q.article_id
                    LEFT JOIN people p ON p.id = q.person_id LEFT JOIN organizations o ON o.id = q.organization_id
                    WHERE q.person_id IS NOT NULL OR q.organization_id IS NOT NULL
                    GROUP BY q.person_id, q.organization_id, q.statement_key;
                """)
        }
        // What each event is to its clause (Event.Role): baselines, windows, conditions and
        // reference periods make timeline entries of their own, which the timeline shows only
        // with --all. Rows stored before this were extracted without roles: events, until a
        // newer extraction version stores them again.
        migrator.registerMigration("v4: event roles") { db in
            try db.execute(sql: """
                ALTER TABLE events ADD COLUMN role TEXT NOT NULL DEFAULT 'event'
                    CHECK (role IN ('event','baseline','window','condition','reference'));
                ALTER TABLE timeline_entries ADD COLUMN role TEXT NOT NULL DEFAULT 'event';
                """)
        }
        return migrator
    }
}
