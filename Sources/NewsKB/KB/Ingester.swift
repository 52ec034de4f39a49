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
        public var batchSize: Int

        public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, prune: Bool = false, batchSize: Int = 512) {
            self.jobs = max(1, jobs)
            self.prune = prune
            self.batchSize = max(1, batchSize)
        }
    }

    public struct FileFailure: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(CorpusWalker.printable(path)): \(reason)" }
    }

    public struct Summary: Sendable, Equatable {
        public var files = 0
        public var added = 0
        public var updated = 0
        public var unchanged = 0
        public var pruned = 0
        /// Stored articles whose file is gone (kept unless `--prune`).
        public var missing = 0
        public var failures: [FileFailure] = []
        public var warnings: [FileFailure] = []

        public var failed: Int { failures.count }
        public var changed: Bool { added + updated + pruned > 0 }
    }

    public let knowledgeBase: KnowledgeBase
    public let options: Options

    public init(knowledgeBase: KnowledgeBase, options: Options = Options()) {
        self.knowledgeBase = knowledgeBase
        self.options = options
    }

    /// Ingests every article file under `paths`. `progress` is called after each batch
    /// with (files done, files in all).
    public func run(paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Summary {
        var summary = Summary()
        var work: [(root: String, files: [CorpusWalker.File])] = []
        for path in paths {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            let (files, problems) = CorpusWalker.files(under: url)
            summary.failures += problems.map { FileFailure(path: $0.path, reason: $0.reason) }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            let root = isDirectory.boolValue ? url.path : url.deletingLastPathComponent().path
            work.append((root, files))
        }
        let total = work.reduce(0) { $0 + $1.files.count }
        summary.files = total
        var done = 0
        for (root, files) in work {
            let stored = try knowledgeBase.read { try Store.storedVersions($0, root: root) }
            try ingest(files, root: root, stored: stored, summary: &summary) { count in
                done += count
                progress?(done, total)
            }
            let present = Set(files.map(\.relativePath))
            let gone = stored.keys.filter { !present.contains($0) }.sorted()
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
        let stale = try knowledgeBase.read { try Link.isStale($0) }
        if summary.changed || stale {
            let seconds = try Stopwatch.seconds { try knowledgeBase.write { db in try Link.rebuild(db) } }
            trace("linked people, organizations and the timeline in \(String(format: "%.2f", seconds)) s")
        }
        return summary
    }

    private enum Outcome: Sendable {
        case unchanged
        case parsed(ParsedArticle)
        case failed(FileFailure)
    }

    private func ingest(_ files: [CorpusWalker.File], root: String, stored: [String: String],
                        summary: inout Summary, batchDone: (Int) -> Void) throws {
        let batches = stride(from: 0, to: files.count, by: options.batchSize).map {
            Array(files[$0..<min($0 + options.batchSize, files.count)])
        }
        guard !batches.isEmpty else { return }
        var waiting = 0.0, writing = 0.0
        // Double buffering: batch k+1 is parsed on the worker pool while batch k is written.
        var next = ParseJob(batch: batches[0], root: root, stored: stored, jobs: options.jobs)
        for index in batches.indices {
            let current = next
            waiting += Stopwatch.seconds { current.wait() }
            if index + 1 < batches.count {
                next = ParseJob(batch: batches[index + 1], root: root, stored: stored, jobs: options.jobs)
            }
            let outcomes = current.outcomes
            let now = PublicationDate.iso(Date())
            // What is stored is decided inside the transaction, not from the hashes read at the
            // start: another newskb may have stored the same file meanwhile (same content: keep
            // it; other content: replace it), so two ingests of one folder never collide on
            // UNIQUE (root, path).
            let writeStart = DispatchTime.now().uptimeNanoseconds
            defer { writing += Double(DispatchTime.now().uptimeNanoseconds - writeStart) / 1e9 }
            let written: [Store.Written?] = try knowledgeBase.write { db in
                if outcomes.contains(where: { if case .parsed = $0 { true } else { false } }) {
                    try Link.markStale(db)
                }
                return try outcomes.map { outcome in
                    guard case .parsed(let parsed) = outcome else { return nil }
                    return try Store.replace(db, parsed, now: now)
                }
            }
            for (outcome, written) in zip(outcomes, written) {
                switch outcome {
                case .unchanged:
                    summary.unchanged += 1
                case .parsed(let parsed):
                    switch written {
                    case .added: summary.added += 1
                    case .updated: summary.updated += 1
                    case .unchanged, nil: summary.unchanged += 1
                    }
                    summary.warnings += parsed.article.warnings.map { FileFailure(path: parsed.article.path, reason: $0) }
                case .failed(let failure):
                    summary.failures.append(failure)
                }
            }
            batchDone(outcomes.count)
        }
        trace("waited \(String(format: "%.2f", waiting)) s for parsing, wrote for \(String(format: "%.2f", writing)) s")
    }

    /// Phase timings on stderr when NEWSKB_TRACE is set, for tuning ingest.
    private func trace(_ message: @autoclosure () -> String) {
        guard ProcessInfo.processInfo.environment["NEWSKB_TRACE"] != nil else { return }
        FileHandle.standardError.write(Data("newskb: trace: \(message())\n".utf8))
    }

    /// Parses one batch on a concurrent pool, starting at once.
    private final class ParseJob: @unchecked Sendable {
        private(set) var outcomes: [Outcome]
        private let group = DispatchGroup()

        init(batch: [CorpusWalker.File], root: String, stored: [String: String], jobs: Int) {
            outcomes = Array(repeating: .unchanged, count: batch.count)
            let lock = NSLock()
            group.enter()
            DispatchQueue.global().async { [self] in
                let chunk = max(1, (batch.count + jobs - 1) / jobs)
                DispatchQueue.concurrentPerform(iterations: (batch.count + chunk - 1) / chunk) { part in
                    for index in (part * chunk)..<min(batch.count, (part + 1) * chunk) {
                        let outcome = Self.process(batch[index], root: root, stored: stored)
                        lock.lock()
                        outcomes[index] = outcome
                        lock.unlock()
                    }
                }
                group.leave()
            }
        }

        func wait() { group.wait() }

        private static func process(_ file: CorpusWalker.File, root: String, stored: [String: String]) -> Outcome {
            let bytes: [UInt8]
            do {
                bytes = try ArticleReader.bytes(ofFileAt: file.url, relativePath: file.relativePath)
            } catch let failure as ArticleReader.Failure {
                return .failed(FileFailure(path: file.relativePath, reason: failure.reason))
            } catch {
                return .failed(FileFailure(path: file.relativePath, reason: "cannot read file: \(error)"))
            }
            let hash = ContentHash.of(bytes)
            let previous = stored[file.relativePath]
            if previous == Store.stamp(hash: hash, version: ExtractionVersion.current) { return .unchanged }
            do {
                let article = try ArticleReader.read(bytes: bytes, path: file.relativePath)
                let extraction = Extractor.extract(article)
                return .parsed(ParsedArticle(root: root, hash: hash, size: bytes.count, article: article, extraction: extraction))
            } catch let failure as ArticleReader.Failure {
                return .failed(FileFailure(path: file.relativePath, reason: failure.reason))
            } catch {
                return .failed(FileFailure(path: file.relativePath, reason: "\(error)"))
            }
        }
    }
}
