import Foundation
import GRDB
import NewsKB
import ScaleCorpus
import XCTest

/// Two `newskb ingest` processes on the same folder and database at once, while this test
/// queries in a loop (in process and through `newskb search`): both ingests succeed, no query
/// fails, the file is sound, and the counts equal a clean ingest.
final class ConcurrencyTests: XCTestCase {
    func testTwoIngestsAndAQueryLoopAgreeWithACleanIngest() throws {
        let folder = try Paths.temporaryFolder(self)
        let articles = folder.appendingPathComponent("articles")
        try Self.writeVariants(of: Paths.corpus, count: 400, into: articles)

        let clean = try KnowledgeBase(path: folder.appendingPathComponent("clean.sqlite").path)
        let reference = try Ingester(knowledgeBase: clean).run(paths: [articles.path])
        XCTAssertEqual(reference.added, 400)
        let expected = try clean.statistics()

        let shared = folder.appendingPathComponent("shared.sqlite").path
        let writers = try (0..<2).map { _ in try Self.start(["ingest", "--db", shared, "--jobs", "1", articles.path]) }
        var queries = 0
        var queryErrors: [String] = []
        while writers.contains(where: \.process.isRunning) {
            if FileManager.default.fileExists(atPath: shared) {
                do {
                    let kb = try KnowledgeBase(path: shared, create: false)
                    _ = try kb.search("互联互通", limit: 5)
                    _ = try kb.statistics()
                    _ = try kb.quotes(QuoteFilter(search: "微信", limit: 5))
                    queries += 1
                } catch {
                    queryErrors.append("\(error)")
                }
                let cli = try MalformedInputTests.runCLI(["search", "--db", shared, "微信"])
                if cli.status != 0 { queryErrors.append("newskb search exited \(cli.status): \(cli.stderr)") }
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        for writer in writers {
            writer.process.waitUntilExit()
            let stderr = String(decoding: writer.stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            XCTAssertEqual(writer.process.terminationStatus, 0, stderr)
            XCTAssertFalse(stderr.contains("locked"), stderr)
        }
        XCTAssertEqual(queryErrors, [])
        XCTAssertGreaterThan(queries, 0, "the query loop never ran against the shared database")

        let kb = try KnowledgeBase(path: shared, create: false)
        XCTAssertEqual(try kb.integrityCheck(), "ok")
        XCTAssertEqual(try kb.statistics(), expected)
        let again = try Ingester(knowledgeBase: kb).run(paths: [articles.path])
        XCTAssertEqual([again.added, again.updated, again.unchanged], [0, 0, 400])
    }

    /// The same in one process: two ingesters with their own connection pools on one file,
    /// started together so both see no stored article and parse every file.
    func testTwoIngestersInOneProcessDoNotCollide() throws {
        let folder = try Paths.temporaryFolder(self)
        let articles = folder.appendingPathComponent("articles")
        try Self.writeVariants(of: Paths.corpus, count: 120, into: articles)
        let path = folder.appendingPathComponent("kb.sqlite").path
        _ = try KnowledgeBase(path: path) // created and migrated once, like a previous run
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            do {
                let kb = try KnowledgeBase(path: path)
                let summary = try Ingester(knowledgeBase: kb, options: .init(jobs: 1, batchSize: 8)).run(paths: [articles.path])
                results.append(.success(summary))
            } catch {
                results.append(.failure(error))
            }
        }
        let summaries = try results.values.map { try $0.get() }
        XCTAssertEqual(summaries.count, 2)
        // Each file is added by exactly one of the two; the other finds it stored already.
        XCTAssertEqual(summaries.map(\.added).reduce(0, +), 120)
        XCTAssertEqual(summaries.map { $0.added + $0.unchanged }, [120, 120])
        let kb = try KnowledgeBase(path: path, create: false)
        XCTAssertEqual(try kb.statistics().articles, 120)
        XCTAssertEqual(try kb.integrityCheck(), "ok")
    }

    /// Several newskb opening one new file at once: each sees no schema, one creates it, and
    /// the others must accept it instead of failing with "table articles already exists".
    func testConcurrentOpeningOfANewDatabaseMigratesOnce() throws {
        let folder = try Paths.temporaryFolder(self)
        let errors = ErrorBox()
        for round in 0..<20 {
            let path = folder.appendingPathComponent("kb\(round).sqlite").path
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do {
                    _ = try KnowledgeBase(path: path).statistics()
                } catch {
                    errors.append("\(error)")
                }
            }
        }
        XCTAssertEqual(errors.values, [])
    }

    /// Readers polling a knowledge base while several newskb create it: once the file exists it
    /// is a whole knowledge base (built under a private name, then linked into place), never
    /// an empty or half-migrated file that a query would refuse as "not a newskb knowledge base".
    func testANewKnowledgeBaseIsNeverSeenHalfMade() throws {
        let folder = try Paths.temporaryFolder(self)
        let errors = ErrorBox()
        for round in 0..<20 {
            let path = folder.appendingPathComponent("kb\(round).sqlite").path
            let created = ResultCounter()
            DispatchQueue.concurrentPerform(iterations: 6) { index in
                if index < 3 {
                    do { _ = try KnowledgeBase(path: path).statistics() } catch { errors.append("create: \(error)") }
                    created.add()
                    return
                }
                while created.count < 3 {
                    guard FileManager.default.fileExists(atPath: path) else { continue }
                    do { _ = try KnowledgeBase.openReadOnly(path: path).statistics() } catch { errors.append("read: \(error)") }
                }
            }
        }
        XCTAssertEqual(errors.values, [])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("creating") }, [],
                       "no private file left behind")
    }

    private final class ResultCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        var count: Int { lock.withLock { value } }
        func add() { lock.withLock { value += 1 } }
    }

    private final class ErrorBox: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [String] = []
        func append(_ value: String) {
            lock.lock()
            values.append(value)
            lock.unlock()
        }
    }

    private final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Result<Ingester.Summary, Error>] = []
        func append(_ value: Result<Ingester.Summary, Error>) {
            lock.lock()
            values.append(value)
            lock.unlock()
        }
    }

    /// `count` distinct articles made from the corpus: numbered titles and a numbered paragraph.
    /// `count` distinct articles made from `corpus` by the benchmark's generator.
    static func writeVariants(of corpus: URL, count: Int, into folder: URL) throws {
        try ScaleCorpus.generate(from: ScaleCorpus.templates(from: corpus), count: count, into: folder)
    }

    private static func start(_ arguments: [String]) throws -> (process: Process, stderr: Pipe) {
        let process = try Paths.newskbProcess(arguments)
        let stderr = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        try process.run()
        return (process, stderr)
    }
}

