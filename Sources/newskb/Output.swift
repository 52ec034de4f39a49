import Foundation

/// Every result the command line writes, checked. A write to standard output that fails
/// (a full disk, /dev/full, a closed file) is one error line and exit status 3, never a
/// truncated file and status 0. A reader that went away (EPIPE, when SIGPIPE is ignored;
/// otherwise SIGPIPE ends the process first) ends the run quietly with 141, the status a
/// shell sees for a process SIGPIPE ended.
enum Output {
    static let brokenPipeStatus: Int32 = 128 + SIGPIPE

    struct WriteFailure: Error, CustomStringConvertible {
        let target: String
        let code: Int32
        var description: String { "cannot write \(target): \(String(cString: strerror(code)))" }
    }

    /// Writes `text` to standard output in full, or ends the run.
    static func write(_ text: String) {
        do {
            try writeAll(Array(text.utf8), to: STDOUT_FILENO, target: "standard output")
        } catch let failure as WriteFailure where failure.code == EPIPE {
            Foundation.exit(brokenPipeStatus)
        } catch {
            Diagnostics.error("\(error)")
            Foundation.exit(NewsKBCommand.runtimeFailure)
        }
    }

    /// Writes `text` to the file at `path`: a regular file is replaced atomically (written
    /// beside it, synced, renamed over it), so a failed write leaves the old file whole;
    /// anything else (a device, a pipe) is written in place.
    static func write(_ text: String, toFile path: String) throws {
        let bytes = Array(text.utf8)
        var status = stat()
        if stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
            let descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { throw WriteFailure(target: path, code: errno) }
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, target: path)
            return
        }
        let temporary = path + ".newskb-\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw WriteFailure(target: path, code: errno) }
        do {
            try writeAll(bytes, to: descriptor, target: path)
            guard fsync(descriptor) == 0 else { throw WriteFailure(target: path, code: errno) }
            guard close(descriptor) == 0 else { throw WriteFailure(target: path, code: errno) }
            guard rename(temporary, path) == 0 else { throw WriteFailure(target: path, code: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// write(2) until every byte is out; EINTR is retried, every other error thrown.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, target: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteFailure(target: target, code: errno)
            }
            offset += written
        }
    }
}

/// The command line's `print`: checked, through `Output` (it shadows `Swift.print` in this
/// module, so no result can be written unchecked).
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Output.write(items.map { "\($0)" }.joined(separator: separator) + terminator)
}
