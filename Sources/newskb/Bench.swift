import ArgumentParser
import Foundation
import NewsKB
import NewsKBBench
import ScaleCorpus

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmark: generate a scale corpus, then time parsing, indexing, ingest and queries.",
        subcommands: [Generate.self, Run.self, Extractors.self])

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write N articles made from a folder of real-format articles (deterministic).")

        @Option(help: "Folder of template articles.")
        var from: String = "corpus"

        @Option(help: "How many articles.")
        var count: Int = 10_000

        @Option(help: "Seed of the generator.")
        var seed: UInt64 = 42

        @Option(help: "Above 0: edit every 10th article (the others stay byte-identical).")
        var variant: Int = 0

        @Argument(help: "Destination folder (created).")
        var destination: String

        func run() throws {
            let templates = try ScaleCorpus.templates(from: URL(fileURLWithPath: from))
            guard !templates.isEmpty else { throw ValidationError("no usable articles under \(from)") }
            let bytes = try ScaleCorpus.generate(from: templates, count: count, into: URL(fileURLWithPath: destination), seed: seed, variant: variant)
            print("wrote \(count) articles (\(String(format: "%.1f", Double(bytes) / 1e6)) MB) from \(templates.count) templates to \(destination)")
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time every stage on one folder; prints a Markdown table.",
            discussion: "Ingest stages run `newskb ingest` as a child process so its peak memory is measured alone.")

        @Argument(help: "A folder of articles (e.g. made by `newskb bench generate`).")
        var folder: String

        @Option(help: "Where to put the benchmark databases.")
        var work: String = NSTemporaryDirectory()

        @Option(help: "Parallel workers for parsing and ingest.")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(help: "Repetitions for query medians.")
        var repeats: Int = 21

        @Option(help: "Stages to run, comma-separated letters of a, a′ (or a2), b, c, d, e, g (default all). c runs whenever d, e or g do: they need its database.")
        var stages: String = "a,a2,b,c,d,e,g"

        func validate() throws {
            let known: Set<String> = ["a", "a2", "b", "c", "d", "e", "f", "g"]
            for stage in stageSet where !known.contains(stage) { throw ValidationError("--stages: unknown stage \(stage)") }
        }

        private var stageSet: Set<String> {
            Set(stages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "′", with: "2") })
        }

        func run() throws {
            let chosen = stageSet
            func runs(_ stage: String) -> Bool { chosen.contains(stage) }
            let files = CorpusWalker.files(under: URL(fileURLWithPath: folder)).files
            guard !files.isEmpty else { throw ValidationError("no articles under \(folder)") }
            var rows: [[String]] = []
            var megabytes = 0.0
            func record(_ stage: String, _ seconds: Double, note: String = "") {
                rows.append([stage, String(format: "%.2f", seconds), String(format: "%.0f", Double(files.count) / seconds),
                             String(format: "%.1f", megabytes / seconds), note])
            }
            megabytes = Double(files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1.path)[.size] as? Int) ?? 0) }) / 1e6
            var parse = Double.nan, index = Double.nan
            if runs("a") {
                parse = Stopwatch.seconds { _ = BenchStages.parse(files, jobs: jobs, extract: false) }
                record("(a) read + libxml2 parse", parse, note: "\(jobs) workers")
            }
            if runs("a2") {
                // The paragraphs are released before the ingest child starts, so the parent stays small.
                index = try {
                    let paragraphs = BenchStages.paragraphs(files)
                    let bare = URL(fileURLWithPath: work).appendingPathComponent("newskb-bench-bare.sqlite").path
                    return try Stopwatch.seconds { try BenchStages.bareIndex(paragraphs, databasePath: bare) }
                }()
                record("(a′) bare FTS5 indexing", index, note: "bigrams over unicode61, 1 writer")
            }
            if runs("b") {
                let extract = Stopwatch.seconds { _ = BenchStages.parse(files, jobs: jobs, extract: true) }
                record("(b) parse + extract", extract, note: "\(jobs) workers")
            }
            guard runs("c") || runs("d") || runs("e") || runs("f") || runs("g") else {
                print(ResultTable(columns: ["stage", "seconds", "articles/s", "MB/s", "note"], rows: rows).render(.md))
                return
            }

            let database = URL(fileURLWithPath: work).appendingPathComponent("newskb-bench.sqlite").path
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
            var trace = ""
            let ingest = try Stopwatch.seconds { trace = try runChild(["ingest", "--db", database, "--jobs", String(jobs), folder]) }
            // The child's own reading (see Stopwatch.peakResidentMB), from its trace.
            let peak = trace.split(separator: "\n").compactMap { line -> Double? in
                guard let range = line.range(of: "peak resident memory ") else { return nil }
                return Double(line[range.upperBound...].split(separator: " ").first ?? "")
            }.last ?? .nan
            let slower = [parse, index].filter { !$0.isNaN }.max()
            record("(c) full ingest, new database", ingest,
                   note: slower.map { String(format: "%.2f× the slower bare limit", ingest / $0) } ?? "")
            if runs("d") {
                let reingest = try Stopwatch.seconds { try runChild(["ingest", "--db", database, "--jobs", String(jobs), folder]) }
                record("(d) re-ingest, nothing changed", reingest, note: String(format: "%.1f %% of (c)", reingest / ingest * 100))
            }
            if runs("g") { try linkStages(files: files, database: database, record: record) }
            var queryRows: [[String]] = []
            if runs("e") {
                let kb = try KnowledgeBase(path: database, create: false)
                let speaker = try kb.speakers(kind: .person, limit: 1).first?.name ?? "盘和林"
                func query(_ name: String, _ body: () throws -> Void) rethrows {
                    let median = try Stopwatch.median(runs: repeats, body)
                    queryRows.append([name, String(format: "%.2f", median * 1000)])
                }
                try query("quotes --speaker \(speaker)") { _ = try kb.quotes(QuoteFilter(speaker: speaker, limit: 50)) }
                try query("search 微信 (2 characters)") { _ = try kb.search("微信", limit: 50) }
                try query("search 互联互通 (4 characters)") { _ = try kb.search("互联互通", limit: 50) }
                try query("timeline (all entries)") { _ = try kb.timeline(EventFilter()) }
            }

            let size = (try? FileManager.default.attributesOfItem(atPath: database)[.size] as? Int) ?? 0
            print("newskb bench: \(files.count) articles, \(String(format: "%.1f", megabytes)) MB, \(ProcessInfo.processInfo.activeProcessorCount) cores, database \(String(format: "%.0f", Double(size) / 1e6)) MB")
            print("")
            print(ResultTable(columns: ["stage", "seconds", "articles/s", "MB/s", "note"], rows: rows).render(.md))
            if !queryRows.isEmpty { print(ResultTable(columns: ["query (median of \(repeats))", "ms"], rows: queryRows).render(.md)) }
            print(String(format: "(f) peak resident memory of the full ingest: %.0f MB", peak))
        }

        /// (g) linking: everything again, then after 100 changed articles. Those are ingested
        /// as a second root beside the folder: new people, organizations and dates of their
        /// own, or (g″) edited copies of the folder's first 100 articles, which share every
        /// name and date with the copies they were made from.
        private func linkStages(files: [CorpusWalker.File], database: String, record: (String, Double, String) -> Void) throws {
            let fullLink = try Stopwatch.seconds { try runChild(["relink", "--full", "--db", database]) }
            record("(g) full link (relink --full)", fullLink, "")
            let changed = URL(fileURLWithPath: work).appendingPathComponent("newskb-bench-changed")
            try? FileManager.default.removeItem(at: changed)
            try FileManager.default.createDirectory(at: changed, withIntermediateDirectories: true)
            for (index, text) in BenchStages.inventedArticles(100).enumerated() {
                try text.write(to: changed.appendingPathComponent("new-\(index).md"), atomically: true, encoding: .utf8)
            }
            func linkTime(_ trace: String) -> (Double, String) {
                for line in trace.split(separator: "\n") {
                    guard let range = line.range(of: "linked people, organizations and the timeline (") else { continue }
                    let rest = line[range.upperBound...]
                    let mode = String(rest.prefix { $0 != ")" })
                    let seconds = rest.range(of: " in ").flatMap { Double(rest[$0.upperBound...].split(separator: " ").first ?? "") }
                    return (seconds ?? .nan, mode)
                }
                return (.nan, "?")
            }
            let (newLink, newMode) = linkTime(try runChild(["ingest", "--db", database, "--jobs", String(jobs), changed.path]))
            record("(g′) link after 100 new articles", newLink,
                   String(format: "%@, %.1f %% of (g)", newMode, newLink / fullLink * 100))
            let edited = URL(fileURLWithPath: work).appendingPathComponent("newskb-bench-edited")
            try? FileManager.default.removeItem(at: edited)
            try FileManager.default.createDirectory(at: edited, withIntermediateDirectories: true)
            for (index, file) in files.prefix(100).enumerated() {
                let text = try String(contentsOfFile: file.path, encoding: .utf8)
                try (text + "\n<p>编辑补充第\(index)段。</p>\n").write(to: edited.appendingPathComponent("edited-\(index).md"), atomically: true, encoding: .utf8)
            }
            let (editedLink, editedMode) = linkTime(try runChild(["ingest", "--db", database, "--jobs", String(jobs), edited.path]))
            record("(g″) link after 100 edited copies", editedLink,
                   String(format: "%@, %.1f %% of (g)", editedMode, editedLink / fullLink * 100))

        }

        /// Runs newskb with its trace on; returns the trace.
        @discardableResult
        private func runChild(_ arguments: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
            if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path) {
                process.executableURL = Bundle.main.executableURL
            }
            process.arguments = arguments
            process.environment = ProcessInfo.processInfo.environment.merging(["NEWSKB_TRACE": "1"]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let trace = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw ExitCode(process.terminationStatus) }
            return String(decoding: trace, as: UTF8.self)
        }
    }

    struct Extractors: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Time reading and each extractor alone, single-threaded.")

        @Argument(help: "A folder of articles.")
        var folder: String

        func run() throws {
            let files = CorpusWalker.files(under: URL(fileURLWithPath: folder)).files
            var articles: [Article] = []
            let read = Stopwatch.seconds {
                articles = files.compactMap { file in
                    if case .success(let read?) = ArticlePipeline.read(file) { read.article } else { nil }
                }
            }
            var quotes: [[Quote]] = []
            let quoteTime = Stopwatch.seconds { quotes = articles.map(QuoteExtractor.extract) }
            let figureTime = Stopwatch.seconds { for (article, found) in zip(articles, quotes) { _ = FigureExtractor.extract(article, quotes: found) } }
            let eventTime = Stopwatch.seconds { for article in articles { _ = EventExtractor.extract(article) } }
            let sentenceTime = Stopwatch.seconds { for article in articles { for block in article.blocks { _ = Sentences.split(block.text) } } }
            let rows = [("read + parse", read), ("quotes", quoteTime), ("figures", figureTime), ("events", eventTime), ("sentences", sentenceTime)]
                .map { [$0.0, String(format: "%.2f", $0.1), String(format: "%.3f", $0.1 / Double(max(1, articles.count)) * 1000)] }
            print(ResultTable(columns: ["stage", "seconds", "ms/article"], rows: rows).render(.md), terminator: "")
        }
    }
}
