import Foundation
@testable import NewsKB
import XCTest

/// Issue 17, case 2: date-dense, unpunctuated and long-quoted text costs storage in
/// proportion to its length. Nothing is timed: doubling such an input at most doubles the
/// rows and the bytes extracted from it (before, an event's summary was its whole
/// unpunctuated paragraph, so both grew with the square of the text).
final class LinearWorkTests: XCTestCase {
    private func extraction(_ body: String) -> (rows: Int, bytes: Int) {
        let text = "---\ntitle: '虚构长文'\ndate: 2021-12-06 10:00:00\n---\n<p>\(body)</p>\n"
        guard case .parsed(let parsed) = ArticlePipeline.process(bytes: Array(text.utf8), path: "long.md", root: "/", columns: false) else {
            XCTFail("not parsed")
            return (0, 0)
        }
        let extraction = parsed.extraction
        let bytes = (try? JSONEncoder().encode(extraction).count) ?? 0
        return (extraction.quotes.count + extraction.figures.count + extraction.events.count, bytes)
    }

    private func assertAtMostDoubles(_ make: (Int) -> String, _ size: Int, _ what: String) {
        let single = extraction(make(size)), double = extraction(make(2 * size))
        XCTAssertGreaterThan(single.rows, 0, what)
        XCTAssertLessThanOrEqual(double.rows, 2 * single.rows + 2, "\(what): rows \(single.rows) → \(double.rows)")
        XCTAssertLessThanOrEqual(Double(double.bytes), 2.1 * Double(single.bytes), "\(what): bytes \(single.bytes) → \(double.bytes)")
    }

    func testDoublingADateDenseParagraphAtMostDoublesWhatIsStored() {
        // Whole sentences of the maximum length each (512 近日 are 1,024 scalars), below the row limit.
        assertAtMostDoubles({ String(repeating: "近日", count: $0) }, Sentences.maximumLength, "近日 repeated")
    }

    func testDoublingAnUnpunctuatedParagraphAtMostDoublesWhatIsStored() {
        let phrase = "某虚构公司营收增长了百分之五十其中星河科技表示今年将继续扩大规模"
        assertAtMostDoubles({ String(String(repeating: phrase, count: $0 / phrase.count + 1).prefix($0)) }, 6000, "unpunctuated")
    }

    func testDoublingALongQuoteAtMostDoublesWhatIsStored() {
        assertAtMostDoubles({ "“" + String(repeating: "虚构的话语", count: $0 / 5) + "”虚构研究院院长周明哲表示。" }, 8000, "one long quote")
    }

    /// A sentence past `Sentences.maximumLength` is cut, at a comma when there is one near.
    func testAnOverlongSentenceIsCutIntoBoundedPieces() {
        let text = [Unicode.Scalar](scalarsOf: String(repeating: "字", count: 700) + "，" + String(repeating: "字", count: 700) + "。")
        let pieces = Sentences.ranges(text)
        XCTAssertTrue(pieces.allSatisfy { $0.count <= Sentences.maximumLength }, "\(pieces)")
        XCTAssertEqual(pieces.first?.count, Sentences.maximumLength)
        XCTAssertEqual(pieces.map(\.count).reduce(0, +), text.count)
        XCTAssertEqual(Sentences.ranges([Unicode.Scalar](scalarsOf: "短句，不切。")).count, 1)
    }

    /// Rows per article are bounded: past `ArticleExtraction.maximumRows` the rest is left out
    /// with one warning per kind.
    func testRowsPerArticleAreBounded() {
        let day = Day(year: 2021, month: 12, day: 6)
        let event = Event(dateText: "近日", start: day, end: day, precision: .day, actors: [], documents: [], summary: "近日",
                          policy: false, paragraph: 0)
        let many = ArticleExtraction(file: "a.md", title: "t", source: "", categories: [], published: nil,
                                     events: Array(repeating: event, count: ArticleExtraction.maximumRows + 5))
        var warnings: [String] = []
        let bounded = ArticlePipeline.representable(many, warnings: &warnings)
        XCTAssertEqual(bounded.events.count, ArticleExtraction.maximumRows)
        XCTAssertEqual(warnings, ["more than \(ArticleExtraction.maximumRows) events; the rest left out"])
        XCTAssertEqual(bounded.warnings, warnings)
    }
}
