import Foundation
import GRDB
import NewsKB
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Bad input next to good articles: every bad file is either ingested sensibly or reported
/// in exactly one failure line naming it and the reason; every good article is ingested.
/// The committed fixtures and their expectations are in Fixtures/malformed/; the big, binary
/// and file-system oddities are generated here in a temporary folder.
final class MalformedInputTests: XCTestCase {
    struct Expectation: Decodable {
        enum Outcome: String, Decodable { case ingested, failed, either }
        var outcome: Outcome
        var reason: String?
        var title: String?
        var warning: String?
        var present: [String]?
        var absent: [String]?
    }

    private static let runningAsRoot = geteuid() == 0

    func testBadFilesAreReportedOnceAndGoodOnesAllIngest() throws {
        let folder = try Paths.temporaryFolder(self)
        let articles = folder.appendingPathComponent("articles")
        let manager = FileManager.default
        try manager.copyItem(at: Paths.corpus, to: articles)
        let good = CorpusWalker.files(under: articles).files.map(\.relativePath)
        XCTAssertGreaterThanOrEqual(good.count, 10, "corpus/ holds the good articles")

        var expectations = try Self.committedFixtures(into: articles.appendingPathComponent("malformed"))
        for (name, expectation) in try Self.generatedFixtures(into: articles.appendingPathComponent("generated")) {
            expectations["generated/" + name] = expectation
        }
        XCTAssertGreaterThanOrEqual(expectations.count, 40)

        let database = folder.appendingPathComponent("kb.sqlite").path
        let kb = try KnowledgeBase(path: database)
        let summary = try Ingester(knowledgeBase: kb, options: .init(jobs: 2, batchSize: 16)).run(paths: [articles.path])

        // Exactly one failure line per failed file, each naming the file and a reason.
        let failedPaths = summary.failures.map(\.path)
        XCTAssertEqual(failedPaths.count, Set(failedPaths).count, "one line per file: \(failedPaths)")
        XCTAssertTrue(summary.failures.allSatisfy { !$0.reason.isEmpty && !$0.description.contains("\n") }, "\(summary.failures)")
        XCTAssertTrue(summary.failures.contains { $0.description == "generated/line\\nbreak.md: \($0.reason)" })
        let stored = try Self.storedArticles(kb)

        for path in good {
            XCTAssertNotNil(stored[path], "good article \(path) was not ingested")
            XCTAssertFalse(failedPaths.contains(path), "good article \(path) failed")
        }
        var expectedFailures = 0, expectedIngested = good.count
        for (path, expectation) in expectations.sorted(by: { $0.key < $1.key }) {
            let failure = summary.failures.first { $0.path == path }
            let article = stored[path]
            XCTAssertTrue((failure == nil) != (article == nil),
                          "\(path): must be either ingested or reported, not both or neither (failure: \(failure?.reason ?? "none"))")
            switch expectation.outcome {
            case .failed:
                expectedFailures += 1
                XCTAssertNotNil(failure, "\(path) should have been reported")
                if let reason = expectation.reason, let failure {
                    XCTAssertTrue(failure.reason.contains(reason), "\(path): reason \"\(failure.reason)\" lacks \"\(reason)\"")
                }
            case .ingested:
                expectedIngested += 1
                guard let article else {
                    XCTFail("\(path) should have been ingested, failed with: \(failure?.reason ?? "?")")
                    continue
                }
                if let title = expectation.title { XCTAssertEqual(article.title, title, path) }
                if let warning = expectation.warning {
                    XCTAssertTrue(summary.warnings.contains { $0.path == path && $0.reason.contains(warning) },
                                  "\(path): no warning containing \"\(warning)\" in \(summary.warnings.filter { $0.path == path })")
                }
                for text in expectation.present ?? [] {
                    XCTAssertTrue(article.body.contains(text), "\(path): body lacks \"\(text)\"")
                }
                for text in expectation.absent ?? [] {
                    XCTAssertFalse(article.body.contains(text), "\(path): body has \"\(text)\"")
                }
            case .either:
                if failure != nil { expectedFailures += 1 } else { expectedIngested += 1 }
            }
        }

        // The summary counts both sides; nothing is silently dropped.
        XCTAssertEqual(summary.failed, expectedFailures, "failures: \(summary.failures)")
        XCTAssertEqual(summary.added, expectedIngested)
        XCTAssertEqual(summary.added + summary.failed, summary.files + summary.failures.filter { Self.isWalkProblem($0.reason) }.count)
        XCTAssertEqual(try kb.integrityCheck(), "ok")

        // The CLI prints the same failures, one line each, and --strict exits 2.
        let cli = try Self.runCLI(["ingest", "--strict", "--db", folder.appendingPathComponent("cli.sqlite").path, articles.path])
        XCTAssertEqual(cli.status, 2, cli.stderr)
        let errorLines = cli.stderr.split(separator: "\n").filter { $0.hasPrefix("newskb: error: ") }
        XCTAssertEqual(errorLines.count, summary.failed, cli.stderr)
        for failure in summary.failures {
            XCTAssertTrue(errorLines.contains { $0 == "newskb: error: \(failure.description)" }, failure.description)
        }
        XCTAssertTrue(cli.stdout.contains("\(summary.added) added"), cli.stdout)
        XCTAssertTrue(cli.stdout.contains("\(summary.failed) failed"), cli.stdout)
    }

