import Foundation

/// How `newskb extract` names its inputs when it is a mapper (`--files-from`, `--stdin-records`).
public enum ExtractInput {
    /// A listed path, named relative to `root` when it lies under it (as ingest names the
    /// files of a folder), else by the path as listed.
    public static func file(_ listed: String, root: String) -> CorpusWalker.File {
        let absolute = listed.hasPrefix("/") ? listed : root + "/" + listed
        let url = URL(fileURLWithPath: absolute).standardizedFileURL
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard url.path.hasPrefix(prefix) else { return CorpusWalker.File(root: "/", relativePath: String(url.path.dropFirst())) }
        return CorpusWalker.File(root: base, relativePath: String(url.path.dropFirst(prefix.count)))
    }

    /// The root ingest stores for a path given on its command line (`articles.root`) when
    /// no stored root contains it: the folder itself, or a file's folder, resolved
    /// (`Roots.folder(of:)`; as given when it does not exist).
    public static func root(of path: String) -> String {
        if let folder = Roots.folder(of: path) { return folder }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        return isDirectory.boolValue ? url.path : url.deletingLastPathComponent().path
    }

    /// One framed article of `--stdin-records`: `{"file": PATH, "content": TEXT}`, or
    /// `"content_base64"` instead of `"content"` for bytes that are not UTF-8.
    public struct Record: Decodable {
        public var file: String
        public var content: String?
        public var contentBase64: String?

        enum CodingKeys: String, CodingKey {
            case file, content
            case contentBase64 = "content_base64"
        }
    }

    public struct Framed {
        public var file: String
        public var bytes: [UInt8]
    }

    public enum Failure: Error, CustomStringConvertible {
        case framing(String)
        public var description: String {
            switch self {
            case .framing(let reason): "not a record {\"file\", \"content\"}: \(reason)"
            }
        }
    }

    public static func record(_ line: Data) throws -> Framed {
        let record: Record
        do {
            record = try JSONDecoder().decode(Record.self, from: line)
        } catch {
            throw Failure.framing(error is DecodingError ? "invalid JSON or missing \"file\"" : "\(error)")
        }
        if let text = record.content { return Framed(file: record.file, bytes: Array(text.utf8)) }
        if let encoded = record.contentBase64 {
            guard let data = Data(base64Encoded: encoded) else { throw Failure.framing("content_base64 is not base64") }
            return Framed(file: record.file, bytes: Array(data))
        }
        throw Failure.framing("no \"content\" or \"content_base64\"")
    }
}
