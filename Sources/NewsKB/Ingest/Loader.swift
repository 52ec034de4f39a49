import Dispatch
import Foundation

extension Ingester {
    /// Loads `newskb extract` output (JSONL files, `-` for standard input) into the knowledge
    /// base, then links. Each line becomes the `ParsedArticle` ingest would have made and is
    /// stored by the same writer, so a line whose stamp is stored under its root and path is
    /// unchanged, and a line that cannot be read is a failure naming the file and line.
    public func load(files: [String]) throws -> Summary {
        var summary = Summary()
        try Self.readLines(files, batchSize: options.batchSize, jobs: options.jobs, summary: &summary) { batch, summary in
            try store(batch, summary: &summary)
        }
        try link(after: summary)
        return summary
    }

    /// Reads `newskb extract` output in batches of decoded lines, for any store to write:
    /// `summary.files` counts the lines, an unopenable file is a failure in `summary`, an
    /// unreadable line a `.failed` outcome naming the file and line number.
    public static func readLines(_ files: [String], batchSize: Int, jobs: Int, summary: inout Summary,
                                 _ store: ([ArticlePipeline.Outcome], inout Summary) throws -> Void) throws {
        for file in files {
            let handle: FileHandle
            if file == "-" {
                handle = .standardInput
            } else if let opened = FileHandle(forReadingAtPath: file) {
                handle = opened
            } else {
                summary.failures.append(FileFailure(path: file, reason: "cannot be opened"))
                continue
            }
            var lines = JSONLines(handle)
            var number = 0
            while true {
                var batch: [(Int, [UInt8])] = []
                while batch.count < batchSize, let line = lines.next() {
                    number += 1
                    if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { batch.append((number, line)) }
                }
                if batch.isEmpty { break }
                summary.files += batch.count
                try store(decode(batch, file: file, jobs: jobs), &summary)
            }
        }
    }

    /// Decodes a batch of lines on `jobs` threads (JSON decoding is most of a load's CPU).
    private static func decode(_ batch: [(Int, [UInt8])], file: String, jobs: Int) -> [Outcome] {
        let results = Results(count: batch.count)
        let chunk = (batch.count + jobs - 1) / jobs
        DispatchQueue.concurrentPerform(iterations: jobs) { worker in
            let decoder = JSONDecoder()
            for index in stride(from: worker * chunk, to: min(batch.count, (worker + 1) * chunk), by: 1) {
                let (number, line) = batch[index]
                let outcome: Outcome
                do {
                    outcome = .parsed(try decoder.decode(ExtractRecord.self, from: Data(line)).parsed())
                } catch {
                    outcome = .failed(FileFailure(path: "\(file):\(number)", reason: "not a newskb extract line: \(Self.reason(error))"))
                }
                results.set(index, outcome)
            }
        }
        return results.values
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            "missing key \(([key] + context.codingPath).map(\.stringValue).reversed().joined(separator: "."))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted(let context):
            context.codingPath.isEmpty ? "invalid JSON" : "\(context.debugDescription) at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default:
            "\(error)"
        }
    }

    private final class Results: @unchecked Sendable {
        private(set) var values: [Outcome]
        private let lock = NSLock()
        init(count: Int) { values = Array(repeating: .unchanged, count: count) }
        func set(_ index: Int, _ value: Outcome) { lock.withLock { values[index] = value } }
    }
}

/// Lines of a file read in chunks, without the newline, so a large load never holds the
/// whole file in memory.
struct JSONLines {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var done = false

    init(_ handle: FileHandle) { self.handle = handle }

    mutating func next() -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                defer { start = newline + 1 }
                return Array(buffer[start..<newline])
            }
            if done {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return Array(buffer[start...])
            }
            let chunk = handle.readData(ofLength: 1 << 20)
            buffer.removeFirst(start)
            start = 0
            if chunk.isEmpty { done = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
