import ArgumentParser
import NewsKB

@main
struct NewsKBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newskb",
        abstract: "Turn folders of Chinese news articles into a queryable knowledge base.",
        version: NewsKBVersion.string,
        subcommands: [Ingest.self, Extract.self, Quotes.self, Speakers.self, Figures.self, Events.self, Timeline.self, Search.self, Stats.self, Show.self, Bench.self]
    )
}
