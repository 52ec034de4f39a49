import Foundation
import XCTest
@testable import NewsKB

/// The figure spec (Fixtures/figure-spec.json): each case is one way Chinese writes a
/// quantity, with the one figure it must give (or `"figure": null` for a number that is no figure).
final class FigureSpecTests: XCTestCase {
    struct Case: Decodable {
        var input: String
        var low: String?
        var high: String?
        var unit: String?
        var qualifier: String?
    }

    func testSpecCases() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/figure-spec", withExtension: "json"))
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
        XCTAssertGreaterThanOrEqual(cases.count, 150)
        var failures: [String] = []
        for spec in cases {
            let figures = FigureExtractor.figures(inText: spec.input)
            guard let low = spec.low.flatMap({ Decimal(string: $0) }), let high = spec.high.flatMap({ Decimal(string: $0) }) else {
                if !figures.isEmpty { failures.append("\(spec.input): expected no figure, got \(figures.map(\.text))") }
                continue
            }
            guard figures.count == 1, let figure = figures.first else {
                failures.append("\(spec.input): expected one figure, got \(figures.map(\.text))")
                continue
            }
            if figure.low != low || figure.high != high || figure.unit != spec.unit || figure.qualifier.rawValue != spec.qualifier {
                failures.append("\(spec.input): got \(figure.low)..\(figure.high) \(figure.unit) \(figure.qualifier.rawValue)")
            }
        }
        XCTAssert(failures.isEmpty, failures.joined(separator: "\n"))
    }
}

final class FigureExtractorTests: XCTestCase {
    func testSeedArticleGivesExactlyTheFiveGoldFigures() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/seeds/000_1a5ce6cf14fa0d5b.txt").standardized
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("seed article not present at \(url.path)")
        }
        let article = try ArticleReader.read(fileAt: url, relativePath: "000_1a5ce6cf14fa0d5b.txt")
        let figures = FigureExtractor.extract(article, quotes: [])
        let summary = figures.map { "\($0.text) \($0.low)..\($0.high) \($0.unit) \($0.qualifier.rawValue)" }
        XCTAssertEqual(summary, [
            "3000亿元至7000亿元 300000000000..700000000000 元 range",
            "近7000亿元 700000000000..700000000000 元 approx",
            "12.5亿 1250000000..1250000000  exact",
            "1% 1..1 % exact",
            "约1200万 12000000..12000000  approx",
        ])
    }

    func testSpeakerIsTheQuoteHoldingTheFigure() throws {
        let article = Article(path: "x.md", title: "t", blocks: [
            Block(.paragraph, "“今年营收增长了30%，用户超过100万。”张三说。公司去年营收5亿元。"),
        ])
        let quote = Quote(speaker: Speaker(name: "张三", kind: .person), mode: .direct, cue: "说",
                          text: "今年营收增长了30%，用户超过100万。", paragraph: 0)
        let figures = FigureExtractor.extract(article, quotes: [quote])
        XCTAssertEqual(figures.map(\.text), ["30%", "超过100万", "5亿元"])
        XCTAssertEqual(figures.map(\.speaker), ["张三", "张三", ""])
        XCTAssertEqual(figures[0].direction, "up")
    }

    func testGrowthWordsGiveDirectionAndBasis() {
        let figures = FigureExtractor.figures(inText: "收入同比增长8.4%，总量环比下降4.8%，增速比上年同期提高8.0个百分点。")
        XCTAssertEqual(figures.map(\.direction), ["up", "down", "up"])
        XCTAssertEqual(figures.map(\.basis), ["yoy", "mom", "yoy"])
        let list = FigureExtractor.figures(inText: "同比分别增长60.4%、80.6%和146.5%")
        XCTAssertEqual(list.map(\.direction), ["up", "up", "up"])
    }

    func testSubjectIsThePhraseMeasured() {
        let figures = FigureExtractor.figures(inText: "微信月活用户已达12.5亿")
        XCTAssertEqual(figures.first?.subject, "微信月活用户")
        // The opening mark of the quotation holding the figure is no part of the subject; a name
        // quoted inside the subject keeps both marks.
        XCTAssertEqual(FigureExtractor.figures(inText: "“我们的会员已经超过800万").first?.subject, "我们的会员")
        XCTAssertEqual(FigureExtractor.figures(inText: "“千店上云”数量超过1.3万家").first?.subject, "“千店上云”数量")
        // A clause that gives only a baseline or a linking word measures what the clause before did;
        // a clause with a subject of its own keeps it.
        XCTAssertEqual(FigureExtractor.figures(inText: "青禾会员数突破800万大关，较年初净增约90万").map(\.subject), ["青禾会员数", "青禾会员数"])
        XCTAssertEqual(FigureExtractor.figures(inText: "星河骑手人数翻了一番，达到6万余人").map(\.subject), ["星河骑手人数", "星河骑手人数"])
        XCTAssertEqual(FigureExtractor.figures(inText: "星河骑手人数翻了一番，蓝湾骑手达到6万余人").map(\.subject), ["星河骑手人数", "蓝湾骑手"])
        XCTAssertEqual(FigureExtractor.figures(inText: "星河营收12亿元。较上年增长5%").map(\.subject), ["星河营收", "较上年"])
    }

    func testCLIQuantities() {
        XCTAssertEqual(FigureQuantity.parse("3000亿"), Decimal(string: "300000000000"))
        XCTAssertEqual(FigureQuantity.parse("1.2万"), 12000)
        XCTAssertEqual(FigureQuantity.parse("5e8"), 500_000_000)
        XCTAssertEqual(FigureQuantity.parse("1000亿元"), Decimal(string: "100000000000"))
        XCTAssertEqual(FigureQuantity.parse("三千万"), 30_000_000)
        XCTAssertEqual(FigureQuantity.parse("-5"), -5)
        XCTAssertNil(FigureQuantity.parse("abc"))
        XCTAssertNil(FigureQuantity.parse(""))
    }

    func testNumeralsValueStillWorks() {
        XCTAssertEqual(Numerals.value(of: "十二点五"), Decimal(string: "12.5"))
        XCTAssertEqual(Numerals.value(of: "二〇二一"), 2021)
        XCTAssertEqual(Numerals.value(of: "3千万"), 30_000_000)
    }
}

