import Foundation
import XCTest
@testable import NewsKB

/// The data files as a whole: every one loads, and the shared ones keep their examples.
final class LexiconTests: XCTestCase {
    func testEveryWordListAndTableLoads() throws {
        let names = Lexicon.available()
        for name in ["speech-verbs", "titles", "surnames", "org-suffixes", "anonymous-sources", "reporter-phrases",
                     "speaker-fillers", "not-speech", "honorifics", "name-prefixes", "places", "organizations", "topics", "festivals"] {
            XCTAssertTrue(names.contains(name), "missing lexicon \(name)")
        }
        for name in names {
            XCTAssertNoThrow(try Lexicon.load(name), name)
        }
        XCTAssertEqual(Lexicon.availableTables(), ["festival-dates"])
        let festivals = try Lexicon.table("festival-dates")
        XCTAssertTrue(festivals.entries.contains { $0.key == "春节" && $0.fields == ["2021", "02-12"] })
    }

    func testLoaderRejectsDuplicatesAndSortsLongestFirst() throws {
        XCTAssertThrowsError(try Lexicon.parse("部\n部\n", name: "t"))
        let lexicon = try Lexicon.parse("# comment\n经济学家\n首席经济学家\tfield\t# example: 某某首席经济学家\n", name: "t")
        XCTAssertEqual(lexicon.keys, ["首席经济学家", "经济学家"])
        XCTAssertEqual(lexicon.entries[0].fields, ["field"])
        XCTAssertEqual(lexicon.entries[0].example, "某某首席经济学家")
    }

    /// A flag the code does not read, a missing field or a field nobody reads fails the load
    /// with the file and line, instead of a word that silently stops working.
    func testFieldsTheCodeDoesNotReadFailTheLoad() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-format-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func failure(_ name: String, _ text: String) -> String? {
            try? text.write(to: folder.appendingPathComponent("\(name).txt"), atomically: true, encoding: .utf8)
            do {
                _ = try Lexicon.load(name, from: folder)
                return nil
            } catch {
                return "\(error)"
            }
        }
        XCTAssertNil(failure("speech-verbs", "# cues\n坦言\tfree\t\tspeech\t# example: 周明远坦言，压力不小。\n"))
        let flag = failure("speech-verbs", "# cues\n坦言\tfree\t\tspeeech\t# example: 周明远坦言，压力不小。\n")
        XCTAssertEqual(flag.map { $0.hasPrefix("lexicon speech-verbs.txt line 2:") }, true, flag ?? "")
        XCTAssertTrue(flag?.contains("speeech") ?? false)
        let missing = failure("figure-qualifiers", "约\tapprox\t# example: 约3000元\n")
        XCTAssertTrue(missing?.contains("line 1") ?? false, missing ?? "loaded")
        XCTAssertTrue(missing?.contains("missing field 2") ?? false, missing ?? "loaded")
        let extra = failure("titles", "研究员\tpost\tresidence\tsenior\t# example: 研究员林思远\n")
        XCTAssertTrue(extra?.contains("not read by newskb") ?? false, extra ?? "loaded")
        let number = failure("figure-scales", "万\tten thousand\t# example: 3万元\n")
        XCTAssertTrue(number?.contains("not a number") ?? false, number ?? "loaded")
        let undeclared = failure("made-up-list", "词\tflag\n")
        XCTAssertTrue(undeclared?.contains("declares none") ?? false, undeclared ?? "loaded")
        XCTAssertNil(failure("made-up-list", "词\n"), "a word list without fields needs no format")
    }

    /// org-suffixes.txt serves two rules: a quote speaker's affiliation and an event's actors.
    /// Each example must show its suffix through at least one of them.
    func testOrganizationSuffixExamples() throws {
        for entry in try Lexicon.load("org-suffixes").entries {
            guard let example = entry.example else { continue }
            let speakers = QuoteExtractor.extract(Article(path: "x", title: "", blocks: [Block(.paragraph, example)])).map(\.speaker)
            var parsed: Speaker?
            if case .speakers(let found)? = SpeakerParser.parse(Array(example.unicodeScalars)[...]) { parsed = found.first }
            let asSpeaker = speakers.contains { $0.affiliation.hasSuffix(entry.key) || ($0.kind == .organization && $0.name.hasSuffix(entry.key)) }
                || (parsed?.affiliation.hasSuffix(entry.key) ?? false)
            let asActor = Actors.find(in: example).contains { $0.name.hasSuffix(entry.key) && $0.name.count > entry.key.count }
            XCTAssertTrue(asSpeaker || asActor, "org-suffixes.txt line \(entry.line): \(entry.key) not shown by “\(example)”")
        }
    }

    /// org-false-endings.txt: a word that ends like an organization names no actor.
    func testFalseOrganizationEndingsNameNoActor() throws {
        for entry in try Lexicon.load("org-false-endings").entries {
            guard let example = entry.example else { continue }
            XCTAssertFalse(Actors.find(in: example).contains { $0.name.hasSuffix(entry.key) }, "\(entry.key): \(example)")
            // 大学生: no actor ends inside the word (in 大学).
            let key = Array(entry.key)
            for cut in 1..<key.count {
                let head = String(key[..<cut]), tail = String(key[cut...])
                XCTAssertFalse(Actors.find(in: example).contains { $0.name.hasSuffix(head) && example.contains($0.name + tail) },
                               "\(entry.key): \(example)")
            }
        }
        // Span-only endings (网, 中心) mark no actor in running text.
        XCTAssertEqual(Actors.find(in: "工信部启动了互联网行业专项整治行动").map(\.name), ["工信部"])
    }
}
