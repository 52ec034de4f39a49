import Foundation
import GRDB
@testable import NewsKB
import XCTest

/// One organization or person across articles, one statement across outlets, one article
/// across folders: built from invented articles in temporary folders and from corpus/.
final class EntityLinkTests: XCTestCase {
    // MARK: The alias lexicon

    func testEveryAliasLineIsOneFactWithItsExampleRun() throws {
        let lexicon = try Lexicon.load("organization-aliases")
        var owner: [String: String] = [:]
        for entry in lexicon.entries {
            let kind = try XCTUnwrap(entry.fields.first, "line \(entry.line)")
            XCTAssertTrue(["gov", "court", "company", "research", "media", "other"].contains(kind), "line \(entry.line): kind \(kind)")
            let others = Array(entry.fields.dropFirst())
            XCTAssertFalse(others.isEmpty, "line \(entry.line): \(entry.key) has no other name")
            for name in [entry.key] + others {
                XCTAssertNil(owner[name], "line \(entry.line): \(name) also belongs to \(owner[name] ?? "")")
                owner[name] = entry.key
                XCTAssertEqual(OrganizationAliases.identity(name), entry.key, name)
            }
            // The example names the organization by another name, and whatever the extractors
            // find there under that name links to the organization (or one of its units).
            let example = try XCTUnwrap(entry.example, "line \(entry.line): no example")
            let written = try XCTUnwrap(others.first { example.contains($0) }, "line \(entry.line): “\(example)” uses no other name")
            let article = Article(path: "x", title: "", blocks: [Block(.paragraph, example)])
            let found = QuoteExtractor.extract(article).flatMap { quote in
                quote.speaker.kind == .person ? [quote.speaker.affiliation] : [quote.speaker.name, quote.speaker.affiliation]
            } + Actors.find(in: example).map(\.name)
            for name in found where name.contains(written) {
                let identity = OrganizationAliases.identity(name)
                XCTAssertTrue(identity == entry.key || (kind == "gov" || kind == "court") && identity.hasPrefix(entry.key),
                              "line \(entry.line): \(name) in “\(example)” links to \(identity)")
            }
        }
    }

    func testAliasesBothWays() {
        XCTAssertEqual(OrganizationAliases.identity("工信部"), "工业和信息化部")
        XCTAssertEqual(OrganizationAliases.identity("工业和信息化部"), "工业和信息化部")
        XCTAssertEqual(OrganizationAliases.identity("网信办"), "国家互联网信息办公室")
        XCTAssertEqual(OrganizationAliases.identity("国家网信办"), "国家互联网信息办公室")
        XCTAssertEqual(OrganizationAliases.identity("FTC"), "美国联邦贸易委员会")
        XCTAssertEqual(OrganizationAliases.identity("证监会"), "中国证券监督管理委员会")
        XCTAssertEqual(Set(OrganizationAliases.variants("工信部")), ["工信部", "工业和信息化部"])
        XCTAssertEqual(Set(OrganizationAliases.variants("工业和信息化部")), ["工信部", "工业和信息化部"])
        // A ministry's units carry its name in either form; a company's units their own brand.
        XCTAssertEqual(OrganizationAliases.identity("工信部信息通信管理局"), "工业和信息化部信息通信管理局")
        XCTAssertEqual(Set(OrganizationAliases.variants("工业和信息化部信息通信管理局")),
                       ["工业和信息化部信息通信管理局", "工信部信息通信管理局"])
        XCTAssertEqual(OrganizationAliases.identity("阿里云"), "阿里云")
        XCTAssertEqual(OrganizationAliases.identity("艾媒咨询"), "艾媒咨询")
        XCTAssertTrue(Link.compatible("工信部信息通信管理局", "工业和信息化部网络安全管理局"))
        XCTAssertFalse(Link.compatible("工信部信息通信管理局", "中国证监会"))
    }

