import Foundation
import XCTest

/// Issue 17, case 6: a write that fails is one error line and a non-zero exit; a reader
/// that goes away ends the run quietly.
final class CheckedOutputTests: XCTestCase {
    private func run(_ arguments: [String], stdout: FileHandle) throws -> (status: Int32, stderr: String) {
        let process = try Paths.newskbProcess(arguments)
        let errors = Pipe()
        process.standardOutput = stdout
        process.standardError = errors
        try process.run()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    /// /dev/full as the device (a build that renamed a file over it leaves a regular file).
    private static func requireDevFull() throws {
        let type = try? FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType
        try XCTSkipUnless(type == .typeCharacterSpecial, "/dev/full is not the full device on this system")
    }

    private func knowledgeBase() throws -> String {
        let path = try Paths.temporaryFolder(self).appendingPathComponent("kb.sqlite").path
        XCTAssertEqual(try MalformedInputTests.runCLI(["ingest", "--db", path, Paths.corpus.path]).status, 0)
        return path
    }

    func testAFullDiskOnStandardOutputIsAnError() throws {
        try Self.requireDevFull()
        let db = try knowledgeBase()
        for command in [["quotes", "--format", "csv"], ["stats"], ["timeline", "--out", "-"]] {
            let full = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
            let result = try run(command + ["--db", db], stdout: full)
            XCTAssertEqual(result.status, 3, "\(command): \(result.stderr)")
            XCTAssertEqual(result.stderr, "newskb: error: cannot write standard output: No space left on device\n", "\(command)")
        }
        let extract = try run(["extract", Paths.seed.path], stdout: try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full")))
        XCTAssertEqual(extract.status, 3, extract.stderr)
    }

    func testAFullDiskUnderTimelineOutIsAnErrorAndNotWrote() throws {
        try Self.requireDevFull()
        let db = try knowledgeBase()
        let result = try MalformedInputTests.runCLI(["timeline", "--db", db, "--out", "/dev/full"])
        XCTAssertEqual(result.status, 3, result.stderr)
        XCTAssertEqual(result.stderr, "newskb: error: cannot write /dev/full: No space left on device\n")
    }

    func testATimelineFileIsReplacedWhole() throws {
        let db = try knowledgeBase()
        let out = try Paths.temporaryFolder(self).appendingPathComponent("timeline.md")
        try "old".write(to: out, atomically: true, encoding: .utf8)
        let result = try MalformedInputTests.runCLI(["timeline", "--db", db, "--out", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(try String(contentsOf: out, encoding: .utf8).hasPrefix("# Timeline"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path), ["timeline.md"],
                       "no temporary file left")
    }

    /// Without --out, the Markdown goes beside the knowledge base it renders: another --db never
    /// overwrites the project's output/timeline.md.
    func testATimelineOfAnotherKnowledgeBaseGoesBesideIt() throws {
        let db = try knowledgeBase()
        let result = try MalformedInputTests.runCLI(["timeline", "--db", db])
        XCTAssertEqual(result.status, 0, result.stderr)
        let beside = URL(fileURLWithPath: db).deletingLastPathComponent().appendingPathComponent("timeline.md")
        XCTAssertTrue(try String(contentsOf: beside, encoding: .utf8).hasPrefix("# Timeline"))
        XCTAssertTrue(result.stderr.contains(beside.path), result.stderr)
    }

    /// `extract | head` with SIGPIPE ignored: write(2) fails with EPIPE, which ends the run
    /// quietly instead of crashing.
    func testAClosedPipeWithSigpipeIgnoredEndsQuietly() throws {
        let binary = try Paths.newskbProcess([]).executableURL!.path
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", "trap '' PIPE; \"$0\" extract \"$1\" \"$1\" \"$1\" | head -c 10 >/dev/null; echo \"${PIPESTATUS[0]}\"",
                           binary, Paths.corpus.path]
        let out = Pipe(), err = Pipe()
        shell.standardOutput = out
        shell.standardError = err
        try shell.run()
        let status = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        XCTAssertEqual(status.trimmingCharacters(in: .whitespacesAndNewlines), "141", stderr)
        XCTAssertEqual(stderr, "", "no crash, no error line")
    }
}
