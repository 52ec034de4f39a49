import Foundation
import Hummingbird
import HummingbirdTesting
import NewsKB
@testable import NewsKBWeb
import XCTest

/// Every route through Hummingbird's router test client, on the fixture knowledge base.
final class RouteTests: XCTestCase {
    func get(_ uri: String, method: HTTPRequest.Method = .get) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        let app = WebServer.application(try WebFixture.knowledgeBase().reader, port: 0)
        return try await app.test(.router) { client in
            try await client.execute(uri: uri, method: method) { response in
                (response.status, response.headers, String(buffer: response.body))
            }
        }
    }

    func testTimelineShowsTheStoryByMonthWithSources() async throws {
        let page = try await get("/timeline?topic=%E4%BA%92%E8%81%94%E4%BA%92%E9%80%9A")
        XCTAssertEqual(page.status, .ok)
        XCTAssertEqual(page.headers[.contentType], "text/html; charset=utf-8")
        XCTAssertTrue(page.body.contains("2021-09-17"), page.body)
        XCTAssertTrue(page.body.contains("<h3 id=\"m2021-09\">2021-09</h3>"))
        XCTAssertTrue(page.body.contains("href=\"/articles/"))
        XCTAssertTrue(page.body.contains("wrote “"))
    }

    func testEveryResponseCarriesTheContentSecurityPolicy() async throws {
        for uri in ["/", "/timeline", "/timeline?from=bad", "/nowhere", "/api/search?q=%E5%A4%96%E9%93%BE"] {
            let page = try await get(uri)
            XCTAssertEqual(page.headers[.contentSecurityPolicy], SecurityMiddleware<BasicRequestContext>.policy, uri)
            XCTAssertTrue(page.headers[.contentSecurityPolicy]!.contains("default-src 'none'"))
            XCTAssertEqual(page.headers[.xContentTypeOptions], "nosniff")
        }
    }

    func testBadParametersAreFourHundredsWithTheReason() async throws {
        let cases = ["/timeline?from=2021-13": "from=2021-13", "/timeline?colour=red": "unknown parameter colour",
                     "/timeline?page=0": "page=0", "/timeline?policy=maybe": "policy=maybe",
                     "/timeline?from=2021&from=2022": "given twice", "/timeline?actor=%E4%ZZ": "percent-encoding"]
        for (uri, reason) in cases {
            let page = try await get(uri)
            XCTAssertEqual(page.status, .badRequest, uri)
            XCTAssertTrue(page.body.contains(reason), "\(uri): \(page.body)")
            XCTAssertTrue(page.body.hasPrefix("<!DOCTYPE html>"))
        }
        let api = try await get("/api/search?limit=abc&q=x")
        XCTAssertEqual(api.status, .badRequest)
        XCTAssertTrue(api.body.contains("\"error\""), api.body)
        let missing = try await get("/api/search")
        XCTAssertEqual(missing.status, .badRequest)
    }

    func testUnknownPathsAreFourOhFour() async throws {
        let page = try await get("/nowhere")
        XCTAssertEqual(page.status, .notFound)
        XCTAssertTrue(page.body.contains("Not found"))
    }

    static let everyRoute = ["/", "/static/style.css", "/timeline", "/speakers", "/speakers/%E6%9D%A8%E7%9B%8A%E9%94%90", "/figures",
                             "/search?q=%E5%A4%96%E9%93%BE", "/articles/1", "/api/quotes", "/api/speakers", "/api/figures",
                             "/api/events", "/api/timeline", "/api/search?q=%E5%A4%96%E9%93%BE"]

    func testNoRouteWrites() async throws {
        let path = try WebFixture.knowledgeBase().path
        func files() throws -> [Data] {
            try ["", "-wal"].map { suffix in (try? Data(contentsOf: URL(fileURLWithPath: path + suffix))) ?? Data() }
        }
        let before = try files()
        for uri in Self.everyRoute {
            let page = try await get(uri)
            XCTAssertEqual(page.status, .ok, uri)
            for method in [HTTPRequest.Method.post, .put, .delete, .patch] {
                let refused = try await get(uri, method: method)
                XCTAssertTrue(refused.status == .notFound || refused.status == .methodNotAllowed, "\(method) \(uri): \(refused.status)")
            }
        }
        XCTAssertEqual(try files(), before, "a request changed the knowledge base file")
    }

    func testSearchAPIIsTheCommandLinesJSON() async throws {
        let kb = try WebFixture.knowledgeBase().reader
        let page = try await get("/api/search?q=%E5%A4%96%E9%93%BE&limit=5")
        XCTAssertEqual(page.status, .ok)
        XCTAssertEqual(page.headers[.contentType], "application/json; charset=utf-8")
        XCTAssertEqual(page.body, try kb.search("外链", limit: 5).table.render(.json))
        XCTAssertTrue(page.body.contains("外链"))
    }

    func testHostileTitleIsText() async throws {
        let page = try await get("/timeline?from=2021-09-18&to=2021-09-18")
        XCTAssertEqual(page.status, .ok)
        XCTAssertFalse(page.body.contains("<script"), page.body)
        XCTAssertTrue(page.body.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &quot;引号&quot;"), page.body)
    }
}
