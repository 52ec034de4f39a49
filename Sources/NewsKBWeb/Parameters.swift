import Foundation
import NewsKB

/// What a request got wrong: a 400 with the reason, or a 404.
enum WebError: Error {
    case badRequest(String)
    case notFound(String)
}

/// A request's query parameters, checked against the names its route takes. Unknown or
/// repeated names, bad percent-encoding and malformed values are 400s with the reason.
struct Parameters {
    private var values: [String: String] = [:]

    init(query: String?, allowed: Set<String>) throws {
        for pair in (query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            // Forms send spaces as '+'.
            func decode(_ text: Substring) throws -> String {
                guard let decoded = text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
                    throw WebError.badRequest("bad percent-encoding in the query: \(pair)")
                }
                return decoded
            }
            let name = try decode(parts[0])
            let value = parts.count > 1 ? try decode(parts[1]) : ""
            guard allowed.contains(name) else {
                throw WebError.badRequest("unknown parameter \(name) (this page takes \(allowed.sorted().joined(separator: ", ")))")
            }
            guard values[name] == nil else { throw WebError.badRequest("parameter \(name) given twice") }
            values[name] = value
        }
    }

    /// The value, trimmed; nil when absent or empty.
    func text(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    func int(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = text(name) else { return fallback }
        guard let number = Int(text), range.contains(number) else {
            throw WebError.badRequest("\(name)=\(text): expected a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// `from`/`to` as the command line takes them.
    func day(_ name: String, end: Bool) throws -> String? {
        guard let text = text(name) else { return nil }
        guard let day = Day.bound(text, end: end) else {
            throw WebError.badRequest("\(name)=\(text): expected YYYY-MM-DD, YYYY-MM or YYYY")
        }
        return day
    }

    /// A flag: present empty, 1, true or yes; 0, false or no; absent is false.
    func flag(_ name: String) throws -> Bool {
        guard let value = values[name] else { return false }
        switch value.lowercased() {
        case "", "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw WebError.badRequest("\(name)=\(value): expected 1 or 0")
        }
    }

    func kind() throws -> Speaker.Kind? {
        guard let text = text("kind") else { return nil }
        guard let kind = Speaker.Kind(rawValue: text) else {
            throw WebError.badRequest("kind=\(text): expected person, organization or anonymous")
        }
        return kind
    }

    /// `min`/`max` as `figures` takes them: 3000亿, 1.2万, 5e8.
    func quantity(_ name: String) throws -> Decimal? {
        guard let text = text(name) else { return nil }
        guard let value = FigureQuantity.parse(text) else {
            throw WebError.badRequest("\(name)=\(text): not a number (try 3000亿, 1.2万 or 5e8)")
        }
        return value
    }

    /// The 1-based page number.
    func page() throws -> Int { try int("page", default: 1, in: 1...100_000) }

    /// `limit`, as the command line's `--limit` (default 50), at most 10,000 per request.
    func limit() throws -> Int { try int("limit", default: 50, in: 1...10_000) }
}
