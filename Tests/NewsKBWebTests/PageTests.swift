import Foundation
import Hummingbird
import HummingbirdTesting
import NewsKB
@testable import NewsKBWeb
import XCTest

/// The speaker, figures, search and article pages and the JSON API, through the router.
final class PageTests: XCTestCase {
    var kb: KnowledgeBase { get throws { try WebFixture.knowledgeBase().reader } }

    func get(_ path: String, _ query: [(String, String?)] = []) async throws -> (status: HTTPResponse.Status, body: String) {
        let app = WebServer.application(try kb, port: 0)
        let uri = Href(path, query: query).value
        return try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { ($0.status, String(buffer: $0.body)) }
        }
    }

    /// The speaker names a page links to, in order.
    func linkedSpeakers(_ body: String) -> [String] {
        body.components(separatedBy: "<a href=\"/speakers/").dropFirst().compactMap { part in
            part.split(separator: ">", maxSplits: 1).last.map { String($0.prefix { $0 != "<" }) }
        }
    }

    func testSpeakerIndexMatchesAsQuotesSpeakerDoes() async throws {
        for query in ["杨益锐", "益锐", "yang yirui", "YangYirui"] {
            let page = try await get("/speakers", [("speaker", query)])
            XCTAssertEqual(page.status, .ok)
            XCTAssertEqual(linkedSpeakers(page.body), ["杨益锐"], query)
        }
        let expected = Set(try kb.quotes(QuoteFilter(speaker: "工信部", limit: 1000)).map(\.speaker.name))
        XCTAssertFalse(expected.isEmpty)
        let short = try await get("/speakers", [("speaker", "工信部")]), long = try await get("/speakers", [("speaker", "工业和信息化部")])
        XCTAssertEqual(linkedSpeakers(short.body), linkedSpeakers(long.body))
        XCTAssertTrue(linkedSpeakers(short.body).contains("工业和信息化部"), short.body)
        let byAffiliation = try await get("/speakers", [("affiliation", "众诚智库")])
        XCTAssertEqual(linkedSpeakers(byAffiliation.body), ["杨益锐"])
        let bad = try await get("/speakers", [("kind", "robot")])
        XCTAssertEqual(bad.status, .badRequest)
    }

    func testSpeakerPageShowsRolesChartAndQuotes() async throws {
        let page = try await get("/speakers/杨益锐")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("<h1>杨益锐 "), page.body)
        XCTAssertTrue(page.body.contains("<td>分析师</td><td>众诚智库</td><td>2021-12-06</td><td>2021-12-06</td>"), page.body)
        XCTAssertTrue(page.body.contains("<svg class=\"chart\""))
        XCTAssertTrue(page.body.contains("<title>2021-12: 5</title>"), page.body)
        XCTAssertEqual(page.body.components(separatedBy: "<blockquote").count - 1, 5)
        XCTAssertTrue(page.body.contains("href=\"/articles/"))
        let missing = try await get("/speakers/无此人")
        XCTAssertEqual(missing.status, .notFound)
    }

    func testSpeakerKeysNameTheSameSpeakerAcrossOpenings() throws {
        let kb = try kb
        for record in try kb.speakers(limit: 1000) {
            let key = try XCTUnwrap(kb.speakerKey(record.id))
            XCTAssertEqual(try kb.speakerID(forKey: key), record.id, key)
        }
        XCTAssertNil(try kb.speakerID(forKey: "杨益锐~2"))
    }

    func testHostileSpeakerPageIsText() async throws {
        let page = try await get("/speakers/" + WebFixture.hostileSpeaker)
        XCTAssertEqual(page.status, .ok)
        XCTAssertFalse(page.body.contains("<img"), page.body)
        XCTAssertTrue(page.body.contains("林&quot;青&#39;山&lt;img src=x onerror="), page.body)
    }

    func testFiguresPageFiltersAsTheCommandLine() async throws {
        let page = try await get("/figures", [("unit", "元"), ("min", "1000亿")])
        XCTAssertEqual(page.status, .ok)
        let expected = try kb.figures(FigureFilter(unit: "元", min: FigureQuantity.parse("1000亿")))
        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(page.body.components(separatedBy: "<tr><td>").count - 1, expected.count)
        XCTAssertTrue(page.body.contains("3000亿–7000亿"), page.body)
        let all = try await get("/figures")
        XCTAssertTrue(all.body.contains("<svg class=\"chart\""), all.body)
        XCTAssertTrue(all.body.contains("<circle class=\"point\"") || all.body.contains("<line class=\"range\""))
        let bad = try await get("/figures", [("min", "lots")])
        XCTAssertEqual(bad.status, .badRequest)
        XCTAssertTrue(bad.body.contains("min=lots"))
    }

    func testSearchPageHighlightsTwoCharacterWordsAndPages() async throws {
        let page = try await get("/search", [("q", "外链")])
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("<mark class=\"hit\">外链</mark>"), page.body)
        XCTAssertTrue(page.body.contains("href=\"/articles/"))
        // A one-character word has more hits than a page holds.
        let first = try await get("/search", [("q", "的")]), second = try await get("/search", [("q", "的"), ("page", "2")])
        XCTAssertTrue(first.body.contains("rel=\"next\""))
        XCTAssertTrue(second.body.contains("rel=\"prev\""))
        XCTAssertTrue(second.body.contains("<ol class=\"hits\" start=\"51\">"), second.body)
        let hits = try kb.search("的", limit: 100)
        XCTAssertTrue(second.body.contains(Site.highlight(hits[50].sentence, ["的"]).raw))
        XCTAssertEqual(Site.highlight("A<b>外链", ["外链", "b"]).raw, "A&lt;<mark class=\"hit\">b</mark>&gt;<mark class=\"hit\">外链</mark>")
    }

    func testArticlePageMarksExtractionsInPlace() async throws {
        let kb = try kb
        let hit = try XCTUnwrap(kb.search("杨益锐", limit: 1).first)
        let page = try await get("/articles/\(hit.articleID)")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("<mark class=\"quote\" title=\"杨益锐（众诚智库 分析师）\">"), page.body)
        XCTAssertTrue(page.body.contains("<span class=\"speaker-tag\">— 杨益锐（众诚智库 分析师）</span>"))
        XCTAssertTrue(page.body.contains("<mark class=\"figure\""))
        XCTAssertTrue(page.body.contains("<mark class=\"event\""))
        XCTAssertTrue(page.body.contains("<dt>date</dt>"), page.body)
        for uri in ["/articles/999999", "/articles/abc"] {
            let missing = try await get(uri)
            XCTAssertEqual(missing.status, .notFound, uri)
        }
    }

    func testMarksNestAndNeverCross() {
        let marks = [Site.Mark(text: "甲说3000亿元", kind: "quote", label: "q", tag: nil),
                     Site.Mark(text: "3000亿元", kind: "figure", label: "f", tag: nil),
                     Site.Mark(text: "元乙", kind: "event", label: "e", tag: nil)]
        XCTAssertEqual(Site.marked("甲说3000亿元乙<", marks).raw,
                       "<mark class=\"quote\" title=\"q\">甲说<mark class=\"figure\" title=\"f\">3000亿元</mark></mark>乙&lt;")
    }

    func testHostileArticlePageIsText() async throws {
        let hit = try XCTUnwrap(try kb.search("星河平台", limit: 1).first)
        let page = try await get("/articles/\(hit.articleID)")
        XCTAssertEqual(page.status, .ok)
        XCTAssertFalse(page.body.contains("<script"), page.body)
        XCTAssertFalse(page.body.contains("<img"), page.body)
        XCTAssertFalse(page.body.contains("href=\"javascript:"), page.body)
        XCTAssertTrue(page.body.contains("<dd>javascript:alert(&#39;u&#39;)</dd>"), page.body)
    }

    func testAPIIsTheCommandLinesJSON() async throws {
        let kb = try kb
        let cases: [(String, [(String, String?)], String)] = [
            ("/api/quotes", [("speaker", "yang yirui")], try kb.quotes(QuoteFilter(speaker: "yang yirui")).table.render(.json)),
            ("/api/quotes", [("speaker", "腾讯"), ("group", "1")], try kb.statements(QuoteFilter(speaker: "腾讯")).table.render(.json)),
            ("/api/quotes", [("affiliation", "艾媒"), ("explain", "1")],
             try kb.quotes(QuoteFilter(affiliation: "艾媒")).explainedTable.render(.json)),
            ("/api/speakers", [("name", "工信部")], try kb.speakers(name: "工信部", limit: 50).table.render(.json)),
            ("/api/figures", [("unit", "元"), ("min", "1000亿")],
             try kb.figures(FigureFilter(unit: "元", min: FigureQuantity.parse("1000亿"))).table.render(.json)),
            ("/api/events", [("actor", "工信部"), ("policy", "1")],
             try kb.timeline(EventFilter(actor: "工信部", policyOnly: true, limit: 50)).eventTable.render(.json)),
            ("/api/timeline", [("topic", "互联互通"), ("from", "2021-09")],
             TimelineRender.json(try kb.timeline(EventFilter(from: "2021-09-01", topicKeywords: Topics.keywords(for: "互联互通"),
                                                             newsworthyOnly: true)))),
        ]
        for (path, query, expected) in cases {
            let page = try await get(path, query)
            XCTAssertEqual(page.status, .ok, path)
            XCTAssertEqual(page.body, expected, "\(path) \(query)")
            XCTAssertTrue(page.body.count > 10, path)
        }
        for (path, query) in [("/api/quotes", [("group", "1"), ("explain", "1")]), ("/api/figures", [("max", "x")]),
                              ("/api/events", [("from", "2021-13")]), ("/api/speakers", [("speaker", "x")])] {
            let page = try await get(path, query)
            XCTAssertEqual(page.status, .badRequest, path)
            XCTAssertTrue(page.body.hasPrefix("{\"error\":"), page.body)
        }
    }
}
