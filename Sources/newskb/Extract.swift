import ArgumentParser
import Foundation
import NewsKB

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one JSON line per article (quotes, figures, events, and under `kb` what the store keeps) without a database.",
        discussion: """
            `file` in each line is relative to the PATH it was found under (with --files-from, to --root). `-` reads one \
            article from standard input. --stdin-records reads articles framed as JSON lines {"file": PATH, "content": TEXT} \
            (or "content_base64" for bytes that are not UTF-8). The output is the complete input of `newskb load`.
            """)

    @Argument(help: "Article files or folders (searched recursively), or - for standard input.")
    var paths: [String] = []

    @Option(name: .customLong("files-from"), help: "Read article paths, one per line, from FILE (- for standard input).")
    var filesFrom: String?

    @Flag(name: .customLong("stdin-records"), help: "Read whole articles from standard input, one JSON object per line.")
    var stdinRecords = false

    @Option(help: "The folder --files-from paths and --stdin-records files are relative to (default: the current folder).")
    var root: String?

    @Flag(help: "Follow symbolic links that lead outside the folders given (by default they are reported and skipped).")
    var followLinks = false

    @Flag(help: "Exit with status 2 when any file failed.")
    var strict = false

    func validate() throws {
        if filesFrom == nil && !stdinRecords && paths.isEmpty { throw ValidationError("give PATH…, --files-from or --stdin-records") }
        if stdinRecords && (filesFrom == "-" || paths.contains("-")) {
            throw ValidationError("--stdin-records reads standard input; it cannot be read for paths too")
        }
    }

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
            let (files, problems) = CorpusWalker.files(under: URL(fileURLWithPath: path), followLinks: followLinks)
            for problem in problems {
                Diagnostics.error(problem.description)
                failures += 1
            }
            for file in files {
                failures += emit(output, ArticlePipeline.process(file, root: ExtractInput.root(of: path), columns: false))
            }
        }
        let base = URL(fileURLWithPath: root ?? FileManager.default.currentDirectoryPath).standardizedFileURL.path
        if let filesFrom {
            let list: FileHandle
            if filesFrom == "-" {
                list = .standardInput
            } else if let handle = FileHandle(forReadingAtPath: filesFrom) {
                list = handle
            } else {
                throw ValidationError("--files-from \(filesFrom): cannot be opened")
            }
            for line in String(decoding: list.readDataToEndOfFile(), as: UTF8.self).split(whereSeparator: \.isNewline) where !line.isEmpty {
                let file = ExtractInput.file(String(line), root: base)
                failures += emit(output, ArticlePipeline.process(file, root: base, columns: false))
            }
        }
        if stdinRecords {
            var number = 0
            for line in String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n") {
                number += 1
                guard !line.allSatisfy(\.isWhitespace) else { continue }
                do {
                    let record = try ExtractInput.record(Data(line.utf8))
                    failures += emit(output, ArticlePipeline.process(bytes: record.bytes, path: record.file, root: base, columns: false))
                } catch {
                    Diagnostics.error("standard input line \(number): \(error)")
                    failures += 1
                }
            }
        }
        if failures > 0 && strict { throw ExitCode(2) }
    }

    /// Writes one article's line; returns 1 when it failed (reported on stderr).
    private func emit(_ output: JSONLinesWriter, _ outcome: ArticlePipeline.Outcome) -> Int {
        switch outcome {
        case .parsed(let parsed):
            output.write(ExtractRecord(parsed))
            return 0
        case .failed(let failure):
            Diagnostics.error(failure.description)
            return 1
        case .unchanged:
            return 0 // no stored stamp is given, so this does not happen
        }
    }
}
