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

    /// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. A cell
    /// a spreadsheet would run as a formula is neutralized first (`CSV.neutralized`).
    private func renderCSV() -> String {
        func field(_ raw: String) -> String {
            let value = CSV.neutralized(raw)
            // Scalars, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
            guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
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
            let flat = DisplayText.flattened(value)
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

/// Text from articles shown to a person (the aligned table, Markdown), made safe to look at.
public enum DisplayText {
    /// Line breaks, tabs and other controls (C0, DEL, C1 such as NEL and CSI, U+2028/U+2029)
    /// would break a grid or a Markdown line, or drive the terminal: each becomes a space.
    /// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) would
    /// reorder the text after them (a file name shown backwards): they are removed.
    public static func flattened(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A...0x202E, 0x2066...0x2069: continue
            case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

/// Cells of the CSV newskb writes.
public enum CSV {
    /// OWASP's rule against CSV injection: a cell starting with `=`, `+`, `-`, `@`, a tab or a
    /// CR, which a spreadsheet would run as a formula, gets a leading `'`. A plain number
    /// (`-12.5`, `+3`) is no formula and stays as it is.
    public static func neutralized(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        if cell.wholeMatch(of: /[-+]?[0-9]+(\.[0-9]+)?/) != nil { return cell }
        return "'" + cell
    }
}

/// Escaping for text from articles placed in Markdown.
public enum Markdown {
    /// Inline text: Markdown and HTML specials escaped (`&` too, or `&lt;` would render as
    /// `<`), line breaks and controls flattened (`DisplayText`).
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in DisplayText.flattened(text) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "<", ">", "!", "~", "&":
                result.append("\\")
                result.append(character)
            default:
                result.append(character)
            }
        }
        return result
    }

    static func cell(_ text: String) -> String { escape(text) }

    /// A code span holding `text` literally (a folder name): fenced by one backtick more than
    /// the longest run inside it, padded when it starts or ends with one (CommonMark), so no
    /// backtick in it can end the span and let HTML through; controls flattened.
    public static func code(_ text: String) -> String {
        let flat = DisplayText.flattened(text)
        let longest = flat.split(whereSeparator: { $0 != "`" }).map(\.count).max() ?? 0
        let fence = String(repeating: "`", count: longest + 1)
        let padding = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + padding + flat + padding + fence
    }

    /// A link destination in angle brackets, so spaces, parentheses and Chinese stay readable;
    /// only what would end it (`<`, `>`, line breaks) is percent-encoded. A relative path
    /// starts with `./` (or `../`), so `javascript:alert(1).md` cannot be read as a scheme.
    public static func linkTarget(_ path: String) -> String {
        var result = path.hasPrefix("/") || path.hasPrefix("./") || path.hasPrefix("../") ? "<" : "<./"
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
