import Foundation
import GRDB
@testable import NewsKB
import XCTest

/// Article text full of Markdown, HTML and CSV specials comes out escaped in every output
/// format, and hostile filters return rows or nothing, never an SQLite error.
/// The rows are stored through the real writer (Store.insert + Link.rebuild), so this holds
/// whatever the extractors find.
final class OutputEscapingTests: XCTestCase {
    static let hostile = "A|B *星* [链](x) <script>alert(\"x\")</script> \"引\",号, 换\n行 &lt; _下_ `码` # ! ~ \\ \r回车\t制表"

    private func knowledgeBase() throws -> KnowledgeBase {
        let folder = try Paths.temporaryFolder(self)
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        let h = Self.hostile
        let article = Article(path: "a|b/<x>\"y\",z (1).md", title: "标题 " + h, source: h, categories: [h],
                              published: PublicationDate.parse("2021-12-06 10:00:00"),
                              blocks: [Block(.paragraph, "段落 " + h), Block(.paragraph, "第二段。")])
        let day = Day(year: 2021, month: 12, day: 6)
        let extraction = ArticleExtraction(
            file: article.path, title: article.title, source: h, categories: [h], published: "2021-12-06T02:00:00Z",
            quotes: [Quote(speaker: Speaker(name: "张*三|", kind: .person, title: "总裁<b>", affiliation: "公司[A]"),
                           mode: .direct, cue: "说|", text: h, paragraph: 0),
                     Quote(speaker: Speaker(name: "某机构<i>", kind: .organization), mode: .indirect, cue: "表示",
                           text: "第二" + h, paragraph: 0)],
            figures: [Figure(text: "3000|亿元", low: 3000, high: 7000, unit: "元", qualifier: .range,
                             subject: h, speaker: "张*三|", paragraph: 0)],
            events: [Event(dateText: "12月6日|", start: day, end: day, precision: .day, actors: [h, "工信部"],
                           documents: ["《文件|<x>》"], summary: "摘要 " + h, policy: true, paragraph: 0)])
        try kb.write { db in
            try Store.insert(db, ParsedArticle(root: "/tmp/root `x`", hash: "h", size: 1, article: article, extraction: extraction),
                             now: "2021-12-07T00:00:00Z")
            try Link.rebuild(db)
        }
        return kb
    }

    func testEveryResultTableFormatRoundTripsOrEscapes() throws {
        let kb = try knowledgeBase()
        let tables = [
            try kb.quotes(QuoteFilter(limit: 10)).table,
            try kb.figures(FigureFilter(limit: 10)).table,
            try kb.speakers(limit: 10).table,
            try kb.search("段落", limit: 10).table,
        ]
        for table in tables {
            XCTAssertFalse(table.rows.isEmpty, "\(table.columns)")
            XCTAssertTrue(table.rows.joined().joined().contains("|"), "the rows carry the specials")
            let expected = table.rows.map { Dictionary(uniqueKeysWithValues: zip(table.columns, $0)) }

            // JSON and JSON lines decode back to exactly the same strings.
            let json = try JSONDecoder().decode([[String: String]].self, from: Data(table.render(.json).utf8))
            XCTAssertEqual(json, expected)
            let lines = table.render(.jsonl).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            XCTAssertEqual(lines.count, table.rows.count, "one line per row: newlines inside values are escaped")
            XCTAssertEqual(try lines.map { try JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }, expected)

            // CSV parses back (RFC 4180) to the same cells, commas, quotes and newlines included.
            XCTAssertEqual(Self.parseCSV(table.render(.csv)), [table.columns] + table.rows)

            // Markdown: one line per row, every cell boundary an unescaped pipe, no raw HTML or emphasis.
            let markdown = table.render(.md).split(separator: "\n").map(String.init)
            XCTAssertEqual(markdown.count, table.rows.count + 2)
            for line in markdown {
                XCTAssertEqual(Self.unescapedCount(of: "|", in: line), table.columns.count + 1, line)
                for special in ["<", "*", "[", "_", "`", "&"] {
                    XCTAssertEqual(Self.unescapedCount(of: Character(special), in: line), 0, "\(special) in \(line)")
                }
            }

            // The aligned table: one line per row, no control characters reach the terminal.
            let text = table.render(.table)
            XCTAssertEqual(text.split(separator: "\n", omittingEmptySubsequences: false).count, table.rows.count + 2)
            XCTAssertFalse(text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, text)
        }
    }

