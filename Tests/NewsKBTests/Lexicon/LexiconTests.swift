import Foundation
import XCTest
@testable import NewsKB

/// The data files as a whole: every one loads, and the shared ones keep their examples.
final class LexiconTests: XCTestCase {
    func testEveryWordListAndTableLoads() throws {
        let names = Lexicon.available()
        for name in ["speech-verbs", "titles", "surnames", "org-suffixes", "anonymous-sources", "reporter-phrases",
                     "speaker-fillers", "not-speech", "places", "organizations", "topics", "festivals"] {
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
        }
        // Span-only endings (网, 中心) mark no actor in running text.
        XCTAssertEqual(Actors.find(in: "工信部启动了互联网行业专项整治行动").map(\.name), ["工信部"])
    }
}
