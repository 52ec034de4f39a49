import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// One connection to a PostgreSQL server, used synchronously: newskb's commands and its
/// SQLite store are synchronous, so each statement waits for its answer on the caller's thread
/// while one event loop thread does the network work.
final class PostgresSession: @unchecked Sendable {
    /// `postgres://user[:password]@host[:port]/database`, and the same without the password.
    struct Address {
        var host: String, port: Int, user: String, password: String?, database: String
        var display: String

        init(_ url: String) throws {
            guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty,
                  ["postgres", "postgresql"].contains(components.scheme ?? "") else {
                throw PostgresKnowledgeBase.Failure.badURL(url)
            }
            self.host = host
            port = components.port ?? 5432
            user = components.user ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
            password = components.password
            database = String(components.path.drop(while: { $0 == "/" }))
            if database.isEmpty { database = user }
            display = "postgres://\(user)@\(host):\(port)/\(database)"
        }
    }

    let address: Address
    private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    private let connection: PostgresConnection
    private let lock = NSLock()

    init(url: String) throws {
        address = try Address(url)
        let configuration = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user, password: address.password,
            database: address.database, tls: .disable)
        var logger = Logger(label: "newskb.postgres")
        logger.logLevel = .critical
        do {
            connection = try PostgresConnection.connect(on: group.next(), configuration: configuration, id: 1, logger: logger).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw PostgresKnowledgeBase.Failure.unreachable(address.display, Self.reason(error))
        }
    }

    deinit {
        try? connection.close().wait()
        try? group.syncShutdownGracefully()
    }

    /// Runs one statement with `$1`… bound to `binds`; its rows.
    @discardableResult
    func query(_ sql: String, _ binds: [PostgresData] = []) throws -> [PostgresRandomAccessRow] {
        try lock.withLock {
            do {
                return try connection.query(sql, binds).wait().rows.map { $0.makeRandomAccess() }
            } catch {
                throw PostgresKnowledgeBase.Failure.statement(Self.reason(error), sql)
            }
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try query("BEGIN")
        do {
            let value = try body()
            try query("COMMIT")
            return value
        } catch {
            _ = try? query("ROLLBACK")
            throw error
        }
    }

    /// The server's own message where there is one ("relation … does not exist").
    static func reason(_ error: Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            return "\(error.code)"
        }
        return "\(error)"
    }
}

/// Binding values: the newskb store's column types.
extension PostgresData {
    static func text(_ value: String?) -> PostgresData { value.map { PostgresData(string: $0) } ?? .null }
    static func int(_ value: Int64) -> PostgresData { PostgresData(int64: value) }
    static func int(_ value: Int) -> PostgresData { PostgresData(int64: Int64(value)) }
    static func texts(_ values: [String]) -> PostgresData { PostgresData(array: values) }
    static func ints(_ values: [Int64]) -> PostgresData { PostgresData(array: values) }
    static func doubles(_ values: [Double]) -> PostgresData { PostgresData(array: values) }
}

/// Reading columns by position, as the SQLite queries do.
extension PostgresRandomAccessRow {
    func text(_ index: Int) -> String { (try? self[index].decode(String?.self)) .flatMap { $0 } ?? "" }
    func optionalText(_ index: Int) -> String? { (try? self[index].decode(String?.self)) ?? nil }
    func int(_ index: Int) -> Int64 { (try? self[index].decode(Int64?.self)) .flatMap { $0 } ?? 0 }
    func optionalInt(_ index: Int) -> Int64? { (try? self[index].decode(Int64?.self)) ?? nil }
}
