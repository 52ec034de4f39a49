import Foundation
import NewsKB
import XCTest

/// Issue 17, case 7: standard input is capped like files (16 MB), so an endless input ends.
final class StdinLimitTests: XCTestCase {
    func testAStreamPastTheLimitIsRefusedAndOneWithinItIsRead() throws {
        let folder = try Paths.temporaryFolder(self)
        let big = folder.appendingPathComponent("big")
        try Data(repeating: 0x79, count: ArticleReader.maximumFileSize + 1).write(to: big)
        let descriptor = open(big.path, O_RDONLY)
        defer { close(descriptor) }
        XCTAssertThrowsError(try ArticleReader.bytes(ofStream: descriptor, path: "-")) { error in
            XCTAssertEqual("\(error)", "-: input too large (over the 16 MB limit)")
        }

        let small = folder.appendingPathComponent("small")
        try Data(repeating: 0x79, count: 100_000).write(to: small)
        let smallDescriptor = open(small.path, O_RDONLY)
        defer { close(smallDescriptor) }
        XCTAssertEqual(try ArticleReader.bytes(ofStream: smallDescriptor, path: "-").count, 100_000)
    }

    func testExtractOfAnEndlessStdinEndsWithAnError() throws {
        let process = try Paths.newskbProcess(["extract", "-"])
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        signal(SIGPIPE, SIG_IGN) // the writer below outlives the reader
        try process.run()
        let line = Data(repeating: 0x79, count: 1 << 20)
        for _ in 0..<40 { // 40 MB, more than twice the limit: the reader must stop first
            do { try input.fileHandleForWriting.write(contentsOf: line) } catch { break }
        }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertTrue(message.contains("input too large"), message)
    }
}
