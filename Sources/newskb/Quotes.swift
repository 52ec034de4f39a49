import ArgumentParser
import NewsKB

extension Speaker.Kind: ExpressibleByArgument {}

struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Quotes by speaker: full or partial name (益锐), pinyin (yang yirui), affiliation.",
        discussion: """
            On a terminal each quote is printed whole under its speaker, title, affiliation, date and \
            article; --format table (and any pipe) prints the aligned table, --format md a quote sheet \
            grouped by speaker. --group lists each statement once with every article that printed it; \
            --explain adds the cue and the sieve that attributed each quote.
            """)

    @Option(help: "Speaker: full or partial Chinese name, pinyin with or without spaces, or any name of an organization (工信部).")
    var speaker: String?

    @Option(help: "Words of the speaker's affiliation (艾媒).")
    var affiliation: String?

    @Option(help: "Words in the quote.")
    var search: String?

    @Option(help: "person, organization or anonymous.")
    var kind: Speaker.Kind?

    @Flag(help: "One row per statement: a speaker's quote reprinted by many articles, with the first-seen date and every source.")
    var group = false

    @Flag(help: "Show how each quote was attributed: its cue and the sieve that chose the speaker.")
    var explain = false

    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var listing: ListingOptions

    func validate() throws {
        if group && explain { throw ValidationError("--group and --explain cannot be combined") }
    }

    func run() throws {
        let store = try database.openStore()
        let filter = QuoteFilter(speaker: speaker, affiliation: affiliation, search: search, from: dates.fromDay, to: dates.toDay,
                                 kind: kind, limit: listing.limit)
        // Whole quotes on a terminal unless a format was asked for; the table for pipes.
        let cards = listing.chosenFormat == nil && Terminal.isTerminal
        if group {
            guard let knowledgeBase = store as? KnowledgeBase else {
                throw ValidationError("--group works on a SQLite knowledge base only, for now")
            }
            let statements = try knowledgeBase.statements(filter)
            if cards {
                print(QuoteCards.render(statements, width: Terminal.width), terminator: "")
            } else if listing.format == .md {
                print(statements.statementSheet, terminator: "")
            } else {
                listing.print(statements.table)
            }
            return
        }
        let records = try store.quotes(filter)
        if cards {
            print(QuoteCards.render(records, width: Terminal.width, explain: explain), terminator: "")
        } else if listing.format == .md && !explain {
            print(records.quoteSheet, terminator: "")
        } else {
            listing.print(explain ? records.explainedTable : records.table)
        }
    }
}

struct Speakers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Who is quoted: names, titles, affiliations, quote and article counts, first and last seen.")

    @Option(help: "person, organization or anonymous.")
    var kind: Speaker.Kind?

    @Option(help: "Only names containing this text (any name of an organization: 工信部).")
    var name: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        listing.print(try database.openExisting().speakers(kind: kind, name: name, limit: listing.limit).table)
    }
}
