import Foundation
import Hummingbird
import NewsKB

extension Site {
    static let speakerIndexParameters: Set<String> = ["speaker", "affiliation", "kind", "page"]
    static let speakerPageParameters: Set<String> = ["page"]
    static let speakersPageSize = 50, quotesPageSize = 100

    /// Who is quoted. `speaker` and `affiliation` match exactly as `quotes --speaker` and
    /// `--affiliation` do (full or partial name, pinyin, any name of an organization).
    func speakerIndex(_ request: Request) throws -> Response {
        let parameters = try Parameters(query: request.uri.query, allowed: Self.speakerIndexParameters)
        let speaker = parameters.text("speaker"), affiliation = parameters.text("affiliation")
        let kind = try parameters.kind(), page = try parameters.page()
        let quoting = speaker == nil && affiliation == nil ? nil : QuoteFilter(speaker: speaker, affiliation: affiliation, kind: kind)
        let found = try knowledgeBase.speakers(kind: kind, quoting: quoting, limit: page * Self.speakersPageSize + 1)
        let shown = found.dropFirst((page - 1) * Self.speakersPageSize).prefix(Self.speakersPageSize)
        let rows = try shown.map { record -> HTML in
            let link = try speakerLink(record.id, name: record.name)
            return """
                <tr><td>\(link)</td><td>\(record.kind)</td><td>\(record.titles.joined(separator: "、"))</td>
                <td>\(record.affiliations.joined(separator: "、"))</td><td>\(record.quotes)</td><td>\(record.articles)</td>
                <td>\(record.firstSeen)</td><td>\(record.lastSeen)</td></tr>
                """
        }
        let kinds = [("", "any")] + Speaker.Kind.allCases.map { ($0.rawValue, $0.rawValue) }
        let options = kinds.map { value, name -> HTML in
            "<option value=\"\(value)\"\(kind?.rawValue == value || (kind == nil && value.isEmpty) ? HTML(" selected") : "")>\(name)</option>"
        }
        let query: [(String, String?)] = [("speaker", speaker), ("affiliation", affiliation), ("kind", kind?.rawValue)]
        return Site.html(Layout.page("Speakers", section: "/speakers", """
            <h1>Speakers</h1>
            <form class="filters" method="get" action="/speakers">
            <label>speaker<input name="speaker" value="\(speaker ?? "")" placeholder="杨益锐, yirui, yang yirui, 工信部"></label>
            <label>affiliation<input name="affiliation" value="\(affiliation ?? "")" placeholder="艾媒"></label>
            <label>kind<select name="kind">\(options)</select></label>
            <button>Find</button>
            </form>
            \(rows.isEmpty ? HTML("<p>No speakers.</p>") : """
                <table class="speakers"><thead><tr><th>name</th><th>kind</th><th>titles</th><th>affiliations</th><th>quotes</th>
                <th>articles</th><th>first seen</th><th>last seen</th></tr></thead><tbody>\(rows)</tbody></table>
                """)
            \(Layout.pager("/speakers", query, page: page, hasNext: found.count > page * Self.speakersPageSize))
            """))
    }

    /// `/speakers/<key>`: roles with first and last seen, quotes per month, the quotes.
    func speakerPage(_ request: Request, key: String) throws -> Response {
        let parameters = try Parameters(query: request.uri.query, allowed: Self.speakerPageParameters)
        let page = try parameters.page()
        guard let id = try knowledgeBase.speakerID(forKey: key), let profile = try knowledgeBase.speakerProfile(id) else {
            throw WebError.notFound("no speaker \(key)")
        }
        let speaker = profile.speaker
        var filter = QuoteFilter(speakerID: id, limit: Self.quotesPageSize + 1)
        filter.offset = (page - 1) * Self.quotesPageSize
        let quotes = try knowledgeBase.quotes(filter)
        let roles = profile.roles.map { role -> HTML in
            "<tr><td>\(role.title)</td><td>\(role.organization)</td><td>\(role.firstSeen)</td><td>\(role.lastSeen)</td><td>\(role.quotes)</td></tr>"
        }
        let items = quotes.prefix(Self.quotesPageSize).map { quote -> HTML in
            let role = [quote.speaker.affiliation, quote.speaker.title].filter { !$0.isEmpty }.joined(separator: " ")
            return """
                <blockquote class="quote"><p>“\(quote.text)”</p>
                <div class="meta">\(quote.date.isEmpty ? "undated" : quote.date) · \(quote.speaker.name)\(role.isEmpty ? "" : "，" + role) · \(quote.mode) ·
                <a href="\(Href.article(quote.articleID))">\(quote.articleTitle)</a></div></blockquote>
                """
        }
        let chart = Chart.monthlyBars(profile.quotesByMonth.map { ($0.month, $0.count) }, label: "quotes of \(speaker.name) per month")
        return Site.html(Layout.page(speaker.name, section: "/speakers", """
            <h1>\(speaker.name) <span class="badge">\(speaker.kind)</span></h1>
            <p class="meta">\(speaker.quotes) quotes in \(speaker.articles) articles, first seen \(speaker.firstSeen.isEmpty ? "–" : speaker.firstSeen),
            last seen \(speaker.lastSeen.isEmpty ? "–" : speaker.lastSeen).
            <a href="\(Href("/api/quotes", query: [("speaker", speaker.name)]))">JSON</a></p>
            \(roles.isEmpty ? "" : HTML("""
                <h2>Titles and affiliations</h2>
                <table class="roles"><thead><tr><th>title</th><th>affiliation</th><th>first seen</th><th>last seen</th><th>quotes</th></tr></thead>
                <tbody>\(roles)</tbody></table>
                """))
            <h2>Quotes per month</h2>
            \(chart)
            <h2>Quotes</h2>
            \(items)
            \(Layout.pager("/speakers/" + Href.component(key), [], page: page, hasNext: quotes.count > Self.quotesPageSize))
            """))
    }

    /// A link to a speaker's page by its stable key.
    func speakerLink(_ id: SpeakerID, name: String) throws -> HTML {
        guard let key = try knowledgeBase.speakerKey(id) else { return "\(name)" }
        return "<a href=\"\(Href("/speakers/" + Href.component(key)))\">\(name)</a>"
    }
}
