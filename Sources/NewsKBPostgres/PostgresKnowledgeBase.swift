import Foundation
import NewsKB
import PostgresNIO

/// The knowledge base in a PostgreSQL database (`--db postgres://user@host/db`): the SQLite
/// store's tables, filled by `newskb load` and answering the same queries with the same
/// answers, for several people or machines sharing one knowledge base.
public final class PostgresKnowledgeBase: KnowledgeStore, @unchecked Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case badURL(String)
        case unreachable(String, String)
        case statement(String, String)
        public var description: String {
            switch self {
            case .badURL(let url): "not a PostgreSQL URL: \(url) (expected postgres://user[:password]@host[:port]/database)"
            case .unreachable(let url, let reason): "cannot connect to \(url): \(reason)"
            case .statement(let reason, let sql): "PostgreSQL: \(reason) (in: \(sql.prefix(80)))"
            }
        }
    }

    let session: PostgresSession
    public var location: String { session.address.display }

    /// What this process's loads changed since its last link, for an incremental link (as a
    /// SQLite writer records it in temporary tables): the articles stored, and the speaker
    /// names and date ranges of the articles replaced. `kb_state`'s `derived` holds `token`
    /// while only this process's writes are unlinked; another's writes make it `stale`.
    private let token = "stale " + UUID().uuidString
    private var added: Set<Int64> = []
    private var removedNames: Set<String> = []
    private var removedBuckets: Set<Bucket> = []

    private struct Bucket: Hashable {
        var start: String, end: String, precision: String
    }

    /// How the last `load` linked (nil: nothing changed).
    public private(set) var lastLink: Link.Mode?

    /// Connects and applies the migrations the database lacks.
    public init(url: String) throws {
        session = try PostgresSession(url: url)
        try PostgresSchema.migrate(session)
    }

    /// Drops every newskb table (tests start from an empty database with it).
    public func dropEverything() throws {
        try session.query("""
            DROP TABLE IF EXISTS newskb_migrations, kb_state, duplicate_articles, timeline_entries, affiliations, organizations,
                people, events, figures, quotes, paragraphs, articles CASCADE
            """)
    }

    // MARK: Load

    /// Loads `newskb extract` output, incrementally by stamp like the SQLite store (the same
    /// line reader and the same counts), then links when anything changed.
    public func load(files: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                     batchSize: Int = 512, incrementalLinkLimit: Double = Link.incrementalLimit) throws -> Ingester.Summary {
        var summary = Ingester.Summary()
        try Ingester.readLines(files, batchSize: batchSize, jobs: jobs, summary: &summary) { batch, summary in
            try store(batch, summary: &summary)
        }
        lastLink = nil
        if try summary.changed || isStale() {
            let started = Date()
            let mode = try linkChanges(limit: incrementalLinkLimit)
            lastLink = mode
            if ProcessInfo.processInfo.environment["NEWSKB_TRACE"] != nil {
                FileHandle.standardError.write(Data(String(format: "newskb: trace: linked people, organizations and the timeline (%@) in %.2f s\n",
                                                           mode.rawValue, Date().timeIntervalSince(started)).utf8))
            }
        }
        return summary
    }

    private func isStale() throws -> Bool {
        guard let value = try session.query("SELECT value FROM kb_state WHERE key = 'derived'").first?.text(0) else { return false }
        return value != "fresh"
    }

    /// One batch in one transaction. Each line is compared with the stamp stored under its
    /// root and path (`Stamp.change(from:)`, as SQLite's writer does), and the new rows of
    /// the batch go in with one statement per table.
    private func store(_ outcomes: [ArticlePipeline.Outcome], summary: inout Ingester.Summary) throws {
        let parsed = outcomes.compactMap(\.parsed)
        var changes: [Stamp.Change] = []
        if !parsed.isEmpty {
            changes = try session.transaction {
                let stored = try session.query("""
                    SELECT a.root, a.path, a.content_hash, a.extraction_version, a.id FROM articles a
                    JOIN unnest($1::text[], $2::text[]) AS k(root, path) ON a.root = k.root AND a.path = k.path
                    """, [.texts(parsed.map(\.root)), .texts(parsed.map(\.article.path))])
                var current: [String: (stamp: Stamp, id: Int64?)] = [:]
                for row in stored {
                    current[row.text(0) + "\u{1F}" + row.text(1)] = (Stamp(contentHash: row.text(2), extractionVersion: row.text(3)), row.int(4))
                }
                var changes: [Stamp.Change] = []
                var replaced: [Int64] = []
                var rows: [String: Int] = [:]
                var written: [ArticleRows] = []
                for article in parsed {
                    let key = article.root + "\u{1F}" + article.article.path
                    let change = article.stamp.change(from: current[key]?.stamp)
                    changes.append(change)
                    guard change != .unchanged else { continue }
                    if let id = current[key]?.id { replaced.append(id) }
                    // A second version of one file in the same batch replaces the first.
                    if let earlier = rows[key] { written.remove(at: earlier); rows = rows.mapValues { $0 > earlier ? $0 - 1 : $0 } }
                    rows[key] = written.count
                    written.append(ArticleRows(article))
                    current[key] = (article.stamp, nil)
                }
                // Unlinked: this process's mark while it alone wrote since the last link, else stale.
                try session.query("""
                    INSERT INTO kb_state (key, value) VALUES ('derived', $1) ON CONFLICT (key)
                    DO UPDATE SET value = CASE WHEN kb_state.value IN ('fresh', $1) THEN $1 ELSE 'stale' END
                    """, [.text(token)])
                var names: [String] = [], buckets: [Bucket] = []
                if !replaced.isEmpty {
                    names = try session.query("SELECT DISTINCT speaker_name FROM quotes WHERE article_id = ANY($1::bigint[])",
                                              [.ints(replaced)]).map { $0.text(0) }
                    buckets = try session.query("""
                        SELECT DISTINCT start, "end", precision FROM events WHERE article_id = ANY($1::bigint[])
                        """, [.ints(replaced)]).map { Bucket(start: $0.text(0), end: $0.text(1), precision: $0.text(2)) }
                    try session.query("DELETE FROM articles WHERE id = ANY($1::bigint[])", [.ints(replaced)])
                }
                let ids = try insert(written)
                removedNames.formUnion(names)
                removedBuckets.formUnion(buckets)
                added.subtract(replaced)
                added.formUnion(ids)
                return changes
            }
        }
        var next = changes.makeIterator()
        for outcome in outcomes {
            switch outcome {
            case .unchanged:
                summary.unchanged += 1
            case .parsed(let article):
                switch next.next() {
                case .new?: summary.added += 1
                case .edited?: summary.updated += 1
                case .reextract?: summary.reextracted += 1
                case .unchanged?, nil: summary.unchanged += 1
                }
                summary.warnings += article.article.warnings.map { Ingester.FileFailure(path: article.article.path, reason: $0) }
            case .failed(let failure):
                summary.failures.append(failure)
            }
        }
    }

    /// New ids from a table's sequence, in order.
    private func ids(_ table: String, _ count: Int) throws -> [Int64] {
        guard count > 0 else { return [] }
        return try session.query("SELECT nextval('\(table)_id_seq') FROM generate_series(1, $1) ORDER BY 1", [.int(count)]).map { $0.int(0) }
    }

    /// Returns the articles' new ids.
    @discardableResult
    private func insert(_ articles: [ArticleRows]) throws -> [Int64] {
        guard !articles.isEmpty else { return [] }
        let now = ISO8601DateFormatter().string(from: Date())
        let articleIDs = try ids("articles", articles.count)
        try session.query("""
            INSERT INTO articles (id, root, path, content_hash, extraction_version, size, title, source, categories, tags,
                                  front_matter, published, published_day, warnings, ingested_at)
            SELECT u.*, $15 FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::text[],
                                        $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[]) AS u
            """, [.ints(articleIDs), .texts(articles.map(\.root)), .texts(articles.map(\.path)), .texts(articles.map(\.contentHash)),
                  .texts(articles.map(\.extractionVersion)), .ints(articles.map { Int64($0.size) }), .texts(articles.map(\.title)),
                  .texts(articles.map(\.source)), .texts(articles.map(\.categories)), .texts(articles.map(\.tags)),
                  .texts(articles.map(\.frontMatter)), Self.optionalTexts(articles.map(\.published)),
                  Self.optionalTexts(articles.map(\.publishedDay)), .texts(articles.map(\.warnings)), .text(now)])

        let paragraphs = zip(articleIDs, articles).flatMap { id, article in article.paragraphs.map { (id, $0) } }
        try session.query("""
            INSERT INTO paragraphs (id, article_id, idx, kind, text, grams)
            SELECT nextval('paragraphs_id_seq'), u.a, u.i, u.k, u.t, array_to_tsvector(string_to_array(u.g, ' '))
            FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS u(a, i, k, t, g, n)
            ORDER BY u.n
            """, [.ints(paragraphs.map(\.0)), .ints(paragraphs.map { Int64($0.1.index) }), .texts(paragraphs.map(\.1.kind)),
                  .texts(paragraphs.map(\.1.text)), .texts(paragraphs.map { Self.indexWords($0.1.grams) })])

        let quotes = zip(articleIDs, articles).flatMap { id, article in article.quotes.map { (id, $0) } }
        try session.query("""
            INSERT INTO quotes (id, article_id, paragraph, mode, cue, text, speaker_name, speaker_kind, speaker_title,
                                speaker_affiliation, sieve, statement_key)
            SELECT nextval('quotes_id_seq'), u.a, u.p, u.m, u.c, u.t, u.n, u.k, u.ti, u.af, u.s, u.sk
            FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                        $9::text[], $10::text[], $11::bigint[]) WITH ORDINALITY AS u(a, p, m, c, t, n, k, ti, af, s, sk, o)
            ORDER BY u.o
            """, [.ints(quotes.map(\.0)), .ints(quotes.map { Int64($0.1.quote.paragraph) }), .texts(quotes.map(\.1.quote.mode.rawValue)),
                  .texts(quotes.map(\.1.quote.cue)), .texts(quotes.map(\.1.quote.text)), .texts(quotes.map(\.1.quote.speaker.name)),
                  .texts(quotes.map(\.1.quote.speaker.kind.rawValue)), .texts(quotes.map(\.1.quote.speaker.title)),
                  .texts(quotes.map(\.1.quote.speaker.affiliation)), .texts(quotes.map(\.1.quote.sieve)),
                  .ints(quotes.map(\.1.statementKey))])

        let figures = zip(articleIDs, articles).flatMap { id, article in article.figures.map { (id, $0) } }
        try session.query("""
            INSERT INTO figures (id, article_id, paragraph, text, low, high, low_value, high_value, unit, qualifier, subject,
                                 speaker, direction, basis)
            SELECT nextval('figures_id_seq'), u.a, u.p, u.t, u.l, u.h, u.lv, u.hv, u.un, u.q, u.su, u.sp, u.d, u.b
            FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::text[],
                        $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
                 WITH ORDINALITY AS u(a, p, t, l, h, lv, hv, un, q, su, sp, d, b, o)
            ORDER BY u.o
            """, [.ints(figures.map(\.0)), .ints(figures.map { Int64($0.1.figure.paragraph) }), .texts(figures.map(\.1.figure.text)),
                  .texts(figures.map(\.1.low)), .texts(figures.map(\.1.high)), .doubles(figures.map(\.1.lowValue)),
                  .doubles(figures.map(\.1.highValue)), .texts(figures.map(\.1.figure.unit)),
                  .texts(figures.map(\.1.figure.qualifier.rawValue)), .texts(figures.map(\.1.figure.subject)),
                  .texts(figures.map(\.1.figure.speaker)), .texts(figures.map(\.1.figure.direction)), .texts(figures.map(\.1.figure.basis))])

        let events = zip(articleIDs, articles).flatMap { id, article in article.events.map { (id, $0) } }
        try session.query("""
            INSERT INTO events (id, article_id, paragraph, date_text, start, "end", precision, actors, documents, summary, policy, role)
            SELECT nextval('events_id_seq'), u.a, u.p, u.dt, u.s, u.e, u.pr, u.ac, u.dc, u.su, u.po, u.ro
            FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                        $9::text[], $10::bigint[], $11::text[]) WITH ORDINALITY AS u(a, p, dt, s, e, pr, ac, dc, su, po, ro, o)
            ORDER BY u.o
            """, [.ints(events.map(\.0)), .ints(events.map { Int64($0.1.event.paragraph) }), .texts(events.map(\.1.event.dateText)),
                  .texts(events.map(\.1.start)), .texts(events.map(\.1.end)), .texts(events.map(\.1.event.precision.rawValue)),
                  .texts(events.map(\.1.actors)), .texts(events.map(\.1.documents)), .texts(events.map(\.1.event.summary)),
                  .ints(events.map { $0.1.event.policy ? 1 : 0 }), .texts(events.map(\.1.event.role.rawValue))])
        return articleIDs
    }

    /// The index words of a paragraph: SQLite's bigrams, lowercased as its tokenizer folds
    /// case. A word longer than a tsvector lexeme may be (2 KB) is left out of the index.
    static func indexWords(_ grams: String) -> String {
        grams.lowercased().split(separator: " ").filter { $0.utf8.count < 2048 }.joined(separator: " ")
    }

    private static func optionalTexts(_ values: [String?]) -> PostgresData {
        PostgresData(array: values.map { $0.map { PostgresData(string: $0) } }, elementType: .text)
    }

    // MARK: Link

    /// Rebuilds people, organizations, the timeline and duplicate articles from the stored
    /// rows with the SQLite store's own linking code (`DerivedRows`), in one transaction.
    public func relink() throws {
        try session.transaction {
            try session.query("SELECT value FROM kb_state WHERE key = 'derived' FOR UPDATE")
            try rebuild()
        }
        forgetChanges()
    }

    /// Links what this process's loads changed: incrementally when they alone are unlinked and
    /// touch at most `limit` of the quotes and of the events, else by a full rebuild (both give
    /// the same rows, row ids aside). The `derived` row is locked first, so a concurrent load's
    /// batch waits for the link or is seen by it.
    public func linkChanges(limit: Double = Link.incrementalLimit) throws -> Link.Mode {
        let mode: Link.Mode = try session.transaction {
            let value = try session.query("SELECT value FROM kb_state WHERE key = 'derived' FOR UPDATE").first?.text(0)
            if value == token, try relinkTouched(limit: limit) { return .incremental }
            try rebuild()
            return .full
        }
        forgetChanges()
        return mode
    }

    private func forgetChanges() {
        added = []
        removedNames = []
        removedBuckets = []
    }

    private func rebuild() throws {
        do {
            let articles = try session.query("SELECT id, content_hash, published_day, root, path FROM articles ORDER BY id").map {
                DerivedRows.ArticleInput(id: $0.int(0), root: $0.text(3), path: $0.text(4), contentHash: $0.text(1),
                                         publishedDay: $0.optionalText(2))
            }
            let quotes = try session.query("""
                SELECT id, article_id, speaker_name, speaker_kind, speaker_title, speaker_affiliation FROM quotes ORDER BY id
                """).map {
                DerivedRows.QuoteInput(id: $0.int(0), articleID: $0.int(1), name: $0.text(2), kind: $0.text(3), title: $0.text(4),
                                       affiliation: $0.text(5))
            }
            let events = try session.query("""
                SELECT id, article_id, paragraph, date_text, start, "end", precision, actors, documents, summary, policy, role
                FROM events ORDER BY id
                """).map(Self.eventInput)
            let derived = try DerivedRows.link(articles: articles, quotes: quotes, events: events)
            try session.query("TRUNCATE people, organizations, affiliations, timeline_entries, duplicate_articles")
            try session.query("UPDATE quotes SET person_id = NULL, organization_id = NULL WHERE person_id IS NOT NULL OR organization_id IS NOT NULL")
            try session.query("UPDATE events SET entry_id = NULL WHERE entry_id IS NOT NULL")
            try insertRows("people", derived.people)
            try insertRows("organizations", derived.organizations)
            try insertRows("affiliations", derived.affiliations)
            try insertRows("timeline_entries", derived.timelineEntries)
            try insertRows("duplicate_articles", derived.duplicates)
            try session.query("""
                UPDATE quotes q SET person_id = NULLIF(u.p, 0), organization_id = NULLIF(u.o, 0)
                FROM unnest($1::bigint[], $2::bigint[], $3::bigint[]) AS u(id, p, o) WHERE q.id = u.id
                """, [.ints(derived.quoteLinks.map(\.0)), .ints(derived.quoteLinks.map { $0.1 ?? 0 }),
                      .ints(derived.quoteLinks.map { $0.2 ?? 0 })])
            try session.query("""
                UPDATE events e SET entry_id = u.entry FROM unnest($1::bigint[], $2::bigint[]) AS u(id, entry) WHERE e.id = u.id
                """, [.ints(derived.eventLinks.map(\.0)), .ints(derived.eventLinks.map(\.1))])
            try linked(.full)
        }
    }

    private func linked(_ mode: Link.Mode) throws {
        try session.query("INSERT INTO kb_state (key, value) VALUES ('derived', 'fresh') ON CONFLICT (key) DO UPDATE SET value = 'fresh'")
        try session.query("INSERT INTO kb_state (key, value) VALUES ('last_link', $1) ON CONFLICT (key) DO UPDATE SET value = $1",
                          [.text(mode.rawValue)])
    }

    /// The SQLite store's incremental link (`Link.relinkTouched`), step for step, on this
    /// store's rows: the region is found here, its rows are linked by `DerivedRows.linkRegion`,
    /// and its derived rows replace the old ones. False (nothing written) when a full rebuild
    /// must do it.
    private func relinkTouched(limit: Double) throws -> Bool {
        // Duplicates first: a change of copy status touches that article.
        let found = try session.query("""
            SELECT a.id, d.first FROM (SELECT content_hash, MIN(id) AS first FROM articles
                                       GROUP BY content_hash HAVING COUNT(*) > 1) d
            JOIN articles a ON a.content_hash = d.content_hash AND a.id <> d.first
            """).map { ($0.int(0), $0.int(1)) }
        let copies = Set(found.map(\.0))
        let listed = Set(try session.query("SELECT article_id FROM duplicate_articles").map { $0.int(0) })
        var articles = Set(try session.query("SELECT id FROM articles WHERE id = ANY($1::bigint[])",
                                             [.ints(Array(copies.symmetricDifference(listed).union(added)))]).map { $0.int(0) })

        // Names.
        let names = removedNames.union(try session.query("SELECT DISTINCT speaker_name FROM quotes WHERE article_id = ANY($1::bigint[])",
                                                         [.ints(Array(articles))]).map { $0.text(0) })
        let (keys, identities) = Link.relinkedKeys(names)
        let (personNames, organizationNames) = Link.relinkedNames(names, keys: keys, identities: identities, storedVariants: try session.query("""
            SELECT DISTINCT speaker_name FROM quotes WHERE person_id IN (SELECT id FROM people WHERE name_key = ANY($1::text[]))
            """, [.texts(Array(keys))]).map { $0.text(0) })
        let speakerNames = Array(personNames.union(organizationNames))
        let quotes = try session.query("SELECT COALESCE(MAX(id), 0) FROM quotes").first?.int(0) ?? 0
        let touchedQuotes = try session.query("SELECT COUNT(*) FROM quotes WHERE speaker_name = ANY($1::text[])",
                                              [.texts(speakerNames)]).first?.int(0) ?? 0
        if Double(touchedQuotes) > limit * Double(quotes) { return false }

        // Date ranges, closed under the articles that have events on them.
        let events = try session.query("SELECT COALESCE(MAX(id), 0) FROM events").first?.int(0) ?? 0
        func bucketsOf(_ ids: Set<Int64>) throws -> Set<Bucket> {
            Set(try session.query("SELECT DISTINCT start, \"end\", precision FROM events WHERE article_id = ANY($1::bigint[])",
                                  [.ints(Array(ids))]).map { Bucket(start: $0.text(0), end: $0.text(1), precision: $0.text(2)) })
        }
        var buckets = removedBuckets.union(try bucketsOf(articles))
        while true {
            let list = Array(buckets)
            let onBuckets = Set(try session.query("""
                SELECT DISTINCT e.article_id FROM unnest($1::text[], $2::text[], $3::text[]) AS b(s, e, p)
                JOIN events e ON e.start = b.s AND e."end" = b.e AND e.precision = b.p
                """, [.texts(list.map(\.start)), .texts(list.map(\.end)), .texts(list.map(\.precision))]).map { $0.int(0) })
            let newArticles = onBuckets.subtracting(articles)
            articles.formUnion(newArticles)
            let newBuckets = try bucketsOf(newArticles).subtracting(buckets)
            buckets.formUnion(newBuckets)
            if newArticles.isEmpty && newBuckets.isEmpty { break }
            let touchedEvents = try session.query("SELECT COUNT(*) FROM events WHERE article_id = ANY($1::bigint[])",
                                                  [.ints(Array(articles))]).first?.int(0) ?? 0
            if Double(touchedEvents) > limit * Double(events) { return false }
        }

        // The region's rows, linked as SQLite links them.
        let quoteRows = try session.query("""
            SELECT id, article_id, speaker_name, speaker_kind, speaker_title, speaker_affiliation FROM quotes
            WHERE speaker_name = ANY($1::text[]) ORDER BY id
            """, [.texts(speakerNames)]).map {
            DerivedRows.QuoteInput(id: $0.int(0), articleID: $0.int(1), name: $0.text(2), kind: $0.text(3), title: $0.text(4),
                                   affiliation: $0.text(5))
        }
        let eventRows = try session.query("""
            SELECT id, article_id, paragraph, date_text, start, "end", precision, actors, documents, summary, policy, role
            FROM events WHERE article_id = ANY($1::bigint[]) ORDER BY id
            """, [.ints(Array(articles))]).map(Self.eventInput)
        let articleRows = try session.query("""
            SELECT id, content_hash, published_day, root, path FROM articles WHERE id = ANY($1::bigint[]) ORDER BY id
            """, [.ints(Array(articles.union(quoteRows.map(\.articleID))))]).map {
            DerivedRows.ArticleInput(id: $0.int(0), root: $0.text(3), path: $0.text(4), contentHash: $0.text(1),
                                     publishedDay: $0.optionalText(2))
        }
        let derived = try DerivedRows.linkRegion(articles: articleRows, quotes: quoteRows, events: eventRows, region: .init(
            people: personNames, organizations: organizationNames, articles: articles, copies: copies))

        // Rewritten: everything above only read. The region's rows get ids after this store's.
        func offset(_ table: String) throws -> Int64 {
            try session.query("SELECT COALESCE(MAX(id), 0) FROM \(table)").first?.int(0) ?? 0
        }
        let (people, organizations, entries) = (try offset("people"), try offset("organizations"), try offset("timeline_entries"))
        try session.query("TRUNCATE duplicate_articles")
        try insertRows("duplicate_articles", found.map { [.integer($0.0), .integer($0.1)] })
        try session.query("DELETE FROM people WHERE name_key = ANY($1::text[])", [.texts(Array(keys))]) // affiliations cascade
        try session.query("DELETE FROM organizations WHERE name = ANY($1::text[])", [.texts(Array(identities))])
        let list = Array(buckets)
        try session.query("""
            DELETE FROM timeline_entries t USING unnest($1::text[], $2::text[], $3::text[]) AS b(s, e, p)
            WHERE t.start = b.s AND t."end" = b.e AND t.precision = b.p
            """, [.texts(list.map(\.start)), .texts(list.map(\.end)), .texts(list.map(\.precision))])
        try session.query("""
            UPDATE quotes SET person_id = NULL, organization_id = NULL
            WHERE (speaker_name = ANY($1::text[]) AND speaker_kind = 'person') OR (speaker_name = ANY($2::text[]) AND speaker_kind <> 'person')
            """, [.texts(Array(personNames)), .texts(Array(organizationNames))])
        try session.query("UPDATE events SET entry_id = NULL WHERE article_id = ANY($1::bigint[])", [.ints(Array(articles))])
        func shifted(_ rows: [[DerivedValue]], by amount: Int64) -> [[DerivedValue]] {
            rows.map { row in
                guard case .integer(let id) = row[0] else { return row }
                return [.integer(id + amount)] + row.dropFirst()
            }
        }
        try insertRows("people", shifted(derived.people, by: people))
        try insertRows("organizations", shifted(derived.organizations, by: organizations))
        try insertRows("affiliations", shifted(derived.affiliations, by: people))
        try insertRows("timeline_entries", shifted(derived.timelineEntries, by: entries))
        try session.query("""
            UPDATE quotes q SET person_id = NULLIF(u.p, 0), organization_id = NULLIF(u.o, 0)
            FROM unnest($1::bigint[], $2::bigint[], $3::bigint[]) AS u(id, p, o) WHERE q.id = u.id
            """, [.ints(derived.quoteLinks.map(\.0)), .ints(derived.quoteLinks.map { $0.1.map { $0 + people } ?? 0 }),
                  .ints(derived.quoteLinks.map { $0.2.map { $0 + organizations } ?? 0 })])
        try session.query("""
            UPDATE events e SET entry_id = u.entry FROM unnest($1::bigint[], $2::bigint[]) AS u(id, entry) WHERE e.id = u.id
            """, [.ints(derived.eventLinks.map(\.0)), .ints(derived.eventLinks.map { $0.1 + entries })])
        try linked(.incremental)
        return true
    }

    private static func eventInput(_ row: PostgresRandomAccessRow) -> DerivedRows.EventInput {
        DerivedRows.EventInput(id: row.int(0), articleID: row.int(1), paragraph: Int((try? row[2].decode(Int.self)) ?? 0),
                               dateText: row.text(3), start: row.text(4), end: row.text(5), precision: row.text(6),
                               actors: row.text(7), documents: row.text(8), summary: row.text(9),
                               policy: ((try? row[10].decode(Int.self)) ?? 0) != 0, role: row.text(11))
    }

    /// Inserts derived rows, many to a statement (PostgreSQL takes at most 65,535 values).
    private func insertRows(_ table: String, _ rows: [[DerivedValue]]) throws {
        let columns = DerivedRows.columns[table]!
        let perStatement = 60_000 / columns.count
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            var binds: [PostgresData] = []
            var tuples: [String] = []
            for row in chunk {
                tuples.append("(" + row.map { value in
                    binds.append(Self.bind(value))
                    return "$\(binds.count)"
                }.joined(separator: ", ") + ")")
            }
            try session.query("INSERT INTO \(table) (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES "
                              + tuples.joined(separator: ", "), binds)
        }
    }

    private static func bind(_ value: DerivedValue) -> PostgresData {
        switch value {
        case .null: .null
        case .integer(let number): .int(number)
        case .text(let text): .text(text)
        }
    }
}