/// Every figure lexicon loads, and each `# example:` shows its rule at work.
final class FigureLexiconTests: XCTestCase {
    func entries(_ name: String) throws -> [Lexicon.Entry] {
        let lexicon = try Lexicon.load(name)
        XCTAssertFalse(lexicon.entries.isEmpty, name)
        return lexicon.entries
    }

    func testUnitExamples() throws {
        for entry in try entries("figure-units") {
            guard let example = entry.example else { continue }
            let units = FigureExtractor.figures(inText: example).map(\.unit)
            XCTAssert(units.contains(entry.fields[0]), "\(entry.key): \(example) gave units \(units)")
        }
        for entry in try entries("figure-currencies") {
            let example = try XCTUnwrap(entry.example, "figure-currencies \(entry.key) has no example")
            let units = FigureExtractor.figures(inText: example).map(\.unit)
            XCTAssert(units.contains(entry.fields[0]), "\(entry.key): \(example) gave units \(units)")
            XCTAssertEqual(entry.fields[1].count, 3, "\(entry.key): code \(entry.fields[1])")
        }
        for entry in try entries("figure-currency-prefix") {
            guard let example = entry.example else { continue }
            let units = FigureExtractor.figures(inText: example).map(\.unit)
            XCTAssert(units.contains(entry.fields[0]), "\(entry.key): \(example) gave units \(units)")
        }
    }

    func testQualifierExamples() throws {
        for entry in try entries("figure-qualifiers") {
            guard let example = entry.example else { continue }
            let qualifiers = FigureExtractor.figures(inText: example).map(\.qualifier.rawValue)
            XCTAssert(qualifiers.contains(entry.fields[0]), "\(entry.key): \(example) gave \(qualifiers)")
        }
    }

    func testGrowthExamples() throws {
        for entry in try entries("figure-growth") {
            guard let example = entry.example else { continue }
            let directions = FigureExtractor.figures(inText: example).map(\.direction)
            XCTAssert(directions.contains(entry.fields[0]), "\(entry.key): \(example) gave \(directions)")
        }
    }

    func testSubjectLinkExamples() throws {
        // The word is read off its end of the subject: some figure of the example has a subject,
        // and none ends (end) or starts (start) with the word.
        for entry in try entries("figure-subject-links") {
            let example = try XCTUnwrap(entry.example, "figure-subject-links \(entry.key) has no example")
            let subjects = FigureExtractor.figures(inText: example).map(\.subject)
            XCTAssertFalse(subjects.isEmpty, "\(entry.key): \(example) gave no figure")
            let end = entry.fields.first == "end"
            XCTAssert(subjects.contains { !$0.isEmpty } && !subjects.contains { end ? $0.hasSuffix(entry.key) : $0.hasPrefix(entry.key) },
                      "\(entry.key): \(example) gave subjects \(subjects)")
        }
    }

