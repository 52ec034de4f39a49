import Foundation
import Yams

/// The YAML block between `---` lines at the top of an article, read as text values.
/// Scalars stay strings on purpose: YAML's own timestamp rule would read Hexo's local
/// `2021-12-06 22:20:00` as UTC.
public struct FrontMatter: Sendable, Equatable {
    public var values: [String: String] = [:]
    public var lists: [String: [String]] = [:]

    public enum Failure: Error, CustomStringConvertible, Equatable {
        case unterminated
        case invalidYAML(String)
        case notAMapping

        public var description: String {
            switch self {
            case .unterminated: return "front matter opened with --- but never closed"
            case .invalidYAML(let reason): return "invalid YAML front matter: \(reason)"
            case .notAMapping: return "front matter is not a key: value mapping"
            }
        }
    }

    /// Splits text into front matter (nil when the text has none) and body.
    /// Leading blank lines before the opening `---` are allowed, as in real scrapes.
    public static func split(_ text: String) throws -> (yaml: String?, body: Substring) {
        var rest = text[...]
        while let newline = lineEnd(in: rest, from: rest.startIndex),
              rest[..<newline].allSatisfy({ $0.isWhitespace }) {
            rest = rest[rest.utf8.index(after: newline)...]
        }
        guard let first = lineEnd(in: rest, from: rest.startIndex) ?? (rest.isEmpty ? nil : rest.endIndex),
              isMarker(rest[..<first], "---") else {
            return (nil, text[...])
        }
        var cursor = first < rest.endIndex ? rest.utf8.index(after: first) : rest.endIndex
        let yamlStart = cursor
        while cursor < rest.endIndex {
            let lineEnd = lineEnd(in: rest, from: cursor) ?? rest.endIndex
            if isMarker(rest[cursor..<lineEnd], "---") || isMarker(rest[cursor..<lineEnd], "...") {
                let bodyStart = lineEnd < rest.endIndex ? rest.utf8.index(after: lineEnd) : lineEnd
                return (String(rest[yamlStart..<cursor]), rest[bodyStart...])
            }
            cursor = lineEnd < rest.endIndex ? rest.utf8.index(after: lineEnd) : lineEnd
        }
        throw Failure.unterminated
    }

    /// The first `"\n"` Character at or after `start`, searched on UTF-8 bytes (Character
    /// search costs ~40 ns a character). The LF of a CRLF is not one: CRLF is a single Character.
    private static func lineEnd(in text: Substring, from start: String.Index) -> String.Index? {
        let utf8 = text.utf8
        var index = start
        var previous: UInt8 = 0
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A && previous != 0x0D { return index }
            previous = byte
            utf8.formIndex(after: &index)
        }
        return nil
    }

    /// Whether the line less surrounding whitespace is `marker`, without building the trimmed
    /// string. Comparing scalars equals comparing Strings here: no other scalars are
    /// canonically equivalent to `---` or `...`.
    private static func isMarker(_ line: Substring, _ marker: String) -> Bool {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !Trimming.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !Trimming.isWhitespace($0) }) else { return false }
        return scalars[first...last].elementsEqual(marker.unicodeScalars)
    }

    public init() {}

    /// Deeper YAML is refused before parsing: Yams builds and frees nodes recursively, and
    /// ~10,000 nested brackets overflowed the stack and killed the whole ingest.
    public static let maximumDepth = 100

    public init(yaml: String) throws {
        if Self.nestingDepth(yaml) > Self.maximumDepth {
            throw Failure.invalidYAML("nested more than \(Self.maximumDepth) levels deep")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            let reason = "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
            throw Failure.invalidYAML(reason.trimmingCharacters(in: CharacterSet(charactersIn: ": ")))
        }
        guard let node else { return }
        guard let mapping = node.mapping else { throw Failure.notAMapping }
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.scalar?.string else { continue }
            switch valueNode {
            case .scalar(let scalar):
                values[key] = scalar.string
            case .sequence(let sequence):
                let items = sequence.compactMap { $0.scalar?.string }
                    .map { $0.trimmingWhitespace() }
                    .filter { !$0.isEmpty }
                lists[key] = items
                values[key] = items.joined(separator: ", ")
            case .mapping(let inner):
                values[key] = inner.compactMap { k, v in
                    guard let k = k.scalar?.string else { return nil }
                    return "\(k): \(v.scalar?.string ?? "…")"
                }.joined(separator: ", ")
            }
        }
    }

    /// An upper bound on YAML nesting: indentation levels, compact `- ` entries and flow
    /// brackets (counted even inside quotes, which can only overestimate).
    static func nestingDepth(_ yaml: String) -> Int {
        var deepest = 0, flow = 0
        var indents: [Int] = []
        for line in yaml.utf8.split(separator: UInt8(ascii: "\n")) {
            var index = line.startIndex
            while index < line.endIndex, line[index] == UInt8(ascii: " ") { index = line.index(after: index) }
            guard index < line.endIndex, line[index] != UInt8(ascii: "#") else { continue }
            let indent = line.distance(from: line.startIndex, to: index)
            if flow == 0 {
                while let last = indents.last, last >= indent { indents.removeLast() }
                indents.append(indent)
            }
            var depth = indents.count
            var previous = UInt8(ascii: " ")
            for byte in line[index...] {
                switch byte {
                case UInt8(ascii: "-"), UInt8(ascii: "?"): break
                case UInt8(ascii: " ") where previous == UInt8(ascii: "-") || previous == UInt8(ascii: "?"): depth += 1
                case UInt8(ascii: "["), UInt8(ascii: "{"): flow += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"): flow = max(0, flow - 1)
                default: break
                }
                previous = byte
                deepest = max(deepest, depth + flow)
            }
        }
        return deepest
    }

    /// A list value (`categories: [a, b]` or one per line) or a string value split on commas.
    public func list(_ key: String) -> [String] {
        if let items = lists[key] { return items }
        guard let value = values[key]?.trimmingWhitespace(), !value.isEmpty,
              value != "null", value != "~" else { return [] }
        return value.split(whereSeparator: { ",，".contains($0) })
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }

    public func string(_ key: String) -> String? {
        guard let value = values[key]?.trimmingWhitespace(), !value.isEmpty,
              value != "null", value != "~" else { return nil }
        return value
    }
}
