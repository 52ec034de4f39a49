import Foundation
import NewsKB
import XCTest

final class TimelineOutputTests: XCTestCase {
    /// output/timeline.md is what `newskb ingest corpus && newskb timeline --topic 互联互通` writes.
    func testCommittedTimelineMatchesCorpus() throws {
        let folder = try Paths.temporaryFolder(self)
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        let summary = try Ingester(knowledgeBase: kb).run(paths: [Paths.corpus.path])
        XCTAssertEqual(summary.failures, [])
        let markdown = try TimelineRender.markdown(kb, EventFilter(topicKeywords: Topics.keywords(for: "互联互通"), newsworthyOnly: true),
                                               title: "Timeline: 互联互通", corpus: ["corpus"],
                                               linksFrom: Paths.packageRoot.appendingPathComponent("output"))
        let committed = try String(contentsOf: Paths.packageRoot.appendingPathComponent("output/timeline.md"), encoding: .utf8)
        XCTAssertEqual(markdown, committed, "output/timeline.md is stale: run `swift run newskb ingest corpus && swift run newskb timeline --topic 互联互通`")
    }
}

/// Story views of the Markdown timeline: counts per month, and one section per actor.
final class TimelineViewTests: XCTestCase {
    private func entry(_ day: String, _ precision: Event.Precision, _ headline: String, actors: [String]) throws -> TimelineEntry {
        let start = try XCTUnwrap(Day(iso: day))
        let end = precision == .year ? Day(year: start.year, month: 12, day: 31) : start
        return TimelineEntry(start: start, end: end, precision: precision, dateText: day, summary: headline, actors: actors,
                             documents: [], policy: false,
                             sources: [.init(title: "星河日报", published: day, path: "a.md", root: "/c", dateText: day, summary: headline)])
    }

    func testEachYearOpensWithItsCountsPerMonth() throws {
        let entries = [try entry("2021-01-01", .year, "星河公司全年营收增长", actors: ["星河公司"]),
                       try entry("2021-07-05", .day, "蓝湾局启动整治", actors: ["蓝湾局"]),
                       try entry("2021-09-13", .day, "蓝湾局召开发布会", actors: ["蓝湾局"]),
                       try entry("2021-09-17", .day, "星河公司调整规则", actors: ["星河公司"])]
        let markdown = TimelineRender.markdown(entries, title: "T", corpus: ["c"], asOf: "2021-12-01", linksFrom: URL(fileURLWithPath: "/c"))
        XCTAssertTrue(markdown.contains("## 2021\n\nPer month: 07 ×1 · 09 ×2; 1 dated only to the year, a half or a quarter."), markdown)
    }

    func testByActorGivesOneSectionPerActorInDateOrder() throws {
        let entries = [try entry("2021-07-05", .day, "蓝湾局启动整治", actors: ["蓝湾局"]),
                       try entry("2021-09-13", .day, "蓝湾局与星河公司座谈", actors: ["蓝湾局", "星河公司"]),
                       try entry("2021-10-01", .day, "新规施行", actors: [])]
        let markdown = TimelineRender.markdown(entries, title: "T", corpus: ["c"], asOf: "2021-12-01", linksFrom: URL(fileURLWithPath: "/c"), by: .actor)
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }
        XCTAssertEqual(headings, ["## 蓝湾局 (2)", "## 星河公司 (1)", "## Without a named actor (1)"])
        let section = try XCTUnwrap(markdown.range(of: "## 蓝湾局 (2)")).upperBound
        let first = try XCTUnwrap(markdown.range(of: "蓝湾局启动整治", range: section..<markdown.endIndex)).lowerBound
        let second = try XCTUnwrap(markdown.range(of: "蓝湾局与星河公司座谈", range: section..<markdown.endIndex)).lowerBound
        XCTAssertLessThan(first, second)
    }
}
