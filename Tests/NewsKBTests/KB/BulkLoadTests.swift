import Foundation
import GRDB
@testable import NewsKB
import XCTest

/// A bulk load (indexes dropped while the articles go in, built again at the end) stores
/// exactly what an ordinary ingest stores, and never leaves the base without its indexes.
final class BulkLoadTests: XCTestCase {
    private func ingest(_ minimum: Int, into folder: URL) throws -> KnowledgeBase {
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb-\(minimum).sqlite").path)
        let summary = try Ingester(knowledgeBase: kb, options: .init(bulkLoadMinimum: minimum)).run(paths: [Paths.corpus.path])
        XCTAssertEqual(summary.failed, 0)
        return kb
    }

    private func hasAllIndexes(_ kb: KnowledgeBase) throws -> Bool {
        try kb.read { db in
            try Schema.hasIndexes(db, Schema.unorderedIndexes) && Schema.hasIndexes(db, Schema.linkIndexes)
        }
    }

    func testBulkAndOrdinaryIngestsStoreTheSame() throws {
        let folder = try Paths.temporaryFolder(self)
        let bulk = try ingest(1, into: folder)
        let ordinary = try ingest(1_000_000, into: folder)
        XCTAssertTrue(try hasAllIndexes(bulk))
        XCTAssertTrue(try hasAllIndexes(ordinary))

        let quotes = QuoteFilter(limit: 10_000)
        XCTAssertEqual(try bulk.quotes(quotes), try ordinary.quotes(quotes))
        XCTAssertFalse(try bulk.quotes(quotes).isEmpty)
        XCTAssertEqual(try bulk.timeline(EventFilter()), try ordinary.timeline(EventFilter()))
        XCTAssertEqual(try bulk.search("互联互通", limit: 1000).table.rows, try ordinary.search("互联互通", limit: 1000).table.rows)
        XCTAssertEqual(try bulk.speakers(kind: .person, limit: 1000).table.rows, try ordinary.speakers(kind: .person, limit: 1000).table.rows)
        XCTAssertEqual(try bulk.integrityCheck(), "ok")
    }

    func testAnIngestRestoresIndexesAKilledBulkLoadLeftOut() throws {
        let folder = try Paths.temporaryFolder(self)
        let kb = try ingest(1_000_000, into: folder)
        try kb.write { db in try Schema.dropIndexes(db, Schema.unorderedIndexes) }
        XCTAssertFalse(try hasAllIndexes(kb))

        let again = try Ingester(knowledgeBase: kb).run(paths: [Paths.corpus.path])
        XCTAssertEqual(again.unchanged, again.files, "nothing to store, the indexes are restored all the same")
        XCTAssertTrue(try hasAllIndexes(kb))
    }
}
