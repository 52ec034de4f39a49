import Foundation
import NewsKB
import XCTest

/// The extraction quality bars of the issues, measured by ../shared/eval/score.py against the
/// hand annotations, so that a change that loses quality fails here rather than in a note.
final class GoldScoreTests: XCTestCase {
    private func score(corpus: URL, gold: URL) throws -> [String: Any] {
        guard FileManager.default.fileExists(atPath: gold.path), FileManager.default.fileExists(atPath: corpus.path) else {
            throw XCTSkip("\(gold.path) is not present next to this checkout; skipping the gold score")
        }
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile)
                ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
                    .map({ "\($0)/python3" }).first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("python3 is not installed; skipping the gold score")
        }
        let folder = try Paths.temporaryFolder(self)
        let predictions = folder.appendingPathComponent("predictions.jsonl")
        let encoder = JSONEncoder()
        var lines = Data()
        for file in CorpusWalker.files(under: corpus).files {
            let parsed = try XCTUnwrap(ArticlePipeline.process(file, root: corpus.path, columns: false).parsed, file.relativePath)
            lines += try encoder.encode(parsed.extraction) + Data("\n".utf8)
        }
        try lines.write(to: predictions)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Paths.shared.appendingPathComponent("eval/score.py").path, gold.path, predictions.path, "--json"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func value(_ scores: [String: Any], _ group: String, _ key: String) -> Double {
        ((scores[group] as? [String: Any])?[key] as? NSNumber)?.doubleValue ?? -1
    }

    func testSeedIsExtractedExactly() throws {
        let scores = try score(corpus: Paths.shared.appendingPathComponent("seeds"),
                               gold: Paths.shared.appendingPathComponent("gold/seed.jsonl"))
        for group in ["quotes", "person_quotes", "figures", "events", "events_dated"] {
            XCTAssertEqual(value(scores, group, "f1"), 1.0, group)
        }
        for key in ["title", "affiliation", "mode", "qualifier", "dates"] {
            XCTAssertEqual(value(scores, "accuracy", key), 1.0, key)
        }
    }

    /// The dev gold as a ratchet: every score at least its bar in Fixtures/gold-bars.json, and
    /// no score past the next step of its bar without the bar being raised with it.
    func testDevGoldMeetsTheBars() throws {
        let scores = try score(corpus: Paths.corpusReal, gold: Paths.shared.appendingPathComponent("gold/dev.jsonl"))
        let data = try Data(contentsOf: Paths.fixture("gold-bars.json"))
        let bars = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        for (key, bar) in bars.sorted(by: { $0.key < $1.key }) {
            guard let bar = (bar as? NSNumber)?.doubleValue else { continue }
            let parts = key.split(separator: ".").map(String.init)
            XCTAssertEqual(parts.count, 2, "bar key \(key) is not GROUP.METRIC")
            let measured = value(scores, parts[0], parts[1])
            XCTAssertGreaterThanOrEqual(measured, bar, "\(key) fell below its bar")
            let floored = (measured * 100 + 1e-9).rounded(.down) / 100
            XCTAssertLessThanOrEqual(floored, bar + 1e-9,
                                     "\(key) is now \(measured): raise its bar in Fixtures/gold-bars.json to \(floored)")
        }
    }
}
