import Foundation
import NewsKB
import PostgresNIO

/// A WHERE clause from optional filters, in PostgreSQL's numbered placeholders: each `?` of
/// a clause becomes the next `$n`.
struct PostgresConditions {
    private var clauses: [String] = []
    private(set) var binds: [PostgresData] = []

    mutating func add(_ clause: String, _ values: PostgresData...) { add(clause, values) }

    mutating func add(_ clause: String, _ values: [PostgresData]) {
        var numbered = ""
        var next = values.makeIterator()
        for character in clause {
            if character == "?", let value = next.next() {
                binds.append(value)
                numbered += "$\(binds.count)"
            } else {
                numbered.append(character)
            }
        }
        clauses.append(numbered)
    }

    mutating func addDays(_ column: String, from: String?, to: String?) {
        if let from { add("\(column) >= ?", .text(from)) }
        if let to { add("\(column) <= ?", .text(to)) }
    }

    var sql: String { clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ") }

    /// The next placeholder after the clause's own (a LIMIT).
    func placeholder(_ offset: Int = 1) -> String { "$\(binds.count + offset)" }
}

/// The query commands' questions, in PostgreSQL's SQL: the SQLite store's statements (KB/*Queries.swift)
/// with `strpos` for `instr`, arrays for `json_each`, the tsvector index for FTS5, and SQLite's
/// ordering kept (NULLs first, byte order).
public extension PostgresKnowledgeBase {
    func statistics() throws -> KnowledgeBase.Statistics {
        var stats = KnowledgeBase.Statistics()
        let row = try session.query("""
            SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM paragraphs), (SELECT COUNT(*) FROM quotes),
                   (SELECT COUNT(*) FROM people), (SELECT COUNT(*) FROM organizations), (SELECT COUNT(*) FROM figures),
                   (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM timeline_entries), (SELECT COUNT(*) FROM duplicate_articles),
                   (SELECT COUNT(*) FROM articles WHERE published_day IS NULL),
                   (SELECT MIN(published_day) FROM articles), (SELECT MAX(published_day) FROM articles)
            """)[0]
        stats.articles = Int(row.int(0))
        stats.paragraphs = Int(row.int(1))
        stats.quotes = Int(row.int(2))
        stats.people = Int(row.int(3))
        stats.organizations = Int(row.int(4))
        stats.figures = Int(row.int(5))
        stats.events = Int(row.int(6))
        stats.timelineEntries = Int(row.int(7))
        stats.duplicates = Int(row.int(8))
        stats.undated = Int(row.int(9))
        stats.firstDay = row.optionalText(10)
        stats.lastDay = row.optionalText(11)
        return stats
    }

    /// As the SQLite store's search: paragraphs holding every bigram of the query (the GIN
    /// index), newest stored first, split into sentences, and only sentences holding every
    /// word kept. Paragraphs are read a page at a time until `limit` sentences are found.
    func search(_ text: String, limit: Int, offset: Int = 0) throws -> [SearchHit] {
        let query = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty else { return [] }
        let terms = query.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let match: String
        var binds: [PostgresData]
        if let words = Self.indexQuery(query) {
            match = "p.grams @@ $1::tsquery"
            binds = [.text(words)]
        } else {
            match = "strpos(p.text, $1) > 0"
            binds = [.text(terms[0])]
        }
        var hits: [SearchHit] = []
        var skipped = 0
        var before = Int64.max
        let page = 256
        while hits.count < limit {
            let rows = try session.query("""
                SELECT p.text, p.idx, a.title, a.path, a.published_day, a.id, p.id
                FROM paragraphs p JOIN articles a ON a.id = p.article_id
                WHERE \(match) AND p.id < $2 AND p.article_id NOT IN (SELECT article_id FROM duplicate_articles)
                ORDER BY p.id DESC LIMIT \(page)
                """, binds + [.int(before)])
            for row in rows where hits.count < limit {
                for sentence in Sentences.split(row.text(0)) where hits.count < limit {
                    guard terms.allSatisfy({ sentence.localizedCaseInsensitiveContains($0) }) else { continue }
                    if skipped < offset {
                        skipped += 1
                        continue
                    }
                    hits.append(SearchHit(date: row.optionalText(4) ?? "", articleTitle: row.text(2), path: row.text(3),
                                          paragraph: Int(row.int(1)), sentence: sentence, articleID: row.int(5)))
                }
            }
            guard rows.count == page, let last = rows.last else { break }
            before = last.int(6)
        }
        return hits
    }

    /// The tsquery of a user's query: every index word of every part (SearchText's bigrams,
    /// lowercased), or nil when the index cannot answer (a lone CJK character: scan).
    /// Words hold only letters, digits and CJK characters, so quoting them is safe.
    internal static func indexQuery(_ query: String) -> String? {
        guard SearchText.matchExpression(query) != nil else { return nil }
        let words = query.split(whereSeparator: { $0.isWhitespace })
            .flatMap { indexWords(SearchText.grams(String($0))).split(separator: " ") }
        guard !words.isEmpty else { return nil }
        return words.map { "'\($0)'" }.joined(separator: " & ")
    }

