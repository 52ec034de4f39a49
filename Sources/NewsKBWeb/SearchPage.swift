import Foundation
import Hummingbird
import NewsKB

extension Site {
    static let searchParameters: Set<String> = ["q", "page"]
    static let searchPageSize = 50

    /// Sentences holding every word of `q` (2-character words too), each word highlighted, paged.
    func searchPage(_ request: Request) throws -> Response {
        let parameters = try Parameters(query: request.uri.query, allowed: Self.searchParameters)
        let text = parameters.text("q"), page = try parameters.page()
        var results: HTML = ""
        if let text {
            let hits = try knowledgeBase.search(text, limit: Self.searchPageSize + 1, offset: (page - 1) * Self.searchPageSize)
            let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            let items = hits.prefix(Self.searchPageSize).map { hit -> HTML in
                """
                <li><p>\(Self.highlight(hit.sentence, words))</p>
                <div class="meta">\(hit.date.isEmpty ? "undated" : hit.date) · <a href="\(Href.article(hit.articleID, block: hit.paragraph))">\(hit.articleTitle)</a></div></li>
                """
            }
            results = """
                \(items.isEmpty ? HTML("<p>No sentence holds \(text).</p>") : "<ol class=\"hits\" start=\"\((page - 1) * Self.searchPageSize + 1)\">\(items)</ol>")
                \(Layout.pager("/search", [("q", text)], page: page, hasNext: hits.count > Self.searchPageSize))
                """
        }
        return Site.html(Layout.page(text.map { "Search: \($0)" } ?? "Search", section: "/search", """
            <h1>Search</h1>
            <form class="filters" method="get" action="/search">
            <label>words<input name="q" value="\(text ?? "")" placeholder="外链"></label>
            <button>Search</button>
            </form>
            \(results)
            """))
    }

    /// `sentence` with every occurrence of each word (any case) in `<mark class="hit">`.
    static func highlight(_ sentence: String, _ words: [String]) -> HTML {
        var ranges: [Range<String.Index>] = []
        for word in words where !word.isEmpty {
            var start = sentence.startIndex
            while let found = sentence.range(of: word, options: [.caseInsensitive], range: start..<sentence.endIndex) {
                ranges.append(found)
                start = found.upperBound
            }
        }
        // Overlapping matches of two words become one mark.
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<String.Index>] = []
        for range in ranges {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        var parts: [HTML] = []
        var position = sentence.startIndex
        for range in merged {
            parts.append("\(String(sentence[position..<range.lowerBound]))<mark class=\"hit\">\(String(sentence[range]))</mark>")
            position = range.upperBound
        }
        parts.append("\(String(sentence[position...]))")
        return HTML.join(parts)
    }
}
