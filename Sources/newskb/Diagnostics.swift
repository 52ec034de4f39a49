import Foundation

/// Diagnostics go to stderr, one line each; results go to stdout.
enum Diagnostics {
    static func error(_ message: String) {
        line("newskb: error: \(message)\n")
    }

    static func warning(_ message: String) {
        line("newskb: warning: \(message)\n")
    }

    /// Standard error is written like standard output, but a failure there has nowhere to
    /// be reported (and FileHandle's write would crash on it).
    static func line(_ text: String) {
        try? Output.writeAll(Array(text.utf8), to: STDERR_FILENO, target: "standard error")
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}

/// Writes Encodable values as JSON lines on stdout.
final class JSONLinesWriter {
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    func write<T: Encodable>(_ value: T) {
        guard let data = try? encoder.encode(value) else { return }
        Output.write(String(decoding: data, as: UTF8.self) + "\n")
    }
}
