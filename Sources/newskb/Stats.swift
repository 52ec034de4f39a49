import ArgumentParser
import NewsKB

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "What the knowledge base holds.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        let knowledgeBase = try database.openStore()
        let stats = try knowledgeBase.statistics()
        let rows: [[String]] = [
            ["database", knowledgeBase.location],
            ["articles", String(stats.articles)],
            ["undated articles", String(stats.undated)],
            ["copies of another article (left out of listings)", String(stats.duplicates)],
            ["published", "\(stats.firstDay ?? "–") … \(stats.lastDay ?? "–")"],
            ["paragraphs", String(stats.paragraphs)],
            ["quotes", String(stats.quotes)],
            ["people quoted", String(stats.people)],
            ["organizations and groups quoted", String(stats.organizations)],
            ["figures", String(stats.figures)],
            ["events", String(stats.events)],
            ["timeline entries", String(stats.timelineEntries)],
        ]
        listing.print(ResultTable(columns: ["what", "count"], rows: rows))
    }
}
