import Foundation
import GRDB

/// Cross-article work, rebuilt from the stored extractions whenever articles change:
/// one person across articles, organizations, and one timeline entry from many sources.
public enum Link {
    /// The share of the quotes or events an incremental link may touch before it links everything.
    public static let incrementalLimit = 0.2

    /// Marks the derived state as behind the articles. The mark names this connection's session
    /// while only its writes are unlinked (then `relink` may link just what they touched, as
    /// recorded in its temporary tables); once another connection's writes are also unlinked,
    /// or after a crash, it is a plain `stale`, and only a full rebuild clears it.
    static func markStale(_ db: Database) throws {
        let token = try sessionToken(db)
        let current = try String.fetchOne(db, sql: "SELECT value FROM kb_state WHERE key = 'derived'")
        let value = current == nil || current == "fresh" || current == token ? token : "stale"
        try db.execute(sql: "INSERT OR REPLACE INTO kb_state (key, value) VALUES ('derived', ?)", arguments: [value])
    }

    static func isStale(_ db: Database) throws -> Bool {
        guard let value = try String.fetchOne(db, sql: "SELECT value FROM kb_state WHERE key = 'derived'") else { return false }
        return value != "fresh"
    }

    static func rebuild(_ db: Database) throws {
        try beginRebuild(db)
        let copies = try storeDuplicates(db)
        try linkSpeakers(db, skipping: copies)
        try storeTimeline(db, mergedTimeline(db, skipping: copies))
        try endRebuild(db)
    }

    public enum Mode: String, Sendable {
        /// Only the names and dates the writes since the last link touched.
        case incremental
        /// Everything, from every stored extraction.
        case full
    }

    /// Links what changed since the last link: incrementally when this connection made every
    /// unlinked change and they touch at most `limit` of the quotes and of the events, else
    /// by a full rebuild. Both give the same rows (row ids aside).
    @discardableResult
    public static func relink(_ knowledgeBase: KnowledgeBase, limit: Double = incrementalLimit) throws -> Mode {
        if try knowledgeBase.write({ try relinkTouched($0, limit: limit) }) { return .incremental }
        try rebuild(knowledgeBase)
        return .full
    }

    /// The same, with the timeline merged on a second connection while the people are linked
    /// on the writer's: the two halves read different tables and take about as long.
    static func rebuild(_ knowledgeBase: KnowledgeBase) throws {
        try knowledgeBase.write { db in
            try beginRebuild(db)
            // Started after the writer's first write: it holds the write lock by then, so this
            // reader's snapshot is exactly what the writer started from.
            let merging = Background { try knowledgeBase.read { try mergedTimeline($0, skipping: Set(duplicates($0).map(\.copy))) } }
            let copies = try storeDuplicates(db)
            try linkSpeakers(db, skipping: copies)
            try storeTimeline(db, merging.value())
            try endRebuild(db)
        }
    }

    /// Every link column is rewritten: its index is dropped first and built again at the
    /// end, in one sort.
    private static func beginRebuild(_ db: Database) throws {
        try Schema.dropIndexes(db, Schema.linkIndexes)
    }

    private static func endRebuild(_ db: Database) throws {
        try Schema.createIndexes(db, Schema.linkIndexes)
        try linked(db, .full)
    }

    /// The derived state is fresh again: what was recorded for the next link is dropped.
    private static func linked(_ db: Database, _ mode: Mode) throws {
        try recordTables(db)
        try db.execute(sql: """
            DELETE FROM temp.link_added; DELETE FROM temp.link_removed_names; DELETE FROM temp.link_removed_buckets;
            INSERT OR REPLACE INTO kb_state (key, value) VALUES ('derived', 'fresh');
            """)
        try db.execute(sql: "INSERT OR REPLACE INTO kb_state (key, value) VALUES ('last_link', ?)", arguments: [mode.rawValue])
    }

    // MARK: What the writes touched

