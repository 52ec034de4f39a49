import Foundation
import NewsKB
import XCTest

final class TimelineOutputTests: XCTestCase {
    /// output/timeline.md is what `newskb ingest corpus && newskb timeline --topic 互联互通` writes.
    func testCommittedTimelineMatchesCorpus() throws {
        let folder = try Paths.temporaryFolder(self)
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        let summary = try Ingester(knowledgeBase: kb).run(paths: [Paths.corpus.path])
        XCTAssertEqual(summary.failures, [])
        let markdown = try TimelineRender.markdown(kb, EventFilter(topicKeywords: Topics.keywords(for: "互联互通"), newsworthyOnly: true),
                                               title: "Timeline: 互联互通", corpus: ["corpus"],
                                               linksFrom: Paths.packageRoot.appendingPathComponent("output"))
        let committed = try String(contentsOf: Paths.packageRoot.appendingPathComponent("output/timeline.md"), encoding: .utf8)
        XCTAssertEqual(markdown, committed, "output/timeline.md is stale: run `swift run newskb ingest corpus && swift run newskb timeline --topic 互联互通`")
    }
}
