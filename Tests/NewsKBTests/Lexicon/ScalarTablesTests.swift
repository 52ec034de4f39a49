import Foundation
import XCTest
@testable import NewsKB

/// The hash-free tables the scanners use must answer exactly as the plain structures would.
final class ScalarTablesTests: XCTestCase {
    func testScalarSetMembershipAndRank() {
        let members: [Unicode.Scalar] = ["，", "A", "年", "月", "😀", "0"]
        let set = ScalarSet(members)
        XCTAssertEqual(set.count, 6)
        let sorted = members.sorted { $0.value < $1.value }
        XCTAssertEqual(set.members, sorted)
        for (rank, scalar) in sorted.enumerated() {
            XCTAssertTrue(set.contains(scalar))
            XCTAssertEqual(set.rank(of: scalar), rank)
        }
        // Below the lowest member, between members, above the highest.
        for other: Unicode.Scalar in ["\u{0}", "/", "B", "日", "\u{10FFFF}"] {
            XCTAssertFalse(set.contains(other), "\(other)")
            XCTAssertNil(set.rank(of: other))
        }
        let empty = ScalarSet([])
        XCTAssertFalse(empty.contains("a"))
        XCTAssertEqual(empty.members, [])
    }

    func testBucketsKeepOrderWithinAKey() {
        let words = ["上半年", "上旬", "下旬", "上"]
        let buckets = ScalarBuckets(words, key: { $0.unicodeScalars.first })
        XCTAssertEqual(buckets["上"], ["上半年", "上旬", "上"])
        XCTAssertEqual(buckets["下"], ["下旬"])
        XCTAssertNil(buckets["中"])
    }

    func testNumeralTables() {
        let digits: [String: Int] = ["〇零○Ｏ": 0, "一壹幺": 1, "二两兩贰貳": 2, "三叁參": 3, "四肆": 4, "五伍": 5,
                                     "六陆陸": 6, "七柒": 7, "八捌": 8, "九玖": 9]
        for (characters, value) in digits {
            for scalar in characters.unicodeScalars { XCTAssertEqual(Numerals.digit(scalar), value, "\(scalar)") }
        }
        XCTAssertEqual(Numerals.digitScalars.count, digits.keys.joined().unicodeScalars.count)
        XCTAssertEqual(Numerals.digitScalars.compactMap(Numerals.digit).count, Numerals.digitScalars.count)
        for (scalar, value) in [("十", 10), ("拾", 10), ("百", 100), ("佰", 100), ("千", 1000), ("仟", 1000)] as [(Unicode.Scalar, Int)] {
            XCTAssertEqual(Numerals.smallUnit(scalar), value)
        }
        for (scalar, value) in [("万", 10_000), ("萬", 10_000), ("亿", 100_000_000), ("億", 100_000_000)] as [(Unicode.Scalar, Decimal)] {
            XCTAssertEqual(Numerals.largeUnit(scalar), value)
        }
        for scalar in "a1年月万一".unicodeScalars.dropLast(2) { XCTAssertNil(Numerals.digit(scalar)) }
        XCTAssertNil(Numerals.smallUnit("万"))
        XCTAssertNil(Numerals.largeUnit("千"))
    }

    func testStringFromScalarsEncodesEveryWidth() {
        let text = "A é 年 😀，2021年9月17日\u{10FFFF}"
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(String(scalars: scalars), text)
        XCTAssertEqual(String(scalars: scalars[2..<7]), "é 年 😀")
        XCTAssertEqual(String(scalars: scalars[7...]), String(String.UnicodeScalarView(scalars[7...])))
        XCTAssertEqual(String(scalars: scalars[0..<0]), "")
    }

    /// The time scanner skips positions whose scalar starts no rule; trying every position
    /// must find exactly the same expressions on real text.
    func testTimePrefilterSkipsNothingThatMatches() throws {
        var folders = [Paths.corpus]
        if FileManager.default.fileExists(atPath: Paths.corpusReal.path) { folders.append(Paths.corpusReal) }
        let published = Day(year: 2021, month: 9, day: 17)
        var sentences = 0
        var expressions = 0
        for folder in folders {
            for file in CorpusWalker.files(under: folder).files {
                guard let article = try? ArticleReader.read(fileAt: file.url, relativePath: file.relativePath) else { continue }
                for block in article.blocks {
                    for piece in Sentences.pieces(block.text) {
                        let scalars = Array(piece.text.unicodeScalars)
                        var fast = TimeScanner(text: scalars, published: article.publishedDay ?? published, future: false, reference: nil)
                        var full = fast
                        full.triesEveryPosition = true
                        let found = fast.scan()
                        XCTAssertEqual(found, full.scan(), piece.text)
                        sentences += 1
                        expressions += found.count
                    }
                }
            }
        }
        XCTAssertGreaterThan(sentences, 100)
        XCTAssertGreaterThan(expressions, 50)
    }

    /// Figure speakers test quote texts for a figure's context; the scalar search must answer
    /// as Foundation's `contains` does, and texts outside the plain scalars still go to it.
    func testSearchableTextAnswersAsFoundation() throws {
        var texts = ["增长3.5%，达到1.2万亿元", "“今年一季度GDP增长18.3%”", "ＧＤＰ增长１８．３％", "e\u{301}tude 3%", "étude 3%",
                     "\u{F900}3%", "\u{8C48}3%", "a\r\nb", "\n"]
        for file in CorpusWalker.files(under: Paths.corpus).files {
            guard let article = try? ArticleReader.read(fileAt: file.url, relativePath: file.relativePath) else { continue }
            texts += QuoteExtractor.extract(article).map(\.text)
            texts += article.blocks.prefix(5).flatMap { block in FigureExtractor.figures(inText: block.text).map(\.text) }
        }
        XCTAssertGreaterThan(texts.count, 40)
        var plain = 0
        for haystack in texts {
            let prepared = SearchableText(haystack)
            if prepared.isPlain { plain += 1 }
            for needle in texts {
                XCTAssertEqual(prepared.contains(SearchableText(needle)), haystack.contains(needle), "\(haystack) ⊇ \(needle)")
            }
        }
        XCTAssertGreaterThan(plain, 20)
        XCTAssertFalse(SearchableText("étude").isPlain)
    }
}
