import Foundation
import GRDB
@testable import NewsKB
import XCTest

/// Issue 17, "Smaller": paths past the system's limit, --max out of range, a stale knowledge
/// base, `show` on a directory, and the exit statuses.
final class SmallerCasesTests: XCTestCase {
    /// Folders nested past PATH_MAX (made with *at calls, as no full path can name them), an
    /// article at the bottom: reported in one line, never skipped in silence, and a prune
    /// keeps what is stored beneath.
    func testAPathPastTheSystemLimitIsAnErrorLine() throws {
        let folder = try Paths.temporaryFolder(self)
        let root = folder.appendingPathComponent("c")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try IngestIsolationTests.article("虚构新闻", "正文。").write(to: root.appendingPathComponent("top.md"), atomically: true, encoding: .utf8)
        let name = String(repeating: "d", count: 250)
        var descriptor = open(root.path, O_RDONLY | O_DIRECTORY)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        for _ in 0..<18 {
            XCTAssertEqual(mkdirat(descriptor, name, 0o755), 0)
            let next = openat(descriptor, name, O_RDONLY | O_DIRECTORY)
            close(descriptor)
            descriptor = next
        }
        let file = openat(descriptor, "deep.md", O_WRONLY | O_CREAT, 0o644)
        XCTAssertGreaterThanOrEqual(file, 0)
        close(file)
        close(descriptor)
        addTeardownBlock { Self.removeTree(root.path) }

        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        let summary = try Ingester(knowledgeBase: kb, options: .init(prune: true)).run(paths: [root.path])
        XCTAssertEqual(summary.added, 1)
        XCTAssertEqual(summary.failures.count, 1, "\(summary.failures)")
        XCTAssertTrue(summary.failures[0].reason.hasPrefix("path too long ("), summary.failures[0].reason)
        XCTAssertTrue(summary.failures[0].reason.hasSuffix("the system allows \(PATH_MAX - 1)); nothing beneath it is pruned"))

        let long = root.path + String(repeating: "/" + name, count: 18)
        let cli = try MalformedInputTests.runCLI(["ingest", "--db", kb.path, long])
        XCTAssertTrue(cli.stderr.contains("path too long"), cli.stderr)
    }

    func testMaxPastTheRepresentableRangeIsAUsageError() throws {
        let db = try Paths.temporaryFolder(self).appendingPathComponent("kb.sqlite").path
        for (option, value) in [("--max", "1e400"), ("--max", String(repeating: "9", count: 44) + "亿"), ("--min", "1e39"), ("--min", "-1e39")] {
            let result = try MalformedInputTests.runCLI(["figures", "\(option)=\(value)", "--db", db])
            XCTAssertEqual(result.status, 1, "\(option) \(value)")
            XCTAssertTrue(result.stderr.contains("\(option) \(value): out of range (figures have at most 38 digits)"), result.stderr)
        }
        XCTAssertTrue(try MalformedInputTests.runCLI(["figures", "--max", "abc", "--db", db]).stderr.contains("not a number"))
    }

    func testAStaleKnowledgeBaseSaysSoInQueries() throws {
        let db = try Paths.temporaryFolder(self).appendingPathComponent("kb.sqlite").path
        XCTAssertEqual(try MalformedInputTests.runCLI(["ingest", "--db", db, Paths.seed.path]).status, 0)
        XCTAssertEqual(try MalformedInputTests.runCLI(["stats", "--db", db]).stderr, "")
        // What an ingest killed between storing and linking leaves.
        let queue = try DatabaseQueue(path: db)
        try queue.write { try Link.markStale($0) }
        try queue.close()
        let stale = try MalformedInputTests.runCLI(["quotes", "--db", db])
        XCTAssertEqual(stale.status, 0)
        XCTAssertEqual(stale.stderr, "newskb: warning: \(KnowledgeBase.staleWarning)\n")
        XCTAssertEqual(try MalformedInputTests.runCLI(["ingest", "--db", db, Paths.seed.path]).status, 0)
        XCTAssertEqual(try MalformedInputTests.runCLI(["stats", "--db", db]).stderr, "", "the next ingest links")
    }

    func testShowOnADirectorySaysADirectory() throws {
        let folder = try Paths.temporaryFolder(self)
        let result = try MalformedInputTests.runCLI(["show", folder.path])
        XCTAssertEqual(result.status, 3)
        XCTAssertEqual(result.stderr, "newskb: error: \(folder.lastPathComponent): a directory, not an article file\n")
    }

    func testUsageErrorsExitOneAndRuntimeFailuresThree() throws {
        let db = try Paths.temporaryFolder(self).appendingPathComponent("missing.sqlite").path
        XCTAssertEqual(try MalformedInputTests.runCLI(["stats", "--no-such-option"]).status, 1)
        XCTAssertEqual(try MalformedInputTests.runCLI(["figures", "--max", "abc"]).status, 1)
        XCTAssertEqual(try MalformedInputTests.runCLI(["stats", "--db", db]).status, 3)
    }

    /// Removes a tree too deep for any path to name, one level at a time.
    private static func removeTree(_ path: String) {
        func clear(_ descriptor: Int32) {
            guard let directory = fdopendir(dup(descriptor)) else { return }
            var names: [(String, Bool)] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name != "." && name != ".." { names.append((name, entry.pointee.d_type == DT_DIR)) }
            }
            closedir(directory)
            for (name, isDirectory) in names {
                if isDirectory {
                    let inner = openat(descriptor, name, O_RDONLY | O_DIRECTORY)
                    if inner >= 0 { clear(inner); close(inner) }
                    unlinkat(descriptor, name, AT_REMOVEDIR)
                } else {
                    unlinkat(descriptor, name, 0)
                }
            }
        }
        let descriptor = open(path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        clear(descriptor)
        close(descriptor)
    }
}
