import Foundation
@testable import NewsKB
import XCTest

/// The hand-written replacements of slow Foundation and Character-level code must give the
/// same results as what they replaced, on every scalar and on generated awkward text.
final class FoundationEquivalenceTests: XCTestCase {
    func testWhitespaceSetsMatchFoundationOnEveryScalar() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(Trimming.isWhitespace(scalar), CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
            XCTAssertEqual(Trimming.isWhitespaceOrNewline(scalar), CharacterSet.whitespacesAndNewlines.contains(scalar),
                           "U+\(String(value, radix: 16))")
        }
    }

    func testTrimmingMatchesFoundation() {
        var cases = ["", " ", "\t \u{3000}", "标题", " \u{3000}标题\u{A0} ", "\u{200B}a\u{200B}", "\n a \n", "a\u{2028}",
                     " \u{301}x", "x \u{301}", "😀 ", " 👩‍👩‍👧 ", "\u{85}x\u{85}", "\r\nx\r\n", "\u{FEFF} x"]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<300 { cases.append(generator.awkwardText(length: 6)) }
        for text in cases {
            XCTAssertEqual(text.trimmingWhitespace(), text.trimmingCharacters(in: .whitespaces), text.debugDescription)
            XCTAssertEqual(text.trimmingWhitespaceAndNewlines(), text.trimmingCharacters(in: .whitespacesAndNewlines),
                           text.debugDescription)
            let inner = text.dropFirst()
            XCTAssertEqual(inner.trimmingWhitespace(), inner.trimmingCharacters(in: .whitespaces), text.debugDescription)
        }
    }

    func testNormalizeWhitespaceMatchesScalarReference() {
        var generator = SeededGenerator(seed: 11)
        var cases = ["", "   ", "\u{3000}a\u{A0}\u{A0}b\u{200B}c\u{FEFF} ", "\u{7}\u{85}x\u{1F}  y\u{9F}"]
        for _ in 0..<2000 { cases.append(generator.awkwardText(length: 12)) }
        for text in cases {
            XCTAssertEqual(TextCleaning.normalizeWhitespace(text), Self.referenceNormalize(text), text.debugDescription)
        }
    }

    func testScalarsOfTextMatchUnicodeScalarsView() {
        var generator = SeededGenerator(seed: 17)
        var cases = ["", "a", "中文，“引号”😀\u{301}", String(repeating: "é中😀a", count: 50)]
        for _ in 0..<500 { cases.append(generator.awkwardText(length: 20)) }
        for text in cases {
            XCTAssertEqual([Unicode.Scalar](scalarsOf: text), Array(text.unicodeScalars), text.debugDescription)
        }
    }

    func testWordLookupByScalarsMatchesStringLookup() {
        for table in [QuoteLexicons.organizations, QuoteLexicons.anonymous, QuoteLexicons.fillers, QuoteLexicons.documents] {
            var probes = table.words.map(\.key)
            probes += probes.map { String($0.unicodeScalars.dropLast()) } + probes.map { $0 + "的" }
            // A compatibility ideograph is canonically equivalent to the unified one: String lookup finds it.
            probes += ["\u{F90A}", "金融", "\u{F90A}融", "e\u{301}", ""]
            for probe in probes {
                let scalars = Array(probe.unicodeScalars)
                XCTAssertEqual(table.word(scalars[...])?.key, table.word(probe)?.key, probe)
            }
        }
    }

    func testZeroPaddedMatchesStringFormat() {
        for value in [-12_345, -100, -5, 0, 1, 7, 9, 10, 59, 99, 100, 999, 1000, 2021, 9999, 10_000, 123_456] {
            for width in [2, 4] {
                XCTAssertEqual(Day.zeroPadded(value, width: width), String(format: "%0\(width)d", value))
            }
        }
    }

    func testFrontMatterSplitMatchesCharacterReference() {
        let lines = ["---", " --- ", "...", "\u{3000}---\u{A0}", "---\u{301}", "-- -", "", "  ", "\u{200B}", " \u{301}",
                     "title: 标题", "a: b", "...\r", "---\r", "<p>正文</p>"]
        var generator = SeededGenerator(seed: 3)
        for _ in 0..<3000 {
            let count = Int(generator.next() % 7)
            let separator = generator.next() % 5 == 0 ? "\r\n" : "\n"
            let text = (0..<count).map { _ in lines[Int(generator.next() % UInt64(lines.count))] }.joined(separator: separator)
            let fast = Result { try FrontMatter.split(text) }.map { [$0.yaml, String($0.body)] }
            let reference = Result { try Self.referenceSplit(text) }.map { [$0.yaml, String($0.body)] }
            switch (fast, reference) {
            case let (.success(a), .success(b)): XCTAssertEqual(a, b, text.debugDescription)
            case (.failure, .failure): break
            default: XCTFail("one split failed, the other did not: \(text.debugDescription)")
            }
        }
    }

    func testDecimalFromDigitsMatchesDecimalStringBitForBit() {
        var generator = SeededGenerator(seed: 5)
        var cases = ["0", "00", "0.0", "1", "10", "3000", "1.5", "1.50", "0.05", "12.5", "007", ".5", "5.", "1.2.3",
                     "", "99999999999999999999", "1000000000000000000000", String(repeating: "1", count: 40),
                     "1" + String(repeating: "0", count: 45), "0." + String(repeating: "0", count: 45) + "1"]
        for _ in 0..<20_000 {
            let length = 1 + Int(generator.next() % 22)
            var digits = (0..<length).map { _ in generator.next() % 3 == 0 ? "0" : String(generator.next() % 10) }
            if generator.next() % 2 == 0 { digits.insert(".", at: Int(generator.next() % UInt64(length + 1))) }
            cases.append(digits.joined())
        }
        for digits in cases {
            let expected = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX"))
            XCTAssertEqual(Numerals.decimal(fromDigits: digits).map(Self.bits), expected.map(Self.bits), digits)
            XCTAssertEqual(Self.bits(NumberScanner.lastDigitStep(digits)), Self.bits(Self.referenceStep(digits)), digits)
        }
    }

    func testSubjectPhraseOnScalarsMatchesCharacters() {
        let pieces = ["其中", "而", "此外", "营业收入", "分别为", "达到", "为", "是", "约", "的", " ", "\u{3000}", "了", "净利润",
                      "同比", "合计", "用户数", "已", "至", "A股", "5G"]
        var generator = SeededGenerator(seed: 13)
        for _ in 0..<3000 {
            let count = Int(generator.next() % 8)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let scalars = Array(text.unicodeScalars)
            let expected = FigureExtractor.subjectPhrase(characters: text.trimmingCharacters(in: .whitespaces))
            XCTAssertEqual(FigureExtractor.subjectPhrase(scalars, from: 0, to: scalars.count), expected, text)
        }
    }

    // MARK: - The implementations that were replaced, kept as references

    private static func bits(_ value: Decimal) -> [UInt8] {
        withUnsafeBytes(of: value) { Array($0) }
    }

    private static func referenceStep(_ digits: String) -> Decimal {
        let scalars = Array(digits.unicodeScalars)
        let point = scalars.firstIndex(of: ".") ?? scalars.count
        guard let last = scalars.lastIndex(where: { $0 != "0" && $0 != "." }) else { return 1 }
        let exponent = last < point ? point - last - 1 : -(last - point)
        var step: Decimal = 1
        if exponent >= 0 {
            for _ in 0..<exponent { step *= 10 }
        } else {
            for _ in 0..<(-exponent) { step /= 10 }
        }
        return step
    }

    private static func referenceNormalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if TextCleaning.isSpace(scalar) {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if TextCleaning.isDropped(scalar) { continue }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    private static func referenceSplit(_ text: String) throws -> (yaml: String?, body: Substring) {
        var rest = text[...]
        while let newline = rest.firstIndex(of: "\n"), rest[..<newline].allSatisfy({ $0.isWhitespace }) {
            rest = rest[rest.index(after: newline)...]
        }
        guard let first = rest.firstIndex(of: "\n") ?? (rest.isEmpty ? nil : rest.endIndex),
              rest[..<first].trimmingCharacters(in: .whitespaces) == "---" else {
            return (nil, text[...])
        }
        var cursor = first < rest.endIndex ? rest.index(after: first) : rest.endIndex
        let yamlStart = cursor
        while cursor < rest.endIndex {
            let lineEnd = rest[cursor...].firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[cursor..<lineEnd].trimmingCharacters(in: .whitespaces)
            if line == "---" || line == "..." {
                let bodyStart = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : lineEnd
                return (String(rest[yamlStart..<cursor]), rest[bodyStart...])
            }
            cursor = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : lineEnd
        }
        throw FrontMatter.Failure.unterminated
    }
}

/// A small deterministic generator (SplitMix64) so failures reproduce.
private struct SeededGenerator {
    private var random: SplitMix64
    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { random.next() }

    /// Text mixing the scalars the cleaners treat specially: every kind of space and newline,
    /// controls, zero-width characters, combining marks, and 1- to 4-byte UTF-8.
    mutating func awkwardText(length: Int) -> String {
        let pool: [Unicode.Scalar] = [" ", "\t", "\n", "\r", "\u{0B}", "\u{1}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}",
                                      "\u{1680}", "\u{2000}", "\u{200A}", "\u{200B}", "\u{200D}", "\u{2028}", "\u{202F}",
                                      "\u{205F}", "\u{3000}", "\u{FEFF}", "\u{301}", "a", "-", ".", "é", "中", "。", "😀"]
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int(next() % UInt64(length + 1)) { scalars.append(pool[Int(next() % UInt64(pool.count))]) }
        return String(scalars)
    }
}
