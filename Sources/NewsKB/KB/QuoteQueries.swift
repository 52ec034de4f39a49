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
    /// One linked person or organization (a speaker page).
    public var speakerID: SpeakerID?
    /// One article's quotes (its page).
    public var articleID: Int64?
    public var limit: Int
    /// Rows skipped before the first one returned (pages of `newskb serve`).
    public var offset: Int = 0

    public init(speaker: String? = nil, affiliation: String? = nil, search: String? = nil, from: String? = nil,
                to: String? = nil, kind: Speaker.Kind? = nil, speakerID: SpeakerID? = nil, limit: Int = 50) {
        self.speakerID = speakerID
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
    /// Public, so that another store (NewsKBPostgres) can make it too.
    public init(speaker: Speaker, mode: String, cue: String, text: String, date: String, articleTitle: String, path: String,
         sieve: String = "", articleID: Int64 = 0, paragraph: Int = 0) {
        self.speaker = speaker
        self.mode = mode
        self.cue = cue
        self.text = text
        self.date = date
        self.articleTitle = articleTitle
        self.path = path
        self.sieve = sieve
        self.articleID = articleID
        self.paragraph = paragraph
    }

    public var speaker: Speaker
    public var mode: String
    public var cue: String
    public var text: String
    public var date: String
    public var articleTitle: String
    public var path: String
    /// The rule that attributed the quote to its speaker.
    public var sieve: String = ""
    /// `articles.id`, for links to the article.
    public var articleID: Int64 = 0
    /// The body block the quote is in.
    public var paragraph: Int = 0
}

/// One statement: a speaker's quote as every article printed it, first seen first.
public struct QuoteStatement: Sendable, Equatable {
    public struct Source: Sendable, Equatable {
        public var date: String
        public var articleTitle: String
        public var path: String
        public var source: String
    }
    /// The person or organization as linked across articles (工信部 is shown 工业和信息化部).
    public var speaker: String
    /// The first-seen quote: its speaker as written there, and its words.
    public var first: QuoteRecord
    /// Every article that printed it, oldest first.
    public var sources: [Source]
    public var firstSeen: String { first.date }
}

/// A linked person (`p12`) or organization or group (`o3`), as links name them. The rows are
/// derived: an ingest that changes the knowledge base numbers them again.
public enum SpeakerID: Hashable, Sendable, LosslessStringConvertible {
    case person(Int64)
    case organization(Int64)

    public init?(_ text: String) {
        guard let number = Int64(text.dropFirst()), number > 0 else { return nil }
        switch text.first {
        case "p": self = .person(number)
        case "o": self = .organization(number)
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .person(let id): return "p\(id)"
        case .organization(let id): return "o\(id)"
        }
    }
}

