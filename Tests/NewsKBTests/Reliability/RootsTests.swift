import Foundation
@testable import NewsKB
import XCTest

/// Issue 17, case 4: a file is stored once, under the outermost root containing it, however
/// it is reached (a subfolder, one file, a symlinked root); a moved folder can be forgotten.
final class RootsTests: XCTestCase {
    /// `c/top.md`, `c/sub/one.md`, `c/sub/deeper/two.md`, each with one quote and one figure.
    private func corpus(_ test: XCTestCase) throws -> (folder: URL, root: URL, kb: KnowledgeBase) {
        let folder = try Paths.temporaryFolder(test)
        let root = folder.appendingPathComponent("c")
        for (number, name) in ["top.md", "sub/one.md", "sub/deeper/two.md"].enumerated() {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try IngestIsolationTests.article("虚构新闻第\(number)号", "“产量还会增长。”某虚构研究院院长周明哲表示，今年产量增长了\(number + 5)%。")
                .write(to: url, atomically: true, encoding: .utf8)
        }
        return (folder, root, try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path))
    }

    private func stored(_ kb: KnowledgeBase) throws -> [String] {
        try kb.read { try String.fetchAll($0, sql: "SELECT root || ' ' || path FROM articles ORDER BY root, path") }
    }

    func testASubfolderAFileOrASymlinkedRootStoresNothingTwice() throws {
        let (folder, root, kb) = try corpus(self)
        XCTAssertEqual(try Ingester(knowledgeBase: kb).run(paths: [root.path]).added, 3)
        let expected = try kb.statistics()
        let link = folder.appendingPathComponent("link-to-c")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: root)
        for path in [root.appendingPathComponent("sub").path, root.appendingPathComponent("sub/one.md").path,
                     link.path, link.appendingPathComponent("sub").path, root.path + "/sub/../sub/deeper"] {
            let summary = try Ingester(knowledgeBase: kb).run(paths: [path])
            XCTAssertEqual(summary.added, 0, path)
            XCTAssertEqual(summary.failures, [], path)
        }
        XCTAssertEqual(try kb.statistics(), expected, "quotes and figures count once")
        let real = try XCTUnwrap(Roots.real(root.path))
        XCTAssertEqual(try stored(kb), ["\(real) sub/deeper/two.md", "\(real) sub/one.md", "\(real) top.md"])
    }

    func testAnOuterFolderTakesOverTheArticlesOfAnInnerOne() throws {
        let (_, root, kb) = try corpus(self)
        XCTAssertEqual(try Ingester(knowledgeBase: kb).run(paths: [root.appendingPathComponent("sub").path]).added, 2)
        let summary = try Ingester(knowledgeBase: kb).run(paths: [root.path])
        XCTAssertEqual([summary.added, summary.unchanged], [1, 2], "the two stored articles are kept, not parsed again")
        let real = try XCTUnwrap(Roots.real(root.path))
        XCTAssertEqual(try stored(kb), ["\(real) sub/deeper/two.md", "\(real) sub/one.md", "\(real) top.md"])
        XCTAssertEqual(try kb.integrityCheck(), "ok")

        // Given together, inner first, they are one root from the start; and the counts are
        // those of one clean ingest.
        let (_, other, fresh) = try corpus(self)
        XCTAssertEqual(try Ingester(knowledgeBase: fresh).run(paths: [other.appendingPathComponent("sub").path, other.path]).added, 3)
        XCTAssertEqual(try fresh.read { try Int.fetchOne($0, sql: "SELECT COUNT(DISTINCT root) FROM articles") }, 1)
        XCTAssertEqual(try kb.statistics(), try fresh.statistics())
    }

    /// A knowledge base of an older newskb, which stored roots as given: the same folder by a
    /// symlink's name and by its own, duplicated. The next ingest keeps one copy.
    func testDuplicatesUnderAnotherNameOfTheRootAreMerged() throws {
        let (folder, root, kb) = try corpus(self)
        let link = folder.appendingPathComponent("link-to-c")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: root)
        XCTAssertEqual(try Ingester(knowledgeBase: kb).run(paths: [root.path]).added, 3)
        let clean = try kb.statistics()
        // What an older newskb did for `ingest link-to-c/sub`: a second copy of two articles,
        // stored by the writer under the root as given.
        let legacyRoot = link.path + "/sub"
        let files = CorpusWalker.files(under: root.appendingPathComponent("sub")).files
            .map { CorpusWalker.File(root: legacyRoot, relativePath: $0.relativePath) }
        var legacy = Ingester.Summary()
        try Ingester(knowledgeBase: kb).store(files.map { ArticlePipeline.process($0, root: legacyRoot) }, summary: &legacy)
        XCTAssertEqual(legacy.added, 2)
        XCTAssertEqual(try stored(kb).count, 5)
        XCTAssertEqual(try Ingester(knowledgeBase: kb).run(paths: [root.path]).added, 0)
        XCTAssertEqual(try stored(kb).count, 3)
        XCTAssertEqual(try kb.statistics(), clean)
        XCTAssertEqual(try kb.integrityCheck(), "ok")
    }

    /// A prune covers what the path given covers: a subfolder prunes only beneath it, a file
    /// given alone prunes none of its neighbours.
    func testAPruneStaysInsideThePathGiven() throws {
        let (_, root, kb) = try corpus(self)
        XCTAssertEqual(try Ingester(knowledgeBase: kb).run(paths: [root.path]).added, 3)
        XCTAssertEqual(try Ingester(knowledgeBase: kb, options: .init(prune: true)).run(paths: [root.appendingPathComponent("top.md").path]).pruned, 0)
        try FileManager.default.removeItem(at: root.appendingPathComponent("sub/one.md"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("top.md"))
        let summary = try Ingester(knowledgeBase: kb, options: .init(prune: true)).run(paths: [root.appendingPathComponent("sub").path])
        XCTAssertEqual(summary.pruned, 1, "sub/one.md only: top.md is outside sub")
        XCTAssertEqual(try stored(kb).count, 2)
    }

    /// A moved folder: `ingest OLD --prune` fails and prunes nothing; `newskb forget OLD` removes it.
    func testAMovedFolderIsForgotten() throws {
        let (folder, root, kb) = try corpus(self)
        XCTAssertEqual(try Ingester(knowledgeBase: kb).run(paths: [root.path]).added, 3)
        try FileManager.default.moveItem(at: root, to: folder.appendingPathComponent("moved"))
        let prune = try MalformedInputTests.runCLI(["ingest", "--prune", "--db", kb.path, root.path])
        XCTAssertEqual(prune.status, 0)
        XCTAssertTrue(prune.stderr.contains("no such file or directory (`newskb forget PATH` removes what is stored under it)"), prune.stderr)
        XCTAssertEqual(try stored(kb).count, 3, "a missing root prunes nothing")

        let sub = try MalformedInputTests.runCLI(["forget", "--db", kb.path, root.appendingPathComponent("sub/deeper").path])
        XCTAssertEqual(sub.status, 0, sub.stderr)
        XCTAssertEqual(sub.stdout, "forgot 1 article under \(root.path)/sub/deeper\n")
        let all = try MalformedInputTests.runCLI(["forget", "--db", kb.path, root.path])
        XCTAssertEqual(all.stdout, "forgot 2 articles under \(root.path)\n")
        XCTAssertEqual(try stored(kb), [])
        XCTAssertEqual(try kb.statistics().quotes, 0)
        XCTAssertEqual(try kb.statistics().timelineEntries, 0, "linked again")
    }
}
