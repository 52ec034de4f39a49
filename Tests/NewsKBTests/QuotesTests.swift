import XCTest
@testable import NewsKB

final class QuotesTests: XCTestCase {
    private struct ExpectedQuote: Decodable, Equatable, CustomStringConvertible {
        var name: String
        var kind: String
        var title: String
        var affiliation: String
        var mode: String
        var cue: String
        var text: String
        var description: String { "\(name)(\(kind)) \(title)|\(affiliation) \(mode) \(cue): \(text)" }

        init(name: String, kind: String, title: String, affiliation: String, mode: String, cue: String, text: String) {
            (self.name, self.kind, self.title, self.affiliation, self.mode, self.cue, self.text) = (name, kind, title, affiliation, mode, cue, text)
        }

        init(_ quote: Quote) {
            self.init(name: quote.speaker.name, kind: quote.speaker.kind.rawValue, title: quote.speaker.title,
                      affiliation: quote.speaker.affiliation, mode: quote.mode.rawValue, cue: quote.cue, text: quote.text)
        }
    }

    private struct Case: Decodable {
        var name: String
        /// The article's title, when the case needs one (官方 and the organization it names).
        var title: String?
        var paragraphs: [String]
        var quotes: [ExpectedQuote]
    }

    /// The gold file nests the speaker; flatten it to compare.
    private struct GoldQuote: Decodable {
        struct GoldSpeaker: Decodable { var name, kind, title, affiliation: String }
        var speaker: GoldSpeaker
        var mode, cue, text: String
        var flat: ExpectedQuote {
            ExpectedQuote(name: speaker.name, kind: speaker.kind, title: speaker.title, affiliation: speaker.affiliation,
                          mode: mode, cue: cue, text: text)
        }
    }

