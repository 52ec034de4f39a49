import Foundation

/// One article's extraction: one JSON line of `newskb extract`, the contract in the README.
public struct ArticleExtraction: Codable, Sendable {
    public var file: String
    public var title: String
    public var source: String
    public var categories: [String]
    /// `2021-12-06T14:20:00Z`, or nil when the date is unknown.
    public var published: String?
    public var quotes: [Quote]
    public var figures: [Figure]
    public var events: [Event]
    public var warnings: [String]

    /// The most quotes, figures or events one article stores of each (the dev corpus's
    /// richest article has 92 figures): a file made of nothing but 近日 or numbers stores
    /// rows in proportion to its length up to this, then the rest is left out with a warning.
    public static let maximumRows = 2000

    public init(file: String, title: String, source: String, categories: [String], published: String?,
                quotes: [Quote] = [], figures: [Figure] = [], events: [Event] = [], warnings: [String] = []) {
        self.file = file
        self.title = title
        self.source = source
        self.categories = categories
        self.published = published
        self.quotes = quotes
        self.figures = figures
        self.events = events
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case file, title, source, categories, published, quotes, figures, events, warnings
    }

    /// Written out in full: an unknown date is an explicit `null`, not a missing key.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(title, forKey: .title)
        try container.encode(source, forKey: .source)
        try container.encode(categories, forKey: .categories)
        try container.encode(published, forKey: .published)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(figures, forKey: .figures)
        try container.encode(events, forKey: .events)
        try container.encode(warnings, forKey: .warnings)
    }
}

public struct Speaker: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case person, organization, anonymous
    }
    public var name: String
    public var kind: Kind
    public var title: String
    public var affiliation: String

    public init(name: String, kind: Kind, title: String = "", affiliation: String = "") {
        self.name = name
        self.kind = kind
        self.title = title
        self.affiliation = affiliation
    }
}

public struct Quote: Codable, Hashable, Sendable {
    public enum Mode: String, Codable, Sendable {
        case direct, indirect
    }
    public var speaker: Speaker
    public var mode: Mode
    /// The speech verb or frame as written (说, 表示, 认为, 据……介绍 → 介绍).
    public var cue: String
    public var text: String
    /// Index of the block (paragraph) where the quote starts.
    public var paragraph: Int
    /// The attribution sieve that found the speaker (`QuoteSieve`), with the resolution step
    /// after a `+` when the mention pointed back (`cue-before-quote+pronoun`); "" when unknown.
    public var sieve: String

    public init(speaker: Speaker, mode: Mode, cue: String, text: String, paragraph: Int, sieve: String = "") {
        self.speaker = speaker
        self.mode = mode
        self.cue = cue
        self.text = text
        self.paragraph = paragraph
        self.sieve = sieve
    }
}

public struct Figure: Codable, Hashable, Sendable {
    public enum Qualifier: String, Codable, Sendable, CaseIterable {
        case exact, approx, over, under, range
    }
    /// The surface span, qualifier words and unit included.
    public var text: String
    /// Exact normalized values; JSON carries them as numbers.
    public var low: Decimal
    public var high: Decimal
    public var unit: String
    public var qualifier: Qualifier
    public var subject: String
    /// The speaker of the quote the figure sits in, empty otherwise.
    public var speaker: String
    /// `up`/`down` for growth wording (同比增长, 下降), empty otherwise.
    public var direction: String
    /// `yoy`/`mom` when the change is year-on-year or month-on-month, empty otherwise.
    public var basis: String
    public var paragraph: Int

    public init(text: String, low: Decimal, high: Decimal, unit: String, qualifier: Qualifier,
                subject: String = "", speaker: String = "", direction: String = "", basis: String = "",
                paragraph: Int) {
        self.text = text
        self.low = low
        self.high = high
        self.unit = unit
        self.qualifier = qualifier
        self.subject = subject
        self.speaker = speaker
        self.direction = direction
        self.basis = basis
        self.paragraph = paragraph
    }

