import Foundation
import GRDB

/// Filters for `newskb events` and `newskb timeline`.
public struct EventFilter: Sendable {
    public var actor: String?
    public var from: String?
    public var to: String?
    public var policyOnly: Bool
    /// Keywords: an entry is kept when its article title or one of its sentences has one.
    public var topicKeywords: [String]
    /// Only entries of what happened or is scheduled (role `event`, not a baseline, window,
    /// condition or reference) that name an actor or a document, or are policy: what a story
    /// timeline shows (a statistic's baseline such as 去年同期 is an event, but not news).
    public var newsworthyOnly: Bool
    public var limit: Int?

    /// `newsworthyOnly` over `timeline_entries t`, in the SQL both stores speak.
    public static let newsworthyCondition = "t.role = 'event' AND (t.policy = 1 OR t.actors != '[]' OR t.documents != '[]')"

    public init(actor: String? = nil, from: String? = nil, to: String? = nil, policyOnly: Bool = false,
                topicKeywords: [String] = [], newsworthyOnly: Bool = false, limit: Int? = nil) {
        self.newsworthyOnly = newsworthyOnly
        self.actor = actor
        self.from = from
        self.to = to
        self.policyOnly = policyOnly
        self.topicKeywords = topicKeywords
        self.limit = limit
    }
}

/// One merged timeline entry with every article that told it.
public struct TimelineEntry: Sendable, Equatable {
    /// Public, so that another store (NewsKBPostgres) can make it too.
    public init(start: Day, end: Day, precision: Event.Precision, dateText: String, summary: String, actors: [String],
         documents: [String], policy: Bool, role: Event.Role = .event, sources: [Source]) {
        self.role = role
        self.start = start
        self.end = end
        self.precision = precision
        self.dateText = dateText
        self.summary = summary
        self.actors = actors
        self.documents = documents
        self.policy = policy
        self.sources = sources
    }

    public struct Source: Sendable, Equatable {
        /// Public, so that another store (NewsKBPostgres) can make it too.
        public init(title: String, published: String, path: String, root: String, dateText: String, summary: String, articleID: Int64 = 0) {
            self.title = title
            self.published = published
            self.path = path
            self.root = root
            self.dateText = dateText
            self.summary = summary
            self.articleID = articleID
        }

        public var title: String
        public var published: String
        /// Relative to `root`, the folder it was ingested from.
        public var path: String
        public var root: String
        public var dateText: String
        public var summary: String
        /// `articles.id`, for links to the article.
        public var articleID: Int64 = 0
    }
    public var start: Day
    public var end: Day
    public var precision: Event.Precision
    public var dateText: String
    public var summary: String
    public var actors: [String]
    public var documents: [String]
    public var policy: Bool
    /// Its events' role: only `event` entries are in the timeline without `--all`.
    public var role: Event.Role
    public var sources: [Source]
    /// Actor + action + object, made from the summary (EventHeadline).
    public var headline: String { EventHeadline.make(summary: summary, dateText: dateText, actors: actors) }
}

public extension KnowledgeBase {
    func timeline(_ filter: EventFilter) throws -> [TimelineEntry] {
        try read { db in
            var conditions = Conditions()
            // Entries that overlap the requested period.
            if let from = filter.from { conditions.add("t.end >= ?", from) }
            if let to = filter.to { conditions.add("t.start <= ?", to) }
            if filter.policyOnly { conditions.add("t.policy = 1") }
            if filter.newsworthyOnly { conditions.add(EventFilter.newsworthyCondition) }
            if let actor = filter.actor, !actor.isEmpty {
                // Any name of the organization (工信部, 工业和信息化部) finds the entries of all.
                conditions.add("""
                    EXISTS (SELECT 1 FROM json_each(t.actors) a, json_each(?) v WHERE instr(a.value, v.value) > 0)
                    """, JSON.text(OrganizationAliases.variants(actor)))
            }
            let entries = try Row.fetchAll(db, sql: """
                SELECT t.id, t.start, t.end, t.precision, t.date_text, t.summary, t.actors, t.documents, t.policy, t.role
                FROM timeline_entries t \(conditions.sql) ORDER BY t.start, t.end, t.id
                """, arguments: conditions.statementArguments())
            // One source per article, its first event (by id: as the article tells them) on ties, in every store.
            let sourcesStatement = try db.cachedStatement(sql: """
                SELECT a.title, a.published_day, a.path, e.date_text, e.summary, a.id, e.paragraph, a.root
                FROM events e JOIN articles a ON a.id = e.article_id
                WHERE e.entry_id = ? ORDER BY a.published_day, a.path, a.root, e.id
                """)
            let topicStatement = try db.cachedStatement(sql: "SELECT text FROM paragraphs WHERE article_id = ? AND idx = ?")
            var result: [TimelineEntry] = []
            for row in entries {
                guard let start = Day(iso: row[1]), let end = Day(iso: row[2]),
                      let precision = Event.Precision(rawValue: row[3]) else { continue }
                let sourceRows = try Row.fetchAll(sourcesStatement, arguments: [row[0] as Int64])
                if !filter.topicKeywords.isEmpty {
                    let concerned = try sourceRows.contains { source in
                        let title: String = source[0]
                        let paragraph = try String.fetchOne(topicStatement, arguments: [source[5] as Int64, source[6] as Int]) ?? ""
                        return filter.topicKeywords.contains { title.contains($0) || paragraph.contains($0) }
                    }
                    if !concerned { continue }
                }
                var seen: Set<String> = []
                let sources = sourceRows.compactMap { source -> TimelineEntry.Source? in
                    let path: String = source[2]
                    guard seen.insert(path).inserted else { return nil }
                    return TimelineEntry.Source(title: source[0], published: (source[1] as String?) ?? "", path: path,
                                                root: source[7], dateText: source[3], summary: source[4], articleID: source[5])
                }
                result.append(TimelineEntry(start: start, end: end, precision: precision, dateText: row[4], summary: row[5],
                                            actors: JSON.strings(row[6]), documents: JSON.strings(row[7]),
                                            policy: row[8], role: Event.Role(rawValue: row[9]) ?? .event, sources: sources))
                if let limit = filter.limit, result.count >= limit { break }
            }
            return result
        }
    }

    /// The folders the knowledge base was built from, for the timeline's header.
    func roots() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT DISTINCT root FROM articles ORDER BY root") }
    }
}
