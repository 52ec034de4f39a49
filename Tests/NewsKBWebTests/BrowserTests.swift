import Foundation
import XCTest

/// The pages as a real browser renders them: `newskb serve` (the built executable) on the
/// fixture knowledge base, headless Chromium loading each page, and assertions on the DOM
/// it ends with (`--dump-dom`: after parsing, styles and any script). Screenshots of each
/// page go to a temporary folder (or `$NEWSKB_SCREENSHOTS`), printed at the end.
///
/// Skips with a message when Chromium is not installed (`.ci/run` installs Debian's `chromium`).
final class BrowserTests: XCTestCase {
    nonisolated(unsafe) static var server: Server?

    override class func tearDown() {
        server?.stop()
        server = nil
    }

    func testTimelineShowsTheSeptember17EntryWithItsSources() throws {
        let browser = try Browser.find()
        let dom = try browser.dumpDOM(try Self.url("/timeline?from=2021-09-17&to=2021-09-17"), screenshot: "timeline")
        XCTAssertTrue(dom.contains("<h2 id=\"m2021-09\">2021-09</h2>"), dom)
        XCTAssertTrue(dom.contains("<span class=\"date\">2021-09-17</span>"), dom)
        // The entry told by several articles, each a link to its page, with the date as it wrote it.
        let sources = Browser.count("<li><a href=\"/articles/", in: dom)
        XCTAssertGreaterThanOrEqual(sources, 2, dom)
        XCTAssertTrue(dom.contains("wrote “9月17日”"), dom)
        XCTAssertTrue(dom.contains("《关于〈微信外部链接内容管理规范〉调整的声明》"), dom)
        // Markup of the page itself is markup, not text.
        XCTAssertFalse(dom.contains("&lt;span"), dom)
    }

    func testHostileArticleRendersAsTextAndRunsNothing() throws {
        let browser = try Browser.find()
        let dom = try browser.dumpDOM(try Self.url("/timeline?from=2021-09-18&to=2021-09-19&all=1"), screenshot: "hostile-timeline")
        XCTAssertTrue(dom.contains("&lt;script&gt;alert('t')&lt;/script&gt; \"引号\" 'single' 标题"), dom)
        Browser.assertInert(dom)
    }

    func testSpeakerPageListsQuotesAndDrawsTheChart() throws {
        let browser = try Browser.find()
        let index = try browser.dumpDOM(try Self.url("/speakers?speaker=yang%20yirui"), screenshot: "speakers")
        XCTAssertTrue(index.contains(">杨益锐</a>"), index)
        let dom = try browser.dumpDOM(try Self.url("/speakers/%E6%9D%A8%E7%9B%8A%E9%94%90"), screenshot: "speaker")
        XCTAssertTrue(dom.contains("<h1>杨益锐 "), dom)
        XCTAssertEqual(Browser.count("<blockquote class=\"quote\">", in: dom), 5, dom)
        XCTAssertTrue(dom.contains("<svg class=\"chart\""), dom)
        XCTAssertTrue(dom.contains("<rect class=\"bar\""), dom)
        XCTAssertTrue(dom.contains("<a href=\"/articles/"), dom)
    }

    func testSearchPageHighlightsTheTwoCharacterWord() throws {
        let browser = try Browser.find()
        let dom = try browser.dumpDOM(try Self.url("/search?q=%E5%A4%96%E9%93%BE"), screenshot: "search")
        XCTAssertGreaterThan(Browser.count("<mark class=\"hit\">外链</mark>", in: dom), 5, dom)
    }

    func testFiguresAndArticlePagesRender() throws {
        let browser = try Browser.find()
        let figures = try browser.dumpDOM(try Self.url("/figures?unit=%E5%85%83&min=1000%E4%BA%BF"), screenshot: "figures")
        XCTAssertTrue(figures.contains("3000亿–7000亿"), figures)
        let article = try browser.dumpDOM(try Self.url("/articles/1"), screenshot: "article")
        XCTAssertTrue(article.contains("<mark class=\"quote\""), article)
        XCTAssertTrue(article.contains("<dl class=\"front\">"), article)
    }

    func testHostileArticlePageRunsNothing() throws {
        let browser = try Browser.find()
        let search = try browser.dumpDOM(try Self.url("/search?q=%E6%98%9F%E6%B2%B3%E5%B9%B3%E5%8F%B0"))
        Browser.assertInert(search)
        let link = try XCTUnwrap(search.components(separatedBy: "<a href=\"/articles/").dropFirst().first?.prefix { $0 != "\"" && $0 != "#" })
        let dom = try browser.dumpDOM(try Self.url("/articles/\(link)"), screenshot: "hostile-article")
        XCTAssertTrue(dom.contains("&lt;script&gt;alert('t')&lt;/script&gt;"), dom)
        Browser.assertInert(dom)
    }

