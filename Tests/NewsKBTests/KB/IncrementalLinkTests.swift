import Foundation
import GRDB
@testable import NewsKB
import XCTest

/// Linking only what an ingest touched must give what a full rebuild gives: people,
/// affiliations, organizations, quote links, duplicate articles, timeline entries and the
/// events' entries, compared by content (row ids may differ).
final class IncrementalLinkTests: XCTestCase {

    /// Invented paragraphs (fictional people, companies and dates) that bring quotes and
    /// events into an article: new names, names shared with other edits, dates shared too.
    static let inventedParagraphs = [
        "2022年3月14日，虚构科技公司首席执行官李明远表示：“我们将继续投入研发，开放更多接口。”",
        "星河数据研究院院长周若水认为：“平台互联互通要靠规则，也要靠技术标准。”",
        "蓝鲸咨询分析师Mark T. Rivers表示：“开放链接之后，中小商家的获客成本会继续下降。”",
        "蓝鲸咨询分析师Mark Rivers称：“这一趋势在下半年更加明显。”",
        "9月17日，工信部有关负责人表示：“将持续推进互联互通工作。”",
        "工业和信息化部信息通信管理局相关负责人表示：“平台应当按要求解除屏蔽。”",
        "2021年9月17日，虚构科技公司发布《开放平台接入指引》，称将分阶段开放外链。",
        "业内人士指出：“这次调整的意义在于给出了明确的时间表。”",
        // Events of other roles: a window and a baseline on dates the corpus has events on.
        "9月17日至9月21日，虚构科技公司平台日均订单量约为调整前的两倍。",
        "虚构科技公司2021年营收较2020年增长三成，若2022年1月1日前完成整改将恢复服务。",
    ]

    /// Derived state as content, each table as sorted lines.
    /// Every derived table holds the same rows after an incremental link as after a full rebuild.
    static func assertSameRows(_ incremental: [String: [String]], _ rebuilt: [String: [String]], _ context: String,
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(rebuilt["people"]!.isEmpty, context, file: file, line: line)
        XCTAssertFalse(rebuilt["timeline"]!.isEmpty, context, file: file, line: line)
        for table in rebuilt.keys.sorted() {
            let (a, b) = (incremental[table] ?? [], rebuilt[table]!)
            XCTAssertEqual(a.count, b.count, "\(context): \(table) rows", file: file, line: line)
            XCTAssertEqual(a.filter { !b.contains($0) }.prefix(3), [], "\(context): \(table) only incremental", file: file, line: line)
            XCTAssertEqual(b.filter { !a.contains($0) }.prefix(3), [], "\(context): \(table) only full", file: file, line: line)
        }
    }