    private func fixture(_ name: String) throws -> Data {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/quotes/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    private func quotes(in paragraphs: [String], title: String = "") -> [ExpectedQuote] {
        let article = Article(path: "test.md", title: title, blocks: paragraphs.map { Block(.paragraph, $0) })
        return QuoteExtractor.extract(article).map(ExpectedQuote.init)
    }

    func testSeedArticleGivesExactlyTheGoldQuotes() throws {
        let text = String(decoding: try fixture("seed-article.txt"), as: UTF8.self)
        let article = try ArticleReader.read(text: text, path: "seed-article.txt")
        let expected = try JSONDecoder().decode([GoldQuote].self, from: fixture("seed-quotes.json")).map(\.flat)
        let found = QuoteExtractor.extract(article).map(ExpectedQuote.init)
        XCTAssertEqual(found.count, 21)
        XCTAssertEqual(found, expected)
    }

    /// cases.json: people and general frames; organization-cases.json: statements by
    /// organizations, documents, meetings, courts and outlets.
    func testCases() throws {
        let cases = try ["cases.json", "organization-cases.json"].flatMap { try JSONDecoder().decode([Case].self, from: fixture($0)) }
        XCTAssertGreaterThan(cases.count, 85)
        for testCase in cases {
            let found = quotes(in: testCase.paragraphs, title: testCase.title ?? "")
            XCTAssertEqual(found, testCase.quotes, "case: \(testCase.name)\nfound:\n\(found.map(\.description).joined(separator: "\n"))")
        }
    }

    /// The outlet that wrote the article noticing or learning something is the reporter (青禾网注意到),
    /// another outlet is a source.
    func testTheArticlesOwnOutletObservingIsNoQuote() {
        let article = Article(path: "x.md", title: "", source: "青禾网（原青禾资讯）", blocks: [
            Block(.paragraph, "青禾网注意到，目前打开链接仍要经过一个提示页面。"),
            Block(.paragraph, "星海日报注意到，部分用户仍无法打开链接。"),
        ])
        XCTAssertEqual(QuoteExtractor.extract(article).map(\.speaker.name), ["星海日报"])
    }

    /// A dateline (outlet, day, 消息) opening the paragraph is no part of the speaker.
    func testADatelineIsNoPartOfTheSpeaker() {
        let article = Article(path: "x.md", title: "", blocks: [
            Block(.paragraph, "星海之家10月11日消息 据蓝湾新闻网报道，蓝湾市消保委近日接到多起投诉。"),
            Block(.paragraph, "星海之家9月8日消息 蓝湾市公安局表示，下月起在全市推行电子驾照。"),
        ])
        XCTAssertEqual(QuoteExtractor.extract(article).map(\.speaker.name), ["蓝湾新闻网", "蓝湾市公安局"])
    }

    /// An outlet and its column joined by a middle dot (星海时报·数据宝) are an organization, not a
    /// foreign name.
    func testAnOutletsColumnIsNoPerson() {
        let article = Article(path: "x.md", title: "", blocks: [
            Block(.paragraph, "据星海时报·数据宝统计，截至4月1日，有1080家公司公布了年报。"),
            Block(.paragraph, "星海时报•青禾快讯统计，截至4月1日，有741家公司净利润增长。"),
        ])
        let speakers = QuoteExtractor.extract(article).map(\.speaker)
        XCTAssertEqual(speakers.map(\.kind), [.organization, .organization])
        XCTAssertEqual(speakers.map(\.name), ["星海时报·数据宝", "星海时报•青禾快讯"])
    }

    /// Every `# example:` in the quote lexicons is matched by the rule that reads the file.
    func testLexiconExamplesMatchTheirRules() throws {
        func speakers(of example: String) -> [Speaker] {
            QuoteExtractor.extract(Article(path: "x", title: "", blocks: [Block(.paragraph, example)])).map(\.speaker)
        }
        func parsed(_ example: String) -> Speaker? {
            guard case .speakers(let found)? = SpeakerParser.parse(Array(example.unicodeScalars)[...]) else { return nil }
            return found.first
        }
        let rules: [String: (Lexicon.Entry, String) -> Bool] = [
            "speech-verbs": { entry, example in
                QuoteExtractor.extract(Article(path: "x", title: "", blocks: [Block(.paragraph, example)])).contains { $0.cue == entry.key }
            },
            // A prefix (执行, 联席) opens the title it forms with the post after it.
            "titles": { entry, example in
                guard let title = parsed(example)?.title else { return false }
                return entry.fields.first == "prefix" ? title.hasPrefix(entry.key) && title.count > entry.key.count : title.hasSuffix(entry.key)
            },
            // The derived role word, not listed in titles.txt, is the title of the named person.
            "role-suffixes": { entry, example in
                guard let found = parsed(example), found.kind == .person, found.title.hasSuffix(entry.key) else { return false }
                let title = Array(found.title.unicodeScalars)
                return example.hasSuffix(found.title + found.name) && QuoteLexicons.titles.longest(endingAt: title.count, in: title) == nil
            },
            "title-fields": { entry, example in
                parsed(example).map { $0.title.hasPrefix(entry.key) && !$0.affiliation.isEmpty && !$0.affiliation.hasSuffix(entry.key) } ?? false
            },
            "surnames": { entry, example in parsed(example).map { $0.kind == .person && $0.name.hasPrefix(entry.key) } ?? false },
            "anonymous-sources": { entry, example in
                let article = Article(path: "x", title: "", blocks: [Block(.paragraph, "星海大学教授周明远说，第一句。"), Block(.paragraph, example)])
                let found = QuoteExtractor.extract(article).dropFirst()
                if entry.fields.first == "link" { return found.contains { $0.speaker.name == "周明远" } }
                // 前者 / 后者 name one of the two in the example.
                if entry.fields.first == "former" || entry.fields.first == "latter" {
                    return found.last.map { $0.speaker.name != entry.key && example.contains($0.speaker.name) } ?? false
                }
                // A place before the word names one body of that place.
                if entry.fields.dropFirst().first == "place" {
                    return found.first.map { $0.speaker.kind == .organization && $0.speaker.name.hasSuffix(entry.key) && $0.speaker.name != entry.key } ?? false
                }
                if ["org", "official", "contacted", "plural"].contains(entry.fields.first) {
                    return found.last.map { $0.speaker.kind == .organization && $0.speaker.name != entry.key } ?? false
                }
                return found.contains { $0.speaker.name.hasSuffix(entry.key) }
            },
            "reporter-phrases": { _, example in speakers(of: example).isEmpty },
            // A known organization is read whole, as a speaker or an event actor, never as a
            // person's name (雷锋网 is no 雷 + 锋网).
            "organizations": { entry, example in
                let found = speakers(of: example)
                guard !found.contains(where: { $0.kind == .person && $0.name.contains(entry.key) }) else { return false }
                return found.contains { ($0.name == entry.key && $0.kind != .person) || $0.affiliation == entry.key }
                    || Actors.find(in: example).contains { $0.name == entry.key }
            },
            "publication-words": { entry, example in
                speakers(of: example).first.map { $0.kind == .organization && $0.name.hasSuffix(entry.key) } ?? false
            },
            "places": { entry, example in parsed(example).map { !$0.title.contains(entry.key) && !$0.title.isEmpty } ?? false },
            // A word marked `comma` is no cue in the example's first sentence, and a cue before a comma later.
            "not-speech": { entry, example in
                guard entry.fields.first == "comma" else { return speakers(of: example).isEmpty }
                let first = String(example.prefix { $0 != "。" }) + "。"
                let quotes = QuoteExtractor.extract(Article(path: "x", title: "", blocks: [Block(.paragraph, example)]))
                return speakers(of: first).isEmpty && quotes.contains { example.contains(entry.key + "，" + $0.text) }
            },
            "not-speakers": { _, example in speakers(of: example).isEmpty },
            "honorifics": { _, example in speakers(of: example).isEmpty },
            "name-prefixes": { entry, example in speakers(of: example).contains { $0.kind == .person && $0.name.hasPrefix(entry.key) } },
            // The organization before the verb speaks for what it published (a speaker span
            // X发布的年报) or for the document it issued (X印发《办法》 … 《办法》指出).
            "publishing-verbs": { entry, example in
                let speaker = entry.fields.first == "report" ? parsed(example) : speakers(of: example).first
                return speaker.map { $0.kind == .organization && example.hasPrefix($0.name) } ?? false
            },
            // An outlet word (field `name`) makes the unknown name before it an organization.
            // The document speaks for the organization that published it, named before.
            "speaker-documents": { _, example in
                speakers(of: example).last.map { $0.kind == .organization && example.hasPrefix($0.name) } ?? false
            },
            // The setting after the speaker is cut off: the speaker opens the example and stops before it.
            "speaker-settings": { entry, example in
                speakers(of: example).first.map { !$0.name.isEmpty && example.contains($0.name) && !$0.name.contains(entry.key) } ?? false
            },
            // Both forms are quoted; the short one takes the full name.
            "organization-abbreviations": { entry, example in
                let found = speakers(of: example).filter { $0.kind == .organization }
                let fulls = (entry.fields.first ?? "").split(separator: "|").map(String.init)
                return found.count >= 2 && found.allSatisfy { name in fulls.contains { name.name.hasSuffix($0) } }
            },
            // 官方 answers for the organization the example reached (named in the example).
            "contact-verbs": { _, example in
                speakers(of: example).last.map { $0.kind == .organization && example.contains($0.name) && $0.name != "官方" } ?? false
            },
            // An ending or a context word makes the short name in the example a company at its cue
            // (none without the context word); a generic opening gives no speaker of its name.
            "listed-company-words": { entry, example in
                func shortNames(_ text: String) -> [Speaker] {
                    speakers(of: text).filter { speaker in
                        let name = Array(speaker.name.unicodeScalars)
                        return speaker.kind == .organization && QuoteLexicons.listedEndings.longest(endingAt: name.count, in: name) != nil
                    }
                }
                switch entry.fields.first {
                case "ending": return shortNames(example).contains { $0.name.hasSuffix(entry.key) }
                case "context": return !shortNames(example).isEmpty && shortNames(example.replacingOccurrences(of: entry.key, with: "")).isEmpty
                case "market":
                    let organizations = speakers(of: example).filter { $0.kind == .organization }
                    return organizations.contains { example.contains($0.name + entry.key) }
                case "modifier": return !speakers(of: example).contains { $0.name.unicodeScalars.dropFirst().first.map(String.init) == entry.key }
                default: return !speakers(of: example).contains { $0.name.hasPrefix(entry.key) }
                }
            },
            // The name after the class noun is the speaker, without it.
            "appositive-classes": { entry, example in
                speakers(of: example).first.map { $0.kind == .organization && example.contains(entry.key + $0.name) } ?? false
            },
            // The description by the class noun stands for the person the example names first.
            "description-classes": { _, example in
                let found = speakers(of: example)
                return found.count == 2 && found[0].kind == .person && found[1].name == found[0].name
            },
            // The titled person the example names ends before the word (林青放下 → 林青).
            "person-predicates": { entry, example in
                speakers(of: example).contains { $0.kind == .person && !$0.title.isEmpty && example.contains($0.name + entry.key) }
            },
            "speaker-fillers": { entry, example in
                let outlet = entry.fields.dropFirst().first == "name"
                return speakers(of: example).contains {
                    !$0.name.contains(entry.key) && !$0.name.isEmpty && (!outlet || $0.kind == .organization)
                }
            },
        ]
        var checked = 0
        for (name, rule) in rules {
            let lexicon = try Lexicon.load(name)
            for entry in lexicon.entries {
                guard let example = entry.example else { continue }
                XCTAssertTrue(rule(entry, example), "\(name).txt line \(entry.line): \(entry.key) not matched by its example “\(example)”")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 40)
    }
    /// corpus/ (the team's own fictional articles): the distinct speakers of every article, as a
    /// readable dump compared with Fixtures/quotes/corpus-speakers.txt, so that a failure shows
    /// which speakers changed. The fixture was reviewed by hand against the articles.
    func testCorpusSpeakersMatchTheReviewedDump() throws {
        guard FileManager.default.fileExists(atPath: Paths.corpus.path) else {
            throw XCTSkip("corpus/ is not present in this checkout")
        }
        let found = try corpusSpeakerDump()
        let expected = String(decoding: try fixture("corpus-speakers.txt"), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { !$0.hasPrefix("#") }
        let foundLines = found.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard foundLines != expected else { return }
        let missing = expected.filter { !foundLines.contains($0) }.map { "- \($0)" }
        let extra = foundLines.filter { !expected.contains($0) }.map { "+ \($0)" }
        let actual = try Paths.temporaryFolder(self).appendingPathComponent("corpus-speakers.txt")
        try found.write(to: actual, atomically: true, encoding: .utf8)
        XCTFail("corpus speakers changed (- expected, + found):\n\((missing + extra).joined(separator: "\n"))\nfull dump:\n\(found)")
    }

    /// `[relative path]` then one `name | kind | title | affiliation` line per distinct speaker, in
    /// the order first quoted; articles sorted by path.
    private func corpusSpeakerDump() throws -> String {
        let root = Paths.corpus.standardizedFileURL
        var paths: [String] = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            let name = url.lastPathComponent
            guard name != "README.md", name.hasSuffix(".md") || name.hasSuffix(".txt") else { continue }
            paths.append(String(url.standardizedFileURL.path.dropFirst(root.path.count + 1)))
        }
        XCTAssertGreaterThan(paths.count, 10)
        var lines: [String] = []
        for path in paths.sorted() {
            let article = try ArticleReader.read(fileAt: root.appendingPathComponent(path), relativePath: path)
            lines.append("[\(path)]")
            var seen: [String] = []
            for quote in QuoteExtractor.extract(article) {
                let speaker = quote.speaker
                let line = "\(speaker.name) | \(speaker.kind.rawValue) | \(speaker.title) | \(speaker.affiliation)"
                if !seen.contains(line) { seen.append(line) }
            }
            lines += seen
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
