import Foundation
import GRDB
import NewsKB
import XCTest

/// A knowledge base built once from corpus/ plus one invented hostile article, shared by the
/// web tests (they only read it).
enum WebFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpus = packageRoot.appendingPathComponent("corpus")

    /// Hostile text in a title, the body and the front matter; the speaker's name is made
    /// hostile in the database below (extraction would never produce it).
    static let hostileTitle = "<script>alert('t')</script> \"引号\" 'single' 标题"
    static let hostileArticle = """
        ---
        title: "<script>alert('t')</script> \\"引号\\" 'single' 标题"
        date: 2021-09-20 10:00:00
        source: 测试日报
        url: "javascript:alert('u')"
        ---
        <p>9月18日，虚构的星河平台发布公告称，将开放外链访问。&lt;script&gt;alert('b')&lt;/script&gt;</p>
        <p>“外链开放是大势所趋。”虚构研究院院长林青山表示。</p>
        <p><a href="javascript:alert('a')">点此</a>，交易额达到3000亿元。</p>
        <p>9月19日，星河平台称&lt;img src=x onerror="document.body.setAttribute('data-pwned','body')"&gt;已修复。</p>
        """
    static let hostileSpeaker = "林\"青'山<img src=x onerror=\"document.body.setAttribute('data-pwned','speaker')\">"

    struct Built: @unchecked Sendable {
        let folder: URL
        let path: String
        let reader: KnowledgeBase
    }

    nonisolated(unsafe) private static var built: Built?
    private static let lock = NSLock()

    static func knowledgeBase() throws -> Built {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newskb-web-\(UUID().uuidString)")
        let hostile = folder.appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: hostile, withIntermediateDirectories: true)
        try hostileArticle.write(to: hostile.appendingPathComponent("hostile.md"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("kb.sqlite").path
        let writer = try KnowledgeBase(path: path)
        let summary = try Ingester(knowledgeBase: writer).run(paths: [corpus.path, hostile.path])
        XCTAssertTrue(summary.failures.isEmpty, "\(summary.failures)")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "UPDATE quotes SET speaker_name = ? WHERE speaker_name = '林青山'", arguments: [hostileSpeaker])
            try db.execute(sql: "UPDATE people SET name = ? WHERE name = '林青山'", arguments: [hostileSpeaker])
        }
        try queue.close()
        let result = Built(folder: folder, path: path, reader: try KnowledgeBase.openReadOnly(path: path))
        built = result
        return result
    }
}
