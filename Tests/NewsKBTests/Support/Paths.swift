import Foundation
import XCTest

/// Where the test inputs live: the project's corpus/, its fixtures, and ../shared when present.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let corpus = packageRoot.appendingPathComponent("corpus")
    static let seed = corpus.appendingPathComponent("000_1a5ce6cf14fa0d5b.txt")
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpusReal = shared.appendingPathComponent("corpus-real")

    static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }

    /// ../shared/corpus-real, or a skip with a message when this checkout has none.
    static func requireCorpusReal() throws -> URL {
        guard FileManager.default.fileExists(atPath: corpusReal.path) else {
            throw XCTSkip("../shared/corpus-real is not present next to this checkout; skipping the real-corpus test")
        }
        return corpusReal
    }

    /// A fresh temporary folder, removed when the test ends.
    static func temporaryFolder(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newskb-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// A process running the newskb binary built next to the test bundle, not yet started.
    static func newskbProcess(_ arguments: [String]) throws -> Process {
        guard FileManager.default.isExecutableFile(atPath: builtBinary.path) else {
            throw XCTSkip("no newskb binary at \(builtBinary.path); run `swift build` first")
        }
        let process = Process()
        process.executableURL = builtBinary
        process.arguments = arguments
        return process
    }
}
