import Foundation
import GRDB
@testable import NewsKB
import XCTest

/// Issue 17, cases 8 and 9: queries never write, refuse other files with one line, and a
/// knowledge base that lost its -wal says so.
final class ReadOnlyQueryTests: XCTestCase {
    func testAQueryOnAnotherApplicationsDatabaseRefusesAndWritesNothing() throws {
        let folder = try Paths.temporaryFolder(self)
        let foreign = folder.appendingPathComponent("other.sqlite").path
        let queue = try DatabaseQueue(path: foreign)
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello')") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        for command in [["stats"], ["quotes"], ["search", "微信"], ["ingest", Paths.seed.path]] {
            let result = try MalformedInputTests.runCLI(command + ["--db", foreign])
            XCTAssertEqual(result.status, 3, "\(command)")
            XCTAssertEqual(result.stderr, "newskb: error: \(foreign) is not a newskb knowledge base; it was left untouched (give --db a new file to make one)\n")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: foreign)), before, "not a byte written")
        XCTAssertFalse(FileManager.default.fileExists(atPath: foreign + "-wal"), "not switched to WAL")
    }

    func testAQueryOnAnEmptyFileMakesNoKnowledgeBase() throws {
        let path = try Paths.temporaryFolder(self).appendingPathComponent("empty.sqlite").path
        FileManager.default.createFile(atPath: path, contents: Data())
        let result = try MalformedInputTests.runCLI(["stats", "--db", path])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.stderr.contains("is not a newskb knowledge base"), result.stderr)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, 0)
        // ingest may still make a knowledge base of an empty file.
        XCTAssertEqual(try MalformedInputTests.runCLI(["ingest", "--db", path, Paths.seed.path]).status, 0)
    }

    func testANewerSchemaIsRefusedByQueriesAndIngest() throws {
        let path = try Paths.temporaryFolder(self).appendingPathComponent("kb.sqlite").path
        XCTAssertEqual(try MalformedInputTests.runCLI(["ingest", "--db", path, Paths.seed.path]).status, 0)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')") }
        try queue.close()
        for command in [["stats"], ["ingest", Paths.seed.path]] {
            let result = try MalformedInputTests.runCLI(command + ["--db", path])
            XCTAssertEqual(result.status, 3)
            XCTAssertTrue(result.stderr.contains("was made by a newer newskb"), result.stderr)
        }
    }

    func testAQueryLeavesTheKnowledgeBaseFileAsItWas() throws {
        let folder = try Paths.temporaryFolder(self)
        let path = folder.appendingPathComponent("kb.sqlite").path
        XCTAssertEqual(try MalformedInputTests.runCLI(["ingest", "--db", path, Paths.seed.path]).status, 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try MalformedInputTests.runCLI(["stats", "--db", path, "--format", "csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("articles,1"), result.stdout)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }

    /// Case 9: the pages a deleted -wal held are gone; the message says what happened.
    func testAKnowledgeBaseWhoseWalWasDeletedSaysHowToRebuild() throws {
        let folder = try Paths.temporaryFolder(self)
        let path = folder.appendingPathComponent("kb.sqlite").path
        XCTAssertEqual(try MalformedInputTests.runCLI(["ingest", "--db", path, Paths.seed.path]).status, 0)
        let lost = folder.appendingPathComponent("lost.sqlite").path
        try FileManager.default.copyItem(atPath: path, toPath: lost)
        // Then the schema grows past its first page, and only the new first page reaches the
        // copy: what a -wal deleted in the middle of a checkpoint leaves behind.
        let pool = try DatabasePool(path: path)
        try pool.write { db in
            for number in 0..<200 {
                try db.execute(sql: "CREATE TABLE padding_\(number) (a TEXT, b TEXT, c TEXT, \(String(repeating: "x", count: 40))_\(number) TEXT)")
            }
        }
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try pool.close()
        let newer = try Data(contentsOf: URL(fileURLWithPath: path))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: lost))
        try handle.write(contentsOf: newer.prefix(4096))
        try handle.close()
        let result = try MalformedInputTests.runCLI(["stats", "--db", lost])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.stderr.contains("is damaged: its -wal file was probably deleted"), result.stderr)
        XCTAssertTrue(result.stderr.contains("newskb ingest PATH --db NEW.sqlite"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
    }
}