    enum CodingKeys: String, CodingKey {
        case text, low, high, unit, qualifier, subject, speaker, direction, basis, paragraph
        case lowExact = "low_exact", highExact = "high_exact"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(NSDecimalNumber(decimal: low).doubleValue, forKey: .low)
        try container.encode(NSDecimalNumber(decimal: high).doubleValue, forKey: .high)
        try container.encode(low.description, forKey: .lowExact)
        try container.encode(high.description, forKey: .highExact)
        try container.encode(unit, forKey: .unit)
        try container.encode(qualifier, forKey: .qualifier)
        try container.encode(subject, forKey: .subject)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(direction, forKey: .direction)
        try container.encode(basis, forKey: .basis)
        try container.encode(paragraph, forKey: .paragraph)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        if let exact = try container.decodeIfPresent(String.self, forKey: .lowExact), let value = Decimal(string: exact) {
            low = value
        } else {
            low = Decimal(try container.decode(Double.self, forKey: .low))
        }
        if let exact = try container.decodeIfPresent(String.self, forKey: .highExact), let value = Decimal(string: exact) {
            high = value
        } else {
            high = Decimal(try container.decode(Double.self, forKey: .high))
        }
        unit = try container.decode(String.self, forKey: .unit)
        qualifier = try container.decode(Qualifier.self, forKey: .qualifier)
        subject = try container.decodeIfPresent(String.self, forKey: .subject) ?? ""
        speaker = try container.decodeIfPresent(String.self, forKey: .speaker) ?? ""
        direction = try container.decodeIfPresent(String.self, forKey: .direction) ?? ""
        basis = try container.decodeIfPresent(String.self, forKey: .basis) ?? ""
        paragraph = try container.decodeIfPresent(Int.self, forKey: .paragraph) ?? 0
    }
}

public struct Event: Codable, Hashable, Sendable {
    public enum Precision: String, Codable, Sendable, CaseIterable {
        case day, month, quarter, half, year, approx
    }
    /// What the dated expression is to its clause (decided in one place: `EventRole.of`). Every
    /// role is an event of `newskb events` and of the JSONL, as the gold counts them; only
    /// `event` makes a timeline entry that the timeline shows without `--all`.
    public enum Role: String, Codable, Sendable, CaseIterable {
        /// Something that happened or is scheduled (9月17日，微信发布声明).
        case event
        /// What a figure is compared with (较2020年, 比上年, 去年同期, 与上月持平).
        case baseline
        /// The stretch a statistic or record is measured over (9月17日至21日日均…, 3月份以来的最高值).
        case window
        /// A condition's time (若2022年1月1日前未完成整改，…): nothing happened then.
        case condition
        /// A legal reference period (上一年度营业额) or the origin of a span (距离2020年5月…已经过去).
        case reference
    }
    /// The time expression as written (近日, 9月17日, 今年7月份).
    public var dateText: String
    public var start: Day
    public var end: Day
    public var precision: Precision
    public var actors: [String]
    /// Titles named in 《…》 in the clause, without the brackets.
    public var documents: [String]
    public var summary: String
    /// A government body acts, a regulation/measure is the object, or a platform changes its rules.
    public var policy: Bool
    public var paragraph: Int
    /// `event` unless the expression only compares, measures, conditions or refers (JSON key `role`).
    public var role: Role

    public init(dateText: String, start: Day, end: Day, precision: Precision, actors: [String] = [],
                documents: [String] = [], summary: String, policy: Bool = false, paragraph: Int, role: Role = .event) {
        self.role = role
        self.dateText = dateText
        self.start = start
        self.end = end
        self.precision = precision
        self.actors = actors
        self.documents = documents
        self.summary = summary
        self.policy = policy
        self.paragraph = paragraph
    }

    enum CodingKeys: String, CodingKey {
        case dateText = "date_text", start, end, precision, actors, documents, summary, policy, paragraph, role
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dateText, forKey: .dateText)
        try container.encode(start.iso, forKey: .start)
        try container.encode(end.iso, forKey: .end)
        try container.encode(precision, forKey: .precision)
        try container.encode(actors, forKey: .actors)
        try container.encode(documents, forKey: .documents)
        try container.encode(summary, forKey: .summary)
        try container.encode(policy, forKey: .policy)
        try container.encode(paragraph, forKey: .paragraph)
        try container.encode(role, forKey: .role)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        dateText = try container.decode(String.self, forKey: .dateText)
        let startText = try container.decode(String.self, forKey: .start)
        let endText = try container.decode(String.self, forKey: .end)
        guard let start = Day(iso: startText), let end = Day(iso: endText) else {
            throw DecodingError.dataCorruptedError(forKey: .start, in: container, debugDescription: "dates must be YYYY-MM-DD")
        }
        self.start = start
        self.end = end
        precision = try container.decode(Precision.self, forKey: .precision)
        actors = try container.decodeIfPresent([String].self, forKey: .actors) ?? []
        documents = try container.decodeIfPresent([String].self, forKey: .documents) ?? []
        summary = try container.decodeIfPresent(String.self, forKey: .summary) ?? ""
        policy = try container.decodeIfPresent(Bool.self, forKey: .policy) ?? false
        paragraph = try container.decodeIfPresent(Int.self, forKey: .paragraph) ?? 0
        // Lines written before roles existed: every event was an event.
        role = try container.decodeIfPresent(Role.self, forKey: .role) ?? .event
    }
}
