import Foundation
import GRDB
@testable import NewsKB
import XCTest

/// A knowledge base written by an older newskb opens with its data intact under the
/// current schema.
final class SchemaMigrationTests: XCTestCase {
    func testVersionOneBaseKeepsItsRowsAndStaysSearchable() throws {
        let path = try Paths.temporaryFolder(self).appendingPathComponent("v1.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v1: articles, text, extractions, entities")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO articles (id, root, path, content_hash, extraction_version, size, title, published_day, ingested_at)
                    VALUES (7, '/r', 'a.md', 'h', 'old', 10, '标题', '2021-12-06', 'now');
                INSERT INTO paragraphs (article_id, idx, kind, text) VALUES
                    (7, 0, 'paragraph', '微信开放外链。第二句话在这里。'), (7, 1, 'heading', '互联互通');
                INSERT INTO sentences (article_id, paragraph, idx, text) VALUES (7, 0, 0, '微信开放外链。');
                INSERT INTO quotes (article_id, paragraph, mode, cue, text, speaker_name, speaker_kind, speaker_title,
                                    speaker_affiliation) VALUES (7, 0, 'direct', '说', '开放', '张三', 'person', '', '');
                INSERT INTO events (article_id, paragraph, date_text, start, end, precision, actors, documents, summary, policy)
                    VALUES (7, 0, '9月17日', '2021-09-17', '2021-09-17', 'day', '["工信部"]', '[]', '约谈', 1);
                """)
        }
        try queue.close()

        let kb = try KnowledgeBase(path: path)
        XCTAssertEqual(try kb.search("外链", limit: 10).table.rows, [["2021-12-06", "标题", "a.md", "0", "微信开放外链。"]])
        XCTAssertEqual(try kb.search("互联互通", limit: 10).table.rows.map { $0[3] }, ["1"])
        XCTAssertEqual(try kb.search("这里", limit: 10).table.rows.map { $0[4] }, ["第二句话在这里。"],
                       "a paragraph answers with the sentence that holds the word")
        let stats = try kb.statistics()
        XCTAssertEqual([stats.articles, stats.paragraphs, stats.quotes, stats.events], [1, 2, 1, 1])
        try kb.write { db in try Link.rebuild(db) }
        XCTAssertEqual(try kb.quotes(QuoteFilter(speaker: "张三", limit: 5)).count, 1)
        XCTAssertEqual(try kb.timeline(EventFilter()).map(\.summary), ["约谈"])
        try kb.read { db in
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
            XCTAssertFalse(try db.tableExists("sentences"))
        }
        XCTAssertEqual(try kb.integrityCheck(), "ok")
    }
}

/// "v4: event roles": a base from before roles upgrades; its events and entries are events.
final class EventRoleMigrationTests: XCTestCase {
    func testVersionThreeBaseGetsEventRoles() throws {
        let path = try Paths.temporaryFolder(self).appendingPathComponent("v3.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v3: duplicate articles, statements, sieves, name keys")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO articles (id, root, path, content_hash, extraction_version, size, title, published_day, ingested_at)
                    VALUES (7, '/r', 'a.md', 'h', 'old', 10, '标题', '2021-12-06', 'now');
                INSERT INTO timeline_entries (id, start, end, precision, date_text, summary, actors, documents, policy, sources)
                    VALUES (3, '2021-09-17', '2021-09-17', 'day', '9月17日', '约谈', '["工信部"]', '[]', 1, 1);
                INSERT INTO events (article_id, paragraph, date_text, start, end, precision, actors, documents, summary, policy, entry_id)
                    VALUES (7, 0, '9月17日', '2021-09-17', '2021-09-17', 'day', '["工信部"]', '[]', '约谈', 1, 3);
                INSERT OR REPLACE INTO kb_state (key, value) VALUES ('derived', 'fresh');
                """)
        }
        try queue.close()

        let kb = try KnowledgeBase(path: path)
        XCTAssertEqual(try kb.timeline(EventFilter(newsworthyOnly: true)).map(\.role), [.event])
        try kb.read { db in
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT role FROM events"), ["event"])
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT role FROM timeline_entries"), ["event"])
        }
        try kb.write { db in try Link.rebuild(db) }
        XCTAssertEqual(try kb.timeline(EventFilter(newsworthyOnly: true)).map(\.summary), ["约谈"])
        XCTAssertThrowsError(try kb.write { db in try db.execute(sql: "UPDATE events SET role = 'rumour'") },
                             "the column takes the roles only")
        XCTAssertEqual(try kb.integrityCheck(), "ok")
    }
}