    func testScaleAndWordExamples() throws {
        for name in ["figure-scales", "figure-suffix-scales", "figure-words"] {
            for entry in try entries(name) {
                guard let example = entry.example else { continue }
                let texts = FigureExtractor.figures(inText: example).map(\.text)
                XCTAssert(texts.contains { $0.contains(entry.key) }, "\(name) \(entry.key): \(example) gave \(texts)")
            }
        }
        // A bare number after a score word is a figure without a unit.
        for entry in try entries("figure-score-heads") {
            let example = try XCTUnwrap(entry.example, "figure-score-heads \(entry.key) has no example")
            XCTAssert(FigureExtractor.figures(inText: example).contains { $0.unit.isEmpty && $0.low == $0.high },
                      "score head \(entry.key): \(example)")
        }
        for entry in try entries("figure-unit-blockers") {
            guard let example = entry.example else { continue }
            XCTAssertFalse(FigureExtractor.figures(inText: example).contains { $0.text.contains(entry.key) },
                           "blocker \(entry.key) in \(example)")
        }
    }

    /// Each fold's example reads exactly like the example with that character replaced by
    /// the one it folds to, and a figure's text keeps the original character.
    func testFoldExamples() throws {
        func summary(_ text: String, textFrom: (String) -> String = { $0 }) -> [String] {
            FigureExtractor.figures(inText: text).map { "\(textFrom($0.text)) \($0.low)..\($0.high) \($0.unit) \($0.qualifier.rawValue) \($0.direction)" }
        }
        for entry in try entries("figure-folds") {
            let example = try XCTUnwrap(entry.example, "figure-folds \(entry.key) has no example")
            let figures = FigureExtractor.figures(inText: example)
            // The character is read inside the figure, or in the change word before it.
            XCTAssert(figures.contains { $0.text.contains(entry.key) || !$0.direction.isEmpty },
                      "\(entry.key): \(example) gave \(figures.map(\.text))")
            let replaced = example.replacingOccurrences(of: entry.key, with: entry.fields[0])
            let expected = summary(replaced) { $0.replacingOccurrences(of: entry.fields[0], with: entry.key) }
            XCTAssertEqual(summary(example), expected, "\(entry.key): \(example)")
        }
    }

    /// Each word showing that a count of one matters keeps 一 + classifier a figure in its example.
    func testOneCountExamples() throws {
        for entry in try entries("figure-one-counts") {
            let example = try XCTUnwrap(entry.example, "figure-one-counts \(entry.key) has no example")
            let figures = FigureExtractor.figures(inText: example)
            XCTAssert(figures.contains { $0.low == 1 && $0.text.contains("一") }, "\(entry.key): \(example) gave \(figures.map(\.text))")
        }
    }

    func testNonFigureExamples() throws {
        for name in ["figure-nonfigure", "figure-nonfigure-before", "figure-enumerations"] {
            for entry in try entries(name) {
                guard let example = entry.example else { continue }
                let figures = FigureExtractor.figures(inText: example)
                XCTAssert(figures.isEmpty, "\(name) \(entry.key): \(example) gave \(figures.map(\.text))")
            }
        }
    }
}

final class FigureListTests: XCTestCase {
    func testAOneJoinedToAnotherCountIsCounted() {
        XCTAssertEqual(FigureExtractor.figures(inText: "海城湾区三省一市联合发文").map(\.text), ["三省", "一市"])
        // One repeated (一单一单) is no count.
        XCTAssertEqual(FigureExtractor.figures(inText: "收入是一单一单跑出来的").map(\.text), [])
    }

    /// 破 bounds a number from below (guide), unless it ends a verb (打破纪录); a magnitude word
    /// counts the unit after it; 千万 before a currency is a number, not the adverb.
    func testBreakingAMagnitudeIsALowerBound() {
        let broken = FigureExtractor.figures(inText: "开售十分钟成交额破千万元，会员数破万人，年营收过百亿元")
        XCTAssertEqual(broken.map(\.text), ["破千万元", "破万人", "过百亿元"])
        XCTAssertEqual(broken.map(\.qualifier), [.over, .over, .over])
        XCTAssertEqual(broken.map(\.unit), ["元", "人", "元"])
        XCTAssertEqual(FigureExtractor.figures(inText: "星河车队打破了3项纪录").map(\.qualifier), [.exact])
        XCTAssertEqual(FigureExtractor.figures(inText: "罚单金额在千万元以上").map(\.text), ["千万元以上"])
        XCTAssertEqual(FigureExtractor.figures(inText: "千万不要轻信陌生来电").map(\.text), [])
    }

    func testAlternativesShareTheTrailingQualifier() {
        let figures = FigureExtractor.figures(inText: "引进1亿元人民币或1000万美元以上项目")
        XCTAssertEqual(figures.map(\.qualifier), [.over, .over])
        XCTAssertEqual(figures.map(\.unit), ["元", "美元"])
    }
}
