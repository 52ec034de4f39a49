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

public extension KnowledgeBase {
    /// Quotes by speaker (full or partial name, pinyin with or without spaces), affiliation,
    /// words in the quote, date range and kind; oldest first.
    func quotes(_ filter: QuoteFilter) throws -> [QuoteRecord] {
        try read { db in
            var conditions: [String] = []
            var arguments: [DatabaseValueConvertible?] = []
            if let speaker = filter.speaker?.trimmingCharacters(in: .whitespaces), !speaker.isEmpty {
                let compact = Pinyin.compactQuery(speaker)
                let isLatin = !compact.isEmpty && compact.count == speaker.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "'" }.count
                if isLatin {
                    conditions.append("""
                        (q.person_id IN (SELECT id FROM people WHERE instr(pinyin_compact, ?) > 0)
                         OR q.organization_id IN (SELECT id FROM organizations WHERE pinyin_compact = ?))
                        """)
                    arguments += [compact, compact]
                } else {
                    conditions.append("instr(q.speaker_name, ?) > 0")
                    arguments.append(speaker)
                }
            }
            if let affiliation = filter.affiliation, !affiliation.isEmpty {
                conditions.append("""
                    (instr(q.speaker_affiliation, ?) > 0
                     OR q.person_id IN (SELECT person_id FROM affiliations WHERE instr(organization, ?) > 0))
                    """)
                arguments += [affiliation, affiliation]
            }
            if let search = filter.search, !search.isEmpty {
                conditions.append("instr(q.text, ?) > 0")
                arguments.append(search)
            }
            if let from = filter.from {
                conditions.append("a.published_day >= ?")
                arguments.append(from)
            }
            if let to = filter.to {
                conditions.append("a.published_day <= ?")
                arguments.append(to)
            }
            if let kind = filter.kind {
                conditions.append("q.speaker_kind = ?")
                arguments.append(kind.rawValue)
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let sql = """
                SELECT q.speaker_name, q.speaker_kind, q.speaker_title, q.speaker_affiliation, q.mode, q.cue, q.text,
                       a.published_day, a.title, a.path, q.person_id
                FROM quotes q JOIN articles a ON a.id = q.article_id
                \(whereClause)
                ORDER BY a.published_day, a.id, q.id
                LIMIT ?
                """
            arguments.append(filter.limit)
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)!).map { row in
                QuoteRecord(
                    speaker: Speaker(name: row[0], kind: Speaker.Kind(rawValue: row[1]) ?? .person, title: row[2], affiliation: row[3]),
                    mode: row[4], cue: row[5], text: row[6], date: row[7] ?? "", articleTitle: row[8], path: row[9])
            }
        }
    }

    /// Who is quoted: people with every title and affiliation seen, then organizations and groups.
    func speakers(kind: Speaker.Kind? = nil, name: String? = nil, limit: Int) throws -> ResultTable {
        var table = ResultTable(columns: ["name", "kind", "titles", "affiliations", "quotes", "articles", "first seen", "last seen"])
        table.rows = try read { db in
            var rows: [[String]] = []
            // instr, not LIKE: a name filter with % or _ must match those characters literally.
            let nameFilter = name
            if kind == nil || kind == .person {
                let people = try Row.fetchAll(db, sql: """
                    SELECT p.id, p.name,
                           (SELECT group_concat(DISTINCT title) FROM affiliations WHERE person_id = p.id AND title != ''),
                           (SELECT group_concat(DISTINCT organization) FROM affiliations WHERE person_id = p.id AND organization != ''),
                           COUNT(q.id), COUNT(DISTINCT q.article_id), MIN(a.published_day), MAX(a.published_day)
                    FROM people p JOIN quotes q ON q.person_id = p.id JOIN articles a ON a.id = q.article_id
                    WHERE (? IS NULL OR instr(p.name, ?) > 0)
                    GROUP BY p.id ORDER BY COUNT(q.id) DESC, p.name
                    """, arguments: [nameFilter, nameFilter])
                rows += people.map { row in
                    [row[1], "person", (row[2] as String?) ?? "", (row[3] as String?) ?? "", String(row[4] as Int),
                     String(row[5] as Int), (row[6] as String?) ?? "", (row[7] as String?) ?? ""]
                }
            }
            if kind != .person {
                let groups = try Row.fetchAll(db, sql: """
                    SELECT o.name, q.speaker_kind, COUNT(q.id), COUNT(DISTINCT q.article_id), MIN(a.published_day), MAX(a.published_day)
                    FROM organizations o JOIN quotes q ON q.organization_id = o.id JOIN articles a ON a.id = q.article_id
                    WHERE (? IS NULL OR q.speaker_kind = ?) AND (? IS NULL OR instr(o.name, ?) > 0)
                    GROUP BY o.id ORDER BY COUNT(q.id) DESC, o.name
                    """, arguments: [kind?.rawValue, kind?.rawValue, nameFilter, nameFilter])
                rows += groups.map { row in
                    [row[0], row[1], "", "", String(row[2] as Int), String(row[3] as Int),
                     (row[4] as String?) ?? "", (row[5] as String?) ?? ""]
                }
            }
            return Array(rows.prefix(limit))
        }
        return table
    }
}

public extension Array where Element == QuoteRecord {
    var table: ResultTable {
        ResultTable(columns: ["speaker", "title", "affiliation", "kind", "date", "article", "path", "mode", "quote"],
                    rows: map { [$0.speaker.name, $0.speaker.title, $0.speaker.affiliation, $0.speaker.kind.rawValue,
                                 $0.date, $0.articleTitle, $0.path, $0.mode, $0.text] })
    }

    /// A Markdown quote sheet grouped by speaker, each quote with its date and article.
    var quoteSheet: String {
        var order: [String] = []
        var groups: [String: [QuoteRecord]] = [:]
        for record in self {
            let key = record.speaker.name + "\u{1F}" + record.speaker.kind.rawValue
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(record)
        }
        var lines = ["# Quote sheet", ""]
        for key in order {
            let records = groups[key]!
            let speaker = records.first { !$0.speaker.title.isEmpty || !$0.speaker.affiliation.isEmpty }?.speaker ?? records[0].speaker
            let role = [speaker.affiliation, speaker.title].filter { !$0.isEmpty }.joined(separator: " ")
            lines.append("## " + Markdown.escape(speaker.name) + (role.isEmpty ? "" : " — " + Markdown.escape(role)))
            lines.append("")
            for record in records {
                lines.append("- \(record.date.isEmpty ? "undated" : record.date), [\(Markdown.escape(record.articleTitle))](\(Markdown.linkTarget(record.path))) (\(record.mode), \(Markdown.escape(record.cue))): “\(Markdown.escape(record.text))”")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
