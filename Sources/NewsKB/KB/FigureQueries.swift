import Foundation
import GRDB

/// Filters for `newskb figures`.
public struct FigureFilter: Sendable {
    public var unit: String?
    public var min: Decimal?
    public var max: Decimal?
    public var about: String?
    public var speaker: String?
    public var from: String?
    public var to: String?
    /// One article's figures (its page).
    public var articleID: Int64?
    public var limit: Int

    public init(unit: String? = nil, min: Decimal? = nil, max: Decimal? = nil, about: String? = nil,
                speaker: String? = nil, from: String? = nil, to: String? = nil, limit: Int = 50) {
        self.unit = unit
        self.min = min
        self.max = max
        self.about = about
        self.speaker = speaker
        self.from = from
        self.to = to
        self.limit = limit
    }
}

/// One figure as `figures` lists them. `low` and `high` are exact decimals.
public struct FigureRecord: Sendable, Equatable {
    /// Public, so that another store (NewsKBPostgres) can make it too.
    public init(text: String, low: String, high: String, unit: String, qualifier: String, subject: String, speaker: String,
         date: String, articleTitle: String, path: String, articleID: Int64 = 0, paragraph: Int = 0) {
        self.text = text
        self.low = low
        self.high = high
        self.unit = unit
        self.qualifier = qualifier
        self.subject = subject
        self.speaker = speaker
        self.date = date
        self.articleTitle = articleTitle
        self.path = path
        self.articleID = articleID
        self.paragraph = paragraph
    }

    public var text: String
    public var low: String
    public var high: String
    public var unit: String
    public var qualifier: String
    public var subject: String
    public var speaker: String
    public var date: String
    public var articleTitle: String
    public var path: String
    /// `articles.id`, for links to the article.
    public var articleID: Int64 = 0
    /// The body block the figure is in.
    public var paragraph: Int = 0
}

public extension KnowledgeBase {
    /// Figures whose range lies within [min, max] (a range figure counts when any part of
    /// it does), by unit, subject or sentence words, speaker and date; largest first.
    func figures(_ filter: FigureFilter) throws -> [FigureRecord] {
        try read { db in
            var conditions = Conditions()
            conditions.add("f.article_id NOT IN (SELECT article_id FROM duplicate_articles)")
            if let unit = filter.unit {
                // 元 and 人民币 are one unit.
                if unit == "人民币" || unit == "元" {
                    conditions.add("f.unit IN ('元', '人民币')")
                } else {
                    conditions.add("f.unit = ?", unit)
                }
            }
            if let min = filter.min { conditions.add("f.high_value >= ?", NSDecimalNumber(decimal: min).doubleValue) }
            if let max = filter.max { conditions.add("f.low_value <= ?", NSDecimalNumber(decimal: max).doubleValue) }
            if let about = filter.about, !about.isEmpty {
                conditions.add("""
                    (instr(f.subject, ?) > 0 OR EXISTS (SELECT 1 FROM paragraphs p
                        WHERE p.article_id = f.article_id AND p.idx = f.paragraph AND instr(p.text, ?) > 0))
                    """, about, about)
            }
            if let speaker = filter.speaker, !speaker.isEmpty { conditions.add("instr(f.speaker, ?) > 0", speaker) }
            conditions.addDays("a.published_day", from: filter.from, to: filter.to)
            if let article = filter.articleID { conditions.add("f.article_id = ?", article) }
            return try Row.fetchAll(db, sql: """
                SELECT f.text, f.low, f.high, f.unit, f.qualifier, f.subject, f.speaker, a.published_day, a.title, a.path, a.id, f.paragraph
                FROM figures f JOIN articles a ON a.id = f.article_id
                \(conditions.sql)
                ORDER BY f.high_value DESC, a.published_day, a.root, a.path, f.id
                LIMIT ?
                """, arguments: conditions.statementArguments(filter.limit)).map { row in
                FigureRecord(text: row[0], low: row[1], high: row[2], unit: row[3], qualifier: row[4], subject: row[5],
                             speaker: row[6], date: row[7] ?? "", articleTitle: row[8], path: row[9], articleID: row[10],
                             paragraph: row[11])
            }
        }
    }
}
