import Foundation

/// Diagnostics go to stderr, one line each; results go to stdout.
enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("newskb: error: \(message)\n".utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("newskb: warning: \(message)\n".utf8))
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
        guard var data = try? encoder.encode(value) else { return }
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }
}
