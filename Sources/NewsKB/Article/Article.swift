import Foundation

/// One article as newskb sees it: front matter plus the body reduced to text blocks.
public struct Article: Sendable {
    /// Path relative to the folder given on the command line, `/`-separated.
    public var path: String
    public var title: String
    /// The outlet: `source`/`author` from the front matter, else the second category.
    public var source: String
    public var categories: [String]
    public var tags: [String]
    /// Publication instant (UTC), nil when the front matter has no usable date.
    public var published: Date?
    /// Every front-matter key as text (lists joined with ", "), unknown keys included.
    public var frontMatter: [String: String]
    public var blocks: [Block]
    /// Things the reader repaired or could not read; the file still ingests.
    public var warnings: [String]

    public init(path: String, title: String, source: String = "", categories: [String] = [],
                tags: [String] = [], published: Date? = nil, frontMatter: [String: String] = [:],
                blocks: [Block], warnings: [String] = []) {
        self.path = path
        self.title = title
        self.source = source
        self.categories = categories
        self.tags = tags
        self.published = published
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.warnings = warnings
    }

    /// The publication day in Asia/Shanghai, the reference for every relative date.
    public var publishedDay: Day? { published.map { Day(instant: $0) } }
}

/// A unit of body text: what a paragraph, heading, list item or table cell said.
public struct Block: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case paragraph, heading, listItem = "list_item", tableCell = "table_cell", blockquote
    }
    public let kind: Kind
    public let text: String
    /// The text's scalars, decoded once: every extractor reads the block by scalar.
    let scalars: [Unicode.Scalar]

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
        scalars = [Unicode.Scalar](scalarsOf: text)
    }

    private enum CodingKeys: String, CodingKey { case kind, text }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(Kind.self, forKey: .kind), try container.decode(String.self, forKey: .text))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(text, forKey: .text)
    }

    public static func == (a: Block, b: Block) -> Bool { a.kind == b.kind && a.text == b.text }
}
