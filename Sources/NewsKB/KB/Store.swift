import Foundation
import GRDB

/// Writes articles and their extractions. Every write replaces an article's rows as a whole.
enum Store {
    /// The stamp of each stored article under `root`, by relative path.
    static func storedStamps(_ db: Database, root: String) throws -> StoredStamps {
        var stamps = StoredStamps()
        let rows = try Row.fetchCursor(db, sql: "SELECT path, content_hash, extraction_version FROM articles WHERE root = ?", arguments: [root])
        while let row = try rows.next() {
            stamps[row["path"]] = Stamp(contentHash: row["content_hash"], extractionVersion: row["extraction_version"])
        }
        return stamps
    }

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
        try Link.recordRemoval(db, article: id)
        try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [id])
    }

    /// Stores `parsed` unless an article with its stamp is already stored under its path,
    /// replacing whatever other version is there. Decided inside the caller's transaction, by
    /// the same comparison the parse workers make (`Stamp.change(from:)`).
    static func replace(_ db: Database, _ parsed: ParsedArticle, now: String, inserts: Inserts) throws -> Stamp.Change {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT content_hash, extraction_version FROM articles WHERE root = ? AND path = ?"),
                                   arguments: [parsed.root, parsed.article.path])
        let current = row.map { Stamp(contentHash: $0["content_hash"], extractionVersion: $0["extraction_version"]) }
        let change = parsed.stamp.change(from: current)
        switch change {
        case .unchanged: return change
        case .new: break
        case .reextract, .edited: try delete(db, root: parsed.root, path: parsed.article.path)
        }
        try insert(parsed, now: now, inserts: inserts)
        return change
    }

    /// The writer's prepared inserts, made once per write transaction.
    final class Inserts {
        let article: PreparedInsert, paragraph: PreparedInsert, paragraphIndex: PreparedInsert
        let quote: PreparedInsert, figure: PreparedInsert, event: PreparedInsert
        /// Records each stored article for the next link (`Link.recordTables`).
        let added: PreparedInsert

        init(_ db: Database) throws {
            try Link.recordTables(db)
            added = try PreparedInsert(db, "INSERT OR IGNORE INTO temp.link_added (id) VALUES (?)")
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
                INSERT INTO events (article_id, paragraph, date_text, start, end, precision, actors, documents, summary, policy, role)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        }
    }

    static func insert(_ db: Database, _ parsed: ParsedArticle, now: String) throws {
        try insert(parsed, now: now, inserts: Inserts(db))
    }

    static func insert(_ parsed: ParsedArticle, now: String, inserts: Inserts) throws {
        let article = parsed.article
        let extraction = parsed.extraction
        let columns = parsed.columns ?? StoredColumns(article, extraction)
        let row = inserts.article
        row.bind(parsed.root)
        row.bind(article.path)
        row.bind(parsed.stamp.contentHash)
        row.bind(parsed.stamp.extractionVersion)
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
        inserts.added.bind(articleID)
        _ = try inserts.added.run()

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
            row.bind(event.role.rawValue)
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
