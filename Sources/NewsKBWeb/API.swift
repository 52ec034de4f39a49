import Foundation
import Hummingbird
import NewsKB

/// The JSON API: the command line's listings with its option names as parameters, and the
/// JSON of their `--format json`.
struct API: Sendable {
    let knowledgeBase: KnowledgeBase

    func register(_ router: Router<BasicRequestContext>) {
        router.get("/api/search") { request, _ in try search(request) }
    }

    /// `newskb search TEXT`: `q` is the text.
    func search(_ request: Request) throws -> Response {
        let parameters = try Parameters(query: request.uri.query, allowed: ["q", "limit"])
        guard let text = parameters.text("q") else { throw WebError.badRequest("q: the words to find are missing") }
        return Site.json(try knowledgeBase.search(text, limit: parameters.limit()).table.render(.json))
    }
}
