import ArgumentParser
import Foundation
import NewsKB
import NewsKBPostgres

extension ResultTable.Format: ExpressibleByArgument {}

/// `--db`: shared by every command that opens the knowledge base.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The knowledge base: a SQLite file, or postgres://user@host/db for PostgreSQL (default: $NEWSKB_DB, else output/newskb.sqlite).")
    var db: String?

    /// The location asked for: a file path or a PostgreSQL URL.
    var location: String { KnowledgeBase.defaultPath(db) }

    /// The SQLite file, for the commands only that store serves; a PostgreSQL URL is a clear error.
    var path: String {
        get throws {
            guard !StoreLocation.isPostgres(location) else {
                throw ValidationError("this command works on a SQLite knowledge base only; --db \(location) is PostgreSQL (there: load, stats, search, quotes, figures, events, timeline)")
            }
            return location
        }
    }

    /// Opens an existing knowledge base for reading only; a missing file, another
    /// application's database or a newer schema is a clear error, and nothing is written.
    /// A stale one (linking not done) is read with one warning line.
    func openExisting() throws -> KnowledgeBase {
        let knowledgeBase = try KnowledgeBase.openReadOnly(path: path)
        if try knowledgeBase.isStale() { Diagnostics.warning(KnowledgeBase.staleWarning) }
        return knowledgeBase
    }

    /// Opens the knowledge base the query commands read: SQLite or PostgreSQL.
    func openStore() throws -> any KnowledgeStore {
        if StoreLocation.isPostgres(location) { return try PostgresKnowledgeBase(url: location) }
        return try openExisting()
    }
}

/// `--format` and `--limit`: shared by every listing command.
struct ListingOptions: ParsableArguments {
    @Option(name: .customLong("format"), help: "Output format: \(ResultTable.Format.allCases.map(\.rawValue).joined(separator: ", ")) (default table).")
    var chosenFormat: ResultTable.Format?

    /// The format asked for, else the aligned table.
    var format: ResultTable.Format { chosenFormat ?? .table }

    @Option(name: .long, help: "At most this many rows.")
    var limit: Int = 50

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func print(_ table: ResultTable) {
        Output.write(table.render(format))
    }
}

/// Standard output as a terminal: whether it is one, and how wide.
enum Terminal {
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Columns of the terminal on standard output, else `$COLUMNS`, else 80.
    static var width: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }
}

/// `--from` / `--to`: a day, a month or a year; a month or year as `--to` means its last day.
struct DateRangeOptions: ParsableArguments {
    @Option(help: "Only from this date on (YYYY-MM-DD, YYYY-MM or YYYY).")
    var from: String?

    @Option(help: "Only up to this date (YYYY-MM-DD, YYYY-MM or YYYY).")
    var to: String?

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, Day.bound(value, end: false) == nil {
                throw ValidationError("\(name) \(value): expected YYYY-MM-DD, YYYY-MM or YYYY")
            }
        }
    }

    var fromDay: String? { from.flatMap { Day.bound($0, end: false) } }
    var toDay: String? { to.flatMap { Day.bound($0, end: true) } }
}
