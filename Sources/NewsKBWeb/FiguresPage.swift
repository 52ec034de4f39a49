import Foundation
import Hummingbird
import NewsKB

extension Site {
    static let figureParameters: Set<String> = ["unit", "min", "max", "about", "speaker", "from", "to", "limit"]
    /// Charts for the subjects with the most dated figures, at most this many.
    static let chartedSubjects = 12

    /// `newskb figures` as a table, with the same filters, and per subject its values over time.
    func figuresPage(_ request: Request) throws -> Response {
        let parameters = try Parameters(query: request.uri.query, allowed: Self.figureParameters)
        let filter = try Self.figureFilter(parameters)
        let figures = try knowledgeBase.figures(filter)
        let rows = figures.map { figure -> HTML in
            """
            <tr><td>\(figure.text)</td><td>\(figure.readableValue)</td><td>\(figure.unit)</td><td>\(figure.qualifier)</td>
            <td>\(figure.subject)</td><td>\(figure.speaker)</td><td>\(figure.date)</td>
            <td><a href="\(Href.article(figure.articleID, block: figure.paragraph))">\(figure.articleTitle)</a></td></tr>
            """
        }
        // Subjects (with their unit) by how many dated figures they have; a chart for each with two or more.
        var groups: [String: [FigureRecord]] = [:]
        var order: [String] = []
        for figure in figures where !figure.subject.isEmpty && !figure.date.isEmpty {
            let key = figure.subject + "\u{1F}" + figure.unit
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(figure)
        }
        let charted = order.filter { groups[$0]!.count >= 2 }.sorted { groups[$0]!.count > groups[$1]!.count }.prefix(Self.chartedSubjects)
        let charts = charted.map { key -> HTML in
            let members = groups[key]!.sorted { $0.date < $1.date }
            let subject = members[0].subject, unit = members[0].unit
            let points = members.map { (day: $0.date, low: Double($0.low) ?? 0, high: Double($0.high) ?? 0) }
            return """
                <section class="subject"><h3>\(subject)\(unit.isEmpty ? "" : "（\(unit)）")</h3>
                \(Chart.values(points, unit: unit, label: "\(subject) over time"))</section>
                """
        }
        let values = ["unit", "min", "max", "about", "speaker", "from", "to"].map { ($0, parameters.text($0) ?? "") }
        let fields = values.map { name, value -> HTML in
            "<label>\(name)<input name=\"\(name)\" value=\"\(value)\" placeholder=\"\(Self.figurePlaceholders[name] ?? "")\"></label>"
        }
        return Site.html(Layout.page("Figures", section: "/figures", """
            <h1>Figures</h1>
            <form class="filters" method="get" action="/figures">\(fields)<button>Show</button></form>
            \(charts.isEmpty ? "" : HTML("<h2>Over time, by subject</h2>\(charts)"))
            <h2>\(figures.count) figures, largest first</h2>
            \(rows.isEmpty ? HTML("<p>No figures.</p>") : """
                <table class="figures"><thead><tr><th>text</th><th>value</th><th>unit</th><th>qualifier</th><th>subject</th><th>speaker</th>
                <th>date</th><th>article</th></tr></thead><tbody>\(rows)</tbody></table>
                """)
            """))
    }

    static let figurePlaceholders = ["unit": "元", "min": "1000亿", "max": "1万亿", "about": "成交额", "speaker": "盘和林",
                                     "from": "2021-09", "to": "2021-12"]

    /// The filter of `newskb figures` from the parameters of the same names.
    static func figureFilter(_ parameters: Parameters) throws -> FigureFilter {
        FigureFilter(unit: parameters.text("unit"), min: try parameters.quantity("min"), max: try parameters.quantity("max"),
                     about: parameters.text("about"), speaker: parameters.text("speaker"),
                     from: try parameters.day("from", end: false), to: try parameters.day("to", end: true), limit: try parameters.limit())
    }
}
