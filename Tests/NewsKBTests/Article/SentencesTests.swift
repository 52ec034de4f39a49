import NewsKB
import XCTest

final class SentencesTests: XCTestCase {
    func testQuoteThenSpeakerIsOneSentence() {
        let text = "“以微信的功能特点，影响巨大。互联互通，前景明朗。”众诚智库分析师杨益锐说。事实上，此次声明是升级。"
        XCTAssertEqual(Sentences.split(text), [
            "“以微信的功能特点，影响巨大。互联互通，前景明朗。”众诚智库分析师杨益锐说。",
            "事实上，此次声明是升级。",
        ])
    }

    func testSpeakerThenQuoteEndsAtClosingMark() {
        let text = "他表示：“这是第一步。还会继续。”随后，记者又采访了另一位专家。"
        XCTAssertEqual(Sentences.split(text), ["他表示：“这是第一步。还会继续。”", "随后，记者又采访了另一位专家。"])
    }

    func testTerminatorsAndSemicolons() {
        XCTAssertEqual(Sentences.split("一是开放；二是互通。真的吗？是的！"), ["一是开放；", "二是互通。", "真的吗？", "是的！"])
        XCTAssertEqual(Sentences.split("一是开放；二是互通。", semicolon: false), ["一是开放；二是互通。"])
        XCTAssertEqual(Sentences.split("什么？！好吧……。"), ["什么？！", "好吧……。"])
        XCTAssertEqual(Sentences.split("没有句号的结尾"), ["没有句号的结尾"])
    }

    func testCornerBracketsAndNestedQuotes() {
        let text = "「他说“好。”然后走了。」她回忆道。第二句。"
        XCTAssertEqual(Sentences.split(text), ["「他说“好。”然后走了。」她回忆道。", "第二句。"])
    }

    func testPiecesCarryScalarOffsets() {
        let text = "甲。乙丙。"
        XCTAssertEqual(Sentences.pieces(text).map { [$0.start, $0.end] }, [[0, 2], [2, 5]])
    }
}
