import Foundation
import XCTest
@testable import NewsKB

/// Every data file the events use loads, and each `# example:` is matched by the rule that
/// reads the file.
final class EventLexiconTests: XCTestCase {
    private let published = Day(year: 2021, month: 12, day: 6)

    private func examples(_ name: String) throws -> [(key: String, fields: [String], example: String)] {
        let lexicon = try Lexicon.load(name)
        let rows = lexicon.entries.compactMap { entry in entry.example.map { (entry.key, entry.fields, $0) } }
        XCTAssertFalse(rows.isEmpty, "\(name).txt has no examples")
        return rows
    }

    func testTimeWordExamplesYieldTheWord() throws {
        for (key, _, example) in try examples("time-words") {
            let found = TimeExpressions.find(in: example, published: published)
            XCTAssert(found.contains { $0.text.contains(key) }, "\(key): \(example) → \(found.map(\.text))")
        }
    }

    func testMonthPartExamplesCoverTheirDays() throws {
        for (key, fields, example) in try examples("time-month-parts") {
            let found = TimeExpressions.find(in: example, published: published)
            let first = Int(fields[0]) ?? 0, last = Int(fields[1]) ?? 0
            XCTAssert(found.contains { $0.text.hasSuffix(key) && $0.start.day == first && $0.end.day <= last && $0.end.day >= min(last, 28) },
                      "\(key): \(example) → \(found.map { "\($0.text) \($0.start)…\($0.end)" })")
        }
    }

    func testSpanEdgeExamplesChangeTheSpanAsTheirMeaningSays() throws {
        for (key, fields, example) in try examples("time-span-edges") {
            let found = TimeExpressions.find(in: example, published: published)
            let report = "\(key) \(fields[1]): \(example) → \(found.map { "\($0.text) \($0.start)…\($0.end) \($0.precision)" })"
            let covering = found.first { $0.text.contains(key) }
            switch TimeLexicon.Edge(rawValue: fields[1]) {
            case .since, .onwards, .later: XCTAssertEqual(covering?.end, published, report)
            case .earlier: XCTAssert(covering.map { $0.end == published && $0.precision == .approx } ?? false, report)
            case .from, .starting, .same: XCTAssertNotNil(covering, report)
            case .about: XCTAssertEqual(covering?.precision, .approx, report)
            case .by: XCTAssert(covering.map { $0.start == $0.end } ?? false, report)
            case .origin: XCTAssert(found.contains { $0.text.hasPrefix(key) }, report)
            case .blocks: XCTAssert(covering == nil && !found.isEmpty, report)
            case nil: XCTFail(report)
            }
        }
    }

    func testContextWordExamplesChangeWhatTheTimeIs() throws {
        for (key, fields, example) in try examples("time-context-words") {
            let found = TimeExpressions.find(in: example, published: published)
            let scalars = Array(example.unicodeScalars), word = Array(key.unicodeScalars)
            let keyEnd = (0...(scalars.count - word.count)).first { Array(scalars[$0..<$0 + word.count]) == word }.map { $0 + word.count }
            for role in fields.compactMap(TimeLexicon.Context.init(rawValue:)) {
                let report = "\(key) \(role): \(example) → \(found.map { "\($0.text) baseline \($0.isBaseline) record \($0.isRecordWindow)" })"
                switch role {
                case .anyYear: XCTAssertFalse(found.contains { $0.offset == keyEnd }, report)
                case .record: XCTAssert(found.contains(where: \.isRecordWindow), report)
                case .comparison: XCTAssert(found.contains(where: \.isBaseline), report)
                case .past: XCTAssertFalse(found.contains { $0.text == "今天" }, report)
                case .everyDay: XCTAssertFalse(found.contains { $0.text.hasPrefix("次日") || $0.text.hasPrefix("当天") }, report)
                case .age: XCTAssertFalse(found.contains { $0.text == "今年" }, report)
                case .wordEnd: XCTAssertFalse(found.contains { $0.text.hasPrefix(String(key.unicodeScalars.last!)) }, report)
                }
            }
        }
    }

    func testYearPartExamplesCoverTheirMonths() throws {
        for (key, fields, example) in try examples("time-year-parts") {
            let found = TimeExpressions.find(in: example, published: published)
            let first = Int(fields[0]) ?? 0, last = Int(fields[1]) ?? 0
            XCTAssert(found.contains { $0.text.contains(key) && $0.start.month == first && $0.end.month == last },
                      "\(key): \(example) → \(found.map { "\($0.text) \($0.start)…\($0.end)" })")
        }
    }

    func testDayPartExamplesBelongToTheirDay() throws {
        for (key, _, example) in try examples("time-day-parts") {
            let found = TimeExpressions.find(in: example, published: published)
            XCTAssert(found.contains { $0.text.contains(key) && $0.precision == .day }, "\(key): \(example) → \(found.map(\.text))")
        }
    }

    func testGenericWordExamplesYieldNoExpressionOverTheWord() throws {
        for (key, _, example) in try examples("time-generic") {
            let found = TimeExpressions.find(in: example, published: published)
            XCTAssertFalse(found.contains { $0.text.contains(key) }, "\(key): \(example) → \(found.map(\.text))")
        }
    }

    func testFestivalAndPeriodExamplesYieldTheName() throws {
        for name in ["festivals", "named-periods"] {
            for (key, _, example) in try examples(name) {
                let found = TimeExpressions.find(in: example, published: published)
                XCTAssert(found.contains { $0.text.contains(key) }, "\(name) \(key): \(example) → \(found.map(\.text))")
            }
        }
    }

    func testEveryLunarFestivalHasADateFor2015Through2030() {
        let lexicon = TimeLexicon.shared
        for name in ["除夕", "春节", "元宵", "端午", "七夕", "中秋", "重阳", "清明"] {
            for year in 2015...2030 {
                XCTAssertNotNil(lexicon.festivalDates[name]?[year], "\(name) \(year)")
            }
        }
        XCTAssertEqual(lexicon.festivalDates["春节"]?[2021]?.month, 2)
        XCTAssertEqual(lexicon.festivalDates["春节"]?[2021]?.day, 12)
        XCTAssertEqual(lexicon.festivalDates["中秋"]?[2022]?.day, 10)
    }

    func testFutureMarkerExamples() throws {
        for (key, fields, example) in try examples("time-future-markers") {
            let expected = fields.first != "no"
            XCTAssertEqual(TimeExpressions.speaksOfFuture(Array(example.unicodeScalars)), expected, "\(key): \(example)")
        }
    }

    func testHabitualAndNameFollowerExamplesAreNoEvents() throws {
        for name in ["time-habitual-markers", "time-name-followers"] {
            for (key, _, example) in try examples(name) {
                XCTAssertTrue(example.contains(key))
                let found = TimeExpressions.find(in: example, published: published)
                XCTAssertTrue(found.isEmpty, "\(name) \(key): \(example) → \(found.map(\.text))")
            }
        }
    }

    func testPolicyKeywordExamples() throws {
        for (key, _, example) in try examples("policy-keywords") {
            XCTAssertTrue(Policy.isPolicy(example, actors: []), "\(key): \(example)")
        }
    }
}
