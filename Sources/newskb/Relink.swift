import ArgumentParser
import Foundation
import NewsKB

struct Relink: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Link people, organizations, duplicate articles and the timeline again.",
        discussion: "Ingest and load link what they changed themselves (only the names and dates they touched, or everything when that is more than a fifth of the base). This command links a knowledge base an interrupted ingest left stale; --full rebuilds every link from the stored extractions whatever the state.")

    @Flag(name: .long, help: "Rebuild every link from all stored extractions, even when nothing is stale.")
    var full = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let knowledgeBase = try KnowledgeBase(path: try database.path, create: false)
        let stale = try knowledgeBase.isStale()
        guard full || stale else {
            print("the links are up to date (--full rebuilds them anyway)")
            return
        }
        let start = Date()
        try knowledgeBase.relinkFully()
        print(String(format: "linked people, organizations and the timeline in %.2f s", Date().timeIntervalSince(start)))
    }
}
