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
                let bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
                failures += emit(output) { try ArticleReader.read(bytes: bytes, path: "-") }
                continue
            }
            let (files, problems) = CorpusWalker.files(under: URL(fileURLWithPath: path))
            for problem in problems {
                Diagnostics.error(problem.description)
                failures += 1
            }
            for file in files {
                failures += emit(output) {
                    try ArticleReader.read(fileAt: file.url, relativePath: file.relativePath)
                }
            }
        }
        if failures > 0 && strict { throw ExitCode(2) }
    }

    /// Reads and extracts one article; returns 1 when it failed (reported on stderr).
    private func emit(_ output: JSONLinesWriter, read: () throws -> Article) -> Int {
        do {
            let article = try read()
            output.write(Extractor.extract(article))
            return 0
        } catch {
            Diagnostics.error("\(error)")
            return 1
        }
    }
}
