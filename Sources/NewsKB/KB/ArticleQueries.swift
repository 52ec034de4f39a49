import Foundation
import GRDB

/// One stored article as its page shows it: front matter, body blocks, and what was
/// extracted from each block.
public struct ArticleRecord: Sendable, Equatable {
    public struct Block: Sendable, Equatable {
        public var index: Int
        public var kind: String
        public var text: String
    }
    /// One dated expression as the article wrote it (before merging across articles).
    public struct DatedEvent: Sendable, Equatable {
        public var paragraph: Int
        public var dateText: String
        public var start: String
        public var end: String
        public var precision: String
        public var summary: String
        public var actors: [String]
        public var documents: [String]
        public var policy: Bool
    }
    public var id: Int64
    public var root: String
    public var path: String
    public var title: String
    public var source: String
    public var published: String
    public var publishedDay: String
    /// The front matter as stored (JSON object text).
    public var frontMatter: String
    public var warnings: [String]
    /// The first stored article with the same content, when this one is a copy of it.
    public var duplicateOf: Int64?
    public var blocks: [Block]
    public var quotes: [QuoteRecord]
    public var figures: [FigureRecord]
    public var events: [DatedEvent]
}

public extension KnowledgeBase {
    /// The article with this `articles.id`, nil when there is none. A copy of another article
    /// has no quotes or figures of its own (every listing leaves copies out): its page points
    /// to the original.
    func article(_ id: Int64) throws -> ArticleRecord? {
        let found: ArticleRecord? = try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT a.id, a.root, a.path, a.title, a.source, a.published, a.published_day, a.front_matter, a.warnings,
                       d.original_id
                FROM articles a LEFT JOIN duplicate_articles d ON d.article_id = a.id WHERE a.id = ?
                """, arguments: [id]) else { return nil }
            let blocks = try Row.fetchAll(db, sql: "SELECT idx, kind, text FROM paragraphs WHERE article_id = ? ORDER BY idx",
                                          arguments: [id]).map { ArticleRecord.Block(index: $0[0], kind: $0[1], text: $0[2]) }
            let events = try Row.fetchAll(db, sql: """
                SELECT paragraph, date_text, start, end, precision, summary, actors, documents, policy
                FROM events WHERE article_id = ? ORDER BY paragraph, id
                """, arguments: [id]).map { row in
                ArticleRecord.DatedEvent(paragraph: row[0], dateText: row[1], start: row[2], end: row[3], precision: row[4],
                                         summary: row[5], actors: JSON.strings(row[6]), documents: JSON.strings(row[7]), policy: row[8])
            }
            return ArticleRecord(id: row[0], root: row[1], path: row[2], title: row[3], source: row[4], published: row[5] ?? "",
                                 publishedDay: row[6] ?? "", frontMatter: row[7], warnings: JSON.strings(row[8]), duplicateOf: row[9],
                                 blocks: blocks, quotes: [], figures: [], events: events)
        }
        guard var article = found else { return nil }
        var quoteFilter = QuoteFilter(limit: Int.max)
        quoteFilter.articleID = id
        var figureFilter = FigureFilter(limit: Int.max)
        figureFilter.articleID = id
        article.quotes = try quotes(quoteFilter)
        article.figures = try figures(figureFilter)
        return article
    }
}
