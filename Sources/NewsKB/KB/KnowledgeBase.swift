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
        case newerSchema(String)
        case olderSchema(String)
        case damaged(String)
        case cannotCreate(String, String)
        public var description: String {
            switch self {
            case .missing(let path): return "no knowledge base at \(path): run `newskb ingest PATH` first"
            case .busy(let path): return "the knowledge base \(path) is busy (another newskb is writing); try again"
            case .notKnowledgeBase(let path):
                return "\(path) is not a newskb knowledge base; it was left untouched (give --db a new file to make one)"
            case .newerSchema(let path):
                return "\(path) was made by a newer newskb (its schema has steps this one does not know); use that version, or ingest into a new file"
            case .olderSchema(let path):
                return "\(path) was made by an older newskb: run `newskb ingest PATH --db \(path)` once to upgrade it"
            case .cannotCreate(let path, let reason): return "cannot create the knowledge base \(path): \(reason)"
            case .damaged(let path):
                return "the knowledge base \(path) is damaged: its -wal file was probably deleted or lost while newskb was using it, "
                    + "taking the last writes with it; rebuild it with `newskb ingest PATH --db NEW.sqlite` into a new file"
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
        if !FileManager.default.fileExists(atPath: path) {
            try Self.create(path)
        }
        // Only newskb's own files are migrated: another application's database is refused
        // before anything (the schema, WAL) is written into it.
        _ = try Self.openReadOnly(path: path, busyTimeout: busyTimeout, allowOlder: true)
        do {
            writer = try Self.open(path, configuration)
        } catch let error as DatabaseError where Self.isBusy(error) {
            throw Failure.busy(path)
        } catch let error as DatabaseError where Self.isDamage(error) {
            throw Failure.damaged(path)
        }
    }

    /// Makes a new knowledge base at `path` so that no other process ever sees it half made:
    /// the schema is built completely under a private name in the same folder
    /// (`.NAME.creating-PID-RANDOM`), switched to WAL, closed, then hard-linked into place.
    /// link(2) never replaces a file: when another newskb created `path` first (EEXIST),
    /// ours is dropped and theirs is used. Either way the private file is removed.
    private static func create(_ path: String) throws {
        let name = (path as NSString).lastPathComponent
        let building = (folder(of: path) as NSString)
            .appendingPathComponent(".\(name).creating-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(building + suffix) }
        }
        let queue = try DatabaseQueue(path: building)
        try Schema.migrator.migrate(queue)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
        try queue.close() // the last connection: the (empty) -wal is checkpointed and removed
        if link(building, path) != 0 && errno != EEXIST {
            throw Failure.cannotCreate(path, String(cString: strerror(errno)))
        }
    }

    /// Opens an existing knowledge base for reading only (every query command, `newskb serve`):
    /// nothing is created, migrated or written, and each read sees what a concurrent
    /// `newskb ingest` last committed (WAL). A file that is not a newskb knowledge base, or
    /// of a newer schema, is refused with one line; so is an older one unless `allowOlder`
    /// (ingest, which migrates it next). A knowledge base in a folder newskb may not write
    /// (where SQLite cannot make the WAL's shared-memory file) is read as immutable.
    public static func openReadOnly(path: String, busyTimeout: TimeInterval = 5, allowOlder: Bool = false) throws -> KnowledgeBase {
        guard FileManager.default.fileExists(atPath: path) else { throw Failure.missing(path) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -8192")
        }
        func opened(_ location: String) throws -> KnowledgeBase {
            let knowledgeBase = KnowledgeBase(path: path, pool: try DatabasePool(path: location, configuration: configuration))
            try knowledgeBase.checkSchema(allowOlder: allowOlder)
            return knowledgeBase
        }
        do {
            do {
                return try opened(path)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN && !FileManager.default.isWritableFile(atPath: folder(of: path)) {
                return try opened("file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path) + "?immutable=1")
            }
        } catch let error as DatabaseError where isDamage(error) {
            throw Failure.damaged(path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw Failure.notKnowledgeBase(path)
        }
    }

    private static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    /// newskb's tables and migrations, all of them known to this build.
    private func checkSchema(allowOlder: Bool) throws {
        try read { db in
            let tables = try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
            if tables.isEmpty && allowOlder { return } // an empty file: ingest makes it a knowledge base
            guard tables.contains("grdb_migrations"), tables.contains("articles") else { throw Failure.notKnowledgeBase(path) }
            if try Schema.migrator.hasBeenSuperseded(db) { throw Failure.newerSchema(path) }
            if !allowOlder, try !Schema.migrator.hasCompletedMigrations(db) { throw Failure.olderSchema(path) }
        }
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
        } catch let error as DatabaseError where Self.isDamage(error) {
            throw Failure.damaged(path)
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch let error as DatabaseError where Self.isBusy(error) {
            throw Failure.busy(path)
        }
    }

    /// A schema or page SQLite cannot read: the state a deleted -wal leaves behind.
    static func isDamage(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_CORRUPT
            || (error.resultCode == .SQLITE_ERROR && (error.message ?? "").contains("malformed database schema"))
    }

    /// Still locked after the busy timeout: say so plainly instead of "database is locked".
    private static func isBusy(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    /// Whether articles changed since people, organizations and the timeline were last
    /// linked (an ingest is running, or one stopped before linking).
    /// `newskb relink --full`: every link rebuilt from the stored extractions.
    public func relinkFully() throws {
        try Link.rebuild(self)
    }

    public func isStale() throws -> Bool {
        try read { try Link.isStale($0) }
    }

    /// What a query says about a stale knowledge base.
    public static let staleWarning = "the links across articles (people, organizations, the timeline) are out of date: "
        + "an ingest is running or stopped before linking; if none is running, run `newskb ingest PATH` again"

    /// `PRAGMA integrity_check` result, "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try writer.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }
}
