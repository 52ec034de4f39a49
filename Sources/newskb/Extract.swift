import ArgumentParser
import Foundation
import NewsKB

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one JSON line per article (quotes, figures, events) without a database.",
        discussion: "`file` in each line is relative to the PATH it was found under. `-` reads one article from standard input.")

    @Argument(help: "Article files or folders (searched recursively), or - for standard input.")
    var paths: [String]

    @Flag(help: "Exit with status 2 when any file failed.")
    var strict = false

    func run() throws {
        let output = JSONLinesWriter()
        var failures = 0
        for path in paths {
            if path == "-" {
                do {
                    let bytes = try ArticleReader.bytes(ofStream: STDIN_FILENO, path: "-")
                    failures += emit(output, ArticlePipeline.process(bytes: bytes, path: "-", root: "", columns: false))
                } catch {
                    Diagnostics.error("\(error)")
                    failures += 1
                }
                continue
            }
            let (files, problems) = CorpusWalker.files(under: URL(fileURLWithPath: path))
            for problem in problems {
                Diagnostics.error(problem.description)
                failures += 1
            }
            for file in files {
                failures += emit(output, ArticlePipeline.process(file, root: path, columns: false))
            }
        }
        if failures > 0 && strict { throw ExitCode(2) }
    }

    /// Writes one article's line; returns 1 when it failed (reported on stderr).
    private func emit(_ output: JSONLinesWriter, _ outcome: ArticlePipeline.Outcome) -> Int {
        switch outcome {
        case .parsed(let parsed):
            output.write(parsed.extraction)
            return 0
        case .failed(let failure):
            Diagnostics.error(failure.description)
            return 1
        case .unchanged:
            return 0 // no stored stamp is given, so this does not happen
        }
    }
}
