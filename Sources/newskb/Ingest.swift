import ArgumentParser
import Foundation
import NewsKB

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest article files and folders (recursively) into the knowledge base, incrementally.",
        discussion: "Reads .md, .markdown, .txt and .html files. An unchanged file is skipped, an edited one replaced; --prune removes articles whose file is gone. One line per failed file names the reason.")

    @Argument(help: "Article files or folders.")
    var paths: [String]

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Parallel parse/extract workers (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Remove articles whose file no longer exists under the given folders.")
    var prune = false

    @Flag(help: "Follow symbolic links that lead outside the folders given (by default they are reported and skipped).")
    var followLinks = false

    @Flag(help: "Exit with status 2 when any file failed.")
    var strict = false

    @Flag(help: "Print each file's warnings (repairs, unknown dates).")
    var verbose = false

    func validate() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
    }

    func run() throws {
        let knowledgeBase = try KnowledgeBase(path: try database.path)
        let showProgress = Diagnostics.stderrIsTerminal
        let ingester = Ingester(knowledgeBase: knowledgeBase, options: .init(jobs: jobs, prune: prune, followLinks: followLinks))
        let summary = try ingester.run(paths: paths) { done, total in
            if showProgress {
                Diagnostics.line("\rnewskb: \(done)/\(total) files")
            }
        }
        if showProgress { Diagnostics.line("\r\u{1B}[K") }
        for failure in summary.failures { Diagnostics.error(failure.description) }
        if verbose {
            for warning in summary.warnings { Diagnostics.warning(warning.description) }
        }
        var parts = ["\(summary.files) files", "\(summary.added) added", "\(summary.updated) updated"]
        if summary.reextracted > 0 { parts.append("\(summary.reextracted) re-extracted (newer rules or lexicons)") }
        parts += ["\(summary.unchanged) unchanged", "\(summary.failed) failed"]
        if summary.pruned > 0 { parts.append("\(summary.pruned) pruned") }
        if summary.missing > 0 { parts.append("\(summary.missing) missing (use --prune to remove)") }
        if !summary.warnings.isEmpty { parts.append("\(summary.warnings.count) warnings\(verbose ? "" : " (--verbose lists them)")") }
        print("ingested into \(knowledgeBase.path): " + parts.joined(separator: ", "))
        if strict && summary.failed > 0 { throw ExitCode(2) }
    }
}
