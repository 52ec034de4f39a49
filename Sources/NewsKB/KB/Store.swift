import Foundation
import GRDB

/// One article ready to be written: what the reader and the extractors made of a file.
public struct ParsedArticle: Sendable {
    public var root: String
    public var hash: String
    public var size: Int
    public var article: Article
    public var extraction: ArticleExtraction
    /// Column values that cost work to make (index text, JSON, decimals), made where the
    /// article was parsed so the single writer only binds them.
    let columns: StoredColumns

    public init(root: String, hash: String, size: Int, article: Article, extraction: ArticleExtraction) {
        self.root = root
        self.hash = hash
        self.size = size
        self.article = article
        self.extraction = extraction
        self.columns = StoredColumns(article, extraction)
    }
}

/// The derived column values of one article, in the order `Store.insert` writes them.
struct StoredColumns: Sendable {
    var categories: String, tags: String, frontMatter: String, warnings: String
    /// Index text of each block (`SearchText.grams`).
    var blockGrams: [String]
    var figures: [(low: String, high: String, lowValue: Double, highValue: Double)]
    var events: [(start: String, end: String, actors: String, documents: String)]
    /// `Statements.key` of each quote's text.
    var statementKeys: [Int64]

    init(_ article: Article, _ extraction: ArticleExtraction) {
        categories = JSON.text(article.categories)
        tags = JSON.text(article.tags)
        frontMatter = JSON.text(article.frontMatter)
        warnings = JSON.text(article.warnings)
        blockGrams = article.blocks.map { SearchText.grams($0.text) }
        figures = extraction.figures.map { figure in
            let low = min(figure.low, figure.high), high = max(figure.low, figure.high)
            return (low.description, high.description, NSDecimalNumber(decimal: low).doubleValue,
                    NSDecimalNumber(decimal: high).doubleValue)
        }
        statementKeys = extraction.quotes.map { Statements.key($0.text) }
        events = extraction.events.map { event in
            (min(event.start, event.end).iso, max(event.start, event.end).iso, JSON.text(event.actors), JSON.text(event.documents))
        }
    }
}

/// The stamp of each stored article by relative path, keyed by the path's UTF-8 bytes: a
/// String key is hashed in Unicode-normalized form, which cost a fifth of a no-change
/// re-ingest of 100,000 Chinese file names.
struct StoredVersions: Sendable {
    private var stamps: [[UInt8]: String] = [:]

    subscript(path: String) -> String? {
        get { stamps[Array(path.utf8)] }
        set { stamps[Array(path.utf8)] = newValue }
    }

    /// Stored paths with no file among `files`, sorted.
    func missing(from files: [CorpusWalker.File]) -> [String] {
        let present = Set(files.map { Array($0.relativePath.utf8) })
        return stamps.keys.filter { !present.contains($0) }.map { String(decoding: $0, as: UTF8.self) }.sorted()
    }
}

/// Writes articles and their extractions. Every write replaces an article's rows as a whole.
enum Store {
    /// What each stored article under `root` was made from (content hash and extraction
    /// version), by relative path: a file is unchanged only when both still agree.
    static func storedVersions(_ db: Database, root: String) throws -> StoredVersions {
        var versions = StoredVersions()
        let rows = try Row.fetchCursor(db, sql: "SELECT path, content_hash, extraction_version FROM articles WHERE root = ?", arguments: [root])
        while let row = try rows.next() {
            versions[row["path"]] = stamp(hash: row["content_hash"], version: row["extraction_version"])
        }
        return versions
    }

    static func stamp(hash: String, version: String) -> String { hash + " " + version }

