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
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            throw Failure(path: relativePath, reason: "cannot read file: \(String(cString: strerror(errno)))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw Failure(path: relativePath, reason: "not a regular file (a named pipe, socket or device)")
        }
        guard info.st_size <= maximumFileSize else {
            let megabytes = String(format: "%.1f", Double(info.st_size) / 1_048_576)
            throw Failure(path: relativePath, reason: "file too large (\(megabytes) MB; the limit is \(maximumFileSize >> 20) MB)")
        }
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            throw Failure(path: relativePath, reason: "cannot read file: \(Self.shortReason(error))")
        }
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

    static func shortReason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           let posix = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(posix.rawValue))
        }
        switch nsError.code {
        case NSFileReadNoSuchFileError: return "no such file"
        case NSFileReadNoPermissionError: return "permission denied"
        default: return nsError.localizedDescription
        }
    }
}
