import Foundation
import GRDB
import NewsKB
import XCTest

/// An upgrade (here: an edited lexicon) must reach the knowledge base: the next ingest
/// re-extracts unchanged files, ends with the rows of a fresh ingest, and the one after it
/// finds nothing to do. Run as processes: the extraction version is read once per process.
final class ReextractionTests: XCTestCase {
    private func ingest(_ database: URL, lexicon: URL?) throws -> String {
        let process = try Paths.newskbProcess(["ingest", "--db", database.path, Paths.corpus.path])
        var environment = ProcessInfo.processInfo.environment
        environment["NEWSKB_LEXICON_DIR"] = lexicon?.path
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        return text
    }

    private func counts(_ database: URL) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: database.path)
        return try queue.read { db in
            var counts: [String: Int] = [:]
            for table in ["articles", "quotes", "figures", "events", "timeline_entries", "people"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")
            }
            counts["cue 认为"] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quotes WHERE cue = '认为'")
            counts["old versions"] = try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT extraction_version) FROM articles")
            return counts
        }
    }

    func testEditedLexiconReextractsUnchangedFiles() throws {
        let folder = try Paths.temporaryFolder(self)
        let lexicon = folder.appendingPathComponent("lexicon")
        try FileManager.default.copyItem(at: Lexicon.directory, to: lexicon)
        let verbs = lexicon.appendingPathComponent("speech-verbs.txt")
        let kept = try String(contentsOf: verbs, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("认为\t") }
        try kept.joined(separator: "\n").write(to: verbs, atomically: true, encoding: .utf8)

        let upgraded = folder.appendingPathComponent("k.sqlite")
        let files = CorpusWalker.files(under: Paths.corpus).files.count
        XCTAssertTrue(try ingest(upgraded, lexicon: nil).contains("\(files) added"))
        let before = try counts(upgraded)
        XCTAssertGreaterThan(before["cue 认为"] ?? 0, 0, "corpus/ quotes someone with 认为")

        let second = try ingest(upgraded, lexicon: lexicon)
        XCTAssertTrue(second.contains("\(files) re-extracted"), second)

        let fresh = folder.appendingPathComponent("new.sqlite")
        _ = try ingest(fresh, lexicon: lexicon)
        let after = try counts(upgraded)
        XCTAssertEqual(after, try counts(fresh), "a re-extracted base equals a fresh one")
        XCTAssertEqual(after["old versions"], 1)
        XCTAssertEqual(after["cue 认为"], 0)

        let third = try ingest(upgraded, lexicon: lexicon)
        XCTAssertTrue(third.contains("\(files) unchanged"), third)
        XCTAssertFalse(third.contains("re-extracted"), third)
    }
}
