import Foundation
import NewsKB
import ScaleCorpus
import XCTest

/// The PySpark job (scripts/spark/extract.py) in Spark's local mode prints exactly what
/// `newskb extract` prints alone, line for line after sorting: corpus/ plus 2,000
/// generated articles in 8 partitions. Skipped when python3 with pyspark or java is missing
/// (`.ci/run` installs both).
final class SparkExtractTests: XCTestCase {
    private func run(_ executable: String, _ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes while the child runs, so neither can fill and block it.
        let errors = ErrorSink(err.fileHandleForReading)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, stdout, errors.text())
    }

    private final class ErrorSink: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)
        init(_ handle: FileHandle) {
            DispatchQueue.global().async { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }
        func text() -> String {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
    }

    func testSparkJobPrintsWhatExtractPrintsAlone() throws {
        let folder = try Paths.temporaryFolder(self)
        guard try run("python3", ["-c", "import pyspark"], in: folder).status == 0 else {
            throw XCTSkip("python3 with pyspark is not installed (pip install pyspark); skipping the Spark job")
        }
        guard try run("java", ["-version"], in: folder).status == 0 else {
            throw XCTSkip("java is not installed (Debian: openjdk-17-jre-headless); skipping the Spark job")
        }
        _ = try Paths.newskbProcess([]) // skips when the binary is not built

        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Paths.corpus, to: input.appendingPathComponent("corpus"))
        let templates = try ScaleCorpus.templates(from: Paths.corpus)
        _ = try ScaleCorpus.generate(from: templates, count: 2000, into: input.appendingPathComponent("generated"), seed: 7, variant: 0)
        let list = folder.appendingPathComponent("list.txt")
        let paths = CorpusWalker.files(under: input).files.map(\.relativePath)
        XCTAssertGreaterThan(paths.count, 2000)
        try Data(paths.joined(separator: "\n").utf8).write(to: list)

        let alone = try run(Paths.builtBinary.path, ["extract", "--files-from", list.path, "--root", input.path], in: folder)
        XCTAssertEqual(alone.status, 0, alone.stderr)
        let script = Paths.packageRoot.appendingPathComponent("scripts/spark/extract.py").path
        let out = folder.appendingPathComponent("out")
        let spark = try run("python3", [script, "--newskb", Paths.builtBinary.path, "--files-from", list.path, "--root", input.path,
                                        "--out", out.path, "--partitions", "8", "--master", "local[2]"], in: folder)
        XCTAssertEqual(spark.status, 0, spark.stderr)

        let parts = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix("part-") }.sorted()
        XCTAssertEqual(parts.count, 8)
        var sparkLines: [Substring] = []
        for part in parts {
            sparkLines += String(decoding: try Data(contentsOf: out.appendingPathComponent(part)), as: UTF8.self).split(separator: "\n")
        }
        let aloneLines = String(decoding: alone.stdout, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(aloneLines.count, paths.count)
        XCTAssertEqual(sparkLines.count, aloneLines.count)
        XCTAssertTrue(sparkLines.sorted() == aloneLines.sorted(), "the Spark job's lines differ from newskb extract's")
    }
}
