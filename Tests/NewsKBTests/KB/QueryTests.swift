import Foundation
import NewsKB
import XCTest

/// Queries over a knowledge base built from corpus/ (once for the whole class).
final class QueryTests: XCTestCase {
    nonisolated(unsafe) static var kb: KnowledgeBase!
    nonisolated(unsafe) static var folder: URL!

    override class func setUp() {
        super.setUp()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("newskb-query-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        kb = try! KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        let summary = try! Ingester(knowledgeBase: kb).run(paths: [Paths.corpus.path])
        precondition(summary.failures.isEmpty, "\(summary.failures)")
    }

    override class func tearDown() {
        kb = nil
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }

    var kb: KnowledgeBase { Self.kb }

    func testFiguresAboveAHundredBillionYuanIncludeTheSeedRanges() throws {
        let rows = try kb.figures(FigureFilter(unit: "元", min: FigureQuantity.parse("1000亿"), limit: 100)).rows
        let texts = rows.map { $0[0] }
        XCTAssertTrue(texts.contains("3000亿元至7000亿元"))
        XCTAssertTrue(texts.contains("近7000亿元"))
        XCTAssertTrue(rows.allSatisfy { $0[2] == "元" })
        let small = try kb.figures(FigureFilter(unit: "元", max: FigureQuantity.parse("1万"), limit: 100)).rows
        XCTAssertFalse(small.map { $0[0] }.contains("近7000亿元"))
    }

    func testFiguresAboutASubjectAndHostileFilters() throws {
        let about = try kb.figures(FigureFilter(about: "月活", limit: 100)).rows
        XCTAssertTrue(about.contains { $0[0] == "12.5亿" })
        for hostile in ["\"", "'", "*", "NEAR(", "OR", ""] {
            XCTAssertNoThrow(try kb.figures(FigureFilter(unit: hostile, about: hostile, speaker: hostile, limit: 5)))
        }
    }

    func testTimelineMergesOneEventToldByManyArticles() throws {
        let entries = try kb.timeline(EventFilter(topicKeywords: Topics.keywords(for: "互联互通"), newsworthyOnly: true))
        let seed = "000_1a5ce6cf14fa0d5b.txt"
        func entry(_ start: String, _ precision: Event.Precision) -> TimelineEntry? {
            entries.first { $0.start.iso == start && $0.precision == precision && $0.sources.contains { $0.path == seed } }
        }
        let campaign = try XCTUnwrap(entry("2021-07-01", .month), "the July 2021 campaign")
        XCTAssertTrue(campaign.actors.contains("工信部"))
        XCTAssertGreaterThanOrEqual(campaign.sources.count, 2)
        let statement = try XCTUnwrap(entry("2021-09-17", .day), "WeChat's 9月17日 statement")
        XCTAssertTrue(statement.documents.contains("关于〈微信外部链接内容管理规范〉调整的声明"))
        XCTAssertGreaterThanOrEqual(statement.sources.count, 2)
        let recent = try XCTUnwrap(entry("2021-11-30", .approx), "the seed's 近日")
        XCTAssertEqual(recent.end.iso, "2021-12-06")
        XCTAssertEqual(Set(entries.map { "\($0.start)|\($0.end)|\($0.precision)|\($0.summary)" }).count, entries.count)
        XCTAssertTrue(entries.allSatisfy { entry in Set(entry.sources.map(\.path)).count == entry.sources.count })
    }

    func testTimelineJSONFormats() throws {
        let entries = try kb.timeline(EventFilter(actor: "微信", newsworthyOnly: true))
        XCTAssertFalse(entries.isEmpty)
        XCTAssertTrue(entries.allSatisfy { $0.actors.contains { $0.contains("微信") } })
        let timelineJS = try JSONSerialization.jsonObject(with: Data(TimelineRender.timelineJS(entries, title: "t").utf8)) as? [String: Any]
        XCTAssertEqual((timelineJS?["events"] as? [Any])?.count, entries.count)
        let json = try JSONSerialization.jsonObject(with: Data(TimelineRender.json(entries).utf8)) as? [[String: Any]]
        XCTAssertEqual(json?.count, entries.count)
    }
}
