import Foundation
import Hummingbird
import NewsKB

extension Site {
    static let timelineParameters: Set<String> = ["topic", "actor", "from", "to", "policy", "all", "page"]
    static let timelinePageSize = 50

    /// The story month by month: each entry with its date and precision, headline, actors,
    /// documents and every source with the date as that source wrote it.
    func timelinePage(_ request: Request) throws -> Response {
        let parameters = try Parameters(query: request.uri.query, allowed: Self.timelineParameters)
        let topic = parameters.text("topic"), actor = parameters.text("actor")
        let from = try parameters.day("from", end: false), to = try parameters.day("to", end: true)
        let policy = try parameters.flag("policy"), all = try parameters.flag("all")
        let page = try parameters.page()
        var filter = EventFilter(actor: actor, from: from, to: to, policyOnly: policy,
                                 topicKeywords: topic.map(Topics.keywords) ?? [], newsworthyOnly: !all)
        filter.limit = page * Self.timelinePageSize + 1
        let found = try knowledgeBase.timeline(filter)
        let entries = Array(found.dropFirst((page - 1) * Self.timelinePageSize).prefix(Self.timelinePageSize))
        let hasNext = found.count > page * Self.timelinePageSize

        // As the Markdown timeline: by year, the year's halves and quarters first, then by month.
        var sections: [HTML] = []
        let coarse: Set<Event.Precision> = [.year, .half, .quarter]
        var years: [Int] = []
        for entry in entries where years.last != entry.start.year { years.append(entry.start.year) }
        for year in years {
            let ofYear = entries.filter { $0.start.year == year }
            sections.append("<h2 id=\"y\(year)\">\(year)</h2>")
            let wide = ofYear.filter { coarse.contains($0.precision) }
            if !wide.isEmpty {
                sections.append("<h3 id=\"y\(year)-wide\">\(year): the year, its halves and quarters</h3>")
                sections += wide.map(Self.entry)
            }
            var month = 0
            for entry in ofYear where !coarse.contains(entry.precision) {
                if entry.start.month != month {
                    month = entry.start.month
                    let key = String(format: "%04d-%02d", year, month)
                    sections.append("<h3 id=\"m\(key)\">\(key)</h3>")
                }
                sections.append(Self.entry(entry))
            }
        }
        let query: [(String, String?)] = [("topic", topic), ("actor", actor), ("from", parameters.text("from")),
                                          ("to", parameters.text("to")), ("policy", policy ? "1" : nil), ("all", all ? "1" : nil)]
        let title = topic.map { "Timeline: \($0)" } ?? "Timeline"
        return Site.html(Layout.page(title, section: "/timeline", """
            <h1>\(title)</h1>
            <form class="filters" method="get" action="/timeline">
            <label>topic<input name="topic" value="\(topic ?? "")" placeholder="互联互通"></label>
            <label>actor<input name="actor" value="\(actor ?? "")" placeholder="工信部"></label>
            <label>from<input name="from" value="\(parameters.text("from") ?? "")" placeholder="2021-09"></label>
            <label>to<input name="to" value="\(parameters.text("to") ?? "")" placeholder="2021-12"></label>
            <label><span>policy only</span><input type="checkbox" name="policy" value="1"\(policy ? " checked" : "")></label>
            <button>Show</button>
            </form>
            \(entries.isEmpty ? HTML("<p>No entries.</p>") : "")
            \(sections)
            \(Layout.pager("/timeline", query, page: page, hasNext: hasNext))
            """))
    }

    static func entry(_ entry: TimelineEntry) -> HTML {
        let label = TimelineRender.label(start: entry.start, end: entry.end, precision: entry.precision)
        var details: [HTML] = []
        if !entry.actors.isEmpty { details.append("<div class=\"meta\">Actors: \(entry.actors.joined(separator: "、"))</div>") }
        if !entry.documents.isEmpty {
            details.append("<div class=\"meta\">Documents: \(entry.documents.map { "《\($0)》" }.joined(separator: "、"))</div>")
        }
        let sources = entry.sources.map { source -> HTML in
            "<li><a href=\"\(Href.article(source.articleID))\">\(source.title)</a> <span class=\"meta\">\(source.published.isEmpty ? "undated" : source.published) · wrote “\(source.dateText)”</span></li>"
        }
        return """
            <article class="entry">
            <div><span class="date">\(label)</span><span class="precision">\(entry.precision.rawValue)</span>\(entry.policy ? HTML("<span class=\"badge\">policy</span>") : "")\(entry.role != .event ? HTML("<span class=\"badge\">\(entry.role.rawValue)</span>") : "")</div>
            <div class="headline">\(entry.headline)</div>
            \(entry.headline == entry.summary ? "" : HTML("<div class=\"meta\">As written: “\(entry.summary)”</div>"))
            \(details)
            <ul class="sources">\(sources)</ul>
            </article>
            """
    }
}
