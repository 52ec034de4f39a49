import Foundation

/// Runs every extractor over one article. A pure function: no database, no shared state,
/// so ingest can run it on all cores and `newskb extract` can run it anywhere.
public enum Extractor {
    public static func extract(_ article: Article) -> ArticleExtraction {
        let quotes = QuoteExtractor.extract(article)
        let figures = FigureExtractor.extract(article, quotes: quotes)
        // Events past the row limit would be dropped (ArticlePipeline): not made at all.
        let events = EventExtractor.extract(article, limit: ArticleExtraction.maximumRows + 1, quotes: quotes)
        return ArticleExtraction(
            file: article.path, title: article.title, source: article.source,
            categories: article.categories, published: article.published.map(PublicationDate.iso),
            quotes: quotes, figures: figures, events: events, warnings: article.warnings)
    }
}
