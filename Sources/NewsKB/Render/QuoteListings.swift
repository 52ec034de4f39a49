import Foundation

/// Quotes for reading in a terminal: each under a line with its speaker, title,
/// affiliation, date and article, the words whole and wrapped to the terminal's width
/// (CJK characters take two columns). Pipes and `--format table` keep the aligned table.
public enum QuoteCards {
    public static func render(_ records: [QuoteRecord], width: Int, explain: Bool = false) -> String {
        var lines: [String] = []
        for record in records {
            let speaker = record.speaker
            lines += header([speaker.name, speaker.title, speaker.affiliation, record.date.isEmpty ? "undated" : record.date,
                             record.articleTitle], width: width)
            if explain {
                lines += wrap("\(record.mode) · cue \(record.cue.isEmpty ? "–" : record.cue) · sieve \(record.sieve.isEmpty ? "–" : record.sieve) · \(record.path)",
                              width: width, indent: "  ")
            }
            lines += wrap("“" + record.text + "”", width: width, indent: "  ")
            lines.append("")
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Statements: the first-seen quote, then every article that printed it.
    public static func render(_ statements: [QuoteStatement], width: Int) -> String {
        var lines: [String] = []
        for statement in statements {
            let first = statement.first
            let count = statement.sources.count
            lines += header([statement.speaker, first.speaker.title, first.speaker.affiliation,
                             "first seen \(first.date.isEmpty ? "undated" : first.date)", count == 1 ? "1 source" : "\(count) sources"],
                            width: width)
            lines += wrap("“" + first.text + "”", width: width, indent: "  ")
            for source in statement.sources {
                lines += wrap("- " + [source.date.isEmpty ? "undated" : source.date, source.source, source.articleTitle, source.path]
                    .filter { !$0.isEmpty }.joined(separator: " · "), width: width, indent: "    ", firstIndent: "  ")
            }
            lines.append("")
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The non-empty fields joined by ` · `, lines broken between fields where they can be.
    static func header(_ fields: [String], width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for field in fields.map(flatten) where !field.isEmpty {
            let joined = current.isEmpty ? field : current + " · " + field
            if ResultTable.displayWidth(joined) <= width {
                current = joined
                continue
            }
            if !current.isEmpty { lines.append(current) }
            let parts = wrap(field, width: width)
            lines += parts.dropLast()
            current = parts.last ?? ""
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Closing punctuation that must not begin a line (Chinese line-breaking rules): it
    /// takes the character before it to the next line instead.
    private static let noLineStart: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "〕", "”", "’", "…", "—", "～", "%", "％",
        ",", ".", ";", ":", "?", "!", ")", "]", "}",
    ]

    /// `text` in lines of at most `width` columns, each starting with `indent` (the first
    /// with `firstIndent` when given). Chinese breaks between any two characters, other
    /// words at spaces; a word longer than a line is cut.
    public static func wrap(_ text: String, width: Int, indent: String = "", firstIndent: String? = nil) -> [String] {
        let first = firstIndent ?? indent
        var tokens: [String] = []
        var word = ""
        for character in flatten(text) {
            let scalar = character.unicodeScalars.first!
            if character == " " || ResultTable.displayWidth(String(character)) == 2 || noLineStart.contains(character)
                || !(scalar.properties.isAlphabetic || scalar.properties.numericType != nil) {
                if !word.isEmpty { tokens.append(word) }
                word = ""
                tokens.append(String(character))
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { tokens.append(word) }

        var lines: [[String]] = [[]]
        var used = 0
        func room() -> Int { max(width - ResultTable.displayWidth(lines.count == 1 ? first : indent), 8) }
        func newLine() {
            while lines[lines.count - 1].last == " " { lines[lines.count - 1].removeLast() }
            lines.append([])
            used = 0
        }
        for token in tokens {
            var token = token
            var tokenWidth = ResultTable.displayWidth(token)
            if token == " " && used == 0 { continue }
            if used + tokenWidth <= room() {
                lines[lines.count - 1].append(token)
                used += tokenWidth
                continue
            }
            if token == " " { newLine(); continue }
            if let character = token.first, token.count == 1, noLineStart.contains(character),
               lines[lines.count - 1].count >= 2, let carried = lines[lines.count - 1].last, carried != " " {
                lines[lines.count - 1].removeLast()
                newLine()
                lines[lines.count - 1] = [carried, token]
                used = ResultTable.displayWidth(carried) + tokenWidth
                continue
            }
            if used > 0 { newLine() }
            // A word wider than a whole line is cut where the line ends.
            while tokenWidth > room() {
                var head = "", headWidth = 0
                for character in token {
                    let w = ResultTable.displayWidth(String(character))
                    if headWidth + w > room() { break }
                    head.append(character)
                    headWidth += w
                }
                lines[lines.count - 1] = [head]
                token.removeFirst(head.count)
                tokenWidth -= headWidth
                newLine()
            }
            lines[lines.count - 1].append(token)
            used = tokenWidth
        }
        return lines.enumerated().map { index, parts in (index == 0 ? first : indent) + parts.joined() }
    }

    /// Line breaks, tabs and control characters become spaces, so text from an article cannot
    /// break the layout or drive the terminal.
    static func flatten(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}" ? " " : scalar
        }))
    }
}

public extension Array where Element == QuoteRecord {
    /// The table with how each quote was attributed: its cue and sieve.
    var explainedTable: ResultTable {
        ResultTable(columns: ["speaker", "title", "affiliation", "kind", "date", "article", "path", "mode", "cue", "sieve", "quote"],
                    rows: map { [$0.speaker.name, $0.speaker.title, $0.speaker.affiliation, $0.speaker.kind.rawValue,
                                 $0.date, $0.articleTitle, $0.path, $0.mode, $0.cue, $0.sieve, $0.text] })
    }
}

public extension Array where Element == QuoteStatement {
    /// One row per statement; `articles` lists every source as `date title (path)`.
    var table: ResultTable {
        ResultTable(columns: ["speaker", "title", "affiliation", "first seen", "sources", "quote", "articles"],
                    rows: map { statement in
                        [statement.speaker, statement.first.speaker.title, statement.first.speaker.affiliation,
                         statement.firstSeen, String(statement.sources.count), statement.first.text,
                         statement.sources.map { "\($0.date.isEmpty ? "undated" : $0.date) \($0.articleTitle) (\($0.path))" }
                            .joined(separator: "; ")]
                    })
    }

    /// Markdown: each statement with who said it, when it was first seen and every source.
    var statementSheet: String {
        var lines = ["# Statements", ""]
        for statement in self {
            let first = statement.first
            let role = [first.speaker.affiliation, first.speaker.title].filter { !$0.isEmpty }.joined(separator: " ")
            lines.append("## " + Markdown.escape(statement.speaker) + (role.isEmpty ? "" : " — " + Markdown.escape(role)))
            lines.append("")
            lines.append("“\(Markdown.escape(first.text))”")
            lines.append("")
            lines.append("First seen \(first.date.isEmpty ? "undated" : first.date); \(statement.sources.count) source\(statement.sources.count == 1 ? "" : "s"):")
            lines.append("")
            for source in statement.sources {
                let outlet = source.source.isEmpty ? "" : Markdown.escape(source.source) + ", "
                lines.append("- \(source.date.isEmpty ? "undated" : source.date), \(outlet)[\(Markdown.escape(source.articleTitle))](\(Markdown.linkTarget(source.path)))")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
