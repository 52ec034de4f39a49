import Foundation

/// The query records as tables for `--format`, and the Markdown quote sheet.
public extension Array where Element == SearchHit {
    var table: ResultTable {
        ResultTable(columns: ["date", "title", "path", "paragraph", "sentence"],
                    rows: map { [$0.date, $0.articleTitle, $0.path, String($0.paragraph), $0.sentence] })
    }
}

public extension Array where Element == SpeakerRecord {
    var table: ResultTable {
        ResultTable(columns: ["name", "kind", "titles", "affiliations", "quotes", "articles", "first seen", "last seen"],
                    rows: map { [$0.name, $0.kind, $0.titles.joined(separator: ","), $0.affiliations.joined(separator: ","),
                                 String($0.quotes), String($0.articles), $0.firstSeen, $0.lastSeen] })
    }
}

public extension Array where Element == FigureRecord {
    /// `value` is the readable amount (3000亿–7000亿); `low` and `high` stay exact.
    var table: ResultTable {
        ResultTable(columns: ["text", "value", "unit", "qualifier", "subject", "speaker", "date", "article", "path", "low", "high"],
                    rows: map { figure in
                        [figure.text, figure.readableValue, figure.unit, figure.qualifier, figure.subject, figure.speaker, figure.date,
                         figure.articleTitle, figure.path, figure.low, figure.high]
                    })
    }
}

public extension Array where Element == QuoteRecord {
    var table: ResultTable {
        ResultTable(columns: ["speaker", "title", "affiliation", "kind", "date", "article", "path", "mode", "quote"],
                    rows: map { [$0.speaker.name, $0.speaker.title, $0.speaker.affiliation, $0.speaker.kind.rawValue,
                                 $0.date, $0.articleTitle, $0.path, $0.mode, $0.text] })
    }

    /// A Markdown quote sheet grouped by speaker, each quote with its date and article.
    var quoteSheet: String {
        var order: [String] = []
        var groups: [String: [QuoteRecord]] = [:]
        for record in self {
            let key = record.speaker.name + "\u{1F}" + record.speaker.kind.rawValue
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(record)
        }
        var lines = ["# Quote sheet", ""]
        for key in order {
            let records = groups[key]!
            let speaker = records.first { !$0.speaker.title.isEmpty || !$0.speaker.affiliation.isEmpty }?.speaker ?? records[0].speaker
            let role = [speaker.affiliation, speaker.title].filter { !$0.isEmpty }.joined(separator: " ")
            lines.append("## " + Markdown.escape(speaker.name) + (role.isEmpty ? "" : " — " + Markdown.escape(role)))
            lines.append("")
            for record in records {
                lines.append("- \(record.date.isEmpty ? "undated" : record.date), [\(Markdown.escape(record.articleTitle))](\(Markdown.linkTarget(record.path))) (\(record.mode), \(Markdown.escape(record.cue))): “\(Markdown.escape(record.text))”")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}

public extension Array where Element == TimelineEntry {
    /// `events`: one row per timeline entry, with its sources' paths.
    var eventTable: ResultTable {
        ResultTable(columns: ["date", "start", "end", "precision", "summary", "actors", "documents", "policy", "role", "sources", "paths"],
                    rows: map { entry in
                        [TimelineRender.label(start: entry.start, end: entry.end, precision: entry.precision), entry.start.iso,
                         entry.end.iso, entry.precision.rawValue, entry.summary, entry.actors.joined(separator: ", "),
                         entry.documents.joined(separator: ", "), entry.policy ? "yes" : "",
                         entry.role == .event ? "" : entry.role.rawValue, String(entry.sources.count),
                         entry.sources.map(\.path).joined(separator: "; ")]
                    })
    }
}

public extension FigureRecord {
    /// The amount as readers read it: 3000亿, or 3000亿–7000亿 for a range.
    var readableValue: String {
        let readable = [low, high].map { Decimal(string: $0).map(ChineseAmount.format) ?? $0 }
        return low == high ? readable[0] : "\(readable[0])–\(readable[1])"
    }
}
