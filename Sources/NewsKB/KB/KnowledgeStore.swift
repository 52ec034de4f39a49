import Foundation
import GRDB

/// What the query commands ask of a knowledge base, whichever engine stores it: the SQLite
/// file (`KnowledgeBase`) or a PostgreSQL database (NewsKBPostgres). Both answer every one
/// of these the same for the same articles (Tests/NewsKBTests/KB/StoreParityTests.swift).
public protocol KnowledgeStore: Sendable {
    /// Where the store is: a file path or a database URL without its password.
    var location: String { get }
    func statistics() throws -> KnowledgeBase.Statistics
    func search(_ text: String, limit: Int, offset: Int) throws -> [SearchHit]
    func quotes(_ filter: QuoteFilter) throws -> [QuoteRecord]
    func figures(_ filter: FigureFilter) throws -> [FigureRecord]
    func timeline(_ filter: EventFilter) throws -> [TimelineEntry]
    /// The folders the articles were found under.
    func roots() throws -> [String]
}

extension KnowledgeBase: KnowledgeStore {
    public var location: String { path }
}

/// The rows one article becomes, with the column values made by the same code the SQLite
/// writer binds (`StoredColumns`), for a store that writes them itself.
public struct ArticleRows: Sendable {
    public struct Paragraph: Sendable {
        public var index: Int, kind: String, text: String
        /// `SearchText.grams(text)`: the words the full-text index holds.
        public var grams: String
    }
    public struct QuoteRow: Sendable {
        public var quote: Quote
        public var statementKey: Int64
    }
    public struct FigureRow: Sendable {
        public var figure: Figure
        public var low: String, high: String, lowValue: Double, highValue: Double
    }
    public struct EventRow: Sendable {
        public var event: Event
        public var start: String, end: String, actors: String, documents: String
    }

    public var root: String, path: String, contentHash: String, extractionVersion: String
    public var size: Int
    public var title: String, source: String
    /// JSON text, as the SQLite columns hold it.
    public var categories: String, tags: String, frontMatter: String, warnings: String
    public var published: String?, publishedDay: String?
    public var paragraphs: [Paragraph]
    public var quotes: [QuoteRow]
    public var figures: [FigureRow]
    public var events: [EventRow]

    public init(_ parsed: ParsedArticle) {
        let article = parsed.article, extraction = parsed.extraction
        let columns = parsed.columns ?? StoredColumns(article, extraction)
        root = parsed.root
        path = article.path
        contentHash = parsed.stamp.contentHash
        extractionVersion = parsed.stamp.extractionVersion
        size = parsed.size
        title = article.title
        source = article.source
        categories = columns.categories
        tags = columns.tags
        frontMatter = columns.frontMatter
        warnings = columns.warnings
        published = extraction.published
        publishedDay = article.publishedDay?.iso
        paragraphs = article.blocks.enumerated().map { index, block in
            Paragraph(index: index, kind: block.kind.rawValue, text: block.text, grams: columns.blockGrams[index])
        }
        quotes = zip(extraction.quotes, columns.statementKeys).map { QuoteRow(quote: $0, statementKey: $1) }
        figures = zip(extraction.figures, columns.figures).map {
            FigureRow(figure: $0, low: $1.low, high: $1.high, lowValue: $1.lowValue, highValue: $1.highValue)
        }
        events = zip(extraction.events, columns.events).map {
            EventRow(event: $0, start: $1.start, end: $1.end, actors: $1.actors, documents: $1.documents)
        }
    }
}