    func testPersonNameVariants() {
        XCTAssertEqual(PersonNames.key("Lina Khan"), PersonNames.key("Lina M. Khan"))
        XCTAssertEqual(PersonNames.key("lina khan"), PersonNames.key("Lina  Khan"))
        XCTAssertEqual(PersonNames.key("蒂姆·库克"), PersonNames.key("蒂姆•库克"))
        XCTAssertNotEqual(PersonNames.key("Lina Khan"), PersonNames.key("Lina Kahn"))
        XCTAssertEqual(PersonNames.key("盘和林"), "盘和林")
        XCTAssertEqual(PersonNames.key("J. Smith"), "j smith", "an initial with one other part stays")
    }

    // MARK: Invented articles

    private func write(_ folder: URL, _ path: String, title: String, date: String, outlet: String, _ paragraphs: [String]) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let text = """
            ---
            title: '\(title)'
            categories:
             - 新媒体
             - \(outlet)
            date: \(date)
            ---

            <div>\(paragraphs.map { "<p>\($0)</p>" }.joined())</div>
            """
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Two outlets report one ministry statement, a regulator's chair and one official, each
    /// under other names.
    private func inventedOutlets() throws -> KnowledgeBase {
        let folder = try Paths.temporaryFolder(self)
        let corpus = folder.appendingPathComponent("corpus")
        try write(corpus, "甲报/互通.md", title: "工信部：平台须限期解除外链屏蔽", date: "2021-10-08 10:00:00", outlet: "甲报", [
            "工信部表示：“平台企业要在规定时间内解除屏蔽，逾期未改的将依法处置。”",
            "工信部信息通信管理局局长闵启航表示，平台应当在年底前解除对外部链接的屏蔽。",
            "美国联邦贸易委员会主席Lina M. Khan表示，大型平台不应拒绝与竞争对手互通。",
        ])
        try write(corpus, "乙网/转载.md", title: "平台外链屏蔽须限期解除", date: "2021-10-09 09:30:00", outlet: "乙网", [
            "工业和信息化部表示：“平台企业要在规定时间内解除屏蔽, 逾期未改的, 将依法处置!”",
            "工业和信息化部网络安全管理局新闻发言人闵启航说：“即时通信软件的互通是第一步。”",
            "“收购初创企业以消除竞争的做法必须停止。”Lina Khan说。",
        ])
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        let summary = try Ingester(knowledgeBase: kb).run(paths: [corpus.path])
        XCTAssertEqual(summary.failures.count, 0)
        return kb
    }

    func testAnyNameOfAnOrganizationFindsTheSameRowsAndOneSpeaker() throws {
        let kb = try inventedOutlets()
        let short = try kb.quotes(QuoteFilter(speaker: "工信部", kind: .organization, limit: 50))
        XCTAssertEqual(Set(short.map(\.speaker.name)), ["工信部", "工业和信息化部"])
        XCTAssertEqual(try kb.quotes(QuoteFilter(speaker: "工业和信息化部", kind: .organization, limit: 50)), short)
        XCTAssertEqual(try kb.quotes(QuoteFilter(speaker: "工信部", limit: 50)),
                       try kb.quotes(QuoteFilter(speaker: "工业和信息化部", limit: 50)), "the bureaus too, by either name")
        let ministry = try kb.speakers(kind: .organization, name: "工信部", limit: 50)
        XCTAssertEqual(ministry.map(\.name), ["工业和信息化部"])
        XCTAssertEqual(ministry.first?.quotes, 2)
        XCTAssertEqual(ministry.first?.articles, 2)
        XCTAssertEqual(try kb.speakers(kind: .organization, name: "工业和信息化部", limit: 50), ministry)
        // The official at two bureaus of the ministry, under its two names, is one person.
        let official = try kb.speakers(kind: .person, name: "闵启航", limit: 50)
        XCTAssertEqual(official.count, 1, "\(official)")
        XCTAssertEqual(Set(official.first?.titles ?? []), ["局长", "新闻发言人"])
        XCTAssertEqual(try kb.quotes(QuoteFilter(affiliation: "工业和信息化部", kind: .person, limit: 50)).filter { $0.speaker.name == "闵启航" }.count, 2)
    }

