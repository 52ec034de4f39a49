import ArgumentParser
import Foundation
import NewsKB
import NewsKBPostgres

struct Load: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load `newskb extract` output (JSONL) into the knowledge base, incrementally, then link.",
        discussion: "A line whose root, file and stamp (content hash and extraction version) are stored is unchanged; another version of the same file replaces it. `-` reads standard input. One line per unreadable line names the file and line number.")

    @Argument(help: "JSONL files written by newskb extract, or - for standard input.")
    var files: [String]

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Threads decoding lines (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Exit with status 2 when any line failed.")
    var strict = false

    func validate() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
    }

    func run() throws {
        let location: String
        let summary: Ingester.Summary
        if StoreLocation.isPostgres(database.location) {
            let store = try PostgresKnowledgeBase(url: database.location)
            location = store.location
            summary = try store.load(files: files, jobs: jobs)
        } else {
            let knowledgeBase = try KnowledgeBase(path: try database.path)
            location = knowledgeBase.path
            summary = try Ingester(knowledgeBase: knowledgeBase, options: .init(jobs: jobs)).load(files: files)
        }
        for failure in summary.failures { Diagnostics.error(failure.description) }
        var parts = ["\(summary.files) lines", "\(summary.added) added", "\(summary.updated) updated"]
        if summary.reextracted > 0 { parts.append("\(summary.reextracted) re-extracted") }
        parts += ["\(summary.unchanged) unchanged", "\(summary.failed) failed"]
        print("loaded into \(location): " + parts.joined(separator: ", "))
        if strict && summary.failed > 0 { throw ExitCode(2) }
    }
}
