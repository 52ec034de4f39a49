import Foundation
import NewsKB
import XCTest

final class ArticleReaderTests: XCTestCase {
    private func read(_ text: String, path: String = "x.md") throws -> Article {
        try ArticleReader.read(text: text, path: path)
    }

    func testSeedFrontMatter() throws {
        let article = try ArticleReader.read(fileAt: Paths.seed, relativePath: "seed.txt")
        XCTAssertEqual(article.title, "微信开放电商外链——网络生态巨变已在路上")
        XCTAssertEqual(article.categories, ["金融", "证券时报网", "要闻"])
        XCTAssertEqual(article.source, "证券时报网")
        XCTAssertEqual(article.published.map(PublicationDate.iso), "2021-12-06T14:20:00Z")
        XCTAssertEqual(article.publishedDay?.iso, "2021-12-06")
        XCTAssertEqual(article.frontMatter["comments"], "false")
        XCTAssertTrue(article.frontMatter["headimg"]?.hasPrefix("https://") ?? false, "unknown keys are kept")
        XCTAssertEqual(article.warnings, [])
    }

    func testDateFormats() throws {
        let cases: [(String, String, String)] = [
            ("Mon, 06 Dec 2021 14:20:00 GMT", "2021-12-06T14:20:00Z", "2021-12-06"),
            // 17:00 UTC on the 5th is already the 6th in Shanghai.
            ("Sun, 05 Dec 2021 17:00:00 GMT", "2021-12-05T17:00:00Z", "2021-12-06"),
            ("Mon, 06 Dec 2021 22:20:00 +0800", "2021-12-06T14:20:00Z", "2021-12-06"),
            ("2021-12-06T14:20:00Z", "2021-12-06T14:20:00Z", "2021-12-06"),
            ("2021-12-06T22:20:00+08:00", "2021-12-06T14:20:00Z", "2021-12-06"),
            ("2021-12-06 22:20:00", "2021-12-06T14:20:00Z", "2021-12-06"),
            ("2021-12-06", "2021-12-05T16:00:00Z", "2021-12-06"),
            ("6 Dec 2021 14:20:00 +0000", "2021-12-06T14:20:00Z", "2021-12-06"),
            ("2021-12-06T14:20:00.250Z", "2021-12-06T14:20:00Z", "2021-12-06"),
            ("2021/12/06 22:20", "2021-12-06T14:20:00Z", "2021-12-06"),
            ("2020-02-29", "2020-02-28T16:00:00Z", "2020-02-29"),
            ("1999-12-31T23:59:59-05:00", "2000-01-01T04:59:59Z", "2000-01-01"),
        ]
        for (raw, instant, day) in cases {
            let article = try read("---\ntitle: t\ndate: \(raw)\n---\n<p>正文</p>")
            XCTAssertEqual(article.published.map(PublicationDate.iso), instant, raw)
            XCTAssertEqual(article.publishedDay?.iso, day, raw)
        }
    }

    func testImpossibleAndAmbiguousDatesAreRejected() {
        for raw in ["Invalid Date", "2021-02-30", "2021-13-01", "Mon, 06 Dec 2021 14:20:00 CST", "12345", "2021-12-06 25:00", "yesterday"] {
            XCTAssertNil(PublicationDate.parse(raw), raw)
        }
    }

    func testUnknownDateIsAWarningNotAFailure() throws {
        let article = try read("---\ntitle: t\ndate: Invalid Date\n---\n<p>正文</p>")
        XCTAssertNil(article.published)
        XCTAssertEqual(article.warnings, ["unrecognized date \"Invalid Date\": date unknown"])
    }

    func testCategoriesAndTagsAsListOrString() throws {
        let asString = try read("---\ntitle: t\ncategories: 金融, 证券时报网\ntags: [微信, 外链]\n---\n<p>x</p>")
        XCTAssertEqual(asString.categories, ["金融", "证券时报网"])
        XCTAssertEqual(asString.tags, ["微信", "外链"])
        let asList = try read("---\ntitle: t\ncategories:\n  - 新媒体\n  - 36kr\ntags: 单个\n---\n<p>x</p>")
        XCTAssertEqual(asList.categories, ["新媒体", "36kr"])
        XCTAssertEqual(asList.tags, ["单个"])
        XCTAssertEqual(asList.source, "36kr", "the outlet falls back to the second category")
    }

    func testNoFrontMatterTakesTitleFromHeadingOrFileName() throws {
        let withHeading = try read("<h1>标题在此</h1><p>正文。</p>", path: "a/b.html")
        XCTAssertEqual(withHeading.title, "标题在此")
        XCTAssertNil(withHeading.published)
        XCTAssertTrue(withHeading.warnings.contains { $0.hasPrefix("no front matter") })
        let bare = try read("<p>只有正文。</p>", path: "dir/文件 名.md")
        XCTAssertEqual(bare.title, "文件 名")
    }

    func testMalformedFrontMatterFailsWithAReason() {
        XCTAssertThrowsError(try read("---\ntitle: t\n<p>never closed</p>")) { error in
            XCTAssertEqual((error as? ArticleReader.Failure)?.reason, "front matter opened with --- but never closed")
        }
        XCTAssertThrowsError(try read("---\ntitle: [unclosed\n---\n<p>x</p>")) { error in
            XCTAssertTrue((error as? ArticleReader.Failure)?.reason.hasPrefix("invalid YAML front matter") ?? false)
        }
        XCTAssertThrowsError(try read("   \n\n")) { error in
            XCTAssertEqual((error as? ArticleReader.Failure)?.reason, "empty file")
        }
    }

    func testEncodings() throws {
        let text = "---\ntitle: 编码\n---\n<p>微信开放外链。</p>"
        let bom = try ArticleReader.read(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8), path: "bom.md")
        XCTAssertEqual(bom.title, "编码")
        let utf16 = try ArticleReader.read(bytes: [0xFF, 0xFE] + Array(text.data(using: .utf16LittleEndian)!), path: "u16.md")
        XCTAssertEqual(utf16.blocks.first?.text, "微信开放外链。")
        let crlf = try ArticleReader.read(text: text.replacingOccurrences(of: "\n", with: "\r\n"), path: "crlf.md")
        XCTAssertEqual(crlf.title, "编码")
        // "微信" in GB18030.
        let gb: [UInt8] = Array("---\ntitle: gb\n---\n<p>".utf8) + [0xCE, 0xA2, 0xD0, 0xC5] + Array("</p>".utf8)
        let decoded = try ArticleReader.read(bytes: gb, path: "gb.md")
        XCTAssertEqual(decoded.blocks.first?.text, "微信")
        XCTAssertEqual(decoded.warnings.first, "not UTF-8; decoded as GB18030")
        XCTAssertThrowsError(try ArticleReader.read(bytes: [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01], path: "bin.md"))
    }
}
