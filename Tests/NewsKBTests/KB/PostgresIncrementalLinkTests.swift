import Foundation
@testable import NewsKB
@testable import NewsKBPostgres
import XCTest

/// A load into PostgreSQL links only what it changed, as SQLite's does (IncrementalLinkTests):
/// after seeded edits loaded as `newskb extract` lines, the derived rows equal a full rebuild
/// of the same rows, compared by content. Needs NEWSKB_TEST_POSTGRES_URL (skipped without).
final class PostgresIncrementalLinkTests: XCTestCase {
    /// Derived state as content, each table as sorted lines (IncrementalLinkTests.derived, on PostgreSQL).
    static func derived(_ store: PostgresKnowledgeBase) throws -> [String: [String]] {
        let session = store.session
        var result: [String: [String]] = [:]
        var people: [Int64: String] = [:]
        for row in try session.query("SELECT id, name, pinyin, pinyin_compact, name_key FROM people") {
            let affiliations = try session.query("""
                SELECT organization, title, first_seen, last_seen, quotes FROM affiliations WHERE person_id = $1 ORDER BY organization, title
                """, [.int(row.int(0))]).map { "\($0.text(0))/\($0.text(1))/\($0.optionalText(2) ?? "-")/\($0.optionalText(3) ?? "-")/\($0.int(4))" }
            people[row.int(0)] = "\(row.text(1))|\(row.text(2))|\(row.text(3))|\(row.text(4))|\(affiliations.joined(separator: ";"))"
        }
        result["people"] = people.values.sorted()
        var organizations: [Int64: String] = [:]
        for row in try session.query("SELECT id, name, kind, pinyin_compact FROM organizations") {
            organizations[row.int(0)] = "\(row.text(1))|\(row.text(2))|\(row.text(3))"
        }
        result["organizations"] = organizations.values.sorted()
        result["quotes"] = try session.query("SELECT id, person_id, organization_id FROM quotes ORDER BY id").map { row in
            let person = row.optionalInt(1).map { people[$0] ?? "dangling person \($0)" } ?? "-"
            let organization = row.optionalInt(2).map { organizations[$0] ?? "dangling organization \($0)" } ?? "-"
            return "\(row.int(0)) → \(person) / \(organization)"
        }
        result["duplicates"] = try session.query("SELECT article_id, original_id FROM duplicate_articles ORDER BY 1")
            .map { "\($0.int(0)) copies \($0.int(1))" }
        var entries: [Int64: String] = [:]
        for row in try session.query("""
            SELECT id, start, "end", precision, date_text, summary, actors, documents, policy, sources, role FROM timeline_entries
            """) {
            entries[row.int(0)] = [row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), row.text(6), row.text(7),
                                   String(row.int(8)), String(row.int(9)), row.text(10)].joined(separator: "|")
        }
        result["timeline"] = entries.values.sorted()
        result["events"] = try session.query("SELECT id, entry_id, role FROM events ORDER BY id").map { row in
            "\(row.int(0)) \(row.text(2)) → " + (row.optionalInt(1).map { entries[$0] ?? "dangling entry \($0)" } ?? "-")
        }
        return result
    }

    func testIncrementalLoadsLinkAsAFullRebuild() throws {
        guard let url = ProcessInfo.processInfo.environment["NEWSKB_TEST_POSTGRES_URL"], !url.isEmpty else {
            throw XCTSkip("NEWSKB_TEST_POSTGRES_URL is not set: no PostgreSQL server (scripts/postgres-test-server.sh starts one)")
        }
        for seed: UInt64 in [1, 2] {
            let folder = try Paths.temporaryFolder(self)
            let articles = folder.appendingPathComponent("articles")
            try FileManager.default.copyItem(at: Paths.corpus, to: articles)
            try PostgresKnowledgeBase(url: url).dropEverything()
            let store = try PostgresKnowledgeBase(url: url)
            func load(_ round: Int) throws {
                let result = try MalformedInputTests.runCLI(["extract", articles.path])
                XCTAssertEqual(result.status, 0, result.stderr)
                let lines = folder.appendingPathComponent("round-\(round).jsonl")
                try Data(result.stdout.utf8).write(to: lines)
                XCTAssertEqual(try store.load(files: [lines.path], incrementalLinkLimit: 1).failed, 0)
            }
            try load(0)
            var random = SplitMix64(seed: seed)
            for round in 1...3 {
                try IncrementalLinkTests.edit(articles, &random, round: round)
                try load(round)
                XCTAssertEqual(store.lastLink, .incremental, "seed \(seed) round \(round): the load linked incrementally")
                let incremental = try Self.derived(store)
                try store.relink()
                let rebuilt = try Self.derived(store)
                IncrementalLinkTests.assertSameRows(incremental, rebuilt, "seed \(seed) round \(round)")
            }
        }
    }
}
