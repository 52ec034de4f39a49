import Foundation
import GRDB
@testable import NewsKB
import ScaleCorpus
import XCTest

/// `newskb extract` is a pure mapper whose lines are the complete input of `newskb load`:
/// extracting and loading stores what an ingest stores, row for row.
final class LoadTests: XCTestCase {
    /// Every row of every table but the full-text index's shadow tables, in a readable
    /// dump; `ingested_at` is when, not what.
    static func dump(_ kb: KnowledgeBase) throws -> [String: [String]] {
        try kb.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                AND name NOT LIKE '%fts%' AND name NOT LIKE 'grdb_%' ORDER BY name
                """)
            var dump: [String: [String]] = [:]
            for table in tables {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table)")
                dump[table] = rows.map { row in
                    row.columnNames.filter { $0 != "ingested_at" }.map { "\($0)=\(row[$0] as DatabaseValue)" }.joined(separator: " ")
                }.sorted()
            }
            return dump
        }
    }

    private func extract(_ arguments: [String], into file: URL) throws {
        let result = try MalformedInputTests.runCLI(["extract"] + arguments)
        XCTAssertEqual(result.status, 0, result.stderr)
        try Data(result.stdout.utf8).write(to: file)
    }

    func testExtractThenLoadStoresWhatIngestStores() throws {
        let folder = try Paths.temporaryFolder(self)
        let ingested = try KnowledgeBase(path: folder.appendingPathComponent("ingested.sqlite").path)
        XCTAssertEqual(try Ingester(knowledgeBase: ingested).run(paths: [Paths.corpus.path]).failed, 0)

        let lines = folder.appendingPathComponent("corpus.jsonl")
        try extract([Paths.corpus.path], into: lines)
        let loaded = try KnowledgeBase(path: folder.appendingPathComponent("loaded.sqlite").path)
        let summary = try Ingester(knowledgeBase: loaded).load(files: [lines.path])
        XCTAssertEqual(summary.failed, 0, "\(summary.failures)")
        XCTAssertGreaterThan(summary.added, 10)

        let expected = try Self.dump(ingested)
        XCTAssertFalse(expected["quotes", default: []].isEmpty)
        XCTAssertEqual(try Self.dump(loaded), expected)
        XCTAssertEqual(try loaded.search("外链", limit: 100).table.rows, try ingested.search("外链", limit: 100).table.rows)

        // Incremental: the same lines again change nothing.
        let again = try Ingester(knowledgeBase: loaded).load(files: [lines.path])
        XCTAssertEqual(again.added + again.updated, 0)
        XCTAssertEqual(again.unchanged, summary.added)
    }

    func testFilesFromAndStdinRecordsPrintWhatPathsPrint() throws {
        let folder = try Paths.temporaryFolder(self)
        let byFolder = try MalformedInputTests.runCLI(["extract", Paths.corpus.path]).stdout
        let names = CorpusWalker.files(under: Paths.corpus).files.map(\.relativePath)
        let list = folder.appendingPathComponent("list.txt")
        try Data(names.joined(separator: "\n").utf8).write(to: list)
        let byList = try MalformedInputTests.runCLI(["extract", "--files-from", list.path, "--root", Paths.corpus.path])
        XCTAssertEqual(byList.status, 0, byList.stderr)
        XCTAssertEqual(byList.stdout.split(separator: "\n").sorted(), byFolder.split(separator: "\n").sorted())

        // The same articles framed on standard input, one as base64.
        var records = ""
        for (index, name) in names.enumerated() {
            let bytes = try Data(contentsOf: Paths.corpus.appendingPathComponent(name))
            let object: [String: String] = index == 0
                ? ["file": name, "content_base64": bytes.base64EncodedString()]
                : ["file": name, "content": String(decoding: bytes, as: UTF8.self)]
            records += String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
        }
        records += "{\"file\": \"broken.txt\"}\n"
        let process = try Paths.newskbProcess(["extract", "--stdin-records", "--root", Paths.corpus.path])
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let framed = Data(records.utf8)
        DispatchQueue.global().async {
            input.fileHandleForWriting.write(framed)
            try? input.fileHandleForWriting.close()
        }
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(printed.split(separator: "\n").sorted(), byFolder.split(separator: "\n").sorted())
        XCTAssertTrue(stderr.contains("line \(names.count + 1)") && stderr.contains("content"), stderr)
    }

    func testABadLineNamesTheFileAndLineAndTheRestLoads() throws {
        let folder = try Paths.temporaryFolder(self)
        let good = try MalformedInputTests.runCLI(["extract", Paths.seed.path]).stdout
        let lines = folder.appendingPathComponent("mixed.jsonl")
        try Data(("{\"file\": 1}\n" + good + "not json\n").utf8).write(to: lines)
        let kb = try KnowledgeBase(path: folder.appendingPathComponent("kb.sqlite").path)
        let summary = try Ingester(knowledgeBase: kb).load(files: [lines.path])
        XCTAssertEqual(summary.added, 1)
        XCTAssertEqual(summary.failures.map(\.path), ["\(lines.path):1", "\(lines.path):3"])
        XCTAssertTrue(summary.failures[1].reason.contains("invalid JSON"), summary.failures[1].reason)
    }

    func testLoadCommandReportsAndExitsWithTwoUnderStrict() throws {
        let folder = try Paths.temporaryFolder(self)
        let lines = folder.appendingPathComponent("seed.jsonl")
        try extract([Paths.seed.path], into: lines)
        let handle = try FileHandle(forWritingTo: lines)
        try handle.seekToEnd()
        handle.write(Data("{}\n".utf8))
        try handle.close()
        let db = folder.appendingPathComponent("kb.sqlite").path
        let result = try MalformedInputTests.runCLI(["load", "--db", db, "--strict", lines.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("2 lines, 1 added"), result.stdout)
        XCTAssertTrue(result.stderr.contains("\(lines.path):2: not a newskb extract line: missing key"), result.stderr)
        let found = try MalformedInputTests.runCLI(["quotes", "--speaker", "盘和林", "--db", db, "--format", "jsonl"])
        XCTAssertEqual(found.status, 0)
        XCTAssertFalse(found.stdout.isEmpty)
    }

    /// The links as content, with rows named by their article (root, path) and their place
    /// in it, so that two stores that hold the same articles under other ids compare equal.
    static func linkedContent(_ kb: KnowledgeBase) throws -> [String: [String]] {
        try kb.read { db in
            func lines(_ sql: String) throws -> [String] {
                try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map { "\($0)" }.joined(separator: "|") }.sorted()
            }
            return [
                "people": try lines(Self.quoteKeys + """
                     SELECT p.name, p.pinyin, p.name_key,
                           (SELECT group_concat(x, ';') FROM (SELECT organization || '/' || title || '/' || IFNULL(first_seen, '-') || '/'
                                || IFNULL(last_seen, '-') || '/' || quotes AS x FROM affiliations WHERE person_id = p.id ORDER BY x)),
                           (SELECT group_concat(k, ';') FROM (SELECT k FROM quote_keys WHERE person_id = p.id ORDER BY k))
                    FROM people p
                    """),
                "organizations": try lines(Self.quoteKeys + """
                     SELECT o.name, o.kind, (SELECT group_concat(k, ';') FROM (SELECT k FROM quote_keys WHERE organization_id = o.id ORDER BY k))
                    FROM organizations o
                    """),
                "timeline": try lines("""
                    WITH event_keys AS (SELECT e.entry_id, a.root || '/' || a.path || '#'
                                               || ROW_NUMBER() OVER (PARTITION BY e.article_id ORDER BY e.id) AS k
                                        FROM events e JOIN articles a ON a.id = e.article_id)
                    SELECT t.start, t.end, t.precision, t.date_text, t.summary, t.actors, t.documents, t.policy, t.sources,
                           (SELECT group_concat(k, ';') FROM (SELECT k FROM event_keys WHERE entry_id = t.id ORDER BY k))
                    FROM timeline_entries t
                    """),
            ]
        }
    }

    private static let quoteKeys = """
        WITH quote_keys AS (SELECT q.person_id, q.organization_id, a.root || '/' || a.path || '#'
                                   || ROW_NUMBER() OVER (PARTITION BY q.article_id ORDER BY q.id) AS k
                            FROM quotes q JOIN articles a ON a.id = q.article_id)
        """

    /// Shards load in any order (issue 16's sharded run): the people, organizations and the
    /// timeline a load links must not depend on it. Linking is greedy, so it visits rows in
    /// article order, not in the order they were stored.
    func testLinkingDoesNotDependOnTheOrderLinesAreLoadedIn() throws {
        let folder = try Paths.temporaryFolder(self)
        let articles = folder.appendingPathComponent("articles")
        _ = try ScaleCorpus.generate(from: ScaleCorpus.templates(from: Paths.corpus), count: 400, into: articles, seed: 7, variant: 0)
        let result = try MalformedInputTests.runCLI(["extract", articles.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 400)

        // As one extractor printed them, and as 8 round-robin shards loaded one after another.
        let inOrder = folder.appendingPathComponent("in-order.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: inOrder)
        let sharded = folder.appendingPathComponent("sharded.jsonl")
        let shards = (0..<8).flatMap { shard in lines.indices.filter { $0 % 8 == shard }.map { lines[$0] } }
        try Data((shards.joined(separator: "\n") + "\n").utf8).write(to: sharded)

        var contents: [[String: [String]]] = []
        for file in [inOrder, sharded] {
            let kb = try KnowledgeBase(path: folder.appendingPathComponent(file.lastPathComponent + ".sqlite").path)
            XCTAssertEqual(try Ingester(knowledgeBase: kb).load(files: [file.path]).failed, 0)
            var content = try Self.linkedContent(kb)
            // Listings in order (a limit cuts them there): ties (one day, one value) in article order, not as stored.
            let speaker = try kb.speakers(kind: .person, limit: 1).first?.name ?? ""
            content["quotes listing"] = try kb.quotes(QuoteFilter(speaker: speaker, limit: 100_000)).map { "\($0.date) \($0.path) \($0.text)" }
            content["figures listing"] = try kb.figures(FigureFilter(limit: 100_000)).map { "\($0.date) \($0.path) \($0.text)" }
            contents.append(content)
        }
        XCTAssertFalse(contents[0]["timeline", default: []].isEmpty)
        XCTAssertFalse(contents[0]["people", default: []].isEmpty)
        for table in ["people", "organizations", "timeline", "quotes listing", "figures listing"] {
            XCTAssertEqual(contents[1][table], contents[0][table], table)
        }
    }
}