    func figures(_ filter: FigureFilter) throws -> [FigureRecord] {
        var conditions = PostgresConditions()
        conditions.add("f.article_id NOT IN (SELECT article_id FROM duplicate_articles)")
        if let unit = filter.unit {
            if unit == "人民币" || unit == "元" {
                conditions.add("f.unit IN ('元', '人民币')")
            } else {
                conditions.add("f.unit = ?", .text(unit))
            }
        }
        if let min = filter.min { conditions.add("f.high_value >= ?", PostgresData(double: NSDecimalNumber(decimal: min).doubleValue)) }
        if let max = filter.max { conditions.add("f.low_value <= ?", PostgresData(double: NSDecimalNumber(decimal: max).doubleValue)) }
        if let about = filter.about, !about.isEmpty {
            conditions.add("""
                (strpos(f.subject, ?) > 0 OR EXISTS (SELECT 1 FROM paragraphs p
                    WHERE p.article_id = f.article_id AND p.idx = f.paragraph AND strpos(p.text, ?) > 0))
                """, .text(about), .text(about))
        }
        if let speaker = filter.speaker, !speaker.isEmpty { conditions.add("strpos(f.speaker, ?) > 0", .text(speaker)) }
        conditions.addDays("a.published_day", from: filter.from, to: filter.to)
        if let article = filter.articleID { conditions.add("f.article_id = ?", .int(article)) }
        return try session.query("""
            SELECT f.text, f.low, f.high, f.unit, f.qualifier, f.subject, f.speaker, a.published_day, a.title, a.path, a.id, f.paragraph
            FROM figures f JOIN articles a ON a.id = f.article_id
            \(conditions.sql)
            ORDER BY f.high_value DESC, a.published_day NULLS FIRST, a.root, a.path, f.id
            LIMIT \(conditions.placeholder())
            """, conditions.binds + [.int(filter.limit)]).map { row in
            FigureRecord(text: row.text(0), low: row.text(1), high: row.text(2), unit: row.text(3), qualifier: row.text(4),
                         subject: row.text(5), speaker: row.text(6), date: row.optionalText(7) ?? "", articleTitle: row.text(8),
                         path: row.text(9), articleID: row.int(10), paragraph: Int(row.int(11)))
        }
    }

    func quotes(_ filter: QuoteFilter) throws -> [QuoteRecord] {
        let conditions = Self.conditions(filter)
        return try session.query("""
            SELECT q.speaker_name, q.speaker_kind, q.speaker_title, q.speaker_affiliation, q.mode, q.cue, q.text,
                   a.published_day, a.title, a.path, q.sieve, a.id, q.paragraph
            FROM quotes q JOIN articles a ON a.id = q.article_id
            \(conditions.sql)
            ORDER BY a.published_day NULLS FIRST, a.root, a.path, q.id
            LIMIT \(conditions.placeholder()) OFFSET \(conditions.placeholder(2))
            """, conditions.binds + [.int(filter.limit), .int(filter.offset)]).map { row in
            QuoteRecord(speaker: Speaker(name: row.text(0), kind: Speaker.Kind(rawValue: row.text(1)) ?? .person, title: row.text(2),
                                         affiliation: row.text(3)),
                        mode: row.text(4), cue: row.text(5), text: row.text(6), date: row.optionalText(7) ?? "",
                        articleTitle: row.text(8), path: row.text(9), sieve: row.text(10), articleID: row.int(11),
                        paragraph: Int(row.int(12)))
        }
    }