    /// The walk reports symlink loops and broken links itself; they are never listed as files.
    private static func isWalkProblem(_ reason: String) -> Bool {
        reason.contains("symbolic link") || reason.contains("not valid UTF-8")
    }

    func testAFileThatVanishesAfterListingIsAReadFailure() throws {
        let folder = try Paths.temporaryFolder(self)
        let url = folder.appendingPathComponent("gone.md")
        try "---\ntitle: 将被删除\n---\n<p>正文。</p>\n".write(to: url, atomically: true, encoding: .utf8)
        let listed = CorpusWalker.files(under: folder).files
        XCTAssertEqual(listed.map(\.relativePath), ["gone.md"])
        try FileManager.default.removeItem(at: url)
        // The read path the ingester uses for every listed file.
        XCTAssertThrowsError(try ArticleReader.bytes(ofFileAt: listed[0].url, relativePath: "gone.md")) { error in
            XCTAssertEqual("\(error)", "gone.md: cannot read file: No such file or directory")
        }
        XCTAssertThrowsError(try ArticleReader.read(fileAt: listed[0].url, relativePath: "gone.md"))
    }

    // MARK: Fixtures

    private static func committedFixtures(into destination: URL) throws -> [String: Expectation] {
        let source = Paths.fixture("malformed")
        let data = try Data(contentsOf: source.appendingPathComponent("expectations.json"))
        let expectations = try JSONDecoder().decode([String: Expectation].self, from: data)
        try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
        var result: [String: Expectation] = [:]
        for (name, expectation) in expectations {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: destination.appendingPathComponent(name))
            result["malformed/" + name] = expectation
        }
        return result
    }

    private static func article(_ title: String, _ body: String, date: String = "2021-12-06 10:00:00") -> String {
        "---\ntitle: \(title)\ndate: \(date)\ncategories: [测试]\n---\n\(body)\n"
    }

    private static func generatedFixtures(into folder: URL) throws -> [String: Expectation] {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        var result: [String: Expectation] = [:]
        func write(_ name: String, _ bytes: [UInt8], _ expectation: Expectation) throws {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
            result[name] = expectation
        }
        func ingested(title: String? = nil, warning: String? = nil, present: [String]? = nil) -> Expectation {
            Expectation(outcome: .ingested, title: title, warning: warning, present: present)
        }
        func failed(_ reason: String) -> Expectation { Expectation(outcome: .failed, reason: reason) }
        let sample = article("编码测试", "<p>微信开放外链，互联互通迈出一步。</p>")

        // Size and depth.
        let paragraph = "<p>" + String(repeating: "微信开放外链，互联互通迈出一步。", count: 20) + "</p>\n"
        let hugeBody = String(repeating: paragraph, count: 20 * 1_048_576 / paragraph.utf8.count + 1)
        try write("huge-20mb.md", Array(article("很大", hugeBody).utf8), failed("file too large"))
        let deep = String(repeating: "<div>", count: 10_000) + "深处的文字。" + String(repeating: "</div>", count: 10_000)
        try write("deep-nesting-10000.md", Array(article("很深", "<p>开头。</p>" + deep + "<p>结尾。</p>").utf8),
                  ingested(title: "很深", present: ["开头。", "深处的文字。", "结尾。"]))
        let unclosed = String(repeating: "<div><span><b><table><tr><td>", count: 10_000)
        try write("deep-unclosed-10000.md", Array(article("很深未闭合", "<p>开头。</p>" + unclosed + "最深处。").utf8),
                  ingested(title: "很深未闭合", present: ["开头。", "最深处。"]))

        // Yams recursed once per level: 10,000 nested brackets overflowed a worker's stack.
        try write("yaml-nested-100000.md", Array(("---\ntitle: " + String(repeating: "[", count: 100_000) + "\n---\n<p>正文。</p>\n").utf8),
                  failed("nested more than"))
        try write("yaml-block-nested-300.md", Array(("---\n" + (0..<300).map { String(repeating: " ", count: $0) + "a:\n" }.joined()
                                                      + "---\n<p>正文。</p>\n").utf8), failed("nested more than"))
        try write("yaml-nested-20.md", Array(("---\ntitle: 嵌套\nx: " + String(repeating: "[", count: 20) + String(repeating: "]", count: 20)
                                               + "\n---\n<p>正文。</p>\n").utf8), ingested(title: "嵌套"))

        // Binary and broken encodings.
        var generator = SeededBytes(seed: 6)
        try write("binary-with-nul.md", (0..<4096).map { _ in generator.next() } + [0], failed("binary data"))
        try write("png-renamed.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52],
                  failed("binary data"))
        var invalid = Array(sample.utf8)
        invalid.insert(contentsOf: [0xFF, 0xC3, 0x28, 0xE2, 0x82], at: invalid.count - 12)
        try write("invalid-utf8.md", invalid, ingested(title: "编码测试", warning: "U+FFFD", present: ["互联互通"]))
        try write("high-bytes-no-nul.md", (0..<2048).map { index in index % 7 == 0 ? 0xFF : 0x80 | generator.next() },
                  Expectation(outcome: .ingested, warning: "U+FFFD"))
        try write("gb18030.md", try Self.encode(sample, as: "GB18030"),
                  ingested(title: "编码测试", warning: "GB18030", present: ["微信开放外链，互联互通迈出一步。"]))
        try write("gbk-title-only.md", try Self.encode("---\ntitle: 国标编码标题\n---\n<p>国标编码正文。</p>\n", as: "GBK"),
                  ingested(title: "国标编码标题", present: ["国标编码正文。"]))
        try write("bom-utf8.md", [0xEF, 0xBB, 0xBF] + Array(sample.utf8), ingested(title: "编码测试", present: ["互联互通"]))
        try write("bom-utf16le.md", [0xFF, 0xFE] + Array(sample.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                  ingested(title: "编码测试", present: ["互联互通"]))
        try write("bom-utf16be.md", [0xFE, 0xFF] + Array(sample.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] },
                  ingested(title: "编码测试", present: ["互联互通"]))
        try write("bom-utf16le-odd-length.md", [0xFF, 0xFE, 0x41, 0x00, 0x42], Expectation(outcome: .either))

        // Line endings and control characters.
        try write("crlf.md", Array(sample.replacingOccurrences(of: "\n", with: "\r\n").utf8),
                  ingested(title: "编码测试", present: ["互联互通"]))
        try write("cr-only.md", Array(sample.replacingOccurrences(of: "\n", with: "\r").utf8),
                  ingested(title: "编码测试", present: ["互联互通"]))
        try write("control-characters.md", Array(article("控制\u{01}字符\u{1B}[31m", "<p>响铃\u{07}退格\u{08}换页\u{0C}正文。\u{7F}</p>").utf8),
                  ingested(title: "控制字符[31m", warning: "control characters", present: ["响铃退格换页正文。"]))

        // File-system oddities.
        let directory = folder.appendingPathComponent("x.md")
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        try article("目录里的文章", "<p>正文。</p>").write(to: directory.appendingPathComponent("inner.md"), atomically: true, encoding: .utf8)
        result["x.md/inner.md"] = ingested(title: "目录里的文章")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("loop.md").path, withDestinationPath: "loop.md")
        result["loop.md"] = failed("symbolic link loop")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("ping.md").path, withDestinationPath: "pong.md")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("pong.md").path, withDestinationPath: "ping.md")
        result["ping.md"] = failed("symbolic link loop")
        result["pong.md"] = failed("symbolic link loop")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("dangling.md").path, withDestinationPath: "nowhere/none.md")
        result["dangling.md"] = failed("broken symbolic link")
        // A directory link back up must not be walked forever (and is not an article).
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("up").path, withDestinationPath: "..")
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("fifo.md").path, 0o644), 0)
        result["fifo.md"] = failed("not a regular file")
        let locked = folder.appendingPathComponent("unreadable.md")
        try article("不可读", "<p>正文。</p>").write(to: locked, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(locked.path, 0), 0)
        // Root reads any file whatever its mode, so there the honest expectation is success.
        result["unreadable.md"] = runningAsRoot ? ingested(title: "不可读") : failed("Permission denied")
        // File names: bytes that are not UTF-8 (Foundation lists them decoded lossily, so
        // they cannot be opened by name) and a line break (the message must stay one line).
        let badName = Array(folder.appendingPathComponent("bad").path.utf8) + [0xFF, 0xFE] + Array(".md".utf8) + [0]
        let descriptor = badName.withUnsafeBufferPointer { pointer in
            pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: pointer.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        _ = Array(sample.utf8).withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        result["bad\u{FFFD}\u{FFFD}.md"] = failed("file name is not valid UTF-8")
        try write("line\nbreak.md", Array("---\ntitle: [\n---\n".utf8), failed("invalid YAML"))
        return result
    }

    private static func encode(_ text: String, as encoding: String) throws -> [UInt8] {
        let converter = iconv_open(encoding, "UTF-8")
        guard converter != iconv_t(bitPattern: -1) else { throw XCTSkip("iconv has no \(encoding)") }
        defer { iconv_close(converter) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        let written: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress, inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress, outLeft = outBuffer.count
                _ = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return inLeft == 0 ? outBuffer.count - outLeft : -1
            }
        }
        guard written >= 0 else { throw XCTSkip("iconv could not encode the sample as \(encoding)") }
        return output[..<written].map { UInt8(bitPattern: $0) }
    }

    // MARK: Reading back

    struct StoredArticle {
        var title: String
        var body: String
    }

    static func storedArticles(_ kb: KnowledgeBase) throws -> [String: StoredArticle] {
        try kb.read { db in
            var result: [String: StoredArticle] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT a.path, a.title, COALESCE((SELECT group_concat(text, char(10)) FROM
                    (SELECT text FROM paragraphs WHERE article_id = a.id ORDER BY idx)), '')
                FROM articles a
                """) {
                result[row[0]] = StoredArticle(title: row[1], body: row[2])
            }
            return result
        }
    }

    /// Runs the newskb binary built next to the test bundle.
    static func runCLI(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = try Paths.newskbProcess(arguments)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a full pipe cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}

/// Deterministic bytes (xorshift), so generated binary fixtures are the same every run.
struct SeededBytes {
    private var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }
    mutating func next() -> UInt8 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return UInt8(truncatingIfNeeded: state >> 32)
    }
}
