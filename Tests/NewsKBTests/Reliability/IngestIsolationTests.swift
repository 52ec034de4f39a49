import Foundation
import GRDB
@testable import NewsKB
import XCTest

/// Issue 17, case 1: one article never blocks an ingest. An out-of-range figure is left out
/// with a warning naming the file; a storage error fails that article alone and its batch
/// still commits.
final class IngestIsolationTests: XCTestCase {
    static func article(_ title: String, _ body: String) -> String {
        """
        ---
        title: '\(title)'
        date: Mon, 06 Dec 2021 14:20:00 GMT
        ---
        <div><p>\(body)</p></div>
        """
    }

    static let huge = "规模达到1" + String(repeating: "亿", count: 21) + "元。"
    static let longDigits = "营收达到" + String(repeating: "7", count: 500) + "元。"
    static let fortyDigits = "资产为" + String(repeating: "9", count: 40) + "元，另有存款300万元。"

    func testOutOfRangeFiguresAreLeftOutWithAWarningAndTheArticleIsStored() throws {
        let folder = try Paths.temporaryFolder(self)
        let articles = folder.appendingPathComponent("c")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try Self.article("虚构的超大数字", Self.huge + Self.longDigits).write(to: articles.appendingPathComponent("huge.md"), atomically: true, encoding: .utf8)
        try Self.article("虚构的四十位数", Self.fortyDigits).write(to: articles.appendingPathComponent("forty.md"), atomically: true, encoding: .utf8)
        try Self.article("虚构的普通新闻", "某虚构公司营收增长了12%。").write(to: articles.appendingPathComponent("plain.md"), atomically: true, encoding: .utf8)

        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        let summary = try Ingester(knowledgeBase: kb, options: .init(jobs: 1)).run(paths: [articles.path])
        XCTAssertEqual(summary.failures, [])
        XCTAssertEqual(summary.added, 3)
        XCTAssertTrue(summary.warnings.contains { $0.path == "huge.md" && $0.reason.contains("out of range") }, "\(summary.warnings)")
        XCTAssertTrue(summary.warnings.contains { $0.path == "forty.md" && $0.reason.contains("out of range") }, "\(summary.warnings)")
        let figures = try kb.read { try Row.fetchAll($0, sql: "SELECT a.path, f.low FROM figures f JOIN articles a ON a.id = f.article_id") }
        XCTAssertTrue(figures.allSatisfy { ($0["low"] as String).count <= 38 }, "no value with lost digits is stored: \(figures)")
        XCTAssertTrue(figures.contains { $0["path"] == "forty.md" && $0["low"] == "3000000" }, "the article's other figure stays: \(figures)")

        // `extract` prints the article (JSON cannot hold NaN, so it used to vanish).
        let outcome = ArticlePipeline.process(CorpusWalker.File(root: articles.path, relativePath: "huge.md"), root: articles.path, columns: false)
        let parsed = try XCTUnwrap(outcome.parsed)
        XCTAssertNoThrow(try JSONEncoder().encode(parsed.extraction))
        XCTAssertTrue(parsed.extraction.warnings.contains { $0.contains("out of range") })
    }

    func testAStorageErrorFailsOneArticleNamedAndTheBatchCommits() throws {
        let folder = try Paths.temporaryFolder(self)
        let articles = folder.appendingPathComponent("c")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for name in ["a.md", "bad.md", "z.md"] {
            try Self.article("虚构新闻\(name)", "某虚构协会会长林远航表示，今年产量增长了5%。")
                .write(to: articles.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        // A storage error for one article only, the kind a value SQLite refuses raises.
        try kb.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_bad BEFORE INSERT ON figures
                WHEN (SELECT path FROM articles WHERE id = NEW.article_id) = 'bad.md'
                BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
                """)
        }
        let summary = try Ingester(knowledgeBase: kb, options: .init(jobs: 1, batchSize: 8)).run(paths: [articles.path])
        XCTAssertEqual(summary.failures.map(\.path), ["bad.md"])
        XCTAssertTrue(summary.failures[0].description.hasPrefix("bad.md: cannot be stored"), summary.failures[0].description)
        XCTAssertEqual(summary.added, 2)
        let paths = try kb.read { try String.fetchAll($0, sql: "SELECT path FROM articles ORDER BY path") }
        XCTAssertEqual(paths, ["a.md", "z.md"], "the failed article leaves no rows; the others commit")
        let orphans = try kb.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM paragraphs WHERE article_id NOT IN (SELECT id FROM articles)") }
        XCTAssertEqual(orphans, 0)
    }
}
