import Foundation
import Hummingbird
import NewsKB

extension Site {
    /// `/articles/<id>`: the front matter, then the blocks with the quotes, figures and dated
    /// expressions extracted from each marked where they stand.
    func articlePage(_ request: Request, id text: String) throws -> Response {
        _ = try Parameters(query: request.uri.query, allowed: [])
        guard let id = Int64(text), let article = try knowledgeBase.article(id) else { throw WebError.notFound("no article \(text)") }
        let front = Self.frontMatter(article.frontMatter).map { key, value -> HTML in
            if key == "url" || key == "link", let link = Href.external(value) {
                return "<dt>\(key)</dt><dd><a href=\"\(link)\" rel=\"noopener noreferrer\">\(value)</a></dd>"
            }
            return "<dt>\(key)</dt><dd>\(value)</dd>"
        }
        var marks: [Int: [Mark]] = [:]
        for quote in article.quotes {
            let role = [quote.speaker.affiliation, quote.speaker.title].filter { !$0.isEmpty }.joined(separator: " ")
            let who = quote.speaker.name + (role.isEmpty ? "" : "（\(role)）")
            marks[quote.paragraph, default: []].append(Mark(text: quote.text, kind: "quote", label: who, tag: who))
        }
        for figure in article.figures {
            let about = [figure.readableValue + figure.unit, figure.subject].filter { !$0.isEmpty }.joined(separator: " · ")
            marks[figure.paragraph, default: []].append(Mark(text: figure.text, kind: "figure", label: about, tag: nil))
        }
        for event in article.events {
            marks[event.paragraph, default: []].append(Mark(text: event.dateText, kind: "event",
                                                            label: "\(event.start) – \(event.end) (\(event.precision))", tag: nil))
        }
        let blocks = article.blocks.map { block -> HTML in
            "<div class=\"block \(block.kind)\" id=\"b\(block.index)\">\(Self.marked(block.text, marks[block.index] ?? []))</div>"
        }
        let copy: HTML = article.duplicateOf.map {
            "<p class=\"meta\">A copy of <a href=\"\(Href.article($0))\">another stored article</a>, whose quotes and figures it shares.</p>"
        } ?? ""
        return Site.html(Layout.page(article.title, """
            <h1>\(article.title)</h1>
            <p class="meta">\(article.source) · \(article.publishedDay.isEmpty ? "undated" : article.publishedDay) · \(article.path)</p>
            \(copy)
            <dl class="front">\(front)</dl>
            <p class="legend"><mark class="quote">quote</mark><mark class="figure">figure</mark><mark class="event">date</mark>
            \(article.quotes.count) quotes, \(article.figures.count) figures, \(article.events.count) dated expressions</p>
            \(blocks)
            """))
    }

    /// One extraction to mark in a block: its words, kind, hover text and the text shown after it.
    struct Mark {
        let text: String
        let kind: String
        let label: String
        let tag: String?
    }

    /// `text` with each mark at its first unmarked occurrence. A mark inside another nests in
    /// it (a figure in a quote); one that overlaps another partly is left out.
    static func marked(_ text: String, _ marks: [Mark]) -> HTML {
        var placed: [(range: Range<String.Index>, mark: Mark)] = []
        for mark in marks where !mark.text.isEmpty {
            var start = text.startIndex
            while let found = text.range(of: mark.text, range: start..<text.endIndex) {
                if placed.contains(where: { $0.range == found && $0.mark.kind == mark.kind }) {
                    start = found.upperBound
                    continue
                }
                let crosses = placed.contains { other in
                    other.range.overlaps(found) && !(other.range.contains(found) || found.contains(other.range))
                }
                if !crosses { placed.append((found, mark)) }
                break
            }
        }
        // Outer marks first, so a stack can close them in order.
        placed.sort { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.upperBound > $1.range.upperBound }
        var output: [HTML] = []
        var open: [(end: String.Index, mark: Mark)] = []
        var position = text.startIndex
        func close(upTo index: String.Index) {
            while let last = open.last, last.end <= index {
                output.append("\(String(text[position..<last.end]))</mark>")
                if let tag = last.mark.tag { output.append("<span class=\"speaker-tag\">— \(tag)</span>") }
                position = last.end
                open.removeLast()
            }
        }
        for (range, mark) in placed {
            close(upTo: range.lowerBound)
            output.append("\(String(text[position..<range.lowerBound]))<mark class=\"\(mark.kind)\" title=\"\(mark.label)\">")
            position = range.lowerBound
            open.append((range.upperBound, mark))
        }
        close(upTo: text.endIndex)
        output.append("\(String(text[position...]))")
        return HTML.join(output)
    }

    /// The stored front matter (a JSON object) as sorted key–value text.
    static func frontMatter(_ json: String) -> [(String, String)] {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] else { return [] }
        return object.keys.sorted().map { key in
            let value = object[key]!
            if let text = value as? String { return (key, text) }
            if let list = value as? [Any] { return (key, list.map { "\($0)" }.joined(separator: ", ")) }
            return (key, "\(value)")
        }
    }
}
