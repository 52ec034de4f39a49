import GRDB

/// A WHERE clause built from optional filters, every value bound as an argument.
struct Conditions {
    private var clauses: [String] = []
    private(set) var arguments: [DatabaseValueConvertible?] = []

    mutating func add(_ clause: String, _ values: DatabaseValueConvertible?...) {
        add(clause, values)
    }

    mutating func add(_ clause: String, _ values: [DatabaseValueConvertible?]) {
        clauses.append(clause)
        arguments += values
    }

    /// `a.published_day` between two optional days.
    mutating func addDays(_ column: String, from: String?, to: String?) {
        if let from { add("\(column) >= ?", from) }
        if let to { add("\(column) <= ?", to) }
    }

    var sql: String { clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ") }

    /// The arguments, followed by any that the rest of the statement binds (a LIMIT).
    func statementArguments(_ more: DatabaseValueConvertible?...) -> StatementArguments {
        let values: [DatabaseValueConvertible?] = arguments + more
        return StatementArguments(values)
    }
}
