import Foundation

/// One line of `newskb extract`: the extraction contract (`ArticleExtraction`'s keys at the
/// top level) plus, under `kb`, everything else the store writes for the article, so a line
/// is the complete input of `newskb load` and extraction can run anywhere (a Spark executor)
/// with no database.
public struct ExtractRecord: Codable, Sendable {
    public var extraction: ArticleExtraction
    public var kb: Stored

    /// What the store keeps beside the extraction.
    public struct Stored: Codable, Sendable {
        /// The folder the file was found under (`articles.root`), as given to extract.
        public var root: String
        public var contentHash: String
        public var extractionVersion: String
        public var size: Int
        public var tags: [String]
        public var frontMatter: [String: String]
        public var blocks: [Block]

        enum CodingKeys: String, CodingKey {
            case root, size, tags, blocks
            case contentHash = "content_hash", extractionVersion = "extraction_version", frontMatter = "front_matter"
        }
    }

    public init(_ parsed: ParsedArticle) {
        extraction = parsed.extraction
        kb = Stored(root: parsed.root, contentHash: parsed.stamp.contentHash,
                    extractionVersion: parsed.stamp.extractionVersion, size: parsed.size,
                    tags: parsed.article.tags, frontMatter: parsed.article.frontMatter, blocks: parsed.article.blocks)
    }

    private enum CodingKeys: String, CodingKey { case kb }

    public init(from decoder: Decoder) throws {
        extraction = try ArticleExtraction(from: decoder)
        kb = try decoder.container(keyedBy: CodingKeys.self).decode(Stored.self, forKey: .kb)
    }

    public func encode(to encoder: Encoder) throws {
        try extraction.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kb, forKey: .kb)
    }

    public enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        public var description: String {
            switch self {
            case .unreadable(let reason): reason
            }
        }
    }

    /// The article as the store writes it: the same `ParsedArticle` ingest makes, with its
    /// column values made by the same code (`StoredColumns`).
    public func parsed() throws -> ParsedArticle {
        var published: Date?
        if let text = extraction.published {
            guard let date = ISO8601DateFormatter().date(from: text) else {
                throw Failure.unreadable("published is not an ISO 8601 instant: \(text)")
            }
            published = date
        }
        let article = Article(path: extraction.file, title: extraction.title, source: extraction.source,
                              categories: extraction.categories, tags: kb.tags, published: published,
                              frontMatter: kb.frontMatter, blocks: kb.blocks, warnings: extraction.warnings)
        return ParsedArticle(root: kb.root, stamp: Stamp(contentHash: kb.contentHash, extractionVersion: kb.extractionVersion),
                             size: kb.size, article: article, extraction: extraction)
    }
}
