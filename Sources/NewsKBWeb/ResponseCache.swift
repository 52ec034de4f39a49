import Foundation
import GRDB
import Hummingbird

/// Pages and API answers kept until the knowledge base changes. A speaker quoted 35,000 times
/// takes some 300 ms to gather at 100,000 articles, while a kept answer takes microseconds;
/// and the view is read-only, so an answer only goes stale when an ingest commits.
///
/// `PRAGMA data_version` on a connection of its own tells when that happened: it changes
/// whenever another connection has committed. Every request asks it first and, on a change,
/// forgets everything, so the next request after a commit shows the new data.
final class ResponseCache: @unchecked Sendable {
    private struct Kept {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: ByteBuffer
    }

    private let version: DatabaseQueue
    private let lock = NSLock()
    private var kept: [String: Kept] = [:]
    /// Keys in the order they were kept, to forget the oldest first.
    private var order: [String] = []
    private var bytes = 0
    private var keptVersion: Int?
    /// Keys being made, with the requests waiting for them.
    private var inFlight: [String: [CheckedContinuation<Void, Never>]] = [:]
    let maximumBytes: Int

    init(path: String, maximumBytes: Int = 64 << 20) throws {
        var configuration = Configuration()
        configuration.readonly = true
        version = try DatabaseQueue(path: path, configuration: configuration)
        self.maximumBytes = maximumBytes
    }

    /// The kept answer for `key`, or `make`'s answer, kept when it is a 200. While one request
    /// makes an answer, others for the same key wait for it rather than make it too (64
    /// clients asking for one new page would otherwise gather it 64 times at once).
    func response(_ key: String, _ make: () async throws -> Response) async throws -> Response {
        let current = try version.inDatabase { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        while true {
            switch claim(key, version: current) {
            case .kept(let found):
                return Response(status: found.status, headers: found.headers, body: .init(byteBuffer: found.body))
            case .wait:
                await withCheckedContinuation { continuation in
                    let queued = lock.withLock { () -> Bool in
                        guard inFlight[key] != nil else { return false }
                        inFlight[key]!.append(continuation)
                        return true
                    }
                    if !queued { continuation.resume() }
                }
            case .make:
                defer {
                    for waiter in lock.withLock({ inFlight.removeValue(forKey: key) ?? [] }) { waiter.resume() }
                }
                let response = try await make()
                guard response.status == .ok else { return response }
                let body = try await Self.collect(response.body)
                store(key, Kept(status: response.status, headers: response.headers, body: body), version: current)
                return Response(status: response.status, headers: response.headers, body: .init(byteBuffer: body))
            }
        }
    }

    private enum Claim {
        case kept(Kept), wait, make
    }

    /// The kept answer, else whether another request is making it, else this one makes it.
    private func claim(_ key: String, version current: Int) -> Claim {
        lock.withLock {
            if keptVersion != current {
                kept.removeAll()
                order.removeAll()
                bytes = 0
                keptVersion = current
            }
            if let found = kept[key] { return .kept(found) }
            if inFlight[key] != nil { return .wait }
            inFlight[key] = []
            return .make
        }
    }

    private func store(_ key: String, _ answer: Kept, version current: Int) {
        lock.withLock {
            // An answer made while the version moved on may already be stale: not kept.
            guard keptVersion == current, kept[key] == nil, answer.body.readableBytes <= maximumBytes / 8 else { return }
            kept[key] = answer
            order.append(key)
            bytes += answer.body.readableBytes
            while bytes > maximumBytes, !order.isEmpty {
                let oldest = order.removeFirst()
                bytes -= kept.removeValue(forKey: oldest)?.body.readableBytes ?? 0
            }
        }
    }

    /// A response body as one buffer.
    static func collect(_ body: ResponseBody) async throws -> ByteBuffer {
        let collector = Collector()
        try await body.write(collector)
        return collector.box.buffer
    }

    /// Collects a response body into one buffer.
    private final class Box: @unchecked Sendable {
        var buffer = ByteBuffer()
    }

    private struct Collector: ResponseBodyWriter {
        let box = Box()
        mutating func write(_ buffer: ByteBuffer) async throws {
            var buffer = buffer
            box.buffer.writeBuffer(&buffer)
        }
        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}

/// Answers GET requests from the cache.
struct CacheMiddleware<Context: RequestContext>: RouterMiddleware {
    let cache: ResponseCache

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get else { return try await next(request, context) }
        return try await cache.response(request.uri.description) { try await next(request, context) }
    }
}
