import Foundation
import GRDB
@testable import NewsKB
import XCTest

/// The writer's C-level inserts store values exactly as GRDB would, and fail the way GRDB
/// fails: with a DatabaseError that names the constraint.
final class PreparedInsertTests: XCTestCase {
    func testValuesRoundTripAndConstraintsFailWithTheirMessage() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL, maybe TEXT, number REAL, flag INTEGER)")
            let insert = try PreparedInsert(db, "INSERT INTO t (text, maybe, number, flag) VALUES (?, ?, ?, ?)")
            let texts = ["", "微信开放外链", "含\u{0}空字符", "emoji 🙂 and \"quotes\""]
            var ids: [Int64] = []
            for (index, text) in texts.enumerated() {
                insert.bind(text)
                insert.bind(index.isMultiple(of: 2) ? nil : text as String?)
                insert.bind(Double(index) / 4)
                insert.bind(index == 1)
                ids.append(try insert.run())
            }
            XCTAssertEqual(ids, [1, 2, 3, 4], "run() returns each new rowid")
            let rows = try Row.fetchAll(db, sql: "SELECT text, maybe, number, flag FROM t ORDER BY id")
            try db.execute(sql: "CREATE TABLE viaGRDB (text TEXT NOT NULL)")
            for text in texts { try db.execute(sql: "INSERT INTO viaGRDB (text) VALUES (?)", arguments: [text]) }
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT quote(text) FROM t ORDER BY id"),
                           try String.fetchAll(db, sql: "SELECT quote(text) FROM viaGRDB ORDER BY rowid"),
                           "stored byte for byte as GRDB stores it (a text ends at a NUL)")
            XCTAssertEqual(rows.map { $0[0] as String }, ["", texts[1], "含", texts[3]], "an empty string stays empty, not NULL")
            XCTAssertEqual(rows.map { $0[1] as String? }, [nil, texts[1], nil, texts[3]])
            XCTAssertEqual(rows.map { $0[2] as Double }, [0, 0.25, 0.5, 0.75])
            XCTAssertEqual(rows.map { $0[3] as Int }, [0, 1, 0, 0])

            insert.bind(nil as String?)
            insert.bind(nil as String?)
            insert.bind(0.0)
            insert.bind(false)
            XCTAssertThrowsError(try insert.run()) { error in
                let failure = error as? DatabaseError
                XCTAssertEqual(failure?.resultCode, .SQLITE_CONSTRAINT)
                XCTAssertTrue(failure?.message?.contains("NOT NULL constraint failed: t.text") ?? false, "\(error)")
            }
            insert.bind("again")
            insert.bind(nil as String?)
            insert.bind(1.0)
            insert.bind(true)
            XCTAssertEqual(try insert.run(), 5, "a failed run leaves the statement usable")
        }
    }
}
