import ArgumentParser
import Foundation
import NewsKB

/// Filters shared by `events` and `timeline`.
struct EventFilterOptions: ParsableArguments {
    @Option(help: "Only entries with this actor (工信部, 微信).")
    var actor: String?

    @Flag(help: "Only policy entries (a government body acts, a rule or campaign is the object).")
    var policy = false

    @Option(help: "A topic from lexicon/topics.txt (互联互通) or comma-separated keywords.")
    var topic: String?

    @OptionGroup var dates: DateRangeOptions

    func filter(limit: Int? = nil) -> EventFilter {
        EventFilter(actor: actor, from: dates.fromDay, to: dates.toDay, policyOnly: policy,
                    topicKeywords: topic.map(Topics.keywords) ?? [], limit: limit)
    }
}

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Dated events, merged across articles, in date order.")

    @OptionGroup var eventFilter: EventFilterOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        listing.print(try database.openStore().timeline(eventFilter.filter(limit: listing.limit)).eventTable)
    }
}

extension TimelineRender.Sections: ExpressibleByArgument {}

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the story's timeline: Markdown (default), JSON or TimelineJS 3 JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, json, timelinejs
    }

    @Option(help: "md, json or timelinejs.")
    var format: Format = .md

    @Option(help: "Output file, or - for standard output (default for md: timeline.md beside the SQLite knowledge base, so output/timeline.md for output/newskb.sqlite; stdout otherwise).")
    var out: String?

    @Option(help: "The timeline's title.")
    var title: String?

    @Flag(help: "Also entries without an actor, a document or a policy action (statistics' baselines and the like).")
    var all = false

    @Option(help: "Markdown sections: date (years and months) or actor (one section per actor, in date order).")
    var by: TimelineRender.Sections = .date

    @OptionGroup var eventFilter: EventFilterOptions
    @OptionGroup var database: DatabaseOptions

    /// Beside the knowledge base it renders (output/newskb.sqlite → output/timeline.md), so that the
    /// timeline of another knowledge base never overwrites the project's; output/ for PostgreSQL.
    static func defaultMarkdownPath(_ location: String) -> String {
        if StoreLocation.isPostgres(location) { return "output/timeline.md" }
        let folder = (location as NSString).deletingLastPathComponent
        return folder.isEmpty ? "timeline.md" : folder + "/timeline.md"
    }

    func run() throws {
        let knowledgeBase = try database.openStore()
        var filter = eventFilter.filter()
        filter.newsworthyOnly = !all
        let heading = title ?? (eventFilter.topic.map { "Timeline: \($0)" } ?? "Timeline")
        let destination = out ?? (format == .md ? Self.defaultMarkdownPath(database.location) : "-")
        let text: String
        switch format {
        case .md:
            let linksFrom = destination == "-" ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                : URL(fileURLWithPath: destination).deletingLastPathComponent()
            text = try TimelineRender.markdown(knowledgeBase, filter, title: heading, corpus: knowledgeBase.roots().map(Self.displayPath),
                                                      linksFrom: linksFrom, by: by)
        case .json:
            text = TimelineRender.json(try knowledgeBase.timeline(filter))
        case .timelinejs:
            text = TimelineRender.timelineJS(try knowledgeBase.timeline(filter), title: heading)
        }
        if destination == "-" {
            print(text, terminator: "")
        } else {
            let url = URL(fileURLWithPath: destination)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Output.write(text, toFile: destination)
            Diagnostics.line("newskb: wrote the timeline to \(destination)\n")
        }
    }

    /// Roots relative to the current folder when inside it, so the header does not leak home paths.
    static func displayPath(_ root: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        if root == current { return "." }
        if root.hasPrefix(current + "/") { return String(root.dropFirst(current.count + 1)) }
        return (root as NSString).lastPathComponent
    }
}
