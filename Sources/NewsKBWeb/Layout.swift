/// The frame every page shares, and the site's one style sheet (served as /static/style.css:
/// the Content-Security-Policy allows no inline style or script).
enum Layout {
    static let sections: [(path: String, name: String)] = [
        ("/timeline", "Timeline"), ("/speakers", "Speakers"), ("/figures", "Figures"), ("/search", "Search"),
    ]

    static func page(_ title: String, section: String? = nil, _ body: HTML) -> HTML {
        let navigation = sections.map { item -> HTML in
            item.path == section ? "<a href=\"\(Href(item.path))\" aria-current=\"page\">\(item.name)</a>"
                : "<a href=\"\(Href(item.path))\">\(item.name)</a>"
        }
        return """
            <!DOCTYPE html>
            <html lang="zh">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · newskb</title>
            <link rel="stylesheet" href="/static/style.css">
            </head>
            <body>
            <header><a class="home" href="/">newskb</a><nav>\(navigation)</nav></header>
            <main>
            \(body)
            </main>
            <footer>newskb · read-only view of the knowledge base</footer>
            </body>
            </html>

            """
    }

    /// Links to the previous and next page, keeping the other parameters.
    static func pager(_ path: String, _ query: [(String, String?)], page: Int, hasNext: Bool) -> HTML {
        guard page > 1 || hasNext else { return "" }
        var links: [HTML] = []
        if page > 1 { links.append("<a rel=\"prev\" href=\"\(Href(path, query: query + [("page", page == 2 ? nil : String(page - 1))]))\">← previous</a>") }
        links.append("<span>page \(page)</span>")
        if hasNext { links.append("<a rel=\"next\" href=\"\(Href(path, query: query + [("page", String(page + 1))]))\">next →</a>") }
        return "<nav class=\"pager\">\(links)</nav>"
    }

    static func error(status: Int, _ reason: String) -> HTML {
        page(status == 404 ? "Not found" : "Bad request", """
            <h1>\(status == 404 ? "Not found" : "Bad request")</h1>
            <p class="error">\(reason)</p>
            """)
    }

    static let css = """
        :root { --ink: #1d232a; --muted: #5b6570; --line: #d9dee3; --accent: #0b5cab; --quote: #fff1c2; --figure: #d8f0e0; --event: #dde8fb; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.6 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", sans-serif; color: var(--ink); background: #fafbfc; }
        header { display: flex; gap: 2em; align-items: baseline; padding: .6em 1.5em; background: #fff; border-bottom: 1px solid var(--line); }
        header .home { font-weight: 700; color: var(--ink); text-decoration: none; }
        nav a { margin-right: 1.2em; }
        nav a[aria-current] { font-weight: 700; color: var(--ink); }
        main { max-width: 64em; margin: 0 auto; padding: 1em 1.5em 3em; }
        footer { color: var(--muted); font-size: .8em; text-align: center; padding: 2em; }
        a { color: var(--accent); }
        h1 { font-size: 1.6em; margin: .6em 0 .3em; }
        h2 { font-size: 1.25em; margin: 1.4em 0 .4em; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.05em; margin: 1.2em 0 .3em; color: var(--muted); }
        form.filters { display: flex; flex-wrap: wrap; gap: .5em 1em; align-items: end; margin: .5em 0 1em; }
        form.filters label { display: flex; flex-direction: column; font-size: .8em; color: var(--muted); }
        form.filters input, form.filters select { font: inherit; font-size: 1rem; padding: .2em .4em; }
        table { border-collapse: collapse; width: 100%; font-size: .9em; }
        th, td { text-align: left; vertical-align: top; padding: .3em .5em; border-bottom: 1px solid var(--line); }
        .entry { background: #fff; border: 1px solid var(--line); border-radius: 4px; padding: .6em .9em; margin: .6em 0; }
        .entry .date { font-weight: 700; margin-right: .6em; }
        .precision, .badge { font-size: .75em; color: var(--muted); border: 1px solid var(--line); border-radius: 3px; padding: 0 .35em; margin-left: .3em; }
        .meta { color: var(--muted); font-size: .85em; }
        ul.sources { margin: .3em 0 0; padding-left: 1.2em; font-size: .9em; }
        mark { background: var(--quote); }
        mark.hit { background: #ffe066; }
        mark.figure { background: var(--figure); }
        mark.event { background: var(--event); }
        .speaker-tag { font-size: .75em; color: #7a5b00; margin-left: .2em; }
        blockquote { margin: .6em 0; padding: .4em .9em; background: #fff; border-left: 3px solid #e0b400; }
        .chart { margin: .6em 0; background: #fff; border: 1px solid var(--line); }
        .chart text { font-size: 11px; fill: var(--muted); }
        .chart rect.bar { fill: var(--accent); }
        .chart line.axis { stroke: var(--muted); stroke-width: 1; }
        .chart .point { fill: #1a7f37; }
        .chart .range { stroke: #1a7f37; stroke-width: 3; }
        .pager { margin: 1.5em 0; display: flex; gap: 1.5em; }
        .error { color: #a40e26; }
        .block { margin: .5em 0; }
        .block.heading { font-weight: 700; font-size: 1.1em; }
        .block.list_item::before { content: "• "; }
        dl.front { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; font-size: .9em; }
        dl.front dt { color: var(--muted); }
        dl.front dd { margin: 0; }
        .legend mark { padding: 0 .3em; margin-right: .6em; }
        """
}
