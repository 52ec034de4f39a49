import ArgumentParser
import Foundation
import NewsKB

struct Figures: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Figures (quantities) with value, unit, qualifier, subject and speaker.",
        discussion: "--min/--max accept 3000亿, 1.2万, 5e8 or plain numbers; a range figure matches when it overlaps.")

    @Option(help: "Normalized unit: 元, 美元, %, 个百分点, 倍, 人, … (\"\" for bare numbers).")
    var unit: String?

    @Option(help: "Smallest value (3000亿, 1.2万, 5e8).")
    var min: String?

    @Option(help: "Largest value.")
    var max: String?

    @Option(help: "Words of the subject or the figure's paragraph.")
    var about: String?

    @Option(help: "The speaker who claimed the figure.")
    var speaker: String?

    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var listing: ListingOptions

    func validate() throws {
        for (name, value) in [("--min", min), ("--max", max)] {
            guard let value else { continue }
            guard let number = FigureQuantity.parse(value) else {
                throw ValidationError("\(name) \(value): not a number (try 3000亿, 1.2万 or 5e8)")
            }
            guard FigureQuantity.isRepresentable(number) else {
                throw ValidationError("\(name) \(value): out of range (figures have at most 38 digits)")
            }
        }
    }

    func run() throws {
        let table = try database.openStore().figures(FigureFilter(
            unit: unit, min: min.flatMap(FigureQuantity.parse), max: max.flatMap(FigureQuantity.parse), about: about,
            speaker: speaker, from: dates.fromDay, to: dates.toDay, limit: listing.limit)).table
        listing.print(table)
    }
}
