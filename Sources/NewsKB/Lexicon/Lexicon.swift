import Foundation

/// A word list kept as data: `Sources/NewsKB/Resources/lexicon/NAME.txt`.
///
/// File format, one fact per line:
///     entry<TAB>field<TAB>field   # example: a phrase from real text that the rule using it must match
/// Blank lines and lines starting with `#` are comments. Entries are returned longest first,
/// so a scanner trying them in order prefers 首席经济学家 over 经济学家. A word list's keys
/// are unique; a table (`NAME.tsv`, e.g. a festival's date in each year) may repeat them.
/// Loading checks each entry's fields against `LexiconFormat` (what the code reads).
public struct Lexicon: Sendable {
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var fields: [String]
        public var example: String?
        public var line: Int
    }

    public var name: String
    public var entries: [Entry]

    public var keys: [String] { entries.map(\.key) }
    public var keySet: Set<String> { Set(entries.map(\.key)) }

    public enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case malformed(String, line: Int, reason: String)
        public var description: String {
            switch self {
            case .missing(let name): return "lexicon \(name).txt not found"
            case .malformed(let name, let line, let reason): return "lexicon \(name).txt line \(line): \(reason)"
            }
        }
    }

    /// The folder holding the lexicon files: `NEWSKB_LEXICON_DIR` if set, else the bundled copy.
    public static var directory: URL {
        if let override = ProcessInfo.processInfo.environment["NEWSKB_LEXICON_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return Bundle.module.url(forResource: "lexicon", withExtension: nil)!
    }

    /// Names of every lexicon file present.
    public static func available() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    public static func load(_ name: String, from folder: URL = directory) throws -> Lexicon {
        let url = folder.appendingPathComponent("\(name).txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw Failure.missing(name) }
        let lexicon = try parse(text, name: name)
        try LexiconFormat.check(lexicon)
        return lexicon
    }

    /// Loads a table `NAME.tsv`: the same format, first column not unique, rows in file order.
    public static func table(_ name: String) throws -> Lexicon {
        let url = directory.appendingPathComponent("\(name).tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw Failure.missing(name + ".tsv") }
        var lexicon = try parse(text, name: name, uniqueKeys: false)
        lexicon.entries.sort { $0.line < $1.line }
        try LexiconFormat.check(lexicon)
        return lexicon
    }

    /// Names of every table file present.
    public static func availableTables() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".tsv") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// Loads a lexicon that ships with newskb; a missing or broken bundled file is a build defect.
    public static func bundled(_ name: String) -> Lexicon {
        do {
            return try load(name)
        } catch {
            fatalError("\(error)")
        }
    }

    public static func parse(_ text: String, name: String, uniqueKeys: Bool = true) throws -> Lexicon {
        var entries: [Entry] = []
        var seen: Set<String> = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(rawLine)
            var example: String?
            if let hash = line.range(of: "# example:") {
                example = line[hash.upperBound...].trimmingWhitespace()
                line = line[..<hash.lowerBound]
            } else if line.trimmingWhitespace().hasPrefix("#") {
                continue
            }
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingWhitespace() }
            while fields.count > 1, fields.last?.isEmpty == true { fields.removeLast() }
            guard let key = fields.first, !key.isEmpty else {
                if example != nil {
                    throw Failure.malformed(name, line: number + 1, reason: "example without an entry")
                }
                continue
            }
            if uniqueKeys && seen.contains(key) {
                throw Failure.malformed(name, line: number + 1, reason: "duplicate entry \(key)")
            }
            seen.insert(key)
            entries.append(Entry(key: key, fields: Array(fields.dropFirst()), example: example, line: number + 1))
        }
        entries.sort { ($0.key.unicodeScalars.count, $1.line) > ($1.key.unicodeScalars.count, $0.line) }
        return Lexicon(name: name, entries: entries)
    }
}