    /// Deletes one article and everything extracted from it (the index rows by hand: the
    /// index is contentless, so each row is removed with the text it was made from).
    static func delete(_ db: Database, root: String, path: String) throws {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM articles WHERE root = ? AND path = ?", arguments: [root, path]) else {
            return
        }
        let remove = try db.cachedStatement(sql: "INSERT INTO paragraphs_fts(paragraphs_fts, rowid, grams) VALUES('delete', ?, ?)")
        let paragraphs = try Row.fetchAll(db, sql: "SELECT id, text FROM paragraphs WHERE article_id = ?", arguments: [id])
        for paragraph in paragraphs {
            try remove.execute(arguments: [paragraph["id"] as Int64, SearchText.grams(paragraph["text"])])
        }
        try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [id])
    }

    enum Written { case added, updated, unchanged }

    /// Stores `parsed` unless the same content is already stored under its path, replacing
    /// whatever other version is there. Decided inside the caller's transaction.
    static func replace(_ db: Database, _ parsed: ParsedArticle, now: String, inserts: Inserts) throws -> Written {
        let current = try String.fetchOne(db.cachedStatement(sql: "SELECT content_hash FROM articles WHERE root = ? AND path = ?"),
                                          arguments: [parsed.root, parsed.article.path])
        if current == parsed.hash { return .unchanged }
        if current != nil { try delete(db, root: parsed.root, path: parsed.article.path) }
        try insert(parsed, now: now, inserts: inserts)
        return current == nil ? .added : .updated
    }

    /// The writer's prepared inserts, made once per write transaction.
    final class Inserts {
        let article: PreparedInsert, paragraph: PreparedInsert, paragraphIndex: PreparedInsert
        let quote: PreparedInsert, figure: PreparedInsert, event: PreparedInsert

        init(_ db: Database) throws {
            article = try PreparedInsert(db, """
                INSERT INTO articles (root, path, content_hash, extraction_version, size, title, source, categories, tags,
                                      front_matter, published, published_day, warnings, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            paragraph = try PreparedInsert(db, "INSERT INTO paragraphs (article_id, idx, kind, text) VALUES (?, ?, ?, ?)")
            paragraphIndex = try PreparedInsert(db, "INSERT INTO paragraphs_fts (rowid, grams) VALUES (?, ?)")
            quote = try PreparedInsert(db, """
                INSERT INTO quotes (article_id, paragraph, mode, cue, text, speaker_name, speaker_kind,
                                    speaker_title, speaker_affiliation, sieve, statement_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            figure = try PreparedInsert(db, """
                INSERT INTO figures (article_id, paragraph, text, low, high, low_value, high_value, unit,
                                     qualifier, subject, speaker, direction, basis)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            event = try PreparedInsert(db, """
                INSERT INTO events (article_id, paragraph, date_text, start, end, precision, actors, documents, summary, policy)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        }
    }

    static func insert(_ db: Database, _ parsed: ParsedArticle, now: String) throws {
        try insert(parsed, now: now, inserts: Inserts(db))
    }

    static func insert(_ parsed: ParsedArticle, now: String, inserts: Inserts) throws {
        let article = parsed.article
        let extraction = parsed.extraction
        let columns = parsed.columns
        let row = inserts.article
        row.bind(parsed.root)
        row.bind(article.path)
        row.bind(parsed.hash)
        row.bind(ExtractionVersion.current)
        row.bind(parsed.size)
        row.bind(article.title)
        row.bind(article.source)
        row.bind(columns.categories)
        row.bind(columns.tags)
        row.bind(columns.frontMatter)
        row.bind(extraction.published)
        row.bind(article.publishedDay?.iso)
        row.bind(columns.warnings)
        row.bind(now)
        let articleID = try row.run()

        for (index, block) in article.blocks.enumerated() {
            let paragraph = inserts.paragraph
            paragraph.bind(articleID)
            paragraph.bind(index)
            paragraph.bind(block.kind.rawValue)
            paragraph.bind(block.text)
            let paragraphID = try paragraph.run()
            inserts.paragraphIndex.bind(paragraphID)
            inserts.paragraphIndex.bind(columns.blockGrams[index])
            try inserts.paragraphIndex.run()
        }

        for (quote, statementKey) in zip(extraction.quotes, columns.statementKeys) {
            let row = inserts.quote
            row.bind(articleID)
            row.bind(quote.paragraph)
            row.bind(quote.mode.rawValue)
            row.bind(quote.cue)
            row.bind(quote.text)
            row.bind(quote.speaker.name)
            row.bind(quote.speaker.kind.rawValue)
            row.bind(quote.speaker.title)
            row.bind(quote.speaker.affiliation)
            row.bind(quote.sieve)
            row.bind(statementKey)
            try row.run()
        }

        for (figure, value) in zip(extraction.figures, columns.figures) {
            let row = inserts.figure
            row.bind(articleID)
            row.bind(figure.paragraph)
            row.bind(figure.text)
            row.bind(value.low)
            row.bind(value.high)
            row.bind(value.lowValue)
            row.bind(value.highValue)
            row.bind(figure.unit)
            row.bind(figure.qualifier.rawValue)
            row.bind(figure.subject)
            row.bind(figure.speaker)
            row.bind(figure.direction)
            row.bind(figure.basis)
            try row.run()
        }

        for (event, value) in zip(extraction.events, columns.events) {
            let row = inserts.event
            row.bind(articleID)
            row.bind(event.paragraph)
            row.bind(event.dateText)
            row.bind(value.start)
            row.bind(value.end)
            row.bind(event.precision.rawValue)
            row.bind(value.actors)
            row.bind(value.documents)
            row.bind(event.summary)
            row.bind(event.policy)
            try row.run()
        }
    }
}

/// JSON columns: compact, keys sorted, never failing for plain string collections.
enum JSON {
    /// A JSON array of strings. Written by hand: Foundation's encoder costs more than the
    /// insert it serves, and these columns hold only strings.
    static func text(_ values: [String]) -> String {
        "[" + values.map(quoted).joined(separator: ",") + "]"
    }

    /// A JSON object of strings, keys sorted.
    static func text(_ values: [String: String]) -> String {
        "{" + values.keys.sorted().map { quoted($0) + ":" + quoted(values[$0]!) }.joined(separator: ",") + "}"
    }

    /// A JSON string literal (RFC 8259 escapes).
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                result += String(format: "\\u%04x", scalar.value)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Reads back an array written by `text(_:)`; anything else falls back to Foundation.
    static func strings(_ text: String?) -> [String] {
        guard let text else { return [] }
        if let values = fastStrings(text) { return values }
        guard let data = text.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }

    /// `["a","b\"c"]` without Foundation (linking reads hundreds of thousands of these).
    private static func fastStrings(_ text: String) -> [String]? {
        var scalars = text.unicodeScalars.makeIterator()
        guard scalars.next() == "[" else { return nil }
        var values: [String] = []
        var current = String.UnicodeScalarView()
        var inString = false
        while let scalar = scalars.next() {
            if inString {
                switch scalar {
                case "\"":
                    values.append(String(current))
                    current.removeAll()
                    inString = false
                case "\\":
                    guard let escaped = scalars.next() else { return nil }
                    switch escaped {
                    case "n": current.append("\n")
                    case "r": current.append("\r")
                    case "t": current.append("\t")
                    case "\"", "\\", "/": current.append(escaped)
                    default: return nil // \u and the rest: let Foundation decode it
                    }
                default:
                    current.append(scalar)
                }
            } else {
                switch scalar {
                case "\"": inString = true
                case ",", " ": continue
                case "]": return values
                default: return nil
                }
            }
        }
        return nil
    }
}
