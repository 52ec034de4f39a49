import Foundation
import XCTest

/// The command line as a user meets it: exit statuses and the documented output forms.
final class CommandLineTests: XCTestCase {
    func testExitStatuses() throws {
        let folder = try Paths.temporaryFolder(self)
        let db = folder.appendingPathComponent("kb.sqlite").path
        XCTAssertEqual(try MalformedInputTests.runCLI(["quotes", "--limit", "0", "--db", db]).status, 1, "usage error")
        XCTAssertEqual(try MalformedInputTests.runCLI(["no-such-command"]).status, 1, "usage error")
        for help in [["--help"], ["help"], ["quotes", "--help"], ["help", "bench", "extractors"]] {
            let shown = try MalformedInputTests.runCLI(help)
            XCTAssertEqual(shown.status, 0, "\(help)")
            XCTAssertTrue((shown.stdout + shown.stderr).contains("USAGE:"), "\(help): \(shown.stdout)\(shown.stderr)")
            XCTAssertFalse(shown.stderr.contains("error"), "\(help): \(shown.stderr)")
        }
        let missing = try MalformedInputTests.runCLI(["search", "微信", "--db", db])
        XCTAssertEqual(missing.status, 3, "a runtime failure")
        XCTAssertTrue(missing.stderr.contains("no knowledge base at"), missing.stderr)
        XCTAssertEqual(try MalformedInputTests.runCLI(["ingest", "--db", db, Paths.seed.path]).status, 0)
        let found = try MalformedInputTests.runCLI(["search", "外链", "--db", db, "--format", "jsonl"])
        XCTAssertEqual(found.status, 0)
        XCTAssertEqual(found.stdout.split(separator: "\n").count, 10)
    }

    func testExtractPrintsTheSeedContract() throws {
        let result = try MalformedInputTests.runCLI(["extract", Paths.seed.deletingLastPathComponent().appendingPathComponent("000_1a5ce6cf14fa0d5b.txt").path])
        XCTAssertEqual(result.status, 0)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 1)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual(object["file"] as? String, "000_1a5ce6cf14fa0d5b.txt")
        XCTAssertEqual(object["published"] as? String, "2021-12-06T14:20:00Z")
        XCTAssertEqual(object["source"] as? String, "证券时报网")
        XCTAssertEqual(object["categories"] as? [String], ["金融", "证券时报网", "要闻"])
        XCTAssertEqual((object["quotes"] as? [Any])?.count, 21)
        XCTAssertEqual((object["figures"] as? [Any])?.count, 5)
        XCTAssertEqual((object["events"] as? [Any])?.count, 5)
    }

    func testExtractReadsOneArticleFromStandardInput() throws {
        let process = try Paths.newskbProcess(["extract", "-"])
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(try Data(contentsOf: Paths.seed))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object["file"] as? String, "-")
        XCTAssertEqual((object["quotes"] as? [Any])?.count, 21)
    }
}