final class BusyDatabaseTests: XCTestCase {
    /// A writer that outlasts the busy timeout gets a plain "busy" error, not SQLite's
    /// "database is locked", and nothing half-written stays behind.
    func testAnIngestBlockedPastTheTimeoutSaysTheDatabaseIsBusy() throws {
        let folder = try Paths.temporaryFolder(self)
        let articles = folder.appendingPathComponent("articles")
        try ConcurrencyTests.writeVariants(of: Paths.corpus, count: 3, into: articles)
        let path = folder.appendingPathComponent("kb.sqlite").path
        let kb = try KnowledgeBase(path: path, busyTimeout: 0.2)

        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true // hold the write lock across accesses
        let holder = try DatabaseQueue(path: path, configuration: configuration)
        try holder.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
        let busy = "the knowledge base \(path) is busy (another newskb is writing); try again"
        XCTAssertThrowsError(try Ingester(knowledgeBase: kb).run(paths: [articles.path])) { error in
            XCTAssertEqual("\(error)", busy)
        }
        XCTAssertNoThrow(try kb.statistics(), "readers are never blocked by a writer (WAL)")
        try holder.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }

        let summary = try Ingester(knowledgeBase: kb).run(paths: [articles.path])
        XCTAssertEqual(summary.added, 3)
        XCTAssertEqual(try kb.integrityCheck(), "ok")
    }
}
