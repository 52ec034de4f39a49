import Foundation
import GRDB

/// The SQLite knowledge base: one file, write-ahead logged, migrated on open.
public final class KnowledgeBase: Sendable {
    public let path: String
    let writer: DatabasePool

    /// `--db`, else `NEWSKB_DB`, else `output/newskb.sqlite`.
    public static func defaultPath(_ explicit: String? = nil) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let environment = ProcessInfo.processInfo.environment["NEWSKB_DB"], !environment.isEmpty {
            return environment
        }
        return "output/newskb.sqlite"
    }

    public enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case busy(String)
        case notKnowledgeBase(String)
        public var description: String {
            switch self {
            case .missing(let path): return "no knowledge base at \(path): run `newskb ingest PATH` first"
            case .busy(let path): return "the knowledge base \(path) is busy (another newskb is writing); try again"
            case .notKnowledgeBase(let path): return "\(path) is not a newskb knowledge base (or of an older schema): run `newskb ingest PATH --db \(path)` on a new file"
            }
        }
    }

    /// Opens (creating when `create` is true) and migrates the database.
    /// `busyTimeout`: how long a writer waits for another newskb writing to the same file
    /// before giving up with `Failure.busy`.
    public init(path: String, create: Bool = true, busyTimeout: TimeInterval = 60) throws {
        self.path = path
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw Failure.missing(path)
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // A second writer waits for the first instead of failing with "database is locked".
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            // WAL makes NORMAL safe against corruption. The writer's 32 MB page cache keeps the
            // hot index pages of a large base in memory while a batch is written (SQLite's
            // default is 2 MB); readers answer small queries and keep 8 MB. Sorts (building an
            // index, the rebuild's ORDER BY) may use a second thread.
            let cache = db.configuration.readonly ? -8192 : -32768
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = \(cache); PRAGMA threads = 2")
        }
        do {
            writer = try Self.open(path, configuration)
        } catch let error as DatabaseError where Self.isBusy(error) {
            throw Failure.busy(path)
        }
    }

    /// Opens an existing knowledge base for reading only (`newskb serve`): nothing is created,
    /// migrated or written, and each read sees what a concurrent `newskb ingest` last
    /// committed (WAL). A file without newskb's tables is refused with one line.
    /// The one place the web server opens the file; it moves to the shared read-only open
    /// in KB/ when that lands.
    public static func openReadOnly(path: String, busyTimeout: TimeInterval = 5) throws -> KnowledgeBase {
        guard FileManager.default.fileExists(atPath: path) else { throw Failure.missing(path) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -8192")
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        let knowledgeBase = KnowledgeBase(path: path, pool: pool)
        let tables = try knowledgeBase.read { db in
            try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        }
        guard ["articles", "quotes", "timeline_entries", "duplicate_articles"].allSatisfy(tables.contains) else {
            throw Failure.notKnowledgeBase(path)
        }
        return knowledgeBase
    }

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.writer = pool
    }

    /// Switching a new file to WAL fails at once with SQLITE_BUSY (the busy timeout does not
    /// apply) while another process switches it too: a short retry settles it. A busy error
    /// that took the whole timeout is final.
    private static func open(_ path: String, _ configuration: Configuration) throws -> DatabasePool {
        var attempt = 0
        while true {
            attempt += 1
            let started = Date()
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try migrate(pool)
                return pool
            } catch let error as DatabaseError where isBusy(error) && attempt < 10 && Date().timeIntervalSince(started) < 1 {
                usleep(UInt32(attempt) * 20_000)
            }
        }
    }

    /// Several newskb processes opening a new file at once all find it unmigrated (GRDB reads
    /// the applied migrations before taking the write lock), and the losers' CREATE TABLE
    /// fails: "table articles already exists". The winner has committed the schema by then:
    /// check, and retry while a step is still missing.
    private static func migrate(_ writer: DatabasePool) throws {
        for attempt in 1... {
            do {
                try Schema.migrator.migrate(writer)
                return
            } catch let error as DatabaseError where !isBusy(error) {
                if try writer.read({ try Schema.migrator.hasCompletedMigrations($0) }) { return }
                if attempt == 5 { throw error }
                usleep(UInt32(attempt) * 50_000)
            }
        }
    }

    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch let error as DatabaseError where Self.isBusy(error) {
            throw Failure.busy(path)
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch let error as DatabaseError where Self.isBusy(error) {
            throw Failure.busy(path)
        }
    }

    /// Still locked after the busy timeout: say so plainly instead of "database is locked".
    private static func isBusy(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    /// `PRAGMA integrity_check` result, "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try writer.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }
}
