import Foundation
import Hummingbird
import NewsKB

/// The routes: pages under /, the JSON API under /api, the style sheet under /static.
struct Site: Sendable {
    let knowledgeBase: KnowledgeBase

    func register(_ router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in try home() }
        router.get("/static/style.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: Layout.css)))
        }
        router.get("/timeline") { request, _ in try timelinePage(request) }
        router.get("/speakers") { request, _ in try speakerIndex(request) }
        router.get("/speakers/:key") { request, context in try speakerPage(request, key: Self.segment(context.parameters.get("key"))) }
        router.get("/figures") { request, _ in try figuresPage(request) }
        router.get("/search") { request, _ in try searchPage(request) }
        router.get("/articles/:id") { request, context in try articlePage(request, id: Self.segment(context.parameters.get("id"))) }
        API(knowledgeBase: knowledgeBase).register(router)
    }

    /// A path segment as the router gives it, percent-decoded.
    static func segment(_ raw: String?) throws -> String {
        guard let decoded = (raw ?? "").removingPercentEncoding else { throw WebError.badRequest("bad percent-encoding in the path: \(raw ?? "")") }
        return decoded
    }

    func home() throws -> Response {
        let stats = try knowledgeBase.statistics()
        return Site.html(Layout.page("Knowledge base", """
            <h1>Knowledge base</h1>
            <p>\(stats.articles - stats.duplicates) articles from \(stats.firstDay ?? "–") to \(stats.lastDay ?? "–"):
            \(stats.quotes) quotes, \(stats.people) people, \(stats.organizations) organizations and groups, \(stats.figures) figures,
            \(stats.timelineEntries) timeline entries.</p>
            <ul>
            <li><a href="\(Href("/timeline", query: [("topic", "互联互通")]))">The 互联互通 story, month by month</a></li>
            <li><a href="\(Href("/speakers"))">Who is quoted</a></li>
            <li><a href="\(Href("/figures"))">Figures</a></li>
            <li><a href="\(Href("/search"))">Search the text</a></li>
            </ul>
            <p class="meta">The same listings as JSON: <code>/api/quotes</code>, <code>/api/speakers</code>, <code>/api/figures</code>,
            <code>/api/events</code>, <code>/api/timeline</code>, <code>/api/search</code>.</p>
            """))
    }

    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: page.raw)))
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func jsonObject(_ values: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(values)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}
