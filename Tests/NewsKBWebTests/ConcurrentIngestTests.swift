import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import NewsKB
@testable import NewsKBWeb
import XCTest

/// The server keeps answering while an ingest writes to its file (WAL: readers never wait
/// for the writer), and the next request after a commit shows the new data.
final class ConcurrentIngestTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("newskb-web-wal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// An invented article with its own speaker and a word (`标记N`) that search can find.
    func article(_ number: Int) -> String {
        """
        ---
        title: 虚构平台第\(number)号公告
        date: 2022-03-\(String(format: "%02d", number % 28 + 1)) 09:00:00
        ---
        <p>3月2日，虚构的云帆平台发布第\(number)号公告，标记\(number)。</p>
        <p>“开放接口有利于行业发展。”虚构研究所研究员宋\(["明远", "清和", "子衡", "若川"][number % 4])表示。</p>
        """
    }

    func testPagesAnswerWhileAnIngestWritesAndShowItsCommits() async throws {
        let path = folder.appendingPathComponent("kb.sqlite").path
        let writer = try KnowledgeBase(path: path)
        _ = try Ingester(knowledgeBase: writer).run(paths: [WebFixture.corpus.path])
        let reader = try KnowledgeBase.openReadOnly(path: path)
        let app = WebServer.application(reader, port: 0)

        // 1. A write transaction held open: reads go on, and do not see it until it commits.
        let before = try XCTUnwrap(reader.article(1)).title
        let queue = try DatabaseQueue(path: path)
        let holding = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let held = Thread {
            try? queue.inTransaction(.immediate) { db in
                try db.execute(sql: "UPDATE articles SET title = '改过的标题' WHERE id = 1")
                holding.signal()
                release.wait()
                return .commit
            }
        }
        held.start()
        holding.wait()
        try await app.test(.router) { client in
            try await client.execute(uri: "/articles/1", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertTrue(String(buffer: response.body).contains(HTML.escape(before)))
                XCTAssertFalse(String(buffer: response.body).contains("改过的标题"))
            }
            release.signal()
            // The commit is visible to the next request.
            var seen = false
            for _ in 0..<200 where !seen {
                seen = try await client.execute(uri: "/articles/1", method: .get) { response in
                    String(buffer: response.body).contains("改过的标题")
                }
                if !seen { try await Task.sleep(nanoseconds: 10_000_000) }
            }
            XCTAssertTrue(seen, "the committed title never showed")
        }
        try queue.close()

        // 2. A real ingest of many articles while the pages are requested.
        let more = folder.appendingPathComponent("more")
        try FileManager.default.createDirectory(at: more, withIntermediateDirectories: true)
        for number in 1...400 {
            try article(number).write(to: more.appendingPathComponent("a\(number).md"), atomically: true, encoding: .utf8)
        }
        let ingestDone = expectation(description: "ingest")
        let failures = LockedCount()
        Thread {
            do {
                let summary = try Ingester(knowledgeBase: writer).run(paths: [WebFixture.corpus.path, more.path])
                failures.add(summary.failures.count)
            } catch {
                failures.add(1)
            }
            ingestDone.fulfill()
        }.start()
        let uris = ["/", "/search?q=%E4%BA%91%E5%B8%86", "/speakers", "/timeline", "/api/quotes?speaker=%E5%AE%8B", "/figures"]
        let answered = try await app.test(.router) { client in
            var answered = 0
            while !failures.finished {
                for uri in uris {
                    try await client.execute(uri: uri, method: .get) { response in
                        XCTAssertEqual(response.status, .ok, "\(uri) while ingesting: \(String(buffer: response.body).prefix(300))")
                    }
                    answered += 1
                }
            }
            // After the ingest, the next request shows the new articles.
            try await client.execute(uri: "/search?q=%E6%A0%87%E8%AE%B0400", method: .get) { response in
                XCTAssertTrue(String(buffer: response.body).contains("<mark class=\"hit\">标记400</mark>"))
            }
            try await client.execute(uri: "/speakers?speaker=%E5%AE%8B%E6%B8%85%E5%92%8C", method: .get) { response in
                XCTAssertTrue(String(buffer: response.body).contains(">宋清和</a>"), String(buffer: response.body))
            }
            return answered
        }
        await fulfillment(of: [ingestDone], timeout: 600)
        XCTAssertEqual(failures.count, 0)
        XCTAssertGreaterThan(answered, 0)
    }
}

/// A counter the ingest thread sets and the requests read.
final class LockedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0, done = false
    func add(_ amount: Int) { lock.withLock { value += amount; done = true } }
    var count: Int { lock.withLock { value } }
    var finished: Bool { lock.withLock { done } }
}