    /// The SQLite store's quote conditions (QuoteQueries.conditions), clause for clause.
    private static func conditions(_ filter: QuoteFilter) -> PostgresConditions {
        var conditions = PostgresConditions()
        conditions.add("q.article_id NOT IN (SELECT article_id FROM duplicate_articles)")
        if let speaker = filter.speaker?.trimmingCharacters(in: .whitespaces), !speaker.isEmpty {
            var alternatives: [String] = []
            var values: [PostgresData] = []
            let compact = Pinyin.compactQuery(speaker)
            let letters = speaker.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "'" }
            if !compact.isEmpty && compact.count == letters.count {
                alternatives += ["q.person_id IN (SELECT id FROM people WHERE strpos(pinyin_compact, ?) > 0)",
                                 "q.organization_id IN (SELECT id FROM organizations WHERE pinyin_compact = ?)"]
                values += [.text(compact), .text(compact)]
            }
            for name in OrganizationAliases.variants(speaker) {
                alternatives.append("strpos(q.speaker_name, ?) > 0")
                values.append(.text(name))
            }
            if PersonNames.hasParts(speaker) {
                alternatives.append("q.person_id IN (SELECT id FROM people WHERE strpos(name_key, ?) > 0)")
                values.append(.text(PersonNames.key(speaker)))
            }
            conditions.add("(" + alternatives.joined(separator: " OR ") + ")", values)
        }
        if let affiliation = filter.affiliation, !affiliation.isEmpty {
            var alternatives: [String] = []
            var values: [PostgresData] = []
            for name in OrganizationAliases.variants(affiliation) {
                alternatives += ["strpos(q.speaker_affiliation, ?) > 0",
                                 "q.person_id IN (SELECT person_id FROM affiliations WHERE strpos(organization, ?) > 0)"]
                values += [.text(name), .text(name)]
            }
            conditions.add("(" + alternatives.joined(separator: " OR ") + ")", values)
        }
        if let search = filter.search, !search.isEmpty { conditions.add("strpos(q.text, ?) > 0", .text(search)) }
        conditions.addDays("a.published_day", from: filter.from, to: filter.to)
        if let kind = filter.kind { conditions.add("q.speaker_kind = ?", .text(kind.rawValue)) }
        switch filter.speakerID {
        case .person(let id)?: conditions.add("q.person_id = ?", .int(id))
        case .organization(let id)?: conditions.add("q.organization_id = ?", .int(id))
        case nil: break
        }
        if let article = filter.articleID { conditions.add("q.article_id = ?", .int(article)) }
        return conditions
    }

    func timeline(_ filter: EventFilter) throws -> [TimelineEntry] {
        var conditions = PostgresConditions()
        if let from = filter.from { conditions.add("t.\"end\" >= ?", .text(from)) }
        if let to = filter.to { conditions.add("t.start <= ?", .text(to)) }
        if filter.policyOnly { conditions.add("t.policy = 1") }
        if filter.newsworthyOnly { conditions.add(EventFilter.newsworthyCondition) }
        if let actor = filter.actor, !actor.isEmpty {
            conditions.add("""
                EXISTS (SELECT 1 FROM jsonb_array_elements_text(t.actors::jsonb) a, unnest(?::text[]) v WHERE strpos(a, v) > 0)
                """, .texts(OrganizationAliases.variants(actor)))
        }
        let entries = try session.query("""
            SELECT t.id, t.start, t."end", t.precision, t.date_text, t.summary, t.actors, t.documents, t.policy, t.role
            FROM timeline_entries t \(conditions.sql) ORDER BY t.start, t."end", t.id
            """, conditions.binds)
        var result: [TimelineEntry] = []
        for row in entries {
            guard let start = Day(iso: row.text(1)), let end = Day(iso: row.text(2)),
                  let precision = Event.Precision(rawValue: row.text(3)) else { continue }
            // One source per article, its first event (by id: as the article tells them) on ties, in every store.
            let sourceRows = try session.query("""
                SELECT a.title, a.published_day, a.path, e.date_text, e.summary, a.id, e.paragraph, a.root
                FROM events e JOIN articles a ON a.id = e.article_id
                WHERE e.entry_id = $1 ORDER BY a.published_day NULLS FIRST, a.path, a.root, e.id
                """, [.int(row.int(0))])
            if !filter.topicKeywords.isEmpty {
                let concerned = try sourceRows.contains { source in
                    let title = source.text(0)
                    let paragraph = try session.query("SELECT text FROM paragraphs WHERE article_id = $1 AND idx = $2",
                                                      [.int(source.int(5)), .int(source.int(6))]).first?.text(0) ?? ""
                    return filter.topicKeywords.contains { title.contains($0) || paragraph.contains($0) }
                }
                if !concerned { continue }
            }
            var seen: Set<String> = []
            let sources = sourceRows.compactMap { source -> TimelineEntry.Source? in
                let path = source.text(2)
                guard seen.insert(path).inserted else { return nil }
                return TimelineEntry.Source(title: source.text(0), published: source.optionalText(1) ?? "", path: path,
                                            root: source.text(7), dateText: source.text(3), summary: source.text(4),
                                            articleID: source.int(5))
            }
            result.append(TimelineEntry(start: start, end: end, precision: precision, dateText: row.text(4), summary: row.text(5),
                                        actors: Self.strings(row.text(6)), documents: Self.strings(row.text(7)),
                                        policy: row.int(8) != 0, role: Event.Role(rawValue: row.text(9)) ?? .event,
                                        sources: sources))
            if let limit = filter.limit, result.count >= limit { break }
        }
        return result
    }

    func roots() throws -> [String] {
        try session.query("SELECT DISTINCT root FROM articles ORDER BY root").map { $0.text(0) }
    }

    /// A JSON array of strings, as the SQLite store writes them.
    private static func strings(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }
}
