import Foundation
import NewsKB
import XCTest

/// Every input in Fixtures/fuzz-regressions/ goes through the fuzz target's path (see
/// Fuzz/NewsKBFuzz/main.swift) without a crash, and what comes out is consistent.
final class FuzzRegressionTests: XCTestCase {
    func testRegressionInputsReadAndExtractCleanly() throws {
        let folder = Paths.fixture("fuzz-regressions")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".bin") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 10)
        for name in names {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            let article: Article
            do {
                article = try ArticleReader.read(bytes: bytes, path: name)
            } catch let failure as ArticleReader.Failure {
                XCTAssertFalse(failure.reason.isEmpty, name)
                XCTAssertFalse(failure.description.contains("\n"), name)
                continue
            }
            for block in article.blocks {
                XCTAssertFalse(block.text.isEmpty, name)
                XCTAssertFalse(block.text.unicodeScalars.contains { $0.value < 0x20 }, "\(name): control character in a block")
                let pieces = Sentences.pieces(block.text)
                XCTAssertTrue(pieces.allSatisfy { $0.start <= $0.end && $0.end <= block.text.unicodeScalars.count }, name)
            }
            let extraction = Extractor.extract(article)
            XCTAssertNoThrow(try JSONEncoder().encode(extraction), name)
            let paragraphs = 0..<max(1, article.blocks.count)
            XCTAssertTrue(extraction.quotes.allSatisfy { paragraphs.contains($0.paragraph) }, name)
            XCTAssertTrue(extraction.figures.allSatisfy { paragraphs.contains($0.paragraph) }, name)
            XCTAssertTrue(extraction.events.allSatisfy { paragraphs.contains($0.paragraph) }, name)
        }
    }
}