    func testOnePersonUnderNameVariants() throws {
        let kb = try inventedOutlets()
        let khan = try kb.speakers(kind: .person, name: "Khan", limit: 50)
        XCTAssertEqual(khan.count, 1, "\(khan)")
        XCTAssertEqual(khan.first?.quotes, 2)
        for form in ["Lina Khan", "Lina M. Khan", "lina khan"] {
            XCTAssertEqual(Set(try kb.quotes(QuoteFilter(speaker: form, limit: 50)).map(\.speaker.name)), ["Lina M. Khan", "Lina Khan"], form)
        }
    }

    func testAStatementReprintedByTwoOutletsIsOneStatement() throws {
        let kb = try inventedOutlets()
        let statements = try kb.statements(QuoteFilter(speaker: "工信部", kind: .organization, limit: 50))
        XCTAssertEqual(statements.count, 1, "\(statements)")
        let statement = try XCTUnwrap(statements.first)
        XCTAssertEqual(statement.speaker, "工业和信息化部")
        XCTAssertEqual(statement.firstSeen, "2021-10-08")
        XCTAssertEqual(statement.first.speaker.name, "工信部", "the first-seen wording")
        XCTAssertEqual(statement.sources.map(\.source), ["甲报", "乙网"])
        XCTAssertEqual(statement.sources.map(\.date), ["2021-10-08", "2021-10-09"])
        // Different words by the same speaker stay apart.
        XCTAssertEqual(try kb.statements(QuoteFilter(speaker: "闵启航", limit: 50)).count, 2)
        let sheet = statements.statementSheet
        XCTAssertTrue(sheet.contains("## 工业和信息化部"), sheet)
        XCTAssertTrue(sheet.contains("First seen 2021-10-08; 2 sources:"), sheet)
        // The view in the knowledge base says the same.
        let row = try XCTUnwrap(kb.read { db in
            try Row.fetchOne(db, sql: "SELECT speaker, first_seen, sources FROM quote_statements WHERE speaker = '工业和信息化部'")
        })
        XCTAssertEqual(row[0] as String, "工业和信息化部")
        XCTAssertEqual(row[1] as String, "2021-10-08")
        XCTAssertEqual(row[2] as Int, 2)
    }

