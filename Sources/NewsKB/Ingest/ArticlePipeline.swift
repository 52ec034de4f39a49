import Foundation

/// The one way from a file to what the knowledge base stores: read → stamp check →
/// `ArticleReader` → `Extractor` → stored columns. Ingest's workers, `newskb extract` and the
/// benchmark all go through it, so the benchmark measures the code ingest runs.
public enum ArticlePipeline {
    public enum Outcome: Sendable {
        /// The stored stamp matches: nothing to do.
        case unchanged
        case parsed(ParsedArticle)
        case failed(Ingester.FileFailure)

        public var parsed: ParsedArticle? {
            if case .parsed(let article) = self { article } else { nil }
        }
    }

    /// A file read and parsed, before extraction.
    public struct Read: Sendable {
        public var stamp: Stamp
        public var size: Int
        public var article: Article
    }

    /// Reads, extracts and (with `columns`, for the writer) makes the stored column values of
    /// the file, unless its stamp equals `stored`.
    public static func process(_ file: CorpusWalker.File, root: String, stored: Stamp? = nil,
                               columns: Bool = true) -> Outcome {
        finish(read(file, stored: stored), root: root, columns: columns)
    }

    /// The same for bytes already read (standard input, a record of a load).
    public static func process(bytes: [UInt8], path: String, root: String, stored: Stamp? = nil,
                               columns: Bool = true) -> Outcome {
        finish(read(bytes: bytes, path: path, stored: stored), root: root, columns: columns)
    }

    /// The first half: read and parse, or nil when the stamp equals `stored`.
    public static func read(_ file: CorpusWalker.File, stored: Stamp? = nil) -> Result<Read?, Ingester.FileFailure> {
        let bytes: [UInt8]
        do {
            bytes = try ArticleReader.bytes(atPath: file.path, relativePath: file.relativePath)
        } catch {
            return .failure(failure(file.relativePath, error))
        }
        return read(bytes: bytes, path: file.relativePath, stored: stored)
    }

    public static func read(bytes: [UInt8], path: String, stored: Stamp? = nil) -> Result<Read?, Ingester.FileFailure> {
        let stamp = Stamp(contentHash: ContentHash.of(bytes))
        if stamp.change(from: stored) == .unchanged { return .success(nil) }
        do {
            return .success(Read(stamp: stamp, size: bytes.count, article: try ArticleReader.read(bytes: bytes, path: path)))
        } catch {
            return .failure(failure(path, error))
        }
    }

    private static func finish(_ read: Result<Read?, Ingester.FileFailure>, root: String, columns: Bool) -> Outcome {
        switch read {
        case .failure(let failure): return .failed(failure)
        case .success(nil): return .unchanged
        case .success(let read?):
            var article = read.article
            let extraction = representable(Extractor.extract(article), warnings: &article.warnings)
            return .parsed(ParsedArticle(root: root, stamp: read.stamp, size: read.size, article: article,
                                         extraction: extraction, columns: columns))
        }
    }

    /// A figure past `FigureQuantity.limit` is dropped with a warning naming it: the article
    /// is stored and printed without it, never failed or skipped for it. Quotes, figures and
    /// events past `ArticleExtraction.maximumRows` each are left out with one warning.
    static func representable(_ extraction: ArticleExtraction, warnings: inout [String]) -> ArticleExtraction {
        var extraction = extraction
        func bound<T>(_ rows: inout [T], _ kind: String) {
            guard rows.count > ArticleExtraction.maximumRows else { return }
            rows.removeLast(rows.count - ArticleExtraction.maximumRows)
            warnings.append("more than \(ArticleExtraction.maximumRows) \(kind); the rest left out")
        }
        bound(&extraction.quotes, "quotes")
        bound(&extraction.events, "events")
        extraction.figures = extraction.figures.filter { figure in
            let fits = [figure.low, figure.high].allSatisfy(FigureQuantity.isRepresentable)
            if !fits {
                let shown = figure.text.count > 40 ? String(figure.text.prefix(40)) + "…" : figure.text
                warnings.append("figure out of range (more than 38 digits), left out: \(shown)")
            }
            return fits
        }
        bound(&extraction.figures, "figures")
        extraction.warnings = warnings
        return extraction
    }

    private static func failure(_ path: String, _ error: Error) -> Ingester.FileFailure {
        let reason = (error as? ArticleReader.Failure)?.reason ?? "\(error)"
        return Ingester.FileFailure(path: path, reason: reason)
    }
}

/// One article ready to be written: what the reader and the extractors made of a file.
public struct ParsedArticle: Sendable {
    public var root: String
    public var stamp: Stamp
    public var size: Int
    public var article: Article
    public var extraction: ArticleExtraction
    /// Column values that cost work to make (index text, JSON, decimals), made where the
    /// article was parsed so the single writer only binds them.
    /// Nil when the article was not made for the writer (`newskb extract`).
    let columns: StoredColumns?

    public init(root: String, stamp: Stamp, size: Int, article: Article, extraction: ArticleExtraction, columns: Bool = true) {
        self.root = root
        self.stamp = stamp
        self.size = size
        self.article = article
        self.extraction = extraction
        self.columns = columns ? StoredColumns(article, extraction) : nil
    }

    public init(root: String, hash: String, size: Int, article: Article, extraction: ArticleExtraction) {
        self.init(root: root, stamp: Stamp(contentHash: hash), size: size, article: article, extraction: extraction)
    }
}

/// The derived column values of one article, in the order `Store.insert` writes them.
struct StoredColumns: Sendable {
    var categories: String, tags: String, frontMatter: String, warnings: String
    /// Index text of each block (`SearchText.grams`).
    var blockGrams: [String]
    var figures: [(low: String, high: String, lowValue: Double, highValue: Double)]
    var events: [(start: String, end: String, actors: String, documents: String)]
    /// `Statements.key` of each quote's text.
    var statementKeys: [Int64]

    init(_ article: Article, _ extraction: ArticleExtraction) {
        categories = JSON.text(article.categories)
        tags = JSON.text(article.tags)
        frontMatter = JSON.text(article.frontMatter)
        warnings = JSON.text(article.warnings)
        blockGrams = article.blocks.map { SearchText.grams($0.text) }
        figures = extraction.figures.map { figure in
            let low = min(figure.low, figure.high), high = max(figure.low, figure.high)
            return (low.description, high.description, NSDecimalNumber(decimal: low).doubleValue,
                    NSDecimalNumber(decimal: high).doubleValue)
        }
        statementKeys = extraction.quotes.map { Statements.key($0.text) }
        events = extraction.events.map { event in
            (min(event.start, event.end).iso, max(event.start, event.end).iso, JSON.text(event.actors), JSON.text(event.documents))
        }
    }
}

