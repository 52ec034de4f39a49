import Foundation

/// Rows of text with named columns: what every listing command prints, in any format.
public struct ResultTable: Sendable, Equatable {
    public enum Format: String, CaseIterable, Sendable {
        case table, json, jsonl, csv, md
    }

    public var columns: [String]
    public var rows: [[String]]

    public init(columns: [String], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .table: return renderText()
        case .json: return renderJSON(lines: false)
        case .jsonl: return renderJSON(lines: true)
        case .csv: return renderCSV()
        case .md: return renderMarkdown()
        }
    }

    private func renderJSON(lines: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = lines ? [.sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        let objects = rows.map { Dictionary(uniqueKeysWithValues: zip(columns, $0)) }
        if lines {
            return objects.map { String(decoding: (try? encoder.encode($0)) ?? Data(), as: UTF8.self) + "\n" }.joined()
        }
        return String(decoding: (try? encoder.encode(objects)) ?? Data("[]".utf8), as: UTF8.self) + "\n"
    }

    /// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled.
    private func renderCSV() -> String {
        func field(_ value: String) -> String {
            guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return ([columns] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    private func renderMarkdown() -> String {
        var lines = ["| " + columns.map(Markdown.cell).joined(separator: " | ") + " |",
                     "|" + String(repeating: " --- |", count: columns.count)]
        lines += rows.map { "| " + $0.map(Markdown.cell).joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Columns aligned by display width (CJK characters count two), long cells cut.
    private func renderText(maxWidth: Int = 60) -> String {
        func clip(_ value: String) -> String {
            // Line breaks, tabs and control characters (ESC, CR, C1) would break the grid or
            // drive the terminal: each becomes a space.
            let flat = String(String.UnicodeScalarView(value.unicodeScalars.map { scalar in
                scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}" ? " " : scalar
            }))
            guard Self.displayWidth(flat) > maxWidth else { return flat }
            var result = "", width = 0
            for character in flat {
                let w = Self.displayWidth(String(character))
                if width + w > maxWidth - 1 { break }
                result.append(character)
                width += w
            }
            return result + "…"
        }
        let cells = ([columns] + rows).map { $0.map(clip) }
        let widths = columns.indices.map { column in cells.map { Self.displayWidth($0[column]) }.max() ?? 0 }
        return cells.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - Self.displayWidth(cell))
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let value = scalar.value
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
            return width + (wide ? 2 : 1)
        }
    }
}

/// Escaping for text from articles placed in Markdown.
public enum Markdown {
    /// Inline text: Markdown and HTML specials escaped (`&` too, or `&lt;` would render as
    /// `<`), line breaks flattened.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "<", ">", "!", "~", "&":
                result.append("\\")
                result.append(character)
            case "\n", "\r":
                result.append(" ")
            default:
                result.append(character)
            }
        }
        return result
    }

    static func cell(_ text: String) -> String { escape(text) }

    /// A link destination in angle brackets, so spaces, parentheses and Chinese stay readable;
    /// only what would end it (`<`, `>`, line breaks) is percent-encoded.
    public static func linkTarget(_ path: String) -> String {
        var result = "<"
        for scalar in path.unicodeScalars {
            switch scalar {
            case "<": result += "%3C"
            case ">": result += "%3E"
            case "\n": result += "%0A"
            case "\r": result += "%0D"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + ">"
    }

    /// A link from files in folder `from` to `file`: `../corpus/a/b.md`.
    public static func relativeLink(to file: URL, from folder: URL) -> String {
        let target = file.standardizedFileURL.pathComponents
        let base = folder.standardizedFileURL.pathComponents
        let common = zip(target, base).prefix { $0 == $1 }.count
        let parts = Array(repeating: "..", count: base.count - common) + target[common...]
        return linkTarget(parts.joined(separator: "/"))
    }
}
