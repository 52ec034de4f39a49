import Foundation
import Hummingbird
import NewsKB

/// `newskb serve`: HTML pages and a JSON API over one knowledge base, opened read-only.
/// Every route is a GET; nothing writes.
public enum WebServer {
    /// The application for `knowledgeBase`, bound to `host:port` (port 0: any free port).
    /// `onRunning` receives the port it listens on.
    public static func application(_ knowledgeBase: KnowledgeBase, host: String = "127.0.0.1", port: Int = 8080,
                                   onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router()
        router.add(middleware: SecurityMiddleware())
        // Inside the security middleware: kept answers get the headers too, errors are never kept.
        if let cache = try? ResponseCache(path: knowledgeBase.path) { router.add(middleware: CacheMiddleware(cache: cache)) }
        let site = Site(knowledgeBase: knowledgeBase)
        site.register(router)
        return Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "newskb"),
                           onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) })
    }

    /// Opens `path` read-only and serves it until the process is stopped (SIGINT, SIGTERM).
    public static func serve(path: String, host: String, port: Int, announce: @escaping @Sendable (String) -> Void) async throws {
        let knowledgeBase = try KnowledgeBase.openReadOnly(path: path)
        let app = application(knowledgeBase, host: host, port: port) { bound in
            let shown = host.contains(":") ? "[\(host)]" : host
            announce("newskb: serving \(path) read-only at http://\(shown):\(bound)/")
        }
        try await app.runService()
    }
}

/// Security headers on every response, and errors as pages: a 400 or 404 with its reason
/// (JSON under /api), any other failure a 500 that names no internals.
struct SecurityMiddleware<Context: RequestContext>: RouterMiddleware {
    /// No script at all, styles only from this site, no framing, forms only to this site.
    static var policy: String {
        "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        let api = request.uri.path.hasPrefix("/api/")
        do {
            response = try await next(request, context)
        } catch WebError.badRequest(let reason) {
            response = Self.failure(.badRequest, reason, api: api)
        } catch WebError.notFound(let reason) {
            response = Self.failure(.notFound, reason, api: api)
        } catch let error as HTTPError where error.status == .notFound || error.status == .methodNotAllowed {
            response = Self.failure(error.status, "no page at \(request.uri.path)", api: api)
        } catch {
            context.logger.error("\(request.uri.path): \(error)")
            response = Self.failure(.internalServerError, "the knowledge base could not answer: \(error)", api: api)
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        return response
    }

    static func failure(_ status: HTTPResponse.Status, _ reason: String, api: Bool) -> Response {
        if api {
            return Site.json(Site.jsonObject(["error": reason]), status: status)
        }
        return Site.html(Layout.error(status: status.code, reason), status: status)
    }
}
