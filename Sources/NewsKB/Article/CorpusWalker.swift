import Foundation

/// Finds article files under the paths given on the command line.
public enum CorpusWalker {
    public struct File: Sendable, Equatable {
        /// The folder it was found under (the file's folder for a file given directly),
        /// one string shared by every file of a walk.
        public var root: String
        /// Path relative to `root`, '/'-separated.
        public var relativePath: String
        public var path: String { root.hasSuffix("/") ? root + relativePath : root + "/" + relativePath }
        public var url: URL { URL(fileURLWithPath: path) }
    }

    /// A path that could not be walked, with the reason.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        /// A folder whose listing failed, relative to the root ("" for the root itself): what
        /// is stored beneath it is unknown, not gone, so a prune keeps it.
        public var unlistedFolder: String?
        public var description: String { "\(printable(path)): \(reason)" }

        public init(path: String, reason: String, unlistedFolder: String? = nil) {
            self.path = path
            self.reason = reason
            self.unlistedFolder = unlistedFolder
        }
    }

    /// Lists a folder's names; tests pass one that fails for chosen folders (root may list any).
    public typealias Lister = @Sendable (String) throws -> [String]
    public static let systemLister: Lister = { try FileManager.default.contentsOfDirectory(atPath: $0) }

    /// A path for a one-line message: control characters (a newline in a file name) escaped.
    public static func printable(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return path }
        return path.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? $0.escaped(asASCII: true) : String($0) }.joined()
    }

    /// Every article file under `root`, in a stable order (sorted by relative path).
    /// Directories are followed through symlinks once each, so a symlink loop ends. A symlink
    /// whose target lies outside `root` (a link to `/`) is not followed unless `followLinks`:
    /// it is reported, and, like a folder that failed to list, nothing stored beneath it is
    /// pruned.
    /// Paths are plain strings: a URL per file cost 670 bytes and most of a re-ingest's time.
    public static func files(under root: URL, list: Lister = systemLister,
                             followLinks: Bool = false) -> (files: [File], problems: [Problem]) {
        let rootPath = root.path
        let realRoot = Roots.real(rootPath) ?? rootPath
        guard let rootKind = kind(of: rootPath) else {
            return ([], [Problem(path: rootPath, reason: tooLong(rootPath) ?? "no such file or directory")])
        }
        if rootKind != .directory {
            return ([File(root: root.deletingLastPathComponent().path, relativePath: root.lastPathComponent)], [])
        }
        var files: [File] = []
        var problems: [Problem] = []
        var visited: Set<String> = []
        var pending: [(path: String, prefix: String)] = [(rootPath, "")]
        while let (directory, prefix) = pending.popLast() {
            let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
            guard visited.insert(real).inserted else { continue }
            let names: [String]
            do {
                names = try list(directory)
            } catch {
                problems.append(Problem(path: prefix.isEmpty ? directory : prefix,
                                        reason: "cannot list directory; nothing beneath it is pruned", unlistedFolder: prefix))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                let relative = prefix.isEmpty ? name : prefix + "/" + name
                if let reason = tooLong(path) {
                    problems.append(Problem(path: relative, reason: reason + "; nothing beneath it is pruned", unlistedFolder: relative))
                    continue
                }
                let found = kind(of: path)
                if found != nil, !followLinks, let target = linkTarget(path), Roots.relative(target, to: realRoot) == nil {
                    if found == .directory || isArticle(name) {
                        problems.append(Problem(path: relative, reason: "symbolic link to \(printable(target)), outside the folder: not followed (--follow-links follows it)",
                                                unlistedFolder: relative))
                    }
                    continue
                }
                switch found {
                case nil:
                    // A symlink that loops or points nowhere: say so when it looks like an article.
                    if isArticle(name) { problems.append(Problem(path: relative, reason: unreachableReason(path))) }
                case .directory:
                    pending.append((path, relative))
                case .other:
                    if isArticle(name) { files.append(File(root: rootPath, relativePath: relative)) }
                }
            }
        }
        files.sort { $0.relativePath < $1.relativePath }
        return (files, problems)
    }

    private enum Kind { case directory, other }

    /// Why `path` cannot be opened by name at all: longer than the system's limit (PATH_MAX,
    /// 4096 bytes on Linux, reached by deep nesting). Nil when it is not too long.
    public static func tooLong(_ path: String) -> String? {
        let limit = Int(PATH_MAX) - 1
        guard path.utf8.count > limit else { return nil }
        return "path too long (\(path.utf8.count) bytes; the system allows \(limit))"
    }

    /// Where the symlink at `path` really leads (every link on the way resolved); nil when
    /// `path` is not a symlink.
    private static func linkTarget(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
        return Roots.real(path)
    }

    /// What `path` is after following symlinks; nil when it cannot be reached.
    private static func kind(of path: String) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT == S_IFDIR ? .directory : .other
    }

    private static func unreachableReason(_ path: String) -> String {
        var info = stat()
        // Listed but not there by that name: Foundation decoded a name that is not UTF-8
        // lossily, so the file cannot be opened by name.
        if lstat(path, &info) != 0 { return "file name is not valid UTF-8; rename the file" }
        if stat(path, &info) == 0 { return "cannot read file" }
        switch errno {
        case ELOOP: return "symbolic link loop"
        case ENOENT: return "broken symbolic link (its target does not exist)"
        default: return "cannot read file: \(String(cString: strerror(errno)))"
        }
    }

    /// Article files by extension; README files describe a folder and are not articles.
    public static func isArticle(_ name: String) -> Bool {
        if name.lowercased().hasPrefix("readme.") { return false }
        guard let dot = name.lastIndex(of: ".") else { return false }
        return ArticleReader.extensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
