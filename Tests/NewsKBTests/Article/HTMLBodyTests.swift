import NewsKB
import XCTest

final class HTMLBodyTests: XCTestCase {
    /// The seed's body as blocks, compared with a readable golden dump.
    func testSeedBlocksMatchGoldenDump() throws {
        let article = try ArticleReader.read(fileAt: Paths.seed, relativePath: "seed.txt")
        XCTAssertEqual(article.blocks.count, 20)
        XCTAssertEqual(article.blocks.filter { $0.kind == .heading }.map(\.text),
                       ["互联互通迈出一大步", "开放外链将带来可观流量", "为信息跨平台流动做好准备"])
        let dump = article.blocks.map { "\($0.kind.rawValue): \($0.text)" }.joined(separator: "\n") + "\n"
        let golden = try String(contentsOf: Paths.fixture("seed-blocks.txt"), encoding: .utf8)
        XCTAssertEqual(dump, golden)
    }

    func testBlockKindsAndBreaks() throws {
        let html = """
            <h2>标题</h2><p>第一段<br>第二行</p><ul><li>条目一</li><li>条目二</li></ul>
            <table><tr><td>单元格</td><th>表头</th></tr></table><blockquote>引文</blockquote>
            开头的裸文本<div>块<p>内段</p>尾</div>
            """
        let blocks = try HTMLBody.blocks(from: html)
        XCTAssertEqual(blocks, [
            Block(.heading, "标题"), Block(.paragraph, "第一段"), Block(.paragraph, "第二行"),
            Block(.listItem, "条目一"), Block(.listItem, "条目二"),
            Block(.tableCell, "单元格"), Block(.tableCell, "表头"), Block(.blockquote, "引文"),
            Block(.paragraph, "开头的裸文本"), Block(.paragraph, "块"), Block(.paragraph, "内段"), Block(.paragraph, "尾"),
        ])
    }

    func testScriptsStylesCommentsDroppedEntitiesDecodedSpacesNormalized() throws {
        let html = "<p>A&amp;B&#123;&lt;x&gt;&nbsp;&nbsp;C\u{3000}\u{3000}D\t\nE<script>alert(1)</script><style>p{}</style><!-- hidden --></p>"
        XCTAssertEqual(try HTMLBody.blocks(from: html), [Block(.paragraph, "A&B{<x> C D E")])
    }

    func testBoldOnlyParagraphIsHeadingButBoldSentenceIsNot() throws {
        let blocks = try HTMLBody.blocks(from: "<p><strong>小标题</strong></p><p><strong>一整句加粗的话。</strong></p><p><b>部分</b>加粗</p>")
        XCTAssertEqual(blocks.map(\.kind), [.heading, .paragraph, .paragraph])
    }

    func testDeepAndBrokenMarkupDoesNotCrash() throws {
        let deep = String(repeating: "<div>", count: 10_000) + "深处" + String(repeating: "</div>", count: 10_000)
        XCTAssertNoThrow(try HTMLBody.blocks(from: deep))
        let broken = "<p>未闭合<b>加粗<i>斜体</b>错套</i><p>下一段"
        XCTAssertEqual(try HTMLBody.blocks(from: broken).map(\.text), ["未闭合加粗斜体错套", "下一段"])
    }
}