    /// Each writer connection records what its writes since the last link touched, in
    /// temporary tables (its own, gone with it): the articles it stored (their rows tell the
    /// new names and dates), and the speaker names and date ranges of the articles it
    /// removed, read just before their rows go.
    static func recordTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS link_session (token TEXT NOT NULL);
            CREATE TEMP TABLE IF NOT EXISTS link_added (id INTEGER PRIMARY KEY);
            CREATE TEMP TABLE IF NOT EXISTS link_removed_names (name TEXT PRIMARY KEY) WITHOUT ROWID;
            CREATE TEMP TABLE IF NOT EXISTS link_removed_buckets (start TEXT, end TEXT, precision TEXT,
                                                                  PRIMARY KEY (start, end, precision)) WITHOUT ROWID;
            """)
    }

    /// This connection's mark (see `markStale`), made once.
    private static func sessionToken(_ db: Database) throws -> String {
        try recordTables(db)
        if let token = try String.fetchOne(db, sql: "SELECT token FROM temp.link_session") { return token }
        let token = "stale " + UUID().uuidString
        try db.execute(sql: "INSERT INTO temp.link_session (token) VALUES (?)", arguments: [token])
        return token
    }

    /// Called with an article's rows still stored, just before they are deleted.
    static func recordRemoval(_ db: Database, article id: Int64) throws {
        try recordTables(db)
        try db.execute(sql: "INSERT OR IGNORE INTO temp.link_removed_names (name) SELECT speaker_name FROM quotes WHERE article_id = ?",
                       arguments: [id])
        try db.execute(sql: """
            INSERT OR IGNORE INTO temp.link_removed_buckets (start, end, precision)
            SELECT start, end, precision FROM events WHERE article_id = ?
            """, arguments: [id])
        try db.execute(sql: "DELETE FROM temp.link_added WHERE id = ?", arguments: [id])
    }

    /// The incremental link, in the writer's transaction; false (nothing written) when a full
    /// rebuild must do it.
    ///
    /// - Duplicate articles are listed again (one pass over the content-hash index); an article
    ///   that became or stopped being a copy counts as touched.
    /// - People: every speaker name of a touched article, before and after, is relinked with all
    ///   its variants (`PersonNames.key`): the people rows of those keys are made again from all
    ///   quotes of those names. The variants already stored are found through the people rows.
    /// - Organizations: the same for every `OrganizationAliases.identity` of those names, from
    ///   the quotes of all its names (`OrganizationAliases.variants`).
    /// - Timeline: events merge only on one date range, but one article's entries join across
    ///   ranges (`joinWithinArticles`). So the ranges touched are closed under "an article with
    ///   an event on the range": every range of such an article, and again, until nothing is
    ///   added. No entry outside that region shares an article with one inside, so the
    ///   region's entries are merged again from its events alone.
    private static func relinkTouched(_ db: Database, limit: Double) throws -> Bool {
        guard try String.fetchOne(db, sql: "SELECT value FROM kb_state WHERE key = 'derived'") == sessionToken(db) else {
            return false
        }
        var clock = PhaseClock()
        defer { clock.report("incremental link") }
        try createRelinkTables(db)
        // Duplicates first: a change of copy status touches that article.
        let found = try duplicates(db)
        let copies = Set(found.map(\.copy))
        let listed = Set(try Int64.fetchAll(db, sql: "SELECT article_id FROM duplicate_articles"))
        let insertArticle = try db.cachedStatement(sql: "INSERT OR IGNORE INTO temp.relink_articles (id) VALUES (?)")
        for id in copies.symmetricDifference(listed) { try insertArticle.execute(arguments: [id]) }
        try db.execute(sql: "INSERT OR IGNORE INTO temp.relink_articles (id) SELECT id FROM temp.link_added")
        try db.execute(sql: "DELETE FROM temp.relink_articles WHERE id NOT IN (SELECT id FROM articles)")
        clock.lap("duplicates")

        // Names.
        let names = Set(try String.fetchAll(db, sql: """
            SELECT name FROM temp.link_removed_names
            UNION SELECT speaker_name FROM quotes WHERE article_id IN (SELECT id FROM temp.relink_articles)
            """))
        let (keys, identities) = relinkedKeys(names)
        let insertKey = try db.cachedStatement(sql: "INSERT OR IGNORE INTO temp.relink_keys (key) VALUES (?)")
        for key in keys { try insertKey.execute(arguments: [key]) }
        let insertIdentity = try db.cachedStatement(sql: "INSERT OR IGNORE INTO temp.relink_identities (name) VALUES (?)")
        for identity in identities { try insertIdentity.execute(arguments: [identity]) }
        // Through the person index: a join lets SQLite's planner scan every quote instead.
        let (personNames, organizationNames) = relinkedNames(names, keys: keys, identities: identities, storedVariants: try String.fetchAll(db, sql: """
            SELECT DISTINCT speaker_name FROM quotes
            WHERE person_id IN (SELECT id FROM people WHERE name_key IN (SELECT key FROM temp.relink_keys))
            """))
        let insertPerson = try db.cachedStatement(sql: "INSERT OR IGNORE INTO temp.relink_people (name) VALUES (?)")
        for name in personNames { try insertPerson.execute(arguments: [name]) }
        let insertOrganization = try db.cachedStatement(sql: "INSERT OR IGNORE INTO temp.relink_organizations (name) VALUES (?)")
        for name in organizationNames { try insertOrganization.execute(arguments: [name]) }
        let quotes = try Int.fetchOne(db, sql: "SELECT MAX(id) FROM quotes") ?? 0
        let touchedQuotes = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM quotes WHERE speaker_name IN (SELECT name FROM temp.relink_people UNION SELECT name FROM temp.relink_organizations)
            """) ?? 0
        if Double(touchedQuotes) > limit * Double(quotes) { return false }
        clock.lap("names")

        // Date ranges, closed under the articles that have events on them.
        let events = try Int.fetchOne(db, sql: "SELECT MAX(id) FROM events") ?? 0
        try db.execute(sql: """
            INSERT OR IGNORE INTO temp.relink_buckets (start, end, precision) SELECT start, end, precision FROM temp.link_removed_buckets;
            INSERT OR IGNORE INTO temp.relink_buckets (start, end, precision)
                SELECT start, end, precision FROM events WHERE article_id IN (SELECT id FROM temp.relink_articles);
            """)
        while true {
            // CROSS JOIN keeps the few ranges outside: the planner would scan every event.
            try db.execute(sql: """
                INSERT OR IGNORE INTO temp.relink_articles (id)
                SELECT DISTINCT e.article_id FROM temp.relink_buckets b
                CROSS JOIN events e ON e.start = b.start AND e.end = b.end AND e.precision = b.precision
                """)
            let articles = db.changesCount
            try db.execute(sql: """
                INSERT OR IGNORE INTO temp.relink_buckets (start, end, precision)
                SELECT DISTINCT start, end, precision FROM events WHERE article_id IN (SELECT id FROM temp.relink_articles)
                """)
            if articles == 0 && db.changesCount == 0 { break }
            let touchedEvents = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM events WHERE article_id IN (SELECT id FROM temp.relink_articles)
                """) ?? 0
            if Double(touchedEvents) > limit * Double(events) { return false }
        }
        clock.lap("date ranges")

        // Rewritten: everything above only read.
        _ = try storeDuplicates(db)
        clock.lap("store duplicates")
        try db.execute(sql: """
            DELETE FROM affiliations WHERE person_id IN (SELECT id FROM people WHERE name_key IN (SELECT key FROM temp.relink_keys));
            DELETE FROM people WHERE name_key IN (SELECT key FROM temp.relink_keys);
            DELETE FROM organizations WHERE name IN (SELECT name FROM temp.relink_identities);
            """)
        try linkSpeakers(db, skipping: copies, only: (personNames, organizationNames))
        clock.lap("people and organizations")
        try db.execute(sql: "DELETE FROM timeline_entries WHERE (start, end, precision) IN (SELECT start, end, precision FROM temp.relink_buckets)")
        try storeTimeline(db, mergedTimeline(db, skipping: copies, region: true), region: true)
        clock.lap("timeline")
        try linked(db, .incremental)
        return true
    }

    /// The temporary tables an incremental link fills: what it relinks.
    static func createRelinkTables(_ db: Database) throws {
        try db.execute(sql: """
            DROP TABLE IF EXISTS temp.relink_articles; DROP TABLE IF EXISTS temp.relink_buckets;
            DROP TABLE IF EXISTS temp.relink_people; DROP TABLE IF EXISTS temp.relink_organizations;
            DROP TABLE IF EXISTS temp.relink_keys; DROP TABLE IF EXISTS temp.relink_identities;
            CREATE TEMP TABLE relink_articles (id INTEGER PRIMARY KEY);
            CREATE TEMP TABLE relink_buckets (start TEXT, end TEXT, precision TEXT, PRIMARY KEY (start, end, precision)) WITHOUT ROWID;
            CREATE TEMP TABLE relink_people (name TEXT PRIMARY KEY) WITHOUT ROWID;
            CREATE TEMP TABLE relink_organizations (name TEXT PRIMARY KEY) WITHOUT ROWID;
            CREATE TEMP TABLE relink_keys (key TEXT PRIMARY KEY) WITHOUT ROWID;
            CREATE TEMP TABLE relink_identities (name TEXT PRIMARY KEY) WITHOUT ROWID;
            """)
    }

    /// The people keys (`PersonNames.key`) and organization identities
    /// (`OrganizationAliases.identity`) whose rows an incremental link makes again, for the
    /// speaker names the changed articles had or have.
    public static func relinkedKeys(_ names: Set<String>) -> (keys: Set<String>, identities: Set<String>) {
        (Set(names.map(PersonNames.key)), Set(names.map(OrganizationAliases.identity)))
    }

    /// The speaker names whose quotes are linked again: for people, the touched names and the
    /// names already linked to a person of their keys (`storedVariants`), for organizations
    /// every name of their identities.
    public static func relinkedNames(_ names: Set<String>, keys: Set<String>, identities: Set<String>,
                                     storedVariants: [String]) -> (people: Set<String>, organizations: Set<String>) {
        let people = names.union(storedVariants).filter { keys.contains(PersonNames.key($0)) }
        let organizations = Set(names.flatMap(OrganizationAliases.variants)).filter { identities.contains(OrganizationAliases.identity($0)) }
        return (people, organizations)
    }

    // MARK: Duplicate articles

    /// Articles whose content another article stored earlier has too (the same file reached
    /// through two folders), each with that first article. Read off the content-hash index.
    static func duplicates(_ db: Database) throws -> [(copy: Int64, original: Int64)] {
        try Row.fetchAll(db, sql: """
            SELECT a.id, d.first FROM (SELECT content_hash, MIN(id) AS first FROM articles
                                       GROUP BY content_hash HAVING COUNT(*) > 1) d
            JOIN articles a ON a.content_hash = d.content_hash AND a.id != d.first
            """).map { ($0[0], $0[1]) }
    }

    /// Lists the copies in `duplicate_articles`, which every listing leaves out; the copies'
    /// quotes and events are linked to nothing.
    private static func storeDuplicates(_ db: Database) throws -> Set<Int64> {
        let found = try duplicates(db)
        try db.execute(sql: "DELETE FROM duplicate_articles")
        let insert = try db.cachedStatement(sql: "INSERT INTO duplicate_articles (article_id, original_id) VALUES (?, ?)")
        for (copy, original) in found { try insert.execute(arguments: [copy, original]) }
        return Set(found.map(\.copy))
    }

    // MARK: People and organizations

    private struct QuoteRow {
        var id: Int64
        var name: String
        var kind: String
        var title: String
        var affiliation: String
        var day: String?
        /// The article's place in `articleOrder`.
        var article: Int
    }

    // MARK: Order

    /// Each article's place in (root, path) order, by article id. Linking is greedy (a person's
    /// quotes join clusters one after another, a date's events merge with earlier ones), so
    /// rows are visited in this order, not in the order they were stored: an ingest and a
    /// load of the same files in another order (shards, a Spark job) link alike. `subset`: a
    /// condition on the article id `a.id`, for an incremental link (the places compare alike
    /// among any set of articles).
    static func articleOrder(_ db: Database, subset: String? = nil) throws -> [Int64: Int] {
        var order: [Int64: Int] = [:]
        let cursor = try Int64.fetchCursor(db, sql: "SELECT a.id FROM articles a \(subset.map { "WHERE \($0)" } ?? "") ORDER BY a.root, a.path")
        while let id = try cursor.next() { order[id] = order.count }
        return order
    }

    /// Streams the quotes one speaker name at a time, in the order of the speaker index (no
    /// sort of every quote), so memory stays bounded by the most quoted name rather than
    /// growing with the corpus. Names written with Latin letters or name dots may have
    /// variants elsewhere in that order (Lina Khan, Lina M. Khan): they are gathered by
    /// `PersonNames.key` and linked at the end. Organizations are one by
    /// `OrganizationAliases.identity` (工信部 is 工业和信息化部).
    /// `only`: the names whose people and whose organizations are linked again (their rows
    /// already deleted); nil for every name.
    static func linkSpeakers(_ db: Database, skipping copies: Set<Int64>,
                                     only: (people: Set<String>, organizations: Set<String>)? = nil) throws {
        if only == nil { try db.execute(sql: "DELETE FROM affiliations; DELETE FROM people; DELETE FROM organizations;") }
        let insertPerson = try db.cachedStatement(sql: "INSERT INTO people (name, pinyin, pinyin_compact, name_key) VALUES (?, ?, ?, ?)")
        let insertAffiliation = try db.cachedStatement(sql: """
            INSERT INTO affiliations (person_id, organization, title, first_seen, last_seen, quotes) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let insertOrganization = try db.cachedStatement(sql: "INSERT INTO organizations (name, kind, pinyin_compact) VALUES (?, ?, ?)")
        // Links are applied after the scan, not while its cursor is open on the same table.
        // Person ids positive, organization ids negative: one flat array for both links.
        var quoteLinks: [(row: Int64, link: Int64)] = []
        var organizationIDs: [String: Int64] = [:]
        var variantPeople: [String: [QuoteRow]] = [:]

        func linkPeople(_ quotes: [QuoteRow]) throws {
            guard !quotes.isEmpty else { return }
            // Oldest first (undated before dated, as SQLite orders NULL), then by article
            // (`articleOrder`), then as the article tells them.
            let people = quotes.sorted { ($0.day ?? "", $0.article, $0.id) < ($1.day ?? "", $1.article, $1.id) }
            for cluster in clusters(people) {
                // The variant written most often names the person; on a tie the fuller one.
                var counts: [String: Int] = [:]
                for quote in cluster { counts[quote.name, default: 0] += 1 }
                let name = counts.max { ($0.value, $0.key.count, $1.key) < ($1.value, $1.key.count, $0.key) }!.key
                let reading = Pinyin.of(name)
                try insertPerson.execute(arguments: [name, reading.spaced, reading.compact, PersonNames.key(name)])
                let personID = db.lastInsertedRowID
                var roles: [String: (first: String?, last: String?, count: Int)] = [:]
                for quote in cluster {
                    quoteLinks.append((quote.id, personID))
                    let key = quote.affiliation + "\u{1F}" + quote.title
                    var role = roles[key] ?? (quote.day, quote.day, 0)
                    if let day = quote.day {
                        role.first = min(role.first ?? day, day)
                        role.last = max(role.last ?? day, day)
                    }
                    role.count += 1
                    roles[key] = role
                }
                for (key, role) in roles {
                    let parts = key.components(separatedBy: "\u{1F}")
                    try insertAffiliation.execute(arguments: [personID, parts[0], parts[1], role.first, role.last, role.count])
                }
            }
        }

        func link(_ quotes: [QuoteRow]) throws {
            guard let name = quotes.first?.name else { return }
            let linksPeople = only?.people.contains(name) ?? true
            let linksOrganizations = only?.organizations.contains(name) ?? true
            let people = linksPeople ? quotes.filter { $0.kind == "person" } : []
            if PersonNames.hasParts(name) {
                variantPeople[PersonNames.key(name), default: []] += people
            } else {
                try linkPeople(people)
            }
            let others = linksOrganizations ? quotes.filter { $0.kind != "person" } : []
            if let first = others.first {
                let identity = OrganizationAliases.identity(name)
                let organizationID: Int64
                if let known = organizationIDs[identity] {
                    organizationID = known
                } else {
                    try insertOrganization.execute(arguments: [identity, first.kind == "anonymous" ? "anonymous" : "organization",
                                                              Pinyin.of(identity).compact])
                    organizationID = db.lastInsertedRowID
                    organizationIDs[identity] = organizationID
                }
                quoteLinks += others.map { ($0.id, -organizationID) }
            }
        }

        // In the order of the speaker index, also for a subset: the first quote of an
        // organization's names gives its kind.
        let subset = only == nil ? "" : """
            WHERE q.speaker_name IN (SELECT name FROM temp.relink_people UNION SELECT name FROM temp.relink_organizations)
            """
        let order = try articleOrder(db, subset: only == nil ? nil : "a.id IN (SELECT q.article_id FROM quotes q \(subset))")
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT q.id, q.speaker_name, q.speaker_kind, q.speaker_title, q.speaker_affiliation, a.published_day, q.article_id
            FROM quotes q JOIN articles a ON a.id = q.article_id \(subset)
            ORDER BY q.speaker_name, q.speaker_kind
            """)
        var group: [QuoteRow] = []
        while let row = try cursor.next() {
            let articleID: Int64 = row[6]
            if !copies.isEmpty, copies.contains(articleID) { continue }
            let quote = QuoteRow(id: row[0], name: row[1], kind: row[2], title: row[3], affiliation: row[4], day: row[5],
                                 article: order[articleID] ?? 0)
            if let current = group.first?.name, current != quote.name {
                try link(group)
                group.removeAll(keepingCapacity: true)
            }
            group.append(quote)
        }
        try link(group)
        for key in variantPeople.keys.sorted() { try linkPeople(variantPeople[key]!) }

        let update = """
            UPDATE quotes SET (person_id, organization_id) =
                (SELECT CASE WHEN link > 0 THEN link END, CASE WHEN link < 0 THEN -link END FROM link_rows WHERE row = quotes.id)
            """
        if only == nil {
            try setLinks(db, &quoteLinks, update: update)
        } else {
            // A person quote of a relinked person name, another of a relinked organization name.
            try setLinks(db, &quoteLinks, update: update + """
                 WHERE speaker_name IN (SELECT name FROM temp.relink_people) AND speaker_kind = 'person';
                """ + update + """
                 WHERE speaker_name IN (SELECT name FROM temp.relink_organizations) AND speaker_kind != 'person'
                """)
        }
    }

    /// Splits one name's quotes into people: the same name with conflicting affiliations
    /// is two people; a mention without affiliation joins the best-attested person.
    private static func clusters(_ quotes: [QuoteRow]) -> [[QuoteRow]] {
        var clusters: [(affiliations: Set<String>, quotes: [QuoteRow])] = []
        var unaffiliated: [QuoteRow] = []
        // A much-quoted name repeats the same few affiliations: the cluster an affiliation
        // joins is remembered until some cluster gains an affiliation it did not have.
        var joined: [String: Int] = [:]
        for quote in quotes {
            guard !quote.affiliation.isEmpty else {
                unaffiliated.append(quote)
                continue
            }
            let found = joined[quote.affiliation]
                ?? clusters.firstIndex(where: { $0.affiliations.contains { compatible($0, quote.affiliation) } })
            if let index = found {
                if clusters[index].affiliations.insert(quote.affiliation).inserted { joined.removeAll() }
                clusters[index].quotes.append(quote)
                joined[quote.affiliation] = index
            } else {
                clusters.append(([quote.affiliation], [quote]))
                joined.removeAll()
                joined[quote.affiliation] = clusters.count - 1
            }
        }
        if clusters.isEmpty { return [unaffiliated] }
        let largest = clusters.indices.max { clusters[$0].quotes.count < clusters[$1].quotes.count }!
        clusters[largest].quotes += unaffiliated
        return clusters.map(\.quotes)
    }

    /// 艾媒咨询 and 艾媒咨询集团 are one organization; 腾讯研究院 and 北京大学 are not. A person
    /// holding several posts (工信部、信息通信管理局) matches when any of them does. Names are
    /// compared by the organization they stand for, so 工信部信息通信管理局 and
    /// 工业和信息化部网络安全管理局 are units of one ministry.
    static func compatible(_ a: String, _ b: String) -> Bool {
        let partsA = a.split(separator: "、").map { OrganizationAliases.identity(String($0)) }
        let partsB = b.split(separator: "、").map { OrganizationAliases.identity(String($0)) }
        let joinedA = partsA.joined(), joinedB = partsB.joined()
        if joinedA.contains(joinedB) || joinedB.contains(joinedA) { return true }
        for x in partsA {
            for y in partsB where x.contains(y) || y.contains(x)
                || zip(x.unicodeScalars, y.unicodeScalars).prefix(while: { $0 == $1 }).count >= 4 {
                return true
            }
        }
        return false
    }

    // MARK: Timeline

    /// One timeline entry and the events it merges.
    struct MergedEntry: Sendable {
        var start: String, end: String, precision: String, dateText: String, summary: String
        var actors: [String], documents: [String]
        var policy: Bool
        /// Its events' role (`Event.Role`): events of different roles never merge.
        var role: String
        var sources: Int
        var events: [Int64]
        var articles: Set<Int64>
    }

    /// Streams the events one date range at a time (only events on the same range can
    /// merge), so memory stays bounded by the busiest date; keeps only the merged entries.
    /// `region`: only the events of `temp.relink_articles` (see `relinkTouched`).
    static func mergedTimeline(_ db: Database, skipping copies: Set<Int64>, region: Bool = false) throws -> [MergedEntry] {
        var entries: [MergedEntry] = []
        let order = try articleOrder(db, subset: region ? "a.id IN (SELECT id FROM temp.relink_articles)" : nil)
        func merge(_ bucket: inout [(id: Int64, article: Int64, place: Int, event: Event)]) {
            // One date's events in article order (`articleOrder`), each article's as it tells them.
            bucket.sort { ($0.place, $0.id) < ($1.place, $1.id) }
            let events = bucket
            for group in EventMerger.merge(events.map { ($0.event, $0.article) }) {
                let members = group.map { events[$0] }
                let representative = members.max { $0.event.summary.count < $1.event.summary.count }!.event
                var actors: [String] = [], documents: [String] = []
                for member in members {
                    for actor in member.event.actors where !actors.contains(actor) { actors.append(actor) }
                    for document in member.event.documents where !documents.contains(document) { documents.append(document) }
                }
                entries.append(MergedEntry(
                    start: representative.start.iso, end: representative.end.iso, precision: representative.precision.rawValue,
                    dateText: representative.dateText, summary: representative.summary, actors: actors, documents: documents,
                    policy: members.contains { $0.event.policy }, role: representative.role.rawValue,
                    sources: Set(members.map(\.article)).count,
                    events: members.map(\.id), articles: Set(members.map(\.article))))
            }
        }

        let cursor = try Row.fetchCursor(db, sql: """
            SELECT id, article_id, paragraph, date_text, start, end, precision, actors, documents, summary, policy, role
            FROM events \(region ? "WHERE article_id IN (SELECT id FROM temp.relink_articles)" : "")
            ORDER BY start, end, precision, id
            """)
        var bucket: [(id: Int64, article: Int64, place: Int, event: Event)] = []
        while let row = try cursor.next() {
            guard let start = Day(iso: row[4]), let end = Day(iso: row[5]),
                  let precision = Event.Precision(rawValue: row[6]) else { continue }
            if !copies.isEmpty, copies.contains(row[1]) { continue }
            let event = Event(dateText: row[3], start: start, end: end, precision: precision,
                              actors: JSON.strings(row[7]), documents: JSON.strings(row[8]),
                              summary: row[9], policy: row[10], paragraph: row[2],
                              role: Event.Role(rawValue: row[11]) ?? .event)
            if let first = bucket.first?.event, (first.start, first.end, first.precision) != (start, end, precision) {
                merge(&bucket)
                bucket.removeAll(keepingCapacity: true)
            }
            let article: Int64 = row[1]
            bucket.append((row[0], article, order[article] ?? 0, event))
        }
        merge(&bucket)
        return joinWithinArticles(entries)
    }

    /// One article telling one event twice (its dateline and its 日前) gives one entry, on the
    /// finest of the dates.
    private static func joinWithinArticles(_ entries: [MergedEntry]) -> [MergedEntry] {
        let items = entries.map { entry in
            (start: Day(iso: entry.start)!, end: Day(iso: entry.end)!,
             headline: EventHeadline.make(summary: entry.summary, dateText: entry.dateText, actors: entry.actors),
             clause: entry.summary, articles: entry.articles, role: entry.role)
        }
        return EventMerger.mergeWithinArticles(items).map { group in
            let finest = group.min { span(items[$0]) < span(items[$1]) }!
            var merged = entries[finest]
            for index in group where index != finest {
                let other = entries[index]
                for actor in other.actors where !merged.actors.contains(actor) { merged.actors.append(actor) }
                for document in other.documents where !merged.documents.contains(document) { merged.documents.append(document) }
                merged.policy = merged.policy || other.policy
                merged.events += other.events
                merged.articles.formUnion(other.articles)
            }
            merged.sources = merged.articles.count
            return merged
        }
    }

    private static func span(_ item: (start: Day, end: Day, headline: String, clause: String, articles: Set<Int64>, role: String)) -> Int {
        // An ordering of range lengths is enough here: months counted as 31 days.
        (item.end.year - item.start.year) * 372 + (item.end.month - item.start.month) * 31 + item.end.day - item.start.day
    }

    /// Replaces the timeline entries with `entries` and points each event at its entry.
    /// `region`: the entries of the events of `temp.relink_articles` only (the old ones deleted).
    static func storeTimeline(_ db: Database, _ entries: [MergedEntry], region: Bool = false) throws {
        if !region { try db.execute(sql: "DELETE FROM timeline_entries") }
        let insertEntry = try db.cachedStatement(sql: """
            INSERT INTO timeline_entries (start, end, precision, date_text, summary, actors, documents, policy, sources, role)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var entryLinks: [(row: Int64, link: Int64)] = []
        for entry in entries {
            try insertEntry.execute(arguments: [
                entry.start, entry.end, entry.precision, entry.dateText, entry.summary,
                JSON.text(entry.actors), JSON.text(entry.documents), entry.policy, entry.sources, entry.role,
            ])
            let entryID = db.lastInsertedRowID
            entryLinks += entry.events.map { ($0, entryID) }
        }
        try setLinks(db, &entryLinks, update: "UPDATE events SET entry_id = (SELECT link FROM link_rows WHERE row = events.id)"
                     + (region ? " WHERE article_id IN (SELECT id FROM temp.relink_articles)" : ""))
    }

    /// Runs `update`, which sets link columns of every row from the temporary table
    /// `link_rows (row, link)` (NULL where it has no row). The links go in sorted by row, so
    /// the update rewrites each row once and in order, instead of one statement per row.
    private static func setLinks(_ db: Database, _ links: inout [(row: Int64, link: Int64)], update: String) throws {
        try db.execute(sql: "CREATE TEMP TABLE link_rows (row INTEGER PRIMARY KEY, link INTEGER NOT NULL)")
        links.sort { $0.row < $1.row } // in place: a copy would double the largest array of the rebuild
        do {
            let insert = try PreparedInsert(db, "INSERT INTO link_rows (row, link) VALUES (?, ?)")
            for (row, link) in links {
                insert.bind(row)
                insert.bind(link)
                try insert.run()
            }
        }
        links = []
        try db.execute(sql: update)
        try db.execute(sql: "DROP TABLE link_rows")
    }
}

/// Wall time per phase, printed on stderr when NEWSKB_TRACE is set (as ingest's trace).
struct PhaseClock {
    private var last = DispatchTime.now().uptimeNanoseconds
    private var laps: [String] = []

    mutating func lap(_ phase: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append(String(format: "%@ %.3f", phase, Double(now - last) / 1e9))
        last = now
    }

    func report(_ what: String) {
        guard ProcessInfo.processInfo.environment["NEWSKB_TRACE"] != nil, !laps.isEmpty else { return }
        FileHandle.standardError.write(Data("newskb: trace: \(what): \(laps.joined(separator: ", ")) s\n".utf8))
    }
}

/// A value computed on a thread of its own, waited for when needed.
private final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        Thread { [self] in
            result = Result { try work() }
            done.signal()
        }.start()
    }

    func value() throws -> Value {
        done.wait()
        done.signal() // a second call returns at once
        return try result!.get()
    }
}
