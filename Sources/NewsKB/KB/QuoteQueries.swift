import Foundation
import GRDB

/// Filters for `newskb quotes`.
public struct QuoteFilter: Sendable {
    public var speaker: String?
    public var affiliation: String?
    public var search: String?
    public var from: String?
    public var to: String?
    public var kind: Speaker.Kind?
    public var limit: Int

    public init(speaker: String? = nil, affiliation: String? = nil, search: String? = nil, from: String? = nil,
                to: String? = nil, kind: Speaker.Kind? = nil, limit: Int = 50) {
        self.speaker = speaker
        self.affiliation = affiliation
        self.search = search
        self.from = from
        self.to = to
        self.kind = kind
        self.limit = limit
    }
}

/// One quote as the query commands show it.
public struct QuoteRecord: Sendable, Equatable {
    public var speaker: Speaker
    public var mode: String
    public var cue: String
    public var text: String
    public var date: String
    public var articleTitle: String
    public var path: String
}

/// One speaker as `speakers` lists them: a person with every title and affiliation seen, or
/// an organization or group.
public struct SpeakerRecord: Sendable, Equatable {
    public var name: String
    public var kind: String
    public var titles: [String]
    public var affiliations: [String]
    public var quotes: Int
    public var articles: Int
    public var firstSeen: String
    public var lastSeen: String
}

public extension KnowledgeBase {
    /// Quotes by speaker (full or partial name, pinyin with or without spaces), affiliation,
    /// words in the quote, date range and kind; oldest first.
    func quotes(_ filter: QuoteFilter) throws -> [QuoteRecord] {
        try read { db in
            var conditions = Conditions()
            if let speaker = filter.speaker?.trimmingCharacters(in: .whitespaces), !speaker.isEmpty {
                let compact = Pinyin.compactQuery(speaker)
                let letters = speaker.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "'" }
                if !compact.isEmpty && compact.count == letters.count {
                    conditions.add("""
                        (q.person_id IN (SELECT id FROM people WHERE instr(pinyin_compact, ?) > 0)
                         OR q.organization_id IN (SELECT id FROM organizations WHERE pinyin_compact = ?))
                        """, compact, compact)
                } else {
                    conditions.add("instr(q.speaker_name, ?) > 0", speaker)
                }
            }
            if let affiliation = filter.affiliation, !affiliation.isEmpty {
                conditions.add("""
                    (instr(q.speaker_affiliation, ?) > 0
                     OR q.person_id IN (SELECT person_id FROM affiliations WHERE instr(organization, ?) > 0))
                    """, affiliation, affiliation)
            }
            if let search = filter.search, !search.isEmpty { conditions.add("instr(q.text, ?) > 0", search) }
            conditions.addDays("a.published_day", from: filter.from, to: filter.to)
            if let kind = filter.kind { conditions.add("q.speaker_kind = ?", kind.rawValue) }
            let sql = """
                SELECT q.speaker_name, q.speaker_kind, q.speaker_title, q.speaker_affiliation, q.mode, q.cue, q.text,
                       a.published_day, a.title, a.path, q.person_id
                FROM quotes q JOIN articles a ON a.id = q.article_id
                \(conditions.sql)
                ORDER BY a.published_day, a.id, q.id
                LIMIT ?
                """
            return try Row.fetchAll(db, sql: sql, arguments: conditions.statementArguments(filter.limit)).map { row in
                QuoteRecord(
                    speaker: Speaker(name: row[0], kind: Speaker.Kind(rawValue: row[1]) ?? .person, title: row[2], affiliation: row[3]),
                    mode: row[4], cue: row[5], text: row[6], date: row[7] ?? "", articleTitle: row[8], path: row[9])
            }
        }
    }

    /// Who is quoted: people with every title and affiliation seen, then organizations and groups.
    func speakers(kind: Speaker.Kind? = nil, name: String? = nil, limit: Int) throws -> [SpeakerRecord] {
        try read { db in
            var rows: [SpeakerRecord] = []
            if kind == nil || kind == .person {
                let people = try Row.fetchAll(db, sql: """
                    SELECT p.id, p.name,
                           (SELECT group_concat(DISTINCT title) FROM affiliations WHERE person_id = p.id AND title != ''),
                           (SELECT group_concat(DISTINCT organization) FROM affiliations WHERE person_id = p.id AND organization != ''),
                           COUNT(q.id), COUNT(DISTINCT q.article_id), MIN(a.published_day), MAX(a.published_day)
                    FROM people p JOIN quotes q ON q.person_id = p.id JOIN articles a ON a.id = q.article_id
                    WHERE (? IS NULL OR instr(p.name, ?) > 0)
                    GROUP BY p.id ORDER BY COUNT(q.id) DESC, p.name
                    """, arguments: [name, name])
                rows += people.map { row in
                    SpeakerRecord(name: row[1], kind: "person", titles: Self.list(row[2]), affiliations: Self.list(row[3]),
                                  quotes: row[4], articles: row[5], firstSeen: row[6] ?? "", lastSeen: row[7] ?? "")
                }
            }
            if kind != .person {
                let groups = try Row.fetchAll(db, sql: """
                    SELECT o.name, q.speaker_kind, COUNT(q.id), COUNT(DISTINCT q.article_id), MIN(a.published_day), MAX(a.published_day)
                    FROM organizations o JOIN quotes q ON q.organization_id = o.id JOIN articles a ON a.id = q.article_id
                    WHERE (? IS NULL OR q.speaker_kind = ?) AND (? IS NULL OR instr(o.name, ?) > 0)
                    GROUP BY o.id ORDER BY COUNT(q.id) DESC, o.name
                    """, arguments: [kind?.rawValue, kind?.rawValue, name, name])
                rows += groups.map { row in
                    SpeakerRecord(name: row[0], kind: row[1], titles: [], affiliations: [], quotes: row[2], articles: row[3],
                                  firstSeen: row[4] ?? "", lastSeen: row[5] ?? "")
                }
            }
            return Array(rows.prefix(limit))
        }
    }

    /// A `group_concat` column back as its values.
    private static func list(_ concatenated: String?) -> [String] {
        concatenated.map { $0.split(separator: ",").map(String.init) } ?? []
    }
}
