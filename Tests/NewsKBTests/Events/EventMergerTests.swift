import Foundation
import XCTest
@testable import NewsKB

final class EventMergerTests: XCTestCase {
    private func event(_ start: String, _ end: String, _ precision: Event.Precision, actors: [String] = [],
                       documents: [String] = [], summary: String) -> Event {
        Event(dateText: "x", start: Day(iso: start)!, end: Day(iso: end)!, precision: precision,
              actors: actors, documents: documents, summary: summary, paragraph: 0)
    }

    func testGroupsTheSameEventToldByTwoArticles() {
        let events: [(event: Event, articleID: Int64)] = [
            (event("2021-09-17", "2021-09-17", .day, actors: ["微信"], documents: ["关于〈微信外部链接内容管理规范〉调整的声明"],
                   summary: "微信曾发布《关于〈微信外部链接内容管理规范〉调整的声明》"), 1),
            (event("2021-07-01", "2021-07-31", .month, actors: ["工信部"], summary: "工信部启动了为期半年的互联网行业专项整治行动"), 1),
            // Same day, same document, other wording: one entry.
            (event("2021-09-17", "2021-09-17", .day, documents: ["关于〈微信外部链接内容管理规范〉调整的声明"],
                   summary: "腾讯旗下平台公布新的外链规则"), 2),
            // Same month and actor as the campaign: one entry.
            (event("2021-07-01", "2021-07-31", .month, actors: ["工信部"], summary: "工信部开展互联网行业专项整治"), 3),
            // Same month, nothing in common: separate.
            (event("2021-07-01", "2021-07-31", .month, actors: ["阿里巴巴"], summary: "阿里巴巴发布财报"), 3),
            // Same summary but a different day: separate.
            (event("2021-09-18", "2021-09-18", .day, actors: ["微信"], summary: "微信曾发布《关于〈微信外部链接内容管理规范〉调整的声明》"), 4),
            // Similar summary, no shared actor, same range: one entry with the campaign.
            (event("2021-07-01", "2021-07-31", .month, summary: "启动了为期半年的互联网行业专项整治行动"), 5),
        ]
        XCTAssertEqual(EventMerger.merge(events), [[0, 2], [1, 3, 6], [4], [5]])
    }

    func testEventsOfOneArticleAreNotMergedWithEachOther() {
        let same = event("2021-01-01", "2021-06-30", .half, summary: "上半年平台交易额持续稳定增长")
        XCTAssertEqual(EventMerger.merge([(same, 7), (same, 7)]), [[0], [1]])
        XCTAssertEqual(EventMerger.merge([(same, 7), (same, 8)]), [[0, 1]])
    }

    func testSamePrecisionIsRequired() {
        let a = event("2021-11-30", "2021-12-06", .approx, actors: ["微信"], summary: "微信发布声明")
        var b = a
        b.precision = .day
        XCTAssertEqual(EventMerger.merge([(a, 1), (b, 2)]), [[0], [1]])
        XCTAssertEqual(EventMerger.merge([]), [])
    }
}
