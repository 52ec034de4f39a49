/// What the code reads from each lexicon file's fields, checked when the file loads: an
/// unknown flag or a field the code never reads is a load error naming the file and line,
/// instead of a word that silently stops working. A word list without fields needs no format.
struct LexiconFormat: Sendable {
    enum Value: Sendable {
        /// Free text the code uses as it is (a unit, a reason, a name).
        case text
        /// One of these flags.
        case flag(Set<String>)
        /// A decimal number.
        case number
        /// A month and day, `MM-DD`.
        case monthDay
        /// `MM-DD`, or `lunar:NAME` for a festival of the lunar calendar.
        case monthDayOrLunar
        /// Exactly one Unicode scalar (a character folded into another).
        case scalar
        /// A year `YYYY` or a day `YYYY-MM-DD`.
        case yearOrDay

        func rejects(_ field: String) -> String? {
            switch self {
            case .text:
                return nil
            case .flag(let flags):
                return flags.contains(field) ? nil : "unknown flag “\(field)” (expected \(flags.sorted().joined(separator: ", ")))"
            case .number:
                return Double(field) == nil ? "“\(field)” is not a number" : nil
            case .monthDay:
                return Self.isMonthDay(field) ? nil : "“\(field)” is not a date MM-DD"
            case .scalar:
                return field.unicodeScalars.count == 1 ? nil : "“\(field)” is not one character"
            case .yearOrDay:
                return Int(field) != nil || Day(iso: field) != nil ? nil : "“\(field)” is neither YYYY nor YYYY-MM-DD"
            case .monthDayOrLunar:
                return Self.isMonthDay(field) || (field.hasPrefix("lunar:") && field.count > 6)
                    ? nil : "“\(field)” is neither MM-DD nor lunar:NAME"
            }
        }

        private static func isMonthDay(_ text: String) -> Bool {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]) else { return false }
            return (1...12).contains(month) && (1...31).contains(day)
        }
    }

    struct Field: Sendable {
        var name: String
        var value: Value
        /// An empty or missing field is allowed.
        var optional = false
    }

    var fields: [Field]
    /// Fields after the declared ones, all of this kind (further names of one organization).
    var rest: Value?

    func check(_ entry: Lexicon.Entry, in name: String) throws {
        for (index, field) in fields.enumerated() {
            let text = index < entry.fields.count ? entry.fields[index] : ""
            if text.isEmpty {
                if !field.optional {
                    throw Lexicon.Failure.malformed(name, line: entry.line, reason: "\(entry.key): missing field \(index + 1) (\(field.name))")
                }
                continue
            }
            if let reason = field.value.rejects(text) {
                throw Lexicon.Failure.malformed(name, line: entry.line, reason: "\(entry.key): field \(index + 1) (\(field.name)): \(reason)")
            }
        }
        guard entry.fields.count > fields.count else { return }
        for (offset, text) in entry.fields.dropFirst(fields.count).enumerated() where !text.isEmpty {
            let number = fields.count + offset + 1
            guard let rest else {
                throw Lexicon.Failure.malformed(name, line: entry.line, reason: "\(entry.key): field \(number) “\(text)” is not read by newskb")
            }
            if let reason = rest.rejects(text) {
                throw Lexicon.Failure.malformed(name, line: entry.line, reason: "\(entry.key): field \(number): \(reason)")
            }
        }
    }
}

extension LexiconFormat {
    private static let organizationKinds: Set<String> = ["gov", "company", "media", "research", "court", "country", "other"]
    private static let qualifiers = Set(Figure.Qualifier.allCases.map(\.rawValue))

    private init(_ fields: [Field], rest: Value? = nil) {
        self.init(fields: fields, rest: rest)
    }