    func testStatementKeyIgnoresTypographyOnly() {
        XCTAssertEqual(Statements.key("平台企业要在规定时间内解除屏蔽，逾期未改的将依法处置。"),
                       Statements.key("平台企业要在规定时间内解除屏蔽, 逾期未改的, 将依法处置!"))
        XCTAssertEqual(Statements.key("ＡＰＰ须在１０日内整改"), Statements.key("app须在10日内整改"))
        XCTAssertNotEqual(Statements.key("平台应当在年底前解除屏蔽"), Statements.key("平台应当在年中前解除屏蔽"))
        // The fast answer for ideographs and ASCII agrees with the Unicode properties everywhere.
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let byProperties = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if SearchText.isWordScalar(scalar) != byProperties { XCTFail("U+\(String(value, radix: 16))"); break }
        }
    }

    /// corpus/: events by either name of an actor, and Tencent's statement of 2021-09-14 that
    /// a later article reprinted without its first clause.
    func testCorpusEventsByEitherNameAndAPartialReprint() throws {
        let folder = try Paths.temporaryFolder(self)
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        _ = try Ingester(knowledgeBase: kb).run(paths: [Paths.corpus.path])
        let short = try kb.timeline(EventFilter(actor: "工信部"))
        XCTAssertFalse(short.isEmpty)
        XCTAssertEqual(try kb.timeline(EventFilter(actor: "工业和信息化部")), short)

        let tencent = try kb.statements(QuoteFilter(speaker: "腾讯", kind: .organization, limit: 50))
        let reprinted = try XCTUnwrap(tencent.first { $0.first.text.contains("分阶段、分步骤实施互联互通") }, "\(tencent)")
        XCTAssertEqual(reprinted.firstSeen, "2021-09-14")
        XCTAssertTrue(reprinted.first.text.hasPrefix("坚决拥护"), "the fuller wording was first")
        XCTAssertEqual(reprinted.sources.map(\.date), ["2021-09-14", "2021-09-17"])
        XCTAssertEqual(tencent.filter { $0.first.text.contains("分阶段、分步骤实施互联互通") }.count, 1)
        XCTAssertTrue(Statements.contains(Statements.words(reprinted.first.text), Statements.words("将以安全为底线，分阶段、分步骤实施互联互通。")))
        XCTAssertFalse(Statements.contains(Statements.words("平台企业要在规定时间内解除屏蔽，逾期未改的将依法处置。"), Statements.words("将依法处置")),
                       "a short phrase joins nothing")
    }

    // MARK: One article through two folders

    func testTheSeedThroughTwoFoldersIsOneArticle() throws {
        let folder = try Paths.temporaryFolder(self)
        let first = folder.appendingPathComponent("corpus"), second = folder.appendingPathComponent("seeds/2021")
        for root in [first, second] { try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) }
        try FileManager.default.copyItem(at: Paths.seed, to: first.appendingPathComponent("000_1a5ce6cf14fa0d5b.txt"))
        try FileManager.default.copyItem(at: Paths.seed, to: second.appendingPathComponent("seed-copy.txt"))
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        XCTAssertEqual(try Ingester(knowledgeBase: kb).run(paths: [first.path, second.path]).added, 2)

        let pan = try kb.quotes(QuoteFilter(speaker: "盘和林", limit: 50))
        XCTAssertEqual(pan.count, 4, "each quote once: \(pan.map(\.path))")
        XCTAssertEqual(Set(pan.map(\.path)), ["000_1a5ce6cf14fa0d5b.txt"])
        XCTAssertTrue(pan.quoteSheet.components(separatedBy: "\n- ").count == 5)
        XCTAssertEqual(try kb.statements(QuoteFilter(speaker: "盘和林", limit: 50)).map(\.sources.count), [1, 1, 1, 1])
        XCTAssertEqual(try kb.speakers(kind: .person, name: "盘和林", limit: 5).first?.articles, 1)
        XCTAssertEqual(try kb.figures(FigureFilter(limit: 100)).count, 5)
        XCTAssertEqual(Set(try kb.search("外链", limit: 100).map(\.path)), ["000_1a5ce6cf14fa0d5b.txt"])
        XCTAssertTrue(try kb.timeline(EventFilter()).allSatisfy { $0.sources.count == 1 })
        XCTAssertEqual(try kb.statistics().duplicates, 1)

        // The first copy gone, the other one is the article.
        try FileManager.default.removeItem(at: first.appendingPathComponent("000_1a5ce6cf14fa0d5b.txt"))
        _ = try Ingester(knowledgeBase: kb, options: .init(prune: true)).run(paths: [first.path, second.path])
        XCTAssertEqual(Set(try kb.quotes(QuoteFilter(speaker: "盘和林", limit: 50)).map(\.path)), ["seed-copy.txt"])
        XCTAssertEqual(try kb.statistics().duplicates, 0)
    }

    // MARK: Sieves

    func testTheSieveIsStoredAndShown() throws {
        let folder = try Paths.temporaryFolder(self)
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        let article = Article(path: "a.md", title: "t", blocks: [Block(.paragraph, "韩立表示，平台须开放。")])
        var quote = Quote(speaker: Speaker(name: "韩立", kind: .person), mode: .indirect, cue: "表示", text: "平台须开放。", paragraph: 0)
        quote.sieve = "trigram"
        let extraction = ArticleExtraction(file: "a.md", title: "t", source: "", categories: [], published: nil, quotes: [quote])
        try kb.write { db in
            try Store.insert(db, ParsedArticle(root: "/r", hash: "h", size: 1, article: article, extraction: extraction), now: "now")
            try Link.rebuild(db)
        }
        let records = try kb.quotes(QuoteFilter(limit: 5))
        XCTAssertEqual(records.map(\.sieve), ["trigram"])
        XCTAssertEqual(records.explainedTable.columns.suffix(3), ["cue", "sieve", "quote"])
        XCTAssertTrue(QuoteCards.render(records, width: 60, explain: true).contains("sieve trigram"))
        let json = String(decoding: try JSONEncoder().encode(quote), as: UTF8.self)
        XCTAssertTrue(json.contains(#""sieve":"trigram""#), json)
    }
}
