import Foundation
import XCTest
@testable import NewsKB

final class EventExtractorTests: XCTestCase {
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The user's sample article: in corpus/ when the checkout has it, else in ../shared/seeds.
    private func seedArticle() throws -> Article {
        let candidates = [
            Self.packageRoot.appendingPathComponent("corpus/000_1a5ce6cf14fa0d5b.txt"),
            Self.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds/000_1a5ce6cf14fa0d5b.txt"),
        ]
        guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw XCTSkip("seed article not present (looked in corpus/ and ../shared/seeds)")
        }
        return try ArticleReader.read(fileAt: url, relativePath: url.lastPathComponent)
    }

    func testSeedHasExactlyTheFiveGoldEvents() throws {
        let events = EventExtractor.extract(try seedArticle())
        let got = events.map { "\($0.dateText) \($0.start.iso)..\($0.end.iso) \($0.precision.rawValue)" }
        XCTAssertEqual(got, [
            "近日 2021-11-30..2021-12-06 approx",
            "9月17日 2021-09-17..2021-09-17 day",
            "今年7月份 2021-07-01..2021-07-31 month",
            "9月份 2021-09-01..2021-09-30 month",
            "今年“双11” 2021-11-11..2021-11-11 day",
        ])
        XCTAssertEqual(events[1].documents, ["关于〈微信外部链接内容管理规范〉调整的声明"])
        XCTAssertTrue(events[0].actors.contains("微信"))
        XCTAssertTrue(events[2].actors.contains("工信部"))
        XCTAssertTrue(events[2].policy, "a ministry launching a campaign is a policy event")
        XCTAssertTrue(events[2].summary.contains("工信部启动了为期半年的互联网行业专项整治行动"))
        XCTAssertFalse(events[4].policy)
    }

    private func article(_ paragraphs: [String], published: String) -> Article {
        Article(path: "x.md", title: "x", published: PublicationDate.parse(published),
                blocks: paragraphs.map { Block(.paragraph, $0) })
    }

    func testAClauseThatOnlyOpensAStatementIsSummarizedWithIt() {
        let events = EventExtractor.extract(article([
            "星河科技当日回应称，将在一周内完成整改。",
            "据海城日报5日消息，近日，蓝湾市商务局约谈了三家平台，要求整改。",
        ], published: "2021-09-20T02:00:00Z"))
        XCTAssertEqual(events.map(\.dateText), ["当日", "5日", "近日"])
        XCTAssertEqual(events[0].summary, "星河科技当日回应称，将在一周内完成整改")
        XCTAssertEqual(events[0].actors, ["星河科技"], "the statement is summarized, the actor stays the speaker")
        XCTAssertEqual(events[1].summary, "据海城日报5日消息，近日，蓝湾市商务局约谈了三家平台")
        XCTAssertEqual(EventHeadline.make(summary: events[1].summary, dateText: "5日", actors: []), "蓝湾市商务局约谈了三家平台",
                       "the source frame and the second time word are dropped from the headline")
    }

    func testADateThenASceneIsSummarizedWithWhatHappenedThere() {
        let events = EventExtractor.extract(article([
            "5 月 6 日，在海城数字论坛上，星河研究院发布了年度报告。",
        ], published: "2022-05-08T02:00:00Z"))
        XCTAssertEqual(events.map(\.summary), ["5 月 6 日，在海城数字论坛上，星河研究院发布了年度报告"])
    }

    func testAClockTimeOrANumberWithACommaEndsNoClause() {
        let events = EventExtractor.extract(article([
            "星河商城发言人表示，从 3 月 8 日上午 10:00 开始发售纪念品。",
            "星河商城 3 月 9 日共售出 1,200 件纪念品，创下纪录。",
        ], published: "2022-03-10T02:00:00Z"))
        XCTAssertEqual(events.map(\.dateText), ["3 月 8 日上午", "3 月 9 日"])
        XCTAssertEqual(events.map(\.summary), ["从 3 月 8 日上午 10:00 开始发售纪念品", "星河商城 3 月 9 日共售出 1,200 件纪念品"])
    }

    func testAnaphoraLooksBackOneParagraphAtMost() {
        let events = EventExtractor.extract(article([
            "9月13日，监管部门约谈了多家平台。",
            "阿里巴巴当日回应称将积极整改。",
            "无关的一段。",
            "公司当天宣布完成融资。",
        ], published: "2021-09-20T02:00:00Z"))
        XCTAssertEqual(events.map(\.dateText), ["9月13日", "当日", "当天"])
        XCTAssertEqual(events[1].start.iso, "2021-09-13")
        XCTAssertEqual(events[2].start.iso, "2021-09-20", "no date in this or the previous paragraph: the publication day")
    }

    func testSameYearAndNextYearPointBackPastAParagraph() {
        let events = EventExtractor.extract(article([
            "2020年6月初，青禾留学生小林因航班取消滞留海外。",
            "他多次尝试购票未果。",
            "同年7月，小林回国后被警方带走。次年3月，法院作出判决。",
            "无关的一段。",
            "无关的又一段。",
            "当年他还是个学生。",
        ], published: "2021-08-17T03:00:00Z"))
        XCTAssertEqual(events.map(\.dateText), ["2020年6月初", "同年7月", "次年3月"])
        XCTAssertEqual(events[1].start.iso, "2020-07-01")
        XCTAssertEqual(events[2].start.iso, "2021-03-01")
    }

    func testAReportYearIsWhat本年度AndReportPeriodMean() {
        let events = EventExtractor.extract(article([
            "星辰娱乐2021年度营收增长两成。",
            "2022年公司将推出三款新品。",
            "版号停发影响了公司，本年度游戏收入下滑7%，报告期内发行的两款游戏表现平平。",
        ], published: "2022-04-20T00:00:00Z"))
        XCTAssertEqual(events.map { "\($0.dateText) \($0.start.iso)" },
                       ["2021年度 2021-01-01", "2022年 2022-01-01", "本年度 2021-01-01", "报告期内 2021-01-01"])
    }

    func testATitleWrittenAgainOutsideItsBracketsKeepsItsYear() {
        let events = EventExtractor.extract(article([
            "星海消费者协会24日发布《2021年十大消费热点》。",
            "“2021年十大消费热点”具体情况如下。",
            "2021年4月，一名车主在展会维权。",
        ], published: "2022-01-24T05:00:00Z"))
        XCTAssertEqual(events.map(\.dateText), ["24日", "2021年4月"])
    }

    /// 老周一肚子怨气: 周 after a familiar prefix (name-prefixes.txt) is a surname, no weekday.
    func testAFamiliarSurnameZhouIsNoWeekday() {
        let events = EventExtractor.extract(article(["出租车司机老周一肚子怨气。", "小周三年前来到星海。"], published: "2021-12-08T02:00:00Z"))
        XCTAssertEqual(events.map(\.dateText), ["三年前"])
    }

    /// 周一鸣 is a quoted person, not a Monday; a spokesperson speaking 周一 still dates an event.
    func testAWeekdayOpeningAQuotedNameIsNoEvent() {
        let article = article([
            "星海大学法学院副教授周一鸣指出，平台应承担更多责任。",
            "星海市商务局新闻发言人周一表示，将继续整治。",
        ], published: "2021-12-08T02:00:00Z")
        let events = EventExtractor.extract(article, quotes: QuoteExtractor.extract(article))
        XCTAssertEqual(events.map { "\($0.dateText) \($0.start.iso)" }, ["周一 2021-12-06"])
    }

    func testCreditsAndChartTitlesHoldNoEvents() {
        let events = EventExtractor.extract(article([
            "图片来源：2020年星河娱乐白皮书",
            "2021年一季度星河投资版图 制图：青禾研究院",
            "4月5日，游客在星海公园赏花。青禾社发 张三/摄",
        ], published: "2021-07-26T00:00:00Z"))
        XCTAssertEqual(events.map(\.dateText), ["4月5日"])
    }

    func testDatesInsideTitlesAreNotEventsButTheTitleIsADocument() {
        let events = EventExtractor.extract(article([
            "商务部、工信部等5部门近日印发《关于推进平台经济发展的三年规划（2021—2023年）》。",
        ], published: "2022-04-13T02:31:00Z"))
        XCTAssertEqual(events.map(\.dateText), ["近日"])
        XCTAssertEqual(events[0].documents, ["关于推进平台经济发展的三年规划（2021—2023年）"])
        XCTAssertTrue(events[0].actors.contains("工信部"))
        XCTAssertTrue(events[0].policy)
    }

    func testActorsBySuffix() {
        let events = EventExtractor.extract(article([
            "2009 年，欧盟普通法院驳回了英特尔的上诉。",
        ], published: "2022-01-26T05:29:28Z"))
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(events[0].actors.first, "欧盟普通法院", "the acting court comes first; the object 英特尔 is a known organization too")
        XCTAssertTrue(events[0].policy)
    }

    func testNoPublicationDateMeansNoEvents() {
        let article = Article(path: "x.md", title: "x", blocks: [Block(.paragraph, "9月17日，微信发布声明。")])
        XCTAssertEqual(EventExtractor.extract(article), [])
    }

    func testDevCorpusExtractsWithoutCrashingAndQuickly() throws {
        let root = Self.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus-real")
        guard FileManager.default.fileExists(atPath: root.path) else {
            throw XCTSkip("../shared/corpus-real is not present next to this checkout")
        }
        var count = 0
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "md" else { continue }
            guard let article = try? ArticleReader.read(fileAt: url, relativePath: url.lastPathComponent) else { continue }
            for event in EventExtractor.extract(article) {
                XCTAssertLessThanOrEqual(event.start, event.end, "\(url.lastPathComponent): \(event.dateText)")
                XCTAssertFalse(event.dateText.isEmpty)
                count += 1
            }
        }
        XCTAssertGreaterThan(count, 100)
    }
}