    /// Every lexicon file whose entries carry fields, by file name (without extension).
    static let byName: [String: LexiconFormat] = [
        "not-speakers": .init([Field(name: "outlet name", value: .flag(["outlet"]), optional: true)]),
        "anonymous-sources": .init([Field(name: "kind", value: .flag(["group", "org", "link", "official", "contacted", "plural", "institution", "former", "latter"])),
                                     Field(name: "named by", value: .flag(["member", "place", "any"]), optional: true),
                                     Field(name: "endings", value: .text, optional: true)]),
        "event-descriptors": .init([Field(name: "kind", value: .flag(["org"]), optional: true)]),
        "event-leads": .init([Field(name: "governs", value: .flag(["place", "target", "zone"]), optional: true)]),
        "not-speech": .init([Field(name: "speech when", value: .flag(["comma"]), optional: true)]),
        "event-predicates": .init([Field(name: "kind", value: .flag(["verb", "marker", "measure", "change"])),
                                   Field(name: "object", value: .flag(["partner"]), optional: true)]),
        "festivals": .init([Field(name: "date", value: .monthDayOrLunar), Field(name: "days", value: .number, optional: true)]),
        "festival-dates": .init([Field(name: "year", value: .number), Field(name: "date", value: .monthDay),
                                 Field(name: "days", value: .number, optional: true)]),
        "figure-currency-prefix": .init([Field(name: "unit", value: .text)]),
        "figure-enumerations": .init([Field(name: "kind", value: .flag(["classifier", "noun"]))]),
        "figure-one-counts": .init([Field(name: "position", value: .flag(["before", "after"]))]),
        "figure-currencies": .init([Field(name: "unit", value: .text), Field(name: "ISO 4217 code", value: .text)]),
        "figure-folds": .init([Field(name: "read as", value: .scalar)]),
        "figure-growth": .init([Field(name: "direction", value: .flag(["up", "down"])),
                                Field(name: "basis", value: .flag(["yoy", "mom"]), optional: true)]),
        "figure-nonfigure": .init([Field(name: "position", value: .flag(["after", "whole"])),
                                   Field(name: "reason", value: .text, optional: true)]),
        "figure-nonfigure-before": .init([Field(name: "position", value: .flag(["before"])),
                                          Field(name: "reason", value: .text, optional: true),
                                          Field(name: "applies to", value: .flag(["one"]), optional: true)]),
        "figure-qualifiers": .init([Field(name: "qualifier", value: .flag(qualifiers)),
                                    Field(name: "position", value: .flag(["before", "after", "loose"])),
                                    Field(name: "not after", value: .text, optional: true)]),
        "figure-scales": .init([Field(name: "factor", value: .number)]),
        "figure-units": .init([Field(name: "unit", value: .text),
                               Field(name: "kind", value: .flag(["count", "currency", "percent", "ratio"]), optional: true)]),
        "figure-subject-links": .init([Field(name: "position", value: .flag(["end", "start"]))]),
        "figure-words": .init([Field(name: "value", value: .number), Field(name: "unit", value: .text, optional: true),
                               Field(name: "qualifier", value: .flag(qualifiers)),
                               Field(name: "high", value: .number, optional: true)]),
        "figure-suffix-scales": .init([Field(name: "factor", value: .number)]),
        "listed-company-words": .init([Field(name: "kind", value: .flag(["ending", "context", "generic", "modifier", "market"]))]),
        "description-classes": .init([Field(name: "titles", value: .text)]),
        "name-prefixes": .init([Field(name: "kind", value: .flag(["surname"]))]),
        "named-periods": .init([Field(name: "first", value: .yearOrDay), Field(name: "last", value: .yearOrDay)]),
        "org-suffixes": .init([Field(name: "kind", value: .flag(organizationKinds.union(["place"]))),
                               Field(name: "use", value: .flag(["span"]), optional: true)]),
        "organization-aliases": .init([Field(name: "kind", value: .flag(organizationKinds))], rest: .text),
        "organization-abbreviations": .init([Field(name: "full endings", value: .text)]),
        "organizations": .init([Field(name: "kind", value: .flag(organizationKinds))]),
        "event-nonevents": .init([Field(name: "position", value: .flag(["after", "before", "later"])),
                                  Field(name: "role", value: .flag(["reference", "condition", "window", "none"]))]),
        "event-self-references": .init([Field(name: "kind", value: .flag(["org", "speaker", "person", "compound"]))]),
        "policy-keywords": .init([Field(name: "kind", value: .flag(["measure", "platform"]))]),
        "publishing-verbs": .init([Field(name: "use", value: .flag(["report", "document", "both"]))]),
        "speaker-fillers": .init([Field(name: "position", value: .flag(["lead", "tail", "both"])),
                                   Field(name: "marks", value: .flag(["name"]), optional: true)]),
        "speaker-settings": .init([Field(name: "not in", value: .text, optional: true),
                                   Field(name: "needs", value: .flag(["frame", "closer"]), optional: true),
                                   Field(name: "closed by", value: .text, optional: true)]),
        "speaker-documents": .init([Field(name: "introduced by", value: .text, optional: true),
                                    Field(name: "use", value: .flag(["bare", "court"]), optional: true)]),
        "speech-verbs": .init([Field(name: "attach", value: .flag(["free", "punct", "object"])),
                               Field(name: "leads", value: .text, optional: true),
                               Field(name: "class", value: .flag(["speech", "report", "cognition", "directive", "announcement", "frame"])),
                               Field(name: "subject", value: .flag(["outlet"]), optional: true)]),
        "surnames": .init([Field(name: "kind", value: .flag(["rare", "compound"]), optional: true)]),
        "time-future-markers": .init([Field(name: "future", value: .flag(["no"]), optional: true)]),
        "time-context-words": .init([Field(name: "role", value: .flag(Set(TimeLexicon.Context.allCases.map(\.rawValue)))),
                                     Field(name: "second role", value: .flag(Set(TimeLexicon.Context.allCases.map(\.rawValue))), optional: true)]),
        "time-span-edges": .init([Field(name: "position", value: .flag(["after", "before"])),
                                  Field(name: "meaning", value: .flag(Set(TimeLexicon.Edge.allCases.map(\.rawValue)))),
                                  Field(name: "only after", value: .text, optional: true)]),
        "time-year-parts": .init([Field(name: "first month", value: .number), Field(name: "last month", value: .number),
                                  Field(name: "alone", value: .flag(["clause"]), optional: true)]),
        "time-month-parts": .init([Field(name: "first day", value: .number), Field(name: "last day", value: .number)]),
        "time-words": .init([Field(name: "kind", value: .flag(["anaphor", "day", "approx", "year", "month", "week", "quarter", "years", "ago", "report", "newyear"])),
                             Field(name: "argument", value: .text), Field(name: "last", value: .number, optional: true)]),
        "titles": .init([Field(name: "kind", value: .flag(["post", "prefix", "role"]), optional: true),
                          Field(name: "says", value: .flag(["residence"]), optional: true)]),
        "topics": .init([], rest: .text),
    ]

    static func check(_ lexicon: Lexicon) throws {
        guard let format = byName[lexicon.name] else {
            if let entry = lexicon.entries.first(where: { $0.fields.contains { !$0.isEmpty } }) {
                throw Lexicon.Failure.malformed(lexicon.name, line: entry.line,
                    reason: "\(entry.key) has fields, but LexiconFormat.byName declares none for this file")
            }
            return
        }
        for entry in lexicon.entries { try format.check(entry, in: lexicon.name) }
    }
}
