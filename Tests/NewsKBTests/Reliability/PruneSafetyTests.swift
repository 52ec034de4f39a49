import Foundation
@testable import NewsKB
import XCTest

/// Issue 17, case 3: a folder that cannot be listed prunes nothing beneath it.
final class PruneSafetyTests: XCTestCase {
    private func corpus(_ test: XCTestCase) throws -> (URL, KnowledgeBase) {
        let folder = try Paths.temporaryFolder(test)
        let root = folder.appendingPathComponent("c")
        for name in ["top.md", "sub/one.md", "sub/deeper/two.md"] {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try IngestIsolationTests.article("虚构新闻\(name)", "某虚构研究院院长周明哲表示，产量增长了5%。")
                .write(to: url, atomically: true, encoding: .utf8)
        }
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        XCTAssertEqual(try Ingester(knowledgeBase: kb).run(paths: [root.path]).added, 3)
        return (root, kb)
    }

    private func stored(_ kb: KnowledgeBase) throws -> Int {
        try kb.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM articles") ?? 0 }
    }

    /// The listing failure is injected, so the test holds as root too (root reads a chmod-000 folder).
    func testAFolderThatFailsToListPrunesNothingBeneathIt() throws {
        let (root, kb) = try corpus(self)
        let failing: CorpusWalker.Lister = { path in
            if path.hasSuffix("/sub") { throw CocoaError(.fileReadNoPermission) }
            return try FileManager.default.contentsOfDirectory(atPath: path)
        }
        let summary = try Ingester(knowledgeBase: kb, options: .init(prune: true), list: failing).run(paths: [root.path])
        XCTAssertEqual(summary.pruned, 0)
        XCTAssertEqual(summary.failures.map(\.path), ["sub"])
        XCTAssertEqual(try stored(kb), 3)

        // The root itself failing to list prunes nothing at all.
        let none: CorpusWalker.Lister = { _ in throw CocoaError(.fileReadNoPermission) }
        XCTAssertEqual(try Ingester(knowledgeBase: kb, options: .init(prune: true), list: none).run(paths: [root.path]).pruned, 0)
        XCTAssertEqual(try stored(kb), 3)

        // A file really gone is still pruned.
        try FileManager.default.removeItem(at: root.appendingPathComponent("top.md"))
        XCTAssertEqual(try Ingester(knowledgeBase: kb, options: .init(prune: true), list: failing).run(paths: [root.path]).pruned, 1)
        XCTAssertEqual(try stored(kb), 2)
    }

    func testAnUnreadableFolderPrunesNothing() throws {
        guard geteuid() != 0 else {
            throw XCTSkip("running as root: chmod 000 does not stop root from listing; the injected failure test covers the logic")
        }
        let (root, kb) = try corpus(self)
        let sub = root.appendingPathComponent("sub")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: sub.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sub.path) }
        XCTAssertEqual(try Ingester(knowledgeBase: kb, options: .init(prune: true)).run(paths: [root.path]).pruned, 0)
        XCTAssertEqual(try stored(kb), 3)
    }
}
