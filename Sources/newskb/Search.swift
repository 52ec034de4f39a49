import ArgumentParser
import NewsKB

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search over sentences; 2-character words (微信, 外链) included.",
        discussion: "Several words separated by spaces must all occur in the sentence.")

    @Argument(help: "The words to find.")
    var text: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        let table = try database.openStore().search(text, limit: listing.limit, offset: 0).table
        listing.print(table)
    }
}
