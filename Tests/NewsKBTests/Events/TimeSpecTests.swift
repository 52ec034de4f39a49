import Foundation
import XCTest
@testable import NewsKB

/// Runs every case of Fixtures/time-spec.json: a text, its publication day, and the one
/// expression it must yield (`date` picks it when the text holds several), or `none`.
final class TimeSpecTests: XCTestCase {
    struct Case: Decodable {
        var text: String
        var published: String
        var date: String?
        var start: String?
        var end: String?
        var precision: String?
        var none: Bool?
    }

    func testTimeSpec() throws {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/time-spec.json")
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
        XCTAssertGreaterThanOrEqual(cases.filter { $0.none != true }.count, 150)
        var failures: [String] = []
        for spec in cases {
            let published = try XCTUnwrap(Day(iso: spec.published), spec.text)
            let found = TimeExpressions.find(in: spec.text, published: published)
            if spec.none == true {
                if !found.isEmpty { failures.append("\(spec.text): expected nothing, got \(found.map(\.text))") }
                continue
            }
            let candidates = spec.date.map { date in found.filter { $0.text.contains(date) } } ?? found
            guard let got = candidates.first else {
                failures.append("\(spec.text): nothing found (all: \(found.map(\.text)))")
                continue
            }
            if spec.date == nil, found.count != 1 {
                failures.append("\(spec.text): expected one expression, got \(found.map(\.text))")
            }
            let result = "\(got.start.iso)..\(got.end.iso) \(got.precision.rawValue)"
            let expected = "\(spec.start ?? "")..\(spec.end ?? "") \(spec.precision ?? "")"
            if result != expected { failures.append("\(spec.text) [\(got.text)]: expected \(expected), got \(result)") }
        }
        XCTAssert(failures.isEmpty, "\(failures.count) of \(cases.count) cases fail:\n" + failures.joined(separator: "\n"))
    }

    func testExpressionTextAndOffsetAreCopiedFromTheSentence() {
        let text = "据悉，2022 年 4 月 28 日晚，部分客户收到短信。"
        let found = TimeExpressions.find(in: text, published: Day(year: 2022, month: 4, day: 29))
        XCTAssertEqual(found.map(\.text), ["2022 年 4 月 28 日晚"])
        let scalars = Array(text.unicodeScalars)
        let expression = found[0]
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[expression.offset..<(expression.offset + expression.length)])), expression.text)
    }

    func testCutOffKeepsItsWordInTheText() {
        let found = TimeExpressions.find(in: "截至去年末，贷款余额增长", published: Day(year: 2021, month: 12, day: 6))
        XCTAssertEqual(found.first?.text, "截至去年末")
    }
}
