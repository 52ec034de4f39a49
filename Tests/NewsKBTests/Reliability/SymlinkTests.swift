import Foundation
@testable import NewsKB
import XCTest

/// Issue 17, case 5: a symlink inside the folder that leads outside it (to `/`, to another
/// folder, to one file elsewhere) is not followed unless --follow-links.
final class SymlinkTests: XCTestCase {
    /// `c/top.md`, `c/sub/one.md`, `c/inside -> sub`; outside: `elsewhere/secret.md`, linked as
    /// `c/away` (a folder), `c/secret.md` (a file) and `c/root -> /`.
    private func corpus(_ test: XCTestCase) throws -> (folder: URL, root: URL) {
        let folder = try Paths.temporaryFolder(test)
        let root = folder.appendingPathComponent("c")
        let elsewhere = folder.appendingPathComponent("elsewhere")
        for url in [root.appendingPathComponent("top.md"), root.appendingPathComponent("sub/one.md"), elsewhere.appendingPathComponent("secret.md")] {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try IngestIsolationTests.article("虚构新闻\(url.lastPathComponent)", "某虚构研究院院长周明哲表示，产量增长了5%。")
                .write(to: url, atomically: true, encoding: .utf8)
        }
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("inside").path, withDestinationPath: "sub")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("away").path, withDestinationPath: "../elsewhere")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("secret.md").path, withDestinationPath: elsewhere.appendingPathComponent("secret.md").path)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("root").path, withDestinationPath: "/")
        return (folder, root)
    }

    private func paths(_ kb: KnowledgeBase) throws -> [String] {
        try kb.read { try String.fetchAll($0, sql: "SELECT path FROM articles ORDER BY path") }
    }

    func testLinksLeavingTheFolderAreNotFollowed() throws {
        let (folder, root) = try corpus(self)
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        let summary = try Ingester(knowledgeBase: kb).run(paths: [root.path])
        XCTAssertEqual(try paths(kb).filter { !$0.hasPrefix("inside/") && !$0.hasPrefix("sub/") }, ["top.md"])
        XCTAssertEqual(try paths(kb).count, 2, "sub/one.md once, through sub or inside")
        XCTAssertEqual(summary.failures.map(\.path).sorted(), ["away", "root", "secret.md"])
        let real = try XCTUnwrap(Roots.real(folder.path))
        XCTAssertEqual(summary.failures.first { $0.path == "away" }?.reason,
                       "symbolic link to \(real)/elsewhere, outside the folder: not followed (--follow-links follows it)")

        let extract = try MalformedInputTests.runCLI(["extract", root.path])
        XCTAssertEqual(extract.stdout.split(separator: "\n").count, 2, extract.stderr)
        XCTAssertFalse(extract.stdout.contains("secret"))
        XCTAssertEqual(extract.stderr.split(separator: "\n").count, 3, extract.stderr)
    }

    func testFollowLinksFollowsThemAndAPruneWithoutItKeepsWhatTheyHold() throws {
        let (folder, root) = try corpus(self)
        try FileManager.default.removeItem(at: root.appendingPathComponent("root")) // not the whole file system
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        let followed = try Ingester(knowledgeBase: kb, options: .init(followLinks: true)).run(paths: [root.path])
        XCTAssertEqual(followed.failures, [])
        XCTAssertEqual(try paths(kb).filter { $0.contains("secret") }, ["away/secret.md", "secret.md"])

        // Without --follow-links the links are not walked, which is no reason to prune them.
        let pruned = try Ingester(knowledgeBase: kb, options: .init(prune: true)).run(paths: [root.path])
        XCTAssertEqual(pruned.pruned, 0)
        XCTAssertEqual(try paths(kb).count, 4)

        let cli = try MalformedInputTests.runCLI(["ingest", "--follow-links", "--db", folder.appendingPathComponent("cli.sqlite").path, root.path])
        XCTAssertEqual(cli.status, 0, cli.stderr)
        XCTAssertTrue(cli.stdout.contains("4 added"), cli.stdout)
    }
}
