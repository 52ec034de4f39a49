import Foundation
@testable import NewsKB
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
        let rows = try kb.figures(FigureFilter(unit: "元", min: FigureQuantity.parse("1000亿"), limit: 100)).table.rows
        let texts = rows.map { $0[0] }
        XCTAssertTrue(texts.contains("3000亿元至7000亿元"))
        XCTAssertTrue(texts.contains("近7000亿元"))
        XCTAssertTrue(rows.allSatisfy { $0[2] == "元" })
        let small = try kb.figures(FigureFilter(unit: "元", max: FigureQuantity.parse("1万"), limit: 100)).table.rows
        XCTAssertFalse(small.map { $0[0] }.contains("近7000亿元"))
    }

    func testFiguresAboutASubjectAndHostileFilters() throws {
        let about = try kb.figures(FigureFilter(about: "月活", limit: 100)).table.rows
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

    func testQuotesBySpeakerNamePinyinAndAffiliation() throws {
        let full = try kb.quotes(QuoteFilter(speaker: "盘和林", limit: 100))
        XCTAssertEqual(full.count, 4)
        XCTAssertTrue(full.allSatisfy { $0.speaker.title == "执行院长" && $0.speaker.affiliation == "中南财经政法大学数字经济研究院" })
        for form in ["和林", "pan he lin", "panhelin", "Pan Helin", "PAN HE LIN"] {
            XCTAssertEqual(try kb.quotes(QuoteFilter(speaker: form, limit: 100)), full, form)
        }
        let yang = try kb.quotes(QuoteFilter(speaker: "yang yirui", limit: 100))
        XCTAssertEqual(Set(yang.map(\.speaker.name)), ["杨益锐"])
        XCTAssertEqual(yang, try kb.quotes(QuoteFilter(speaker: "益锐", limit: 100)))
        let byAffiliation = try kb.quotes(QuoteFilter(affiliation: "艾媒", limit: 100))
        XCTAssertEqual(Set(byAffiliation.map(\.speaker.name)), ["张毅"])
        XCTAssertTrue(try kb.quotes(QuoteFilter(kind: .anonymous, limit: 100)).allSatisfy { $0.speaker.kind == .anonymous })
        let sheet = full.quoteSheet
        XCTAssertTrue(sheet.hasPrefix("# Quote sheet\n\n## 盘和林 — 中南财经政法大学数字经济研究院 执行院长\n"))
    }

    func testOnePersonAcrossArticles() throws {
        let rows = try kb.speakers(kind: .person, limit: 100).table.rows
        let zhao = rows.filter { $0[0] == "赵志国" }
        XCTAssertEqual(zhao.count, 1, "one person despite 工信部、信息通信管理局 vs 工信部信息通信管理局: \(zhao)")
        XCTAssertGreaterThan(Int(zhao.first?[5] ?? "0") ?? 0, 1, "quoted in several articles")
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

final class SpeakerLinkTests: XCTestCase {
    func testAffiliationCompatibility() {
        XCTAssertTrue(Link.compatible("艾媒咨询", "艾媒咨询集团"))
        XCTAssertTrue(Link.compatible("工信部、信息通信管理局", "工信部信息通信管理局"))
        XCTAssertTrue(Link.compatible("中国人民大学数字经济治理研究中心", "中国人民大学"))
        XCTAssertFalse(Link.compatible("腾讯研究院", "北京大学"))
        XCTAssertFalse(Link.compatible("浙江大学", "北京大学"))
    }
}

final class JSONColumnTests: XCTestCase {
    func testHandWrittenJSONRoundTrips() throws {
        let values = ["普通", "引号\"和\\反斜杠", "换行\n制表\t回车\r", "控制\u{01}\u{1F}", "</script>", ""]
        XCTAssertEqual(JSON.strings(JSON.text(values)), values)
        let object = ["b": "2\"", "a": "1\n"]
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(JSON.text(object).utf8))
        XCTAssertEqual(decoded, object)
        XCTAssertEqual(JSON.text(object), #"{"a":"1\n","b":"2\""}"#)
    }
}
