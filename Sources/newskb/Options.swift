import ArgumentParser
import NewsKB

extension ResultTable.Format: ExpressibleByArgument {}

/// `--db`: shared by every command that opens the knowledge base.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "The knowledge base file (default: $NEWSKB_DB, else output/newskb.sqlite).")
    var db: String?

    var path: String { KnowledgeBase.defaultPath(db) }

    /// Opens an existing knowledge base for reading; a missing file is a clear error.
    func openExisting() throws -> KnowledgeBase {
        try KnowledgeBase(path: path, create: false)
    }
}

/// `--format` and `--limit`: shared by every listing command.
struct ListingOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: \(ResultTable.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ResultTable.Format = .table

    @Option(name: .long, help: "At most this many rows.")
    var limit: Int = 50

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func print(_ table: ResultTable) {
        Swift.print(table.render(format), terminator: "")
    }
}