/// The derived rows (people, organizations, affiliations, the timeline, duplicate articles and
/// the links to them) of a store that is not SQLite, made by the same `Link` code: the rows it
/// reads are staged in an in-memory SQLite database with their ids, linked there, and read back.
public enum DerivedRows {
    public struct ArticleInput: Sendable {
        /// `root` and `path` give the order linking visits articles in (`Link.articleOrder`).
        public var id: Int64, root: String, path: String, contentHash: String, publishedDay: String?
        public init(id: Int64, root: String, path: String, contentHash: String, publishedDay: String?) {
            self.id = id
            self.root = root
            self.path = path
            self.contentHash = contentHash
            self.publishedDay = publishedDay
        }
    }
    public struct QuoteInput: Sendable {
        public var id: Int64, articleID: Int64, name: String, kind: String, title: String, affiliation: String
        public init(id: Int64, articleID: Int64, name: String, kind: String, title: String, affiliation: String) {
            self.id = id
            self.articleID = articleID
            self.name = name
            self.kind = kind
            self.title = title
            self.affiliation = affiliation
        }
    }
    public struct EventInput: Sendable {
        public var id: Int64, articleID: Int64, paragraph: Int, dateText: String, start: String, end: String
        public var precision: String, actors: String, documents: String, summary: String, policy: Bool
        /// `Event.Role`'s raw value.
        public var role: String
        public init(id: Int64, articleID: Int64, paragraph: Int, dateText: String, start: String, end: String,
                    precision: String, actors: String, documents: String, summary: String, policy: Bool, role: String = "event") {
            self.role = role
            self.id = id
            self.articleID = articleID
            self.paragraph = paragraph
            self.dateText = dateText
            self.start = start
            self.end = end
            self.precision = precision
            self.actors = actors
            self.documents = documents
            self.summary = summary
            self.policy = policy
        }
    }

    /// Every derived table's rows, as SQLite's columns hold them (in table order).
    public struct Output: Sendable {
        public var people: [[DerivedValue]] = []
        public var organizations: [[DerivedValue]] = []
        public var affiliations: [[DerivedValue]] = []
        public var timelineEntries: [[DerivedValue]] = []
        public var duplicates: [[DerivedValue]] = []
        /// (quote id, person id, organization id) for every linked quote.
        public var quoteLinks: [(Int64, Int64?, Int64?)] = []
        /// (event id, entry id) for every linked event.
        public var eventLinks: [(Int64, Int64)] = []
    }

    /// The columns read back, by table, in the order `Output` lists their values.
    public static let columns = [
        "people": ["id", "name", "pinyin", "pinyin_compact", "name_key"],
        "organizations": ["id", "name", "kind", "pinyin_compact"],
        "affiliations": ["person_id", "organization", "title", "first_seen", "last_seen", "quotes"],
        "timeline_entries": ["id", "start", "end", "precision", "date_text", "summary", "actors", "documents", "policy", "sources", "role"],
        "duplicate_articles": ["article_id", "original_id"],
    ]

    public static func link(articles: [ArticleInput], quotes: [QuoteInput], events: [EventInput]) throws -> Output {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        return try queue.write { db in
            try stage(db, articles: articles, quotes: quotes, events: events)
            try Link.rebuild(db)
            return try output(db)
        }
    }

    /// What an incremental link makes again (see `Link.relinkTouched`, whose steps a store
    /// that is not SQLite follows): the people and organizations of these names, the
    /// timeline of these articles' events.
    public struct Region: Sendable {
        public var people: Set<String>, organizations: Set<String>, articles: Set<Int64>, copies: Set<Int64>
        public init(people: Set<String>, organizations: Set<String>, articles: Set<Int64>, copies: Set<Int64>) {
            self.people = people
            self.organizations = organizations
            self.articles = articles
            self.copies = copies
        }
    }

    /// The derived rows of a region, from its rows alone: every quote of `region.people` and
    /// `region.organizations`, every event of `region.articles`, and the articles of both.
    /// Row ids of people, organizations and entries start at 1 (the store gives them its own).
    public static func linkRegion(articles: [ArticleInput], quotes: [QuoteInput], events: [EventInput],
                                  region: Region) throws -> Output {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        return try queue.write { db in
            try stage(db, articles: articles, quotes: quotes, events: events)
            try Link.createRelinkTables(db)
            for (table, names) in [("relink_people", region.people), ("relink_organizations", region.organizations)] {
                let insert = try db.cachedStatement(sql: "INSERT INTO temp.\(table) (name) VALUES (?)")
                for name in names { try insert.execute(arguments: [name]) }
            }
            let insert = try db.cachedStatement(sql: "INSERT INTO temp.relink_articles (id) VALUES (?)")
            for id in region.articles { try insert.execute(arguments: [id]) }
            try Link.linkSpeakers(db, skipping: region.copies, only: (region.people, region.organizations))
            try Link.storeTimeline(db, Link.mergedTimeline(db, skipping: region.copies, region: true), region: true)
            return try output(db)
        }
    }