    static func derived(_ db: Database) throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        var people: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name, pinyin, pinyin_compact, name_key FROM people") {
            let affiliations = try Row.fetchAll(db, sql: """
                SELECT organization, title, first_seen, last_seen, quotes FROM affiliations WHERE person_id = ?
                ORDER BY organization, title
                """, arguments: [row[0] as Int64]).map { "\($0[0] as String)/\($0[1] as String)/\($0[2] as String? ?? "-")/\($0[3] as String? ?? "-")/\($0[4] as Int)" }
            people[row[0]] = "\(row[1] as String)|\(row[2] as String)|\(row[3] as String)|\(row[4] as String)|\(affiliations.joined(separator: ";"))"
        }
        result["people"] = people.values.sorted()
        var organizations: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name, kind, pinyin_compact FROM organizations") {
            organizations[row[0]] = "\(row[1] as String)|\(row[2] as String)|\(row[3] as String)"
        }
        result["organizations"] = organizations.values.sorted()
        result["quotes"] = try Row.fetchAll(db, sql: "SELECT id, person_id, organization_id FROM quotes ORDER BY id").map { row in
            let person = (row[1] as Int64?).map { people[$0] ?? "dangling person \($0)" } ?? "-"
            let organization = (row[2] as Int64?).map { organizations[$0] ?? "dangling organization \($0)" } ?? "-"
            return "\(row[0] as Int64) → \(person) / \(organization)"
        }
        result["duplicates"] = try Row.fetchAll(db, sql: "SELECT article_id, original_id FROM duplicate_articles ORDER BY 1")
            .map { "\($0[0] as Int64) copies \($0[1] as Int64)" }
        var entries: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT id, start, end, precision, date_text, summary, actors, documents, policy, sources, role FROM timeline_entries
            """) {
            entries[row[0]] = (1...10).map { "\(row[$0] as DatabaseValue)" }.joined(separator: "|")
        }
        result["timeline"] = entries.values.sorted()
        result["events"] = try Row.fetchAll(db, sql: "SELECT id, entry_id, role FROM events ORDER BY id").map { row in
            "\(row[0] as Int64) \(row[2] as String) → " + ((row[1] as Int64?).map { entries[$0] ?? "dangling entry \($0)" } ?? "-")
        }
        return result
    }

    /// The article files of a folder, relative paths, sorted.
    static func articles(_ folder: URL) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)!
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") && !$0.hasSuffix("README.md") }.sorted()
    }

    /// Seeded edits of the folder: an article's paragraphs dropped and invented ones added
    /// (quotes and events change), an article deleted, a copy added (a duplicate), a new
    /// article made of other articles' paragraphs, and sometimes a copied article's original
    /// removed (its copy becomes the article).
    static func edit(_ folder: URL, _ random: inout SplitMix64, round: Int) throws {
        var files = try articles(folder)
        func read(_ file: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) }
        func write(_ file: String, _ text: String) throws {
            let url = folder.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        func paragraphs(_ text: String) -> [String] {
            text.components(separatedBy: "<p>").dropFirst().compactMap { $0.components(separatedBy: "</p>").first }
        }
        // Modified: a paragraph or two dropped, one or two invented ones added.
        for _ in 0..<2 {
            let file = files.randomElement(using: &random)!
            var text = try read(file)
            let body = paragraphs(text)
            if body.count > 2 {
                for paragraph in body.shuffled(using: &random).prefix(Int.random(in: 1...2, using: &random)) {
                    text = text.replacingOccurrences(of: "<p>\(paragraph)</p>", with: "")
                }
            }
            let added = inventedParagraphs.shuffled(using: &random).prefix(Int.random(in: 1...2, using: &random))
            text = text.replacingOccurrences(of: "</div>", with: added.map { "<p>\($0)</p>" }.joined() + "</div>")
            try write(file, text)
        }
        // A copy (the same content under another name): a duplicate article.
        let original = files.randomElement(using: &random)!
        try write("copies/\(round)-\(Int.random(in: 0..<1000, using: &random)).md", try read(original))
        // Deleted.
        files = try articles(folder)
        let deleted = files.randomElement(using: &random)!
        try FileManager.default.removeItem(at: folder.appendingPathComponent(deleted))
        // New: the front matter of one article over paragraphs of two others, plus an invented one.
        files = try articles(folder)
        let sources = (0..<3).map { _ in files.randomElement(using: &random)! }
        let head = try read(sources[0]).components(separatedBy: "<div>").first!
        var body = try paragraphs(read(sources[1])).shuffled(using: &random).prefix(3) + paragraphs(read(sources[2])).prefix(2)
        body.append(inventedParagraphs.randomElement(using: &random)!)
        try write("new/\(round).md", head.replacingOccurrences(of: "title: '", with: "title: '新\(round)") + "<div>"
                  + body.map { "<p>\($0)</p>" }.joined() + "</div>\n")
    }

    func testIncrementalLinkingEqualsAFullRebuildAfterSeededEdits() throws {
        for seed: UInt64 in [1, 2, 3] {
            try checkRounds(seed: seed)
        }
    }

    private func checkRounds(seed: UInt64) throws {
        let folder = try Paths.temporaryFolder(self)
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.copyItem(at: Paths.corpus, to: articles)
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        let options = Ingester.Options(prune: true, incrementalLinkLimit: 1)
        _ = try Ingester(knowledgeBase: kb, options: options).run(paths: [articles.path])
        var random = SplitMix64(seed: seed)
        for round in 1...3 {
            try Self.edit(articles, &random, round: round)
            let summary = try Ingester(knowledgeBase: kb, options: options).run(paths: [articles.path])
            XCTAssertTrue(summary.changed, "seed \(seed) round \(round)")
            XCTAssertEqual(try kb.read { try String.fetchOne($0, sql: "SELECT value FROM kb_state WHERE key = 'last_link'") },
                           "incremental", "seed \(seed) round \(round): the ingest linked incrementally")
            let incremental = try kb.read(Self.derived)
            // The full rebuild, on a copy of the same base (same article, quote and event ids).
            let copy = folder.appendingPathComponent("full-\(round).sqlite").path
            try kb.writer.writeWithoutTransaction { try $0.execute(sql: "VACUUM INTO ?", arguments: [copy]) }
            let full = try KnowledgeBase(path: copy)
            try Link.rebuild(full)
            let rebuilt = try full.read(Self.derived)
            Self.assertSameRows(incremental, rebuilt, "seed \(seed) round \(round)")
            XCTAssertEqual(try kb.integrityCheck(), "ok")
        }
    }
}
