import Dispatch
import Foundation
import GRDB
import NewsKB

/// The stages `newskb bench` measures against each other on the same files.
public enum BenchStages {
    /// (a) read + decode + front matter + libxml2 blocks, or (b) with `extract` the whole of
    /// ingest's per-file work (extraction and the writer's column values), on `jobs` workers,
    /// through the pipeline ingest runs. Returns the bytes read.
    public static func parse(_ files: [CorpusWalker.File], jobs: Int, extract: Bool) -> Int {
        final class Total: @unchecked Sendable {
            let lock = NSLock()
            var bytes = 0
        }
        let total = Total()
        let chunk = max(1, (files.count + jobs * 8 - 1) / (jobs * 8))
        DispatchQueue.concurrentPerform(iterations: (files.count + chunk - 1) / chunk) { part in
            var bytes = 0
            for index in (part * chunk)..<min(files.count, (part + 1) * chunk) {
                if extract {
                    if case .parsed(let parsed) = ArticlePipeline.process(files[index], root: "") { bytes += parsed.size }
                } else if case .success(let read?) = ArticlePipeline.read(files[index]) {
                    bytes += read.size
                }
            }
            total.lock.withLock { total.bytes += bytes }
        }
        return total.bytes
    }

    /// The plain text of each article, one string per paragraph (the rows newskb indexes),
    /// for the bare index measure.
    public static func paragraphs(_ files: [CorpusWalker.File]) -> [[String]] {
        files.compactMap { file in
            guard case .success(let read?) = ArticlePipeline.read(file) else { return nil }
            return read.article.blocks.map(\.text)
        }
    }

    /// (a′) inserting the same paragraphs into an empty FTS5 table with newskb's tokenization
    /// (character bigrams over unicode61, made on the inserting thread as a tokenizer would),
    /// one transaction per 512 articles, nothing else.
    public static func bareIndex(_ articles: [[String]], databasePath: String) throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
        let queue = try DatabaseQueue(path: databasePath)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(grams, content='', tokenize='unicode61')")
        }
        var index = 0
        while index < articles.count {
            let batch = articles[index..<min(index + 512, articles.count)]
            try queue.write { db in
                let insert = try db.cachedStatement(sql: "INSERT INTO t (grams) VALUES (?)")
                for article in batch {
                    for paragraph in article { try insert.execute(arguments: [SearchText.grams(paragraph)]) }
                }
            }
            index += 512
        }
    }
}
