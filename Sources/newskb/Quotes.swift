import ArgumentParser
import NewsKB

extension Speaker.Kind: ExpressibleByArgument {}

struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Quotes by speaker: full or partial name (益锐), pinyin (yang yirui), affiliation.",
        discussion: "--format md prints a quote sheet grouped by speaker.")

    @Option(help: "Speaker: full or partial Chinese name, or pinyin with or without spaces.")
    var speaker: String?

    @Option(help: "Words of the speaker's affiliation (艾媒).")
    var affiliation: String?

    @Option(help: "Words in the quote.")
    var search: String?

    @Option(help: "person, organization or anonymous.")
    var kind: Speaker.Kind?

    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        let records = try database.openExisting().quotes(QuoteFilter(
            speaker: speaker, affiliation: affiliation, search: search, from: dates.fromDay, to: dates.toDay,
            kind: kind, limit: listing.limit))
        if listing.format == .md {
            print(records.quoteSheet, terminator: "")
        } else {
            listing.print(records.table)
        }
    }
}

struct Speakers: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Who is quoted: names, titles, affiliations, quote and article counts, first and last seen.")

    @Option(help: "person, organization or anonymous.")
    var kind: Speaker.Kind?

    @Option(help: "Only names containing this text.")
    var name: String?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        listing.print(try database.openExisting().speakers(kind: kind, name: name, limit: listing.limit).table)
    }
}
