import Foundation
import Hummingbird
import NewsKB

/// The JSON API: the command line's listings with its option names as parameters (flags as
/// `name=1`), and the JSON of their `--format json`.
struct API: Sendable {
    let knowledgeBase: KnowledgeBase

    func register(_ router: Router<BasicRequestContext>) {
        router.get("/api/search") { request, _ in try search(request) }
        router.get("/api/quotes") { request, _ in try quotes(request) }
        router.get("/api/speakers") { request, _ in try speakers(request) }
        router.get("/api/figures") { request, _ in try figures(request) }
        router.get("/api/events") { request, _ in try events(request) }
        router.get("/api/timeline") { request, _ in try timeline(request) }
    }

    /// `newskb search TEXT`: `q` is the text.
    func search(_ request: Request) throws -> Response {
        let parameters = try Parameters(query: request.uri.query, allowed: ["q", "limit"])
        guard let text = parameters.text("q") else { throw WebError.badRequest("q: the words to find are missing") }
        return Site.json(try knowledgeBase.search(text, limit: parameters.limit()).table.render(.json))
    }

    /// `newskb quotes`.
    func quotes(_ request: Request) throws -> Response {
        let parameters = try Parameters(query: request.uri.query,
                                        allowed: ["speaker", "affiliation", "search", "kind", "from", "to", "limit", "group", "explain"])
        let group = try parameters.flag("group"), explain = try parameters.flag("explain")
        if group && explain { throw WebError.badRequest("group and explain cannot be combined") }
        let filter = QuoteFilter(speaker: parameters.text("speaker"), affiliation: parameters.text("affiliation"),
                                 search: parameters.text("search"), from: try parameters.day("from", end: false),
                                 to: try parameters.day("to", end: true), kind: try parameters.kind(), limit: try parameters.limit())
        if group { return Site.json(try knowledgeBase.statements(filter).table.render(.json)) }
        let records = try knowledgeBase.quotes(filter)
        return Site.json((explain ? records.explainedTable : records.table).render(.json))
    }

    /// `newskb speakers`.
    func speakers(_ request: Request) throws -> Response {
        let parameters = try Parameters(query: request.uri.query, allowed: ["kind", "name", "limit"])
        return Site.json(try knowledgeBase.speakers(kind: parameters.kind(), name: parameters.text("name"), limit: parameters.limit())
            .table.render(.json))
    }

    /// `newskb figures`.
    func figures(_ request: Request) throws -> Response {
        let parameters = try Parameters(query: request.uri.query, allowed: Site.figureParameters)
        return Site.json(try knowledgeBase.figures(Site.figureFilter(parameters)).table.render(.json))
    }

    /// `newskb events`.
    func events(_ request: Request) throws -> Response {
        let parameters = try Parameters(query: request.uri.query, allowed: ["actor", "policy", "topic", "from", "to", "limit"])
        var filter = try Self.eventFilter(parameters)
        filter.limit = try parameters.limit()
        return Site.json(try knowledgeBase.timeline(filter).eventTable.render(.json))
    }

    /// `newskb timeline --format json`.
    func timeline(_ request: Request) throws -> Response {
        let parameters = try Parameters(query: request.uri.query, allowed: ["actor", "policy", "topic", "from", "to", "all"])
        var filter = try Self.eventFilter(parameters)
        filter.newsworthyOnly = try !parameters.flag("all")
        return Site.json(TimelineRender.json(try knowledgeBase.timeline(filter)))
    }

    /// The filter of `events` and `timeline` from the parameters of the same names.
    static func eventFilter(_ parameters: Parameters) throws -> EventFilter {
        EventFilter(actor: parameters.text("actor"), from: try parameters.day("from", end: false), to: try parameters.day("to", end: true),
                    policyOnly: try parameters.flag("policy"), topicKeywords: parameters.text("topic").map(Topics.keywords) ?? [])
    }
}
