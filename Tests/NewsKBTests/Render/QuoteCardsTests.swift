import Foundation
@testable import NewsKB
import XCTest

/// Quotes for a terminal: whole, wrapped by display width, under their speaker line.
final class QuoteCardsTests: XCTestCase {
    private let long = "群组聊天中的外链分享与点对点分享不同，此类分享会增加信息传播速度，此时平台需要配套更加完备的监控系统（Link Monitor 2.0），利用数字技术来保障外部链接传播的安全性。"

    func testWrapKeepsEveryCharacterWithinTheWidth() {
        for width in [20, 37, 60, 80] {
            let lines = QuoteCards.wrap(long, width: width, indent: "  ")
            XCTAssertGreaterThan(lines.count, 1)
            for line in lines {
                XCTAssertLessThanOrEqual(ResultTable.displayWidth(line), width, "width \(width): \(line)")
                XCTAssertTrue(line.hasPrefix("  "))
                // Chinese line-breaking: no line starts with closing punctuation.
                XCTAssertFalse("，。、；：）".contains(line.dropFirst(2).first ?? "x"), "width \(width): \(line)")
            }
            let rejoined = lines.map { $0.dropFirst(2) }.joined()
            XCTAssertEqual(rejoined.replacingOccurrences(of: " ", with: ""), long.replacingOccurrences(of: " ", with: ""), "width \(width)")
            XCTAssertTrue(lines.joined(separator: "\n").contains("Monitor"), "a Latin word is not cut")
        }
        // CJK characters take two columns: 10 of them fill a 20-column line.
        XCTAssertEqual(QuoteCards.wrap(String(repeating: "字", count: 25), width: 20), [
            String(repeating: "字", count: 10), String(repeating: "字", count: 10), String(repeating: "字", count: 5)])
        XCTAssertEqual(QuoteCards.wrap("控制\u{1B}[31m字符\n换行", width: 40), ["控制 [31m字符 换行"])
    }

    func testACardHasTheSpeakerLineAndTheWholeQuote() {
        let record = QuoteRecord(speaker: Speaker(name: "盘和林", kind: .person, title: "执行院长", affiliation: "中南财经政法大学数字经济研究院"),
                                 mode: "direct", cue: "说", text: long, date: "2021-12-06", articleTitle: "微信开放电商外链", path: "a.md")
        let card = QuoteCards.render([record], width: 50)
        let lines = card.split(separator: "\n", omittingEmptySubsequences: false)
        // The speaker line breaks between fields.
        XCTAssertEqual(lines.prefix(2).map(String.init), ["盘和林 · 执行院长 · 中南财经政法大学数字经济研究院", "2021-12-06 · 微信开放电商外链"])
        XCTAssertTrue(lines[2].hasPrefix("  “群组聊天"))
        XCTAssertTrue(lines.allSatisfy { ResultTable.displayWidth(String($0)) <= 50 })
        XCTAssertEqual(card.filter { !$0.isWhitespace }.contains(long.filter { !$0.isWhitespace }), true, "the quote whole")
        XCTAssertFalse(card.contains("…"))
    }

    /// The command line: whole quotes on a terminal (a pseudo-terminal made by script(1)),
    /// the aligned table through a pipe and with --format table.
    func testQuotesOnATerminalAndThroughAPipe() throws {
        let scriptTool = URL(fileURLWithPath: "/usr/bin/script")
        guard FileManager.default.isExecutableFile(atPath: scriptTool.path) else { throw XCTSkip("no script(1) for a terminal") }
        let folder = try Paths.temporaryFolder(self)
        let db = folder.appendingPathComponent("kb.sqlite").path
        XCTAssertEqual(try MalformedInputTests.runCLI(["ingest", "--db", db, Paths.seed.path]).status, 0)
        let arguments = ["quotes", "--speaker", "盘和林", "--db", db]

        let piped = try MalformedInputTests.runCLI(arguments)
        XCTAssertTrue(piped.stdout.hasPrefix("speaker"), piped.stdout)
        XCTAssertTrue(piped.stdout.contains("…"), "the table cuts long quotes")

        func onTerminal(_ extra: [String]) throws -> String {
            let command = ([Paths.builtBinary.path] + arguments + extra).map { "'" + $0 + "'" }.joined(separator: " ")
            let process = Process()
            process.executableURL = scriptTool
            process.arguments = ["-qec", command, "/dev/null"]
            var environment = ProcessInfo.processInfo.environment
            environment["COLUMNS"] = "60"
            process.environment = environment
            let output = Pipe()
            process.standardOutput = output
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
            return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        }
        let cards = try onTerminal([])
        XCTAssertTrue(cards.hasPrefix("盘和林 · 执行院长 · 中南财经政法大学数字经济研究院"), cards)
        XCTAssertTrue(cards.contains("  “此前是在封闭的点对点聊天中"), cards)
        XCTAssertFalse(cards.contains("…"), "every quote whole")
        let lines = cards.split(separator: "\n")
        XCTAssertTrue(lines.allSatisfy { ResultTable.displayWidth(String($0)) <= 60 }, cards)
        XCTAssertTrue(try onTerminal(["--format", "table"]).hasPrefix("speaker"))
    }
}
