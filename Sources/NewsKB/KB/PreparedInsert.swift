import GRDB
import GRDBSQLite

/// One INSERT prepared on the writer's connection and run through SQLite's C interface.
///
/// The writer stores some fifty rows per article. Through GRDB each row paid for an array of
/// existential arguments, their dynamic casts and the observer checks around every
/// execution, more than SQLite's own work; here a row is a few binds and one step. Lives
/// within one write transaction, like the statements GRDB caches.
final class PreparedInsert {
    private let connection: OpaquePointer
    private let sql: String
    private var statement: OpaquePointer?
    private var index: Int32 = 0

    init(_ db: Database, _ sql: String) throws {
        guard let connection = db.sqliteConnection else { throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "closed database") }
        self.connection = connection
        self.sql = sql
        let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK else { throw failure(code) }
    }

    deinit { sqlite3_finalize(statement) }

    /// The next parameter, in the order of the SQL's `?`. Text goes in as a C string, as
    /// GRDB binds it, so it is stored exactly as GRDB would store it.
    func bind(_ value: String) {
        index += 1
        sqlite3_bind_text(statement, index, value, -1, Self.transient) // transient: SQLite copies it
    }

    func bind(_ value: String?) {
        if let value { bind(value) } else { index += 1; sqlite3_bind_null(statement, index) }
    }

    func bind(_ value: Int) { index += 1; sqlite3_bind_int64(statement, index, Int64(value)) }
    func bind(_ value: Int64) { index += 1; sqlite3_bind_int64(statement, index, value) }
    func bind(_ value: Bool) { bind(value ? 1 : 0) }
    func bind(_ value: Double) { index += 1; sqlite3_bind_double(statement, index, value) }

    /// Runs the insert with the values bound since the last run; returns the new rowid.
    @discardableResult
    func run() throws -> Int64 {
        index = 0
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else { throw failure(code) }
        return sqlite3_last_insert_rowid(connection)
    }

    private func failure(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
