import Foundation
import GRDB
@testable import NewsKB
import XCTest

/// Event roles (Event.Role, decided by EventRole.of): a baseline, a window, a condition or a
/// reference period is an event of `newskb events` and of the JSONL, but makes no entry the
/// timeline shows without --all.
final class EventRoleTests: XCTestCase {
    static let published = PublicationDate.parse("2021-11-01T02:00:00Z")

    static func events(_ text: String) -> [Event] {
        EventExtractor.extract(Article(path: "x.md", title: "x", published: published, blocks: [Block(.paragraph, text)]))
    }

    /// event-nonevents.txt: each example's event has the entry's role; a `none` word keeps an event.
    func testEveryLexiconExampleHasItsRole() throws {
        for entry in try Lexicon.load("event-nonevents").entries {
            let example = try XCTUnwrap(entry.example)
            let events = Self.events(example + "。")
            XCTAssertFalse(events.isEmpty, example)
            let role = Event.Role(rawValue: entry.fields[1]) ?? .event
            XCTAssertTrue(events.contains { $0.role == role }, "\(entry.key): \(example) → \(events.map(\.role))")
            if entry.fields[1] == "none" { XCTAssertTrue(events.allSatisfy { $0.role == .event }, "\(entry.key): \(example)") }
            if role == .reference {
                for event in events where event.role == .reference {
                    XCTAssertTrue(event.actors.isEmpty && !event.policy && event.documents.isEmpty, "\(entry.key): \(example) → \(event)")
                }
            }
        }
    }

    /// The four kinds, each with what would put it in the timeline otherwise: an actor, a date, a penalty.
    static let kinds: [(text: String, dateText: String, role: Event.Role)] = [
        ("10月8日，星河公司公布三季度营收，较2020年同期增长三成。", "2020年同期", .baseline),
        ("若星河公司在2022年1月1日前未完成整改，蓝湾市监管局将依法处罚。", "2022年1月1日前", .condition),
        ("蓝湾市监管局表示，对违法企业可处上一年度营业额百分之三以下罚款。", "上一年度", .reference),
        ("9月17日至9月21日，星河平台日均订单量约为调整前的1.8倍。", "9月17日至9月21日", .window),
    ]

    func testEachKindIsAnEventWithItsRole() throws {
        for kind in Self.kinds {
            let events = Self.events(kind.text)
            let event = try XCTUnwrap(events.first { $0.dateText == kind.dateText }, "\(kind.text) → \(events.map(\.dateText))")
            XCTAssertEqual(event.role, kind.role, kind.text)
        }
        // What happened in the same sentences stays an event.
        XCTAssertEqual(Self.events(Self.kinds[0].text).first?.role, .event)
        // A baseline keeps its actor (scored), as before roles.
        XCTAssertEqual(Self.events(Self.kinds[0].text).first { $0.role == .baseline }?.actors, ["星河公司"])
        // 若干 is no 若; one day is no window for 日均.
        XCTAssertEqual(Self.events("若干家企业于2021年5月完成整改。").map(\.role), [.event])
        XCTAssertEqual(Self.events("而一周前，星河平台日均订单量仅为疫情前的两成。").map(\.role), [.event])
    }

    /// The JSONL carries the role as an extra key; a line without one reads as an event.
    func testRoleRoundTripsThroughTheJSONLine() throws {
        let event = try XCTUnwrap(Self.events(Self.kinds[1].text).first { $0.role == .condition })
        let data = try JSONEncoder().encode(event)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["role"] as? String, "condition")
        XCTAssertEqual(try JSONDecoder().decode(Event.self, from: data), event)
        var old = object
        old.removeValue(forKey: "role")
        let decoded = try JSONDecoder().decode(Event.self, from: JSONSerialization.data(withJSONObject: old))
        XCTAssertEqual(decoded.role, .event)
    }

    /// Stored in events and timeline_entries; the timeline leaves them out unless --all; ingest and
    /// load of the same article give the same rows.
    func testTimelineLeavesThemOutUnlessAll() throws {
        let folder = try Paths.temporaryFolder(self)
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for (index, kind) in Self.kinds.enumerated() {
            let text = "---\ntitle: 星河观察\(index)\nsource: 星河日报\ndate: 2021-11-01T10:00:00+08:00\n---\n<p>\(kind.text)</p>\n"
            try text.write(to: articles.appendingPathComponent("a\(index).md"), atomically: true, encoding: .utf8)
        }
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        XCTAssertEqual(try Ingester(knowledgeBase: kb).run(paths: [articles.path]).failures, [])
        let stored = try kb.read { db in try Row.fetchAll(db, sql: "SELECT date_text, role FROM events").map { "\($0[0] as String) \($0[1] as String)" } }
        for kind in Self.kinds { XCTAssertTrue(stored.contains("\(kind.dateText) \(kind.role.rawValue)"), "\(kind.dateText): \(stored)") }

        let shown = try kb.timeline(EventFilter(newsworthyOnly: true))
        for kind in Self.kinds { XCTAssertFalse(shown.contains { $0.dateText == kind.dateText }, "\(kind.dateText) is in the timeline") }
        XCTAssertTrue(shown.allSatisfy { $0.role == .event })
        let all = try kb.timeline(EventFilter())
        for kind in Self.kinds {
            XCTAssertEqual(all.first { $0.dateText == kind.dateText }?.role, kind.role, "\(kind.dateText) is missing with --all")
        }
        // `newskb events` shows the role.
        let table = all.eventTable
        let roleColumn = try XCTUnwrap(table.columns.firstIndex(of: "role"))
        XCTAssertEqual(Set(table.rows.map { $0[roleColumn] }), ["", "baseline", "condition", "reference", "window"])

        // The same through `newskb extract` lines and `newskb load`.
        let lines = folder.appendingPathComponent("lines.jsonl")
        let result = try MalformedInputTests.runCLI(["extract", articles.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        try Data(result.stdout.utf8).write(to: lines)
        let loaded = try KnowledgeBase(path: folder.appendingPathComponent("loaded.sqlite").path)
        XCTAssertEqual(try Ingester(knowledgeBase: loaded).load(files: [lines.path]).failed, 0)
        XCTAssertEqual(try loaded.timeline(EventFilter()).map(\.role), all.map(\.role))
        XCTAssertEqual(try loaded.timeline(EventFilter(newsworthyOnly: true)).count, shown.count)
    }
}
