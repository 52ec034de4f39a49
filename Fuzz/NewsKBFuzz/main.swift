import Foundation
import NewsKB

// SwiftPM gives every executable target its own entry point (NewsKBFuzz_main), so this file
// hands control to libFuzzer's driver itself. Everything lives in this one file: a
// @_cdecl function referenced as a C pointer from another file is emitted twice.

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
) -> Int32

/// The libFuzzer callback: any bytes through the whole per-article path (decoding, front
/// matter, libxml2 blocks, sentence splitting, extractors, index text). A crash, a trap or
/// a hang here is a bug; errors thrown for bad input are fine.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzArticle(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // Ingest parses on worker threads, whose stacks are far smaller than the main thread's
    // 8 MB (512 KB on macOS): run there too, so deep recursion shows up as the crash it is.
    let done = DispatchSemaphore(value: 0)
    let worker = Thread {
        check(bytes)
        done.signal()
    }
    worker.stackSize = 512 * 1024
    worker.start()
    done.wait()
    return 0
}

func check(_ bytes: [UInt8]) {
    guard let article = try? ArticleReader.read(bytes: bytes, path: "fuzz.md") else { return }
    for block in article.blocks {
        for piece in Sentences.pieces(block.text) {
            precondition(piece.start <= piece.end, "piece offsets out of order")
        }
        _ = Sentences.split(block.text, semicolon: false)
        _ = SearchText.grams(block.text)
    }
    let extraction = Extractor.extract(article)
    let paragraphs = 0..<max(1, article.blocks.count)
    for quote in extraction.quotes { precondition(paragraphs.contains(quote.paragraph), "quote paragraph out of range") }
    for figure in extraction.figures { precondition(paragraphs.contains(figure.paragraph), "figure paragraph out of range") }
    for event in extraction.events { precondition(paragraphs.contains(event.paragraph), "event paragraph out of range") }
    // The JSONL contract must always encode (the CLI prints exactly this).
    precondition((try? JSONEncoder().encode(extraction)) != nil, "extraction does not encode as JSON")
    _ = SearchText.matchExpression(article.title)
}

var argumentCount = CommandLine.argc
var arguments = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argumentCount, &arguments, fuzzArticle))
