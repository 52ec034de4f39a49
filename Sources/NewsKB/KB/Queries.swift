import Foundation
import GRDB

/// Read-only questions to the knowledge base. Every value is bound, never spliced into SQL.
/// One sentence that `search` found.
public struct SearchHit: Sendable, Equatable {
    /// Public, so that another store (NewsKBPostgres) can make it too.
    public init(date: String, articleTitle: String, path: String, paragraph: Int, sentence: String, articleID: Int64 = 0) {
        self.date = date
        self.articleTitle = articleTitle
        self.path = path
        self.paragraph = paragraph
        self.sentence = sentence
        self.articleID = articleID
    }

    public var date: String
    public var articleTitle: String
    public var path: String
    public var paragraph: Int
    public var sentence: String
    /// `articles.id`, for links to the article.
    public var articleID: Int64 = 0
}

public extension KnowledgeBase {
    /// Sentences containing `text`. Two or more characters use the bigram index over
    /// paragraphs; one character scans. A matching paragraph is split into sentences here,
    /// and only the sentences that hold every word are answers. Results come most recently
    /// stored first, read straight off the index and stopped at `limit` (sorting every match
    /// by date would cost a full pass). `offset` hits are skipped first (pages of `newskb serve`).
    func search(_ text: String, limit: Int, offset: Int = 0) throws -> [SearchHit] {
        let query = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty else { return [] }
        let terms = query.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        return try read { db in
            var rows: [SearchHit] = []
            let sql: String
            var arguments: StatementArguments
            if let match = SearchText.matchExpression(query) {
                sql = """
                    SELECT p.text, p.idx, a.title, a.path, a.published_day, a.id
                    FROM paragraphs_fts f JOIN paragraphs p ON p.id = f.rowid JOIN articles a ON a.id = p.article_id
                    WHERE paragraphs_fts MATCH ? AND p.article_id NOT IN (SELECT article_id FROM duplicate_articles)
                    ORDER BY f.rowid DESC
                    """
                arguments = [match]
            } else {
                sql = """
                    SELECT p.text, p.idx, a.title, a.path, a.published_day, a.id
                    FROM paragraphs p JOIN articles a ON a.id = p.article_id
                    WHERE instr(p.text, ?) > 0 AND p.article_id NOT IN (SELECT article_id FROM duplicate_articles)
                    ORDER BY p.id DESC
                    """
                arguments = [terms[0]]
            }
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            var skipped = 0
            while rows.count < limit, let row = try cursor.next() {
                // The bigram phrase may match across punctuation or case; keep exact substrings only.
                for sentence in Sentences.split(row[0]) where rows.count < limit {
                    guard terms.allSatisfy({ sentence.localizedCaseInsensitiveContains($0) }) else { continue }
                    if skipped < offset {
                        skipped += 1
                        continue
                    }
                    rows.append(SearchHit(date: row[4] ?? "", articleTitle: row[2], path: row[3], paragraph: row[1], sentence: sentence,
                                          articleID: row[5]))
                }
            }
            return rows
        }
    }

    struct Statistics: Sendable, Equatable {
        /// Public, so that another store (NewsKBPostgres) can make it too.
        /// Every count zero.
        public init() {}

        public var articles = 0, paragraphs = 0, quotes = 0, people = 0, organizations = 0
        public var figures = 0, events = 0, timelineEntries = 0
        public var firstDay: String?, lastDay: String?
        public var undated = 0
        /// Articles whose content another stored article has too (one file reached through two folders).
        public var duplicates = 0
    }

    func statistics() throws -> Statistics {
        try read { db in
            var stats = Statistics()
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            stats.articles = try count("articles")
            stats.paragraphs = try count("paragraphs")
            stats.quotes = try count("quotes")
            stats.people = try count("people")
            stats.organizations = try count("organizations")
            stats.figures = try count("figures")
            stats.events = try count("events")
            stats.timelineEntries = try count("timeline_entries")
            stats.duplicates = try count("duplicate_articles")
            stats.undated = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles WHERE published_day IS NULL") ?? 0
            let row = try Row.fetchOne(db, sql: "SELECT MIN(published_day), MAX(published_day) FROM articles")
            stats.firstDay = row?[0]
            stats.lastDay = row?[1]
            return stats
        }
    }
}
