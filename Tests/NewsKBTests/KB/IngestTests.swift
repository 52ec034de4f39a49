import Foundation
import NewsKB
import XCTest

final class IngestTests: XCTestCase {
    private func article(_ title: String, _ body: String) -> String {
        "---\ntitle: '\(title)'\ncategories:\n - 金融\n - 测试\ndate: Mon, 06 Dec 2021 14:20:00 GMT\n---\n<div><p>\(body)</p></div>\n"
    }

    func testIncrementalReingestPruneAndFailures() throws {
        let folder = try Paths.temporaryFolder(self)
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles.appendingPathComponent("子目录"), withIntermediateDirectories: true)
        let odd = articles.appendingPathComponent("子目录/\"引号\" 50% 空格.md")
        try article("一", "微信开放外链。").write(to: articles.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try article("二", "淘宝接入支付。").write(to: odd, atomically: true, encoding: .utf8)
        try "---\ntitle: [broken\n---\n<p>x</p>".write(to: articles.appendingPathComponent("bad.md"), atomically: true, encoding: .utf8)
        try "not an article".write(to: articles.appendingPathComponent("notes.json"), atomically: true, encoding: .utf8)

        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        let first = try Ingester(knowledgeBase: kb).run(paths: [articles.path])
        XCTAssertEqual([first.files, first.added, first.updated, first.unchanged, first.failed], [3, 2, 0, 0, 1])
        XCTAssertEqual(first.failures.first?.path, "bad.md")
        XCTAssertTrue(first.failures.first?.reason.hasPrefix("invalid YAML") ?? false)

        let second = try Ingester(knowledgeBase: kb).run(paths: [articles.path])
        XCTAssertEqual([second.added, second.updated, second.unchanged, second.failed], [0, 0, 2, 1])

        try article("一（改）", "微信再次开放外链。").write(to: articles.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let third = try Ingester(knowledgeBase: kb).run(paths: [articles.path])
        XCTAssertEqual([third.added, third.updated, third.unchanged], [0, 1, 1])
        XCTAssertEqual(try kb.search("再次", limit: 10).table.rows.map { $0[1] }, ["一（改）"])
        XCTAssertEqual(try kb.search("微信开放", limit: 10).table.rows.count, 0, "the old text is gone from the index")

        try FileManager.default.removeItem(at: odd)
        let kept = try Ingester(knowledgeBase: kb).run(paths: [articles.path])
        XCTAssertEqual(kept.missing, 1)
        XCTAssertEqual(try kb.statistics().articles, 2, "without --prune a deleted file's rows stay")
        let pruned = try Ingester(knowledgeBase: kb, options: .init(prune: true)).run(paths: [articles.path])
        XCTAssertEqual(pruned.pruned, 1)
        XCTAssertEqual(try kb.statistics().articles, 1)
        XCTAssertEqual(try kb.search("淘宝", limit: 10).table.rows.count, 0)
        XCTAssertEqual(try kb.integrityCheck(), "ok")
    }

    func testSearchFindsTwoAndFourCharacterWordsInTheSeed() throws {
        let folder = try Paths.temporaryFolder(self)
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        _ = try Ingester(knowledgeBase: kb).run(paths: [Paths.seed.path])
        for word in ["外链", "微信", "互联互通", "国盛证券研报"] {
            let rows = try kb.search(word, limit: 100).table.rows
            XCTAssertFalse(rows.isEmpty, word)
            XCTAssertTrue(rows.allSatisfy { $0[4].contains(word) }, word)
        }
        XCTAssertEqual(try kb.search("外链", limit: 100).table.rows.count, 10)
        XCTAssertFalse(try kb.search("链", limit: 100).table.rows.isEmpty, "one character falls back to a scan")
        XCTAssertTrue(try kb.search("不存在的词语", limit: 10).table.rows.isEmpty)
        for hostile in ["\"", "'", "*", "NEAR(", "OR", "", "a\"b OR c", "外链 AND"] {
            XCTAssertNoThrow(try kb.search(hostile, limit: 10), hostile)
        }
    }

    func testIngestsEveryRealArticle() throws {
        let corpus = try Paths.requireCorpusReal()
        let folder = try Paths.temporaryFolder(self)
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        let summary = try Ingester(knowledgeBase: kb).run(paths: [corpus.path])
        XCTAssertEqual(summary.failures, [])
        XCTAssertGreaterThanOrEqual(summary.added, 120)
        let again = try Ingester(knowledgeBase: kb).run(paths: [corpus.path])
        XCTAssertEqual(again.unchanged, summary.added)
        XCTAssertEqual(again.added + again.updated, 0)
    }
}
