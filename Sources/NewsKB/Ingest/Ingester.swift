import Dispatch
import Foundation
import GRDB

/// Ingests article folders into the knowledge base, incrementally.
///
/// Files are read, hashed, parsed and extracted on all cores in batches; one writer stores
/// each batch in a single transaction while the next batch is being parsed. An unchanged
/// file costs a hash; a changed one is replaced as a whole; a file that fails is reported
/// and the rest goes on.
public struct Ingester {
    public struct Options: Sendable {
        public var jobs: Int
        public var prune: Bool
        /// Follow symlinks that lead outside the folder being ingested (`--follow-links`).
        public var followLinks: Bool
        public var batchSize: Int
        /// An ingest adding at least this many articles, and at least as many as the base
        /// holds, is a bulk load: see `Schema.unorderedIndexes`.
        public var bulkLoadMinimum: Int
        /// Linking after a change relinks only the names and dates it touched, unless they
        /// hold more than this share of the base's quotes or events: then everything is
        /// linked again (`Link.relink`).
        public var incrementalLinkLimit: Double

        public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, prune: Bool = false, followLinks: Bool = false,
                    batchSize: Int = 512, bulkLoadMinimum: Int = 1000, incrementalLinkLimit: Double = Link.incrementalLimit) {
            self.jobs = max(1, jobs)
            self.prune = prune
            self.followLinks = followLinks
            self.batchSize = max(1, batchSize)
            self.bulkLoadMinimum = max(1, bulkLoadMinimum)
            self.incrementalLinkLimit = incrementalLinkLimit
        }
    }

    public struct FileFailure: Error, Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(CorpusWalker.printable(path)): \(reason)" }
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    public struct Summary: Sendable, Equatable {
        /// Nothing read yet (another store's load counts into it).
        public init() {}
        public var files = 0
        public var added = 0
        public var updated = 0
        /// Unchanged files whose stored rows came from other rules or lexicons (an upgrade).
        public var reextracted = 0
        public var unchanged = 0
        public var pruned = 0
        /// Stored articles whose file is gone (kept unless `--prune`).
        public var missing = 0
        public var failures: [FileFailure] = []
        public var warnings: [FileFailure] = []

        public var failed: Int { failures.count }
        public var changed: Bool { added + updated + reextracted + pruned > 0 }
    }

    public let knowledgeBase: KnowledgeBase
    public let options: Options

    /// How folders are listed (a test makes some fail).
    let list: CorpusWalker.Lister

    public init(knowledgeBase: KnowledgeBase, options: Options = Options(), list: @escaping CorpusWalker.Lister = CorpusWalker.systemLister) {
        self.knowledgeBase = knowledgeBase
        self.options = options
        self.list = list
    }

    /// Ingests every article file under `paths`. `progress` is called after each batch
    /// with (files done, files in all).
    public func run(paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Summary {
        var summary = Summary()
        let work = try plan(paths, summary: &summary)
        let total = work.reduce(0) { $0 + $1.files.count }
        summary.files = total
        let stored = try work.map { item in try knowledgeBase.read { try Store.storedStamps($0, root: item.root) } }
        let newFiles = zip(work, stored).reduce(0) { count, item in
            count + item.0.files.count { item.1[$0.relativePath] == nil }
        }
        let bulk = try beginBulkLoad(newFiles: newFiles)
        do {
            try ingest(work, stored: stored, summary: &summary, progress: progress)
        } catch {
            // The base must not be left without its indexes.
            if bulk { try? endBulkLoad() }
            throw error
        }
        if bulk { try endBulkLoad() }
        try link(after: summary)
        trace(String(format: "peak resident memory %.0f MB", Stopwatch.peakResidentMB() ?? .nan)) // read only when tracing
        return summary
    }

    /// Links people, organizations and the timeline when anything changed (or an earlier
    /// run stopped before linking).
    func link(after summary: Summary) throws {
        let stale = try knowledgeBase.read { try Link.isStale($0) }
        if summary.changed || stale {
            let cpuStart = Stopwatch.threadCPUSeconds()
            var mode = Link.Mode.full
            let seconds = try Stopwatch.seconds { mode = try Link.relink(knowledgeBase, limit: options.incrementalLinkLimit) }
            trace(String(format: "linked people, organizations and the timeline (%@) in %.2f s (CPU %.2f s)",
                         mode.rawValue, seconds, Stopwatch.threadCPUSeconds() - cpuStart))
        }
    }

    /// One path of the command line: the root its files are stored under (`Roots`), what it
    /// covers there, its files, and the folders under it that could not be listed.
    private struct Work {
        var root: String
        var scope: Roots.Scope
        var files: [CorpusWalker.File]
        var unlisted: [String]

        /// Stored paths within the scope whose file is known to be gone: not under a folder
        /// that failed to list.
        func gone(_ stored: StoredStamps) -> [String] {
            stored.missing(from: files).filter { path in
                Roots.contains(scope, path) && !unlisted.contains { Roots.isWithin(path, $0) }
            }
        }
    }

    /// Walks each path and decides the root its files are stored under: the outermost stored
    /// or given folder containing it (stored roots inside it, or under another name of it,
    /// are moved under it first). A path that does not exist is a failure and prunes nothing.
    private func plan(_ paths: [String], summary: inout Summary) throws -> [Work] {
        let given = paths.compactMap(Roots.folder(of:))
        var stored = try knowledgeBase.read { try Roots.stored($0) }
        var work: [Work] = []
        for path in paths {
            guard let folder = Roots.folder(of: path) else {
                let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
                summary.failures.append(FileFailure(path: path, reason: CorpusWalker.tooLong(absolute)
                    ?? "no such file or directory (`newskb forget PATH` removes what is stored under it)"))
                continue
            }
            let (root, prefix) = Roots.place(folder, among: stored.map(\.real) + given)
            if Roots.adoptable(by: root, stored) {
                try knowledgeBase.write { db in _ = try Roots.adopt(root, in: db) }
                stored = try knowledgeBase.read { try Roots.stored($0) }
            }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let name = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
            let walked = isDirectory.boolValue ? folder : (folder as NSString).appendingPathComponent(name)
            let (files, problems) = CorpusWalker.files(under: URL(fileURLWithPath: walked), list: list, followLinks: options.followLinks)
            summary.failures += problems.map { FileFailure(path: $0.path, reason: $0.reason) }
            work.append(Work(root: root,
                             scope: isDirectory.boolValue ? .folder(prefix) : .file(Roots.joined(prefix, name)),
                             files: files.map { CorpusWalker.File(root: root, relativePath: Roots.joined(prefix, $0.relativePath)) },
                             unlisted: problems.compactMap(\.unlistedFolder).map { Roots.joined(prefix, $0) }))
        }
        return work
    }

    /// Every root's files in batches, then the stored articles whose file is gone.
    private func ingest(_ work: [Work], stored: [StoredStamps],
                        summary: inout Summary, progress: (@Sendable (Int, Int) -> Void)?) throws {
        var done = 0
        let total = summary.files
        for (item, stored) in zip(work, stored) {
            let root = item.root
            try ingest(item.files, root: root, stored: stored, summary: &summary) { count in
                done += count
                progress?(done, total)
            }
            let gone = item.gone(stored)
            if options.prune, !gone.isEmpty {
                try knowledgeBase.write { db in
                    try Link.markStale(db)
                    for path in gone { try Store.delete(db, root: root, path: path) }
                }
                summary.pruned += gone.count
            } else {
                summary.missing += gone.count
            }
        }
    }

    /// Restores indexes a killed bulk load left out, then drops the unordered ones when this
    /// ingest adds at least `bulkLoadMinimum` articles and at least as many as are stored.
    private func beginBulkLoad(newFiles: Int) throws -> Bool {
        let (complete, stored) = try knowledgeBase.read { db in
            (try Schema.hasIndexes(db, Schema.unorderedIndexes), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles") ?? 0)
        }
        let bulk = newFiles >= max(options.bulkLoadMinimum, stored)
        if bulk || !complete {
            try knowledgeBase.write { db in
                if bulk { try Schema.dropIndexes(db, Schema.unorderedIndexes) } else { try Schema.createIndexes(db, Schema.unorderedIndexes) }
            }
        }
        if bulk { trace("bulk load of \(newFiles) new files: unordered indexes dropped until the end") }
        return bulk
    }

    private func endBulkLoad() throws {
        let seconds = try Stopwatch.seconds { try knowledgeBase.write { db in try Schema.createIndexes(db, Schema.unorderedIndexes) } }
        trace("built the unordered indexes again in \(String(format: "%.2f", seconds)) s")
    }

    typealias Outcome = ArticlePipeline.Outcome

    private func ingest(_ files: [CorpusWalker.File], root: String, stored: StoredStamps,
                        summary: inout Summary, batchDone: (Int) -> Void) throws {
        let batches = stride(from: 0, to: files.count, by: options.batchSize).map {
            Array(files[$0..<min($0 + options.batchSize, files.count)])
        }
        guard !batches.isEmpty else { return }
        var waiting = 0.0, writing = 0.0
        let cpuStart = Stopwatch.threadCPUSeconds()
        // Double buffering: batch k+1 is parsed on the worker pool while batch k is written.
        var next = ParseJob(batch: batches[0], root: root, stored: stored, jobs: options.jobs)
        for index in batches.indices {
            let current = next
            waiting += Stopwatch.seconds { current.wait() }
            if index + 1 < batches.count {
                next = ParseJob(batch: batches[index + 1], root: root, stored: stored, jobs: options.jobs)
            }
            let outcomes = current.outcomes
            let writeStart = DispatchTime.now().uptimeNanoseconds
            try store(outcomes, summary: &summary)
            writing += Double(DispatchTime.now().uptimeNanoseconds - writeStart) / 1e9
            batchDone(outcomes.count)
        }
        trace(String(format: "waited %.2f s for parsing, wrote for %.2f s (writer thread CPU %.2f s)",
                     waiting, writing, Stopwatch.threadCPUSeconds() - cpuStart))
    }

    /// Stores one batch in one transaction and counts what happened to each file. Ingest and
    /// `load` both write through here.
    func store(_ outcomes: [Outcome], summary: inout Summary) throws {
        let now = PublicationDate.iso(Date())
        // What is stored is decided inside the transaction, not from the hashes read at the
        // start: another newskb may have stored the same file meanwhile (same content: keep
        // it; other content: replace it), so two ingests of one folder never collide on
        // UNIQUE (root, path).
        // A batch with nothing to store (a re-ingest) opens no write transaction.
        var written = [Result<Stamp.Change, FileFailure>?](repeating: nil, count: outcomes.count)
        if outcomes.contains(where: { $0.parsed != nil }) {
            // A savepoint per article makes SQLite journal every page it changes a second time
            // (it doubled the writer's time at 10,000 articles), so a batch is first stored
            // without; only when one article's values fail is it rolled back and stored again
            // with each article in its own savepoint.
            do {
                written = try write(outcomes, now: now, eachInSavepoint: false)
            } catch let error as DatabaseError where Self.articleError(error) {
                written = try write(outcomes, now: now, eachInSavepoint: true)
            }
        }
        for (outcome, written) in zip(outcomes, written) {
            switch outcome {
            case .unchanged:
                summary.unchanged += 1
            case .parsed(let parsed):
                switch written {
                case .success(.new): summary.added += 1
                case .success(.edited): summary.updated += 1
                case .success(.reextract): summary.reextracted += 1
                case .success(.unchanged), nil: summary.unchanged += 1
                case .failure(let failure):
                    summary.failures.append(failure)
                    continue
                }
                summary.warnings += parsed.article.warnings.map { FileFailure(path: parsed.article.path, reason: $0) }
            case .failed(let failure):
                summary.failures.append(failure)
            }
        }
    }

    /// One batch in one transaction.
    private func write(_ outcomes: [Outcome], now: String, eachInSavepoint: Bool) throws -> [Result<Stamp.Change, FileFailure>?] {
        try knowledgeBase.write { db in
            // What the writer stores meets the tables' CHECK constraints by construction
            // (raw values of enums, JSON it writes itself, ordered ranges), and the tests
            // verify every row with PRAGMA integrity_check. Evaluated on each of some fifty
            // rows per article, the checks took a quarter of the writer's time.
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            defer { try? db.execute(sql: "PRAGMA ignore_check_constraints = OFF") }
            try Link.markStale(db)
            let inserts = try Store.Inserts(db)
            return try outcomes.map { outcome in
                guard let parsed = outcome.parsed else { return nil }
                if eachInSavepoint { return try Self.store(db, parsed, now: now, inserts: inserts) }
                return .success(try Store.replace(db, parsed, now: now, inserts: inserts))
            }
        }
    }

    /// Stores one article in a savepoint of the batch's transaction: a storage error (a
    /// constraint, a value SQLite refuses) undoes that article's rows alone and names it, and
    /// the rest of the batch commits. Errors of the database itself (full disk, I/O, busy)
    /// still fail the batch: no later article could be stored either.
    static func store(_ db: Database, _ parsed: ParsedArticle, now: String,
                      inserts: Store.Inserts) throws -> Result<Stamp.Change, FileFailure> {
        var change = Stamp.Change.unchanged
        do {
            try db.inSavepoint {
                change = try Store.replace(db, parsed, now: now, inserts: inserts)
                return .commit
            }
            return .success(change)
        } catch let error as DatabaseError where articleError(error) {
            return .failure(FileFailure(path: parsed.article.path, reason: "cannot be stored: \(error.message ?? "\(error.resultCode)")"))
        }
    }

    /// Errors that belong to one article's values, not to the database.
    static func articleError(_ error: DatabaseError) -> Bool {
        [.SQLITE_CONSTRAINT, .SQLITE_MISMATCH, .SQLITE_TOOBIG, .SQLITE_RANGE].contains(error.resultCode)
    }

    /// Phase timings on stderr when NEWSKB_TRACE is set, for tuning ingest.
    func trace(_ message: @autoclosure () -> String) {
        guard ProcessInfo.processInfo.environment["NEWSKB_TRACE"] != nil else { return }
        FileHandle.standardError.write(Data("newskb: trace: \(message())\n".utf8))
    }

    /// Parses one batch on `jobs` threads of their own, starting at once. They run at a lower
    /// priority than the writer: the single writer is the bottleneck, and an even share of two
    /// cores among it and the parsers would slow it by a third.
    private final class ParseJob: @unchecked Sendable {
        private(set) var outcomes: [Outcome]
        private let group = DispatchGroup()
        private let lock = NSLock()
        private var next = 0

        init(batch: [CorpusWalker.File], root: String, stored: StoredStamps, jobs: Int) {
            outcomes = Array(repeating: .unchanged, count: batch.count)
            for _ in 0..<min(jobs, batch.count) {
                group.enter()
                Thread { [self] in
                    Self.yieldToWriter()
                    while let index = claim(below: batch.count) {
                        let outcome = ArticlePipeline.process(batch[index], root: root, stored: stored[batch[index].relativePath])
                        lock.withLock { outcomes[index] = outcome }
                    }
                    group.leave()
                }.start()
            }
        }

        private func claim(below count: Int) -> Int? {
            lock.withLock {
                defer { next += 1 }
                return next < count ? next : nil
            }
        }

        /// Linux gives each thread its own nice value; `who` 0 is the calling thread.
        private static func yieldToWriter() {
            #if os(Linux)
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10) // 0: the calling thread
            #endif
        }

        func wait() { group.wait() }
    }
}