    // MARK: - Helpers

    static func url(_ path: String) throws -> String {
        if server == nil { server = try Server.start(database: try WebFixture.knowledgeBase().path) }
        return server!.base + path
    }

    /// `newskb serve --port 0` on a knowledge base, stopped when the tests end.
    final class Server: @unchecked Sendable {
        let process: Process
        let base: String

        private init(process: Process, base: String) {
            self.process = process
            self.base = base
        }

        /// The executable next to the test bundle (`swift test` builds both into one folder).
        static var executable: URL {
            let folders = [Bundle(for: BrowserTests.self).bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL,
                           Bundle.main.bundleURL.deletingLastPathComponent(), WebFixture.packageRoot.appendingPathComponent(".build/debug")]
            let candidates = folders.map { $0.appendingPathComponent("newskb") }
            return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
        }

        static func start(database: String) throws -> Server {
            guard FileManager.default.isExecutableFile(atPath: executable.path) else {
                throw XCTSkip("no newskb executable at \(executable.path) (run `swift build` first)")
            }
            let process = Process()
            process.executableURL = executable
            process.arguments = ["serve", "--db", database, "--port", "0"]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            // It prints the address once it listens: "newskb: serving … at http://127.0.0.1:PORT/".
            var text = ""
            while !text.contains("\n") {
                let chunk = output.fileHandleForReading.availableData
                guard !chunk.isEmpty else { break }
                text += String(decoding: chunk, as: UTF8.self)
            }
            guard let range = text.range(of: "http://127.0.0.1:") else {
                process.terminate()
                throw NSError(domain: "BrowserTests", code: 1, userInfo: [NSLocalizedDescriptionKey: "newskb serve did not start: \(text)"])
            }
            let port = text[range.upperBound...].prefix { $0.isNumber }
            return Server(process: process, base: "http://127.0.0.1:\(port)")
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// Headless Chromium, one process per page.
    struct Browser {
        let executable: String
        static let screenshots: URL = {
            let folder = ProcessInfo.processInfo.environment["NEWSKB_SCREENSHOTS"].map { URL(fileURLWithPath: $0) }
                ?? FileManager.default.temporaryDirectory.appendingPathComponent("newskb-screenshots")
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return folder
        }()

        static func find() throws -> Browser {
            let candidates = [ProcessInfo.processInfo.environment["CHROMIUM"], "/usr/bin/chromium", "/usr/bin/chromium-browser",
                              "/usr/bin/google-chrome"].compactMap { $0 }
            guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
                throw XCTSkip("Chromium is not installed (Debian: apt-get install chromium); the browser tests need it")
            }
            return Browser(executable: found)
        }

        private func run(_ arguments: [String]) throws -> String {
            let profile = FileManager.default.temporaryDirectory.appendingPathComponent("newskb-chromium-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: profile) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                                 "--user-data-dir=\(profile.path)", "--window-size=1200,1600"] + arguments
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "chromium \(arguments)")
            return String(decoding: data, as: UTF8.self)
        }

        /// The DOM after the page loaded, serialized; and a screenshot named `screenshot`.
        func dumpDOM(_ url: String, screenshot: String? = nil) throws -> String {
            if let screenshot {
                let file = Self.screenshots.appendingPathComponent(screenshot + ".png")
                _ = try run(["--screenshot=\(file.path)", url])
                XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), "no screenshot of \(url)")
                print("browser: screenshot of \(url) at \(file.path)")
            }
            let dom = try run(["--dump-dom", url])
            XCTAssertTrue(dom.contains("</html>"), "no page at \(url): \(dom)")
            return dom
        }

        static func count(_ needle: String, in text: String) -> Int {
            text.components(separatedBy: needle).count - 1
        }

        /// No element came from article text (the pages have no script or image of their own), and
        /// no injected handler ran.
        static func assertInert(_ dom: String, file: StaticString = #filePath, line: UInt = #line) {
            XCTAssertFalse(dom.contains("<script"), dom, file: file, line: line)
            XCTAssertFalse(dom.contains("<img"), dom, file: file, line: line)
            // An injected handler would have marked the body (`<body data-pwned="…">`).
            XCTAssertTrue(dom.contains("<body>"), dom, file: file, line: line)
            XCTAssertFalse(dom.contains("data-pwned=\""), dom, file: file, line: line)
            XCTAssertFalse(dom.contains("href=\"javascript:"), dom, file: file, line: line)
        }
    }
}
