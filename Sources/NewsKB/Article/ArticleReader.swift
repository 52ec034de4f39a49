import Foundation

/// Reads one article file: bytes → text → front matter + HTML body blocks.
public enum ArticleReader {
    /// Why a file could not be read at all. Anything less serious becomes a warning.
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(CorpusWalker.printable(path)): \(reason)" }
    }

    /// The file extensions that hold articles.
    public static let extensions: Set<String> = ["md", "markdown", "txt", "html", "htm"]

    /// Larger files are refused unread: no news article is 16 MB of text, and reading one
    /// per worker would exhaust memory on a big corpus.
    public static let maximumFileSize = 16 << 20

    public static func read(fileAt url: URL, relativePath: String) throws -> Article {
        try read(bytes: bytes(ofFileAt: url, relativePath: relativePath), path: relativePath)
    }

    /// The bytes of a regular file of at most `maximumFileSize`. A named pipe or device is
    /// refused (reading one would block forever), as is a file that vanished after listing.
    public static func bytes(ofFileAt url: URL, relativePath: String) throws -> [UInt8] {
        try bytes(atPath: url.path, relativePath: relativePath)
    }

    /// The same by path, with POSIX calls: opened without blocking (a named pipe would wait
    /// for a writer), then checked on the open descriptor, so the file read is the file checked.
    public static func bytes(atPath path: String, relativePath: String) throws -> [UInt8] {
        func failure(_ reason: String) -> Failure { Failure(path: relativePath, reason: reason) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("cannot read file: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure("cannot read file: \(String(cString: strerror(errno)))") }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw failure(info.st_mode & S_IFMT == S_IFDIR ? "a directory, not an article file"
                                                           : "not a regular file (a named pipe, socket or device)")
        }
        guard info.st_size <= maximumFileSize else {
            let megabytes = String(format: "%.1f", Double(info.st_size) / 1_048_576)
            throw failure("file too large (\(megabytes) MB; the limit is \(maximumFileSize >> 20) MB)")
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw failure("cannot read file: \(String(cString: strerror(errno)))") }
            if count == 0 { break } // the file shrank since fstat
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// The bytes of a stream (standard input) under the same limit as files: reading stops one
    /// byte past `maximumFileSize` and refuses the input, so `yes | newskb extract -` ends.
    public static func bytes(ofStream descriptor: Int32, path: String) throws -> [UInt8] {
        func failure(_ reason: String) -> Failure { Failure(path: path, reason: reason) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= maximumFileSize {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw failure("cannot read: \(String(cString: strerror(errno)))") }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
        }
        throw failure("input too large (over the \(maximumFileSize >> 20) MB limit)")
    }

    public static func read(bytes: [UInt8], path: String) throws -> Article {
        let decoded: TextDecoding.Decoded
        do {
            decoded = try TextDecoding.decode(bytes)
        } catch {
            throw Failure(path: path, reason: "\(error)")
        }
        return try read(text: decoded.text, path: path, warnings: decoded.warnings)
    }

    public static func read(text: String, path: String, warnings: [String] = []) throws -> Article {
        var warnings = warnings
        var text = text
        // CRLF (Windows) and lone CR (classic Mac) line endings both become LF, or the front
        // matter fences would not be found.
        if text.containsByte(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        // C0 control characters mean nothing in news text, and YAML rejects them outright.
        if text.containsByte(where: Self.isControlByte) {
            text = String(String.UnicodeScalarView(text.unicodeScalars.filter {
                !($0.isASCII && Self.isControlByte(UInt8($0.value)))
            }))
            warnings.append("control characters removed")
        }
        if text.unicodeScalars.allSatisfy({ TextCleaning.isSpace($0) }) {
            throw Failure(path: path, reason: "empty file")
        }
        let split: (yaml: String?, body: Substring)
        do {
            split = try FrontMatter.split(text)
        } catch {
            throw Failure(path: path, reason: "\(error)")
        }
        var frontMatter = FrontMatter()
        if let yaml = split.yaml {
            do {
                frontMatter = try FrontMatter(yaml: yaml)
            } catch {
                throw Failure(path: path, reason: "\(error)")
            }
        } else {
            warnings.append("no front matter: title taken from the body or the file name, date unknown")
        }

        let blocks: [Block]
        do {
            blocks = try HTMLBody.blocks(from: String(split.body))
        } catch {
            throw Failure(path: path, reason: "\(error)")
        }
        if blocks.isEmpty { warnings.append("empty body") }

        var published: Date?
        if let raw = frontMatter.string("date") {
            published = PublicationDate.parse(raw)
            if published == nil { warnings.append("unrecognized date \"\(raw)\": date unknown") }
        } else if split.yaml != nil {
            warnings.append("no date in front matter: date unknown")
        }

        let categories = frontMatter.list("categories")
        let title = frontMatter.string("title")
            ?? blocks.first(where: { $0.kind == .heading })?.text
            ?? Self.titleFromFileName(path)
        let source = frontMatter.string("source") ?? frontMatter.string("author")
            ?? (categories.count > 1 ? categories[1] : "")
        return Article(path: path, title: title, source: source, categories: categories,
                       tags: frontMatter.list("tags"), published: published,
                       frontMatter: frontMatter.values, blocks: blocks, warnings: warnings)
    }

    private static func isControlByte(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F
    }

    static func titleFromFileName(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension.trimmingWhitespace()
        return stem.isEmpty ? name : stem
    }
}