/// One speaker as `speakers` lists them: a person with every title and affiliation seen, or
/// an organization or group.
public struct SpeakerRecord: Sendable, Equatable {
    public var id: SpeakerID
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
            let conditions = Self.conditions(filter)
            let sql = """
                SELECT \(Self.recordColumns)
                FROM quotes q JOIN articles a ON a.id = q.article_id
                \(conditions.sql)
                ORDER BY a.published_day, a.root, a.path, q.id
                LIMIT ? OFFSET ?
                """
            return try Row.fetchAll(db, sql: sql, arguments: conditions.statementArguments(filter.limit, filter.offset)).map(Self.record)
        }
    }

    /// The quotes of `filter` as statements: a speaker's quotes with the same `Statements.key`
    /// are one statement, listed once with every article that printed it, in the order
    /// they were first seen. `filter.limit` counts statements.
    func statements(_ filter: QuoteFilter) throws -> [QuoteStatement] {
        try read { db in
            var conditions = Self.conditions(filter)
            // Linked quotes only: the copies of duplicate articles are linked to nothing.
            conditions.add("(q.person_id IS NOT NULL OR q.organization_id IS NOT NULL)")
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT \(Self.recordColumns), q.person_id, q.organization_id, q.statement_key, a.source,
                       COALESCE(p.name, o.name)
                FROM quotes q JOIN articles a ON a.id = q.article_id
                LEFT JOIN people p ON p.id = q.person_id LEFT JOIN organizations o ON o.id = q.organization_id
                \(conditions.sql)
                ORDER BY a.published_day, a.root, a.path, q.id
                """, arguments: conditions.statementArguments())
            var statements: [QuoteStatement] = []
            var entities: [String] = []
            var index: [String: Int] = [:]
            var lastArticle: [Int64] = []
            while let row = try cursor.next() {
                let record = Self.record(row)
                let person: Int64? = row[13], organization: Int64? = row[14], key: Int64 = row[15]
                let entity = person.map { "p\($0)" } ?? "o\(organization ?? 0)"
                let article = record.articleID
                let source = QuoteStatement.Source(date: record.date, articleTitle: record.articleTitle, path: record.path, source: row[16])
                if let found = index["\(entity) \(key)"] {
                    // Rows come article by article: a statement said twice in one article has one source.
                    if lastArticle[found] != article {
                        statements[found].sources.append(source)
                        lastArticle[found] = article
                    }
                } else {
                    index["\(entity) \(key)"] = statements.count
                    entities.append(entity)
                    lastArticle.append(article)
                    statements.append(QuoteStatement(speaker: (row[17] as String?) ?? record.speaker.name, first: record, sources: [source]))
                }
            }
            return Array(Self.joinPartialReprints(statements, entities: entities).prefix(filter.limit))
        }
    }

    /// A reprint that kept only part of a statement's words (one outlet cut the first
    /// clause) joins the statement it was cut from: its sources are added there, and the
    /// statement is first seen when either was. `statements` are in first-seen order.
    private static func joinPartialReprints(_ statements: [QuoteStatement], entities: [String]) -> [QuoteStatement] {
        let words = statements.map { Statements.words($0.first.text) }
        var parent = Array(statements.indices)
        var members: [String: [Int]] = [:]
        for (number, entity) in entities.enumerated() { members[entity, default: []].append(number) }
        let gram = 8
        for group in members.values where group.count > 1 {
            // Which statements hold each run of `gram` letters: the candidates to contain a part.
            var holders: [Substring: [Int]] = [:]
            for number in group {
                let text = words[number]
                guard text.count >= gram else { continue }
                var start = text.startIndex
                var end = text.index(start, offsetBy: gram)
                while true {
                    holders[text[start..<end], default: []].append(number)
                    if end == text.endIndex { break }
                    start = text.index(after: start)
                    end = text.index(after: end)
                }
            }
            for number in group where words[number].count >= Statements.shortestPart {
                let part = words[number]
                let candidates = Set(holders[part.prefix(gram)] ?? [])
                if let whole = candidates.filter({ Statements.contains(words[$0], part) }).max(by: { words[$0].count < words[$1].count }) {
                    parent[number] = whole
                }
            }
        }
        func root(_ number: Int) -> Int { parent[number] == number ? number : root(parent[number]) }
        var joined = statements
        for number in statements.indices where root(number) != number {
            let target = root(number)
            joined[target].sources += statements[number].sources
            if statements[number].first.date < joined[target].first.date { joined[target].first = statements[number].first }
        }
        var result: [QuoteStatement] = []
        for number in statements.indices where root(number) == number {
            var statement = joined[number]
            statement.sources.sort { ($0.date, $0.path) < ($1.date, $1.path) }
            result.append(statement)
        }
        return result.enumerated().sorted { ($0.element.first.date, $0.offset) < ($1.element.first.date, $1.offset) }.map(\.element)
    }

    private static let recordColumns = """
        q.speaker_name, q.speaker_kind, q.speaker_title, q.speaker_affiliation, q.mode, q.cue, q.text,
        a.published_day, a.title, a.path, q.sieve, a.id, q.paragraph
        """

    private static func record(_ row: Row) -> QuoteRecord {
        QuoteRecord(
            speaker: Speaker(name: row[0], kind: Speaker.Kind(rawValue: row[1]) ?? .person, title: row[2], affiliation: row[3]),
            mode: row[4], cue: row[5], text: row[6], date: row[7] ?? "", articleTitle: row[8], path: row[9], sieve: row[10],
            articleID: row[11], paragraph: row[12])
    }

    /// The WHERE clause of `quotes` and `statements`. The copies of duplicate articles are left out.
    private static func conditions(_ filter: QuoteFilter) -> Conditions {
        var conditions = Conditions()
        conditions.add("q.article_id NOT IN (SELECT article_id FROM duplicate_articles)")
        if let speaker = filter.speaker?.trimmingCharacters(in: .whitespaces), !speaker.isEmpty {
            // Any name of the organization finds all of them (工信部, 工业和信息化部), and any
            // written variant of a person's name the person (Lina Khan, Lina M. Khan).
            var alternatives: [String] = []
            var values: [DatabaseValueConvertible?] = []
            let compact = Pinyin.compactQuery(speaker)
            let letters = speaker.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "'" }
            if !compact.isEmpty && compact.count == letters.count {
                alternatives += ["q.person_id IN (SELECT id FROM people WHERE instr(pinyin_compact, ?) > 0)",
                                 "q.organization_id IN (SELECT id FROM organizations WHERE pinyin_compact = ?)"]
                values += [compact, compact]
            }
            for name in OrganizationAliases.variants(speaker) {
                alternatives.append("instr(q.speaker_name, ?) > 0")
                values.append(name)
            }
            if PersonNames.hasParts(speaker) {
                alternatives.append("q.person_id IN (SELECT id FROM people WHERE instr(name_key, ?) > 0)")
                values.append(PersonNames.key(speaker))
            }
            conditions.add("(" + alternatives.joined(separator: " OR ") + ")", values)
        }
        if let affiliation = filter.affiliation, !affiliation.isEmpty {
            var alternatives: [String] = []
            var values: [DatabaseValueConvertible?] = []
            for name in OrganizationAliases.variants(affiliation) {
                alternatives += ["instr(q.speaker_affiliation, ?) > 0",
                                 "q.person_id IN (SELECT person_id FROM affiliations WHERE instr(organization, ?) > 0)"]
                values += [name, name]
            }
            conditions.add("(" + alternatives.joined(separator: " OR ") + ")", values)
        }
        if let search = filter.search, !search.isEmpty { conditions.add("instr(q.text, ?) > 0", search) }
        conditions.addDays("a.published_day", from: filter.from, to: filter.to)
        if let kind = filter.kind { conditions.add("q.speaker_kind = ?", kind.rawValue) }
        switch filter.speakerID {
        case .person(let id)?: conditions.add("q.person_id = ?", id)
        case .organization(let id)?: conditions.add("q.organization_id = ?", id)
        case nil: break
        }
        if let article = filter.articleID { conditions.add("q.article_id = ?", article) }
        return conditions
    }

    /// Who is quoted: people with every title and affiliation seen, then organizations and
    /// groups; most quoted first. `name` matches the shown name (any name of an organization);
    /// `quoting`, when given, keeps the speakers of the quotes it finds (`quotes --speaker` and
    /// `--affiliation` as they match); `id` one speaker.
    func speakers(kind: Speaker.Kind? = nil, name: String? = nil, quoting: QuoteFilter? = nil, id: SpeakerID? = nil,
                  limit: Int) throws -> [SpeakerRecord] {
        try read { db in
            let quoted = quoting.map(Self.conditions)
            var rows: [SpeakerRecord] = []
            if kind == nil || kind == .person, id.map({ if case .person = $0 { true } else { false } }) ?? true {
                var conditions = Conditions()
                if let name { conditions.add("(instr(p.name, ?) > 0 OR instr(p.name_key, ?) > 0)", name, PersonNames.key(name)) }
                if case .person(let number)? = id { conditions.add("p.id = ?", number) }
                if let quoted {
                    conditions.add("p.id IN (SELECT q.person_id FROM quotes q JOIN articles a ON a.id = q.article_id \(quoted.sql))",
                                   quoted.arguments)
                }
                let people = try Row.fetchAll(db, sql: """
                    SELECT p.id, p.name,
                           (SELECT group_concat(DISTINCT title) FROM affiliations WHERE person_id = p.id AND title != ''),
                           (SELECT group_concat(DISTINCT organization) FROM affiliations WHERE person_id = p.id AND organization != ''),
                           COUNT(q.id), COUNT(DISTINCT q.article_id), MIN(a.published_day), MAX(a.published_day)
                    FROM people p JOIN quotes q ON q.person_id = p.id JOIN articles a ON a.id = q.article_id
                    \(conditions.sql)
                    GROUP BY p.id ORDER BY COUNT(q.id) DESC, p.name
                    """, arguments: conditions.statementArguments())
                rows += people.map { row in
                    SpeakerRecord(id: .person(row[0]), name: row[1], kind: "person", titles: Self.list(row[2]),
                                  affiliations: Self.list(row[3]), quotes: row[4], articles: row[5],
                                  firstSeen: row[6] ?? "", lastSeen: row[7] ?? "")
                }
            }
            if kind != .person, id.map({ if case .organization = $0 { true } else { false } }) ?? true {
                var conditions = Conditions()
                if let kind { conditions.add("q.speaker_kind = ?", kind.rawValue) }
                if let name {
                    conditions.add("o.id IN (SELECT o2.id FROM organizations o2, json_each(?) v WHERE instr(o2.name, v.value) > 0)",
                                   JSON.text(OrganizationAliases.variants(name)))
                }
                if case .organization(let number)? = id { conditions.add("o.id = ?", number) }
                if let quoted {
                    conditions.add("o.id IN (SELECT q.organization_id FROM quotes q JOIN articles a ON a.id = q.article_id \(quoted.sql))",
                                   quoted.arguments)
                }
                let groups = try Row.fetchAll(db, sql: """
                    SELECT o.id, o.name, q.speaker_kind, COUNT(q.id), COUNT(DISTINCT q.article_id), MIN(a.published_day), MAX(a.published_day)
                    FROM organizations o JOIN quotes q ON q.organization_id = o.id JOIN articles a ON a.id = q.article_id
                    \(conditions.sql)
                    GROUP BY o.id ORDER BY COUNT(q.id) DESC, o.name
                    """, arguments: conditions.statementArguments())
                rows += groups.map { row in
                    SpeakerRecord(id: .organization(row[0]), name: row[1], kind: row[2], titles: [], affiliations: [],
                                  quotes: row[3], articles: row[4], firstSeen: row[5] ?? "", lastSeen: row[6] ?? "")
                }
            }
            return Array(rows.prefix(limit))
        }
    }

    /// A speaker's page: the record, every title and affiliation with when it was first and
    /// last seen, and the quotes per month (`YYYY-MM`, undated quotes left out). Nil when no
    /// speaker has that id.
    func speakerProfile(_ id: SpeakerID) throws -> SpeakerProfile? {
        guard let record = try speakers(id: id, limit: 1).first else { return nil }
        return try read { db in
            var roles: [SpeakerProfile.Role] = []
            if case .person(let number) = id {
                roles = try Row.fetchAll(db, sql: """
                    SELECT title, organization, first_seen, last_seen, quotes FROM affiliations
                    WHERE person_id = ? AND (title != '' OR organization != '')
                    ORDER BY first_seen, last_seen, organization, title
                    """, arguments: [number]).map { row in
                    SpeakerProfile.Role(title: row[0], organization: row[1], firstSeen: row[2] ?? "", lastSeen: row[3] ?? "",
                                        quotes: row[4])
                }
            }
            let conditions = Self.conditions(QuoteFilter(speakerID: id))
            let months = try Row.fetchAll(db, sql: """
                SELECT substr(a.published_day, 1, 7) AS month, COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id
                \(conditions.sql) AND a.published_day IS NOT NULL
                GROUP BY month ORDER BY month
                """, arguments: conditions.statementArguments()).map { SpeakerProfile.MonthCount(month: $0[0], count: $0[1]) }
            return SpeakerProfile(speaker: record, roles: roles, quotesByMonth: months)
        }
    }

    /// A `group_concat` column back as its values.
    private static func list(_ concatenated: String?) -> [String] {
        concatenated.map { $0.split(separator: ",").map(String.init) } ?? []
    }
}

/// What a speaker page shows beside the quotes.
public struct SpeakerProfile: Sendable, Equatable {
    /// A title at an organization, as the person was quoted with it.
    public struct Role: Sendable, Equatable {
        public var title: String
        public var organization: String
        public var firstSeen: String
        public var lastSeen: String
        public var quotes: Int
    }
    public struct MonthCount: Sendable, Equatable {
        public var month: String
        public var count: Int
    }
    public var speaker: SpeakerRecord
    public var roles: [Role]
    public var quotesByMonth: [MonthCount]
}
