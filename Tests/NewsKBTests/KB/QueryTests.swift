import Foundation
import NewsKB
import XCTest

/// Queries over a knowledge base built from corpus/ (once for the whole class).
final class QueryTests: XCTestCase {
    nonisolated(unsafe) static var kb: KnowledgeBase!
    nonisolated(unsafe) static var folder: URL!

    override class func setUp() {
        super.setUp()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("newskb-query-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        kb = try! KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        let summary = try! Ingester(knowledgeBase: kb).run(paths: [Paths.corpus.path])
        precondition(summary.failures.isEmpty, "\(summary.failures)")
    }

    override class func tearDown() {
        kb = nil
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }

    var kb: KnowledgeBase { Self.kb }

    func testFiguresAboveAHundredBillionYuanIncludeTheSeedRanges() throws {
        let rows = try kb.figures(FigureFilter(unit: "元", min: FigureQuantity.parse("1000亿"), limit: 100)).rows
        let texts = rows.map { $0[0] }
        XCTAssertTrue(texts.contains("3000亿元至7000亿元"))
        XCTAssertTrue(texts.contains("近7000亿元"))
        XCTAssertTrue(rows.allSatisfy { $0[2] == "元" })
        let small = try kb.figures(FigureFilter(unit: "元", max: FigureQuantity.parse("1万"), limit: 100)).rows
        XCTAssertFalse(small.map { $0[0] }.contains("近7000亿元"))
    }

    func testFiguresAboutASubjectAndHostileFilters() throws {
        let about = try kb.figures(FigureFilter(about: "月活", limit: 100)).rows
        XCTAssertTrue(about.contains { $0[0] == "12.5亿" })
        for hostile in ["\"", "'", "*", "NEAR(", "OR", ""] {
            XCTAssertNoThrow(try kb.figures(FigureFilter(unit: hostile, about: hostile, speaker: hostile, limit: 5)))
        }
    }
}
