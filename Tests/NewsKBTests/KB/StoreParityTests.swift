import Foundation
@testable import NewsKB
import NewsKBPostgres
import XCTest

/// One suite of query questions, asked of every store: the SQLite knowledge base always, and a
/// PostgreSQL one loaded from the same `newskb extract` lines when NEWSKB_TEST_POSTGRES_URL
/// names a server (`.ci/run` starts one with scripts/postgres-test-server.sh). Every answer
/// must be the same.
final class StoreParityTests: XCTestCase {
    /// The questions: one line of answers per question, so a difference names the question.
    static func answers(_ store: any KnowledgeStore) throws -> [String: String] {
        var answers: [String: String] = [:]
        var stats = try store.statistics()
        stats.firstDay = stats.firstDay ?? "-"
        answers["stats"] = "\(stats)"
        for words in ["外链", "微信", "网", "平台 用户", "APP", "app", "不存在的词语"] {
            answers["search \(words)"] = "\(try store.search(words, limit: 40, offset: 0))"
            answers["search \(words) page 2"] = "\(try store.search(words, limit: 5, offset: 5))"
        }
        let figureFilters: [(String, FigureFilter)] = [
            ("all", FigureFilter(limit: 500)), ("min 100", FigureFilter(min: 100, limit: 50)),
            ("元", FigureFilter(unit: "元", limit: 50)), ("max 10", FigureFilter(max: 10, limit: 50)),
            ("about 用户", FigureFilter(about: "用户", limit: 50)), ("2022", FigureFilter(from: "2022-01-01", to: "2022-12-31", limit: 50)),
        ]
        for (name, filter) in figureFilters { answers["figures \(name)"] = "\(try store.figures(filter))" }
        let quoteFilters: [(String, QuoteFilter)] = [
            ("all", QuoteFilter(limit: 1000)), ("工信部", QuoteFilter(speaker: "工信部")), ("pinyin", QuoteFilter(speaker: "pan helin")),
            ("盘和林", QuoteFilter(speaker: "盘和林")), ("affiliation 研究院", QuoteFilter(affiliation: "研究院")),
            ("search 平台", QuoteFilter(search: "平台")), ("organizations", QuoteFilter(kind: .organization)),
            ("2021", QuoteFilter(from: "2021-01-01", to: "2021-12-31")),
        ]
        for (name, filter) in quoteFilters { answers["quotes \(name)"] = "\(try store.quotes(filter))" }
        let eventFilters: [(String, EventFilter)] = [
            ("all", EventFilter()), ("工信部", EventFilter(actor: "工信部")), ("policy", EventFilter(policyOnly: true)),
            ("2021", EventFilter(from: "2021-01-01", to: "2021-12-31")), ("newsworthy", EventFilter(newsworthyOnly: true, limit: 10)),
            ("topic", EventFilter(topicKeywords: ["外链", "平台"])),
        ]
        for (name, filter) in eventFilters { answers["timeline \(name)"] = "\(try store.timeline(filter))" }
        answers["roots"] = "\(try store.roots())"
        return answers
    }

    func testEveryStoreGivesTheSameAnswers() throws {
        let folder = try Paths.temporaryFolder(self)
        let lines = folder.appendingPathComponent("corpus.jsonl")
        let result = try MalformedInputTests.runCLI(["extract", Paths.corpus.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        try Data(result.stdout.utf8).write(to: lines)

        let sqlite = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        XCTAssertEqual(try Ingester(knowledgeBase: sqlite).load(files: [lines.path]).failed, 0)
        let expected = try Self.answers(sqlite)
        // The questions find something: an empty answer on both stores proves nothing.
        for key in ["search 外链", "search 网", "figures min 100", "quotes 工信部", "quotes pinyin", "timeline 工信部", "timeline policy"] {
            XCTAssertFalse(["[]", ""].contains(expected[key]), "\(key) found nothing on SQLite")
        }
        // Entries of every role but the timeline's own are compared too (Event.Role, the events' role column).
        for role in [Event.Role.baseline, .window] {
            XCTAssertTrue(expected["timeline all"]?.contains("role: NewsKB.Event.Role.\(role)") ?? false, "no \(role) entry on SQLite")
        }
        XCTAssertFalse(expected["timeline newsworthy"]?.contains("role: NewsKB.Event.Role.baseline") ?? true)

        guard let url = ProcessInfo.processInfo.environment["NEWSKB_TEST_POSTGRES_URL"], !url.isEmpty else {
            throw XCTSkip("NEWSKB_TEST_POSTGRES_URL is not set: no PostgreSQL server to compare with (scripts/postgres-test-server.sh starts one)")
        }
        try PostgresKnowledgeBase(url: url).dropEverything()
        let postgres = try PostgresKnowledgeBase(url: url)
        let summary = try postgres.load(files: [lines.path])
        XCTAssertEqual(summary.failed, 0, "\(summary.failures)")
        XCTAssertEqual(summary.added, try sqlite.statistics().articles)
        let answers = try Self.answers(postgres)
        for key in expected.keys.sorted() { XCTAssertEqual(answers[key], expected[key], key) }

        // Incremental like SQLite: the same lines again change nothing.
        let again = try postgres.load(files: [lines.path])
        XCTAssertEqual(again.added + again.updated, 0)
        XCTAssertEqual(again.unchanged, summary.added)
        XCTAssertEqual(try Self.answers(postgres)["stats"], expected["stats"])
    }
}