    func testQuoteSheetAndTimelinesEscapeArticleText() throws {
        let kb = try knowledgeBase()
        let sheet = try kb.quotes(QuoteFilter(limit: 10)).quoteSheet
        XCTAssertTrue(sheet.contains("## 张\\*三\\|"), sheet)
        let entries = try kb.timeline(EventFilter())
        XCTAssertEqual(entries.count, 1)
        let markdown = TimelineRender.markdown(entries, title: "时间线 <b>|", corpus: ["a`b"], asOf: "2021-12-06",
                                               linksFrom: URL(fileURLWithPath: "/tmp/root `x`/out"))
        // A link's destination sits in angle brackets with <, > and line breaks percent-encoded:
        // nothing in it can end the link early.
        let destination = "(<./a|b/%3Cx%3E\"y\",z (1).md>)"
        XCTAssertTrue(sheet.contains(destination), sheet)
        XCTAssertTrue(markdown.contains("(<../a|b/%3Cx%3E\"y\",z (1).md>)"), markdown)
        for document in [sheet, markdown] {
            for line in document.split(separator: "\n") {
                // Outside link destinations, article text never leaves a Markdown special unescaped.
                let text = String(line).replacingOccurrences(of: #"\(<[^>\n]*>\)"#, with: "", options: .regularExpression)
                for special in ["<", "|", "&"] {
                    XCTAssertEqual(Self.unescapedCount(of: Character(special), in: text), 0, "\(special) in \(line)")
                }
            }
            XCTAssertFalse(document.contains("\r"))
        }

        // JSON decodes back to the stored text; TimelineJS text is HTML-escaped inside valid JSON.
        let json = try JSONSerialization.jsonObject(with: Data(TimelineRender.json(entries).utf8)) as! [[String: Any]]
        XCTAssertEqual(json.first?["summary"] as? String, "摘要 " + Self.hostile)
        let timelineJS = try JSONSerialization.jsonObject(with: Data(TimelineRender.timelineJS(entries, title: "<t>").utf8)) as! [String: Any]
        let slide = ((timelineJS["events"] as! [[String: Any]])[0]["text"] as! [String: String])
        XCTAssertFalse(slide["text"]!.contains("<script>"), slide["text"]!)
        XCTAssertTrue(slide["text"]!.contains("&lt;script&gt;alert(&quot;x&quot;)"), slide["text"]!)
        XCTAssertFalse(slide["headline"]!.contains("<"))
    }

    func testHostileFiltersNeverReachSQLiteAsSyntax() throws {
        let kb = try knowledgeBase()
        let hostile = ["\"", "'", "*", "NEAR(", "OR", "", " ", "%", "_", "\\", "a\"b OR c", "段落 AND", "'; DROP TABLE articles; --",
                       "NEAR(段落 第二, 2)", "\u{0}", "(", ")", "^", "-", "+段落", "段落*", "{col}: x", "\u{FFFD}"]
        for text in hostile {
            XCTAssertNoThrow(try kb.search(text, limit: 5), "search \(text)")
            XCTAssertNoThrow(try kb.quotes(QuoteFilter(speaker: text, limit: 5)), "quotes --speaker \(text)")
            XCTAssertNoThrow(try kb.quotes(QuoteFilter(affiliation: text, search: text, limit: 5)), "quotes --search \(text)")
            XCTAssertNoThrow(try kb.figures(FigureFilter(unit: text, about: text, speaker: text, limit: 5)), "figures \(text)")
            XCTAssertNoThrow(try kb.speakers(name: text, limit: 5), "speakers --name \(text)")
            XCTAssertNoThrow(try kb.timeline(EventFilter(actor: text, topicKeywords: Topics.keywords(for: text))), "timeline \(text)")
        }
        // Specials are matched literally, not as patterns.
        XCTAssertEqual(try kb.speakers(name: "_", limit: 5).table.rows, [], "_ is not a LIKE wildcard")
        XCTAssertEqual(try kb.speakers(name: "*三|", limit: 5).table.rows.map { $0[0] }, ["张*三|"])
        XCTAssertEqual(try kb.quotes(QuoteFilter(search: "\"引\",号", limit: 5)).count, 2)
        XCTAssertEqual(try kb.search("<script>alert", limit: 5).table.rows.count, 1)
        XCTAssertEqual(try kb.search("'; DROP TABLE articles; --", limit: 5).table.rows, [])
        XCTAssertEqual(try kb.statistics().articles, 1)
    }

    // MARK: Helpers

    /// Occurrences of `character` not preceded by a backslash escape.
    static func unescapedCount(of character: Character, in line: String) -> Int {
        var count = 0, escaped = false
        for current in line {
            if escaped { escaped = false; continue }
            if current == "\\" { escaped = true; continue }
            if current == character { count += 1 }
        }
        return count
    }

    /// A strict RFC 4180 reader (CRLF records, quoted fields with doubled quotes).
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, afterQuote = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false; afterQuote = true }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !afterQuote: quoted = true
            case ",": record.append(field); field = ""; afterQuote = false
            case "\r" where scalars.first == "\n":
                scalars.removeFirst()
                record.append(field); records.append(record); record = []; field = ""; afterQuote = false
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