    /// The rows linking reads, with their ids, in an empty SQLite database.
    private static func stage(_ db: Database, articles: [ArticleInput], quotes: [QuoteInput], events: [EventInput]) throws {
        let article = try PreparedInsert(db, """
            INSERT INTO articles (id, root, path, content_hash, extraction_version, size, title, published_day, ingested_at)
            VALUES (?, ?, ?, ?, '', 0, '', ?, '')
            """)
        for row in articles {
            article.bind(row.id)
            article.bind(row.root)
            article.bind(row.path)
            article.bind(row.contentHash)
            article.bind(row.publishedDay)
            _ = try article.run()
        }
        let quote = try PreparedInsert(db, """
            INSERT INTO quotes (id, article_id, paragraph, mode, cue, text, speaker_name, speaker_kind, speaker_title, speaker_affiliation)
            VALUES (?, ?, 0, 'direct', '', '', ?, ?, ?, ?)
            """)
        for row in quotes {
            quote.bind(row.id)
            quote.bind(row.articleID)
            quote.bind(row.name)
            quote.bind(row.kind)
            quote.bind(row.title)
            quote.bind(row.affiliation)
            _ = try quote.run()
        }
        let event = try PreparedInsert(db, """
            INSERT INTO events (id, article_id, paragraph, date_text, start, end, precision, actors, documents, summary, policy, role)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for row in events {
            event.bind(row.id)
            event.bind(row.articleID)
            event.bind(row.paragraph)
            event.bind(row.dateText)
            event.bind(row.start)
            event.bind(row.end)
            event.bind(row.precision)
            event.bind(row.actors)
            event.bind(row.documents)
            event.bind(row.summary)
            event.bind(row.policy)
            event.bind(row.role)
            _ = try event.run()
        }
    }

    /// Every derived row of the staging database.
    private static func output(_ db: Database) throws -> Output {
        func rows(_ table: String) throws -> [[DerivedValue]] {
            let names = columns[table]!
            return try Row.fetchAll(db, sql: "SELECT \(names.map { "\"\($0)\"" }.joined(separator: ", ")) FROM \(table) ORDER BY 1, 2")
                .map { row in names.indices.map { DerivedValue(row[$0] as DatabaseValue) } }
        }
        var output = Output()
        output.people = try rows("people")
        output.organizations = try rows("organizations")
        output.affiliations = try rows("affiliations")
        output.timelineEntries = try rows("timeline_entries")
        output.duplicates = try rows("duplicate_articles")
        output.quoteLinks = try Row.fetchAll(db, sql: """
            SELECT id, person_id, organization_id FROM quotes WHERE person_id IS NOT NULL OR organization_id IS NOT NULL ORDER BY id
            """).map { ($0[0], $0[1], $0[2]) }
        output.eventLinks = try Row.fetchAll(db, sql: "SELECT id, entry_id FROM events WHERE entry_id IS NOT NULL ORDER BY id")
            .map { ($0[0], $0[1]) }
        return output
    }
}

/// One value of a derived row: SQLite's storage classes that the derived tables use.
public enum DerivedValue: Sendable, Equatable {
    case null, integer(Int64), text(String)

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .int64(let number): self = .integer(number)
        case .string(let text): self = .text(text)
        case .double(let number): self = .integer(Int64(number))
        case .null, .blob: self = .null
        }
    }
}

public enum StoreLocation {
    /// Whether `location` (`--db`, `NEWSKB_DB`) names a PostgreSQL database rather than a SQLite file.
    public static func isPostgres(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }
}
