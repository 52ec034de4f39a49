import Foundation

/// Reads one article file: bytes → text → front matter + HTML body blocks.
public enum ArticleReader {
    /// Why a file could not be read at all. Anything less serious becomes a warning.
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The file extensions that hold articles.
    public static let extensions: Set<String> = ["md", "markdown", "txt", "html", "htm"]

    public static func read(fileAt url: URL, relativePath: String) throws -> Article {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: url))
        } catch {
            throw Failure(path: relativePath, reason: "cannot read file: \(Self.shortReason(error))")
        }
        return try read(bytes: bytes, path: relativePath)
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
        // CRLF files: only pay for the replacement when there is a carriage return.
        let text = text.utf8.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
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

    static func titleFromFileName(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension.trimmingCharacters(in: .whitespaces)
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
