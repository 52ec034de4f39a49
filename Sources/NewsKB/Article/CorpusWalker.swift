import Foundation

/// Finds article files under the paths given on the command line.
public enum CorpusWalker {
    public struct File: Sendable, Equatable {
        /// The folder it was found under (the file's folder for a file given directly). One
        /// URL shared by every file of a walk: a URL of its own cost each file 670 bytes.
        public var root: URL
        /// Path relative to `root`, '/'-separated.
        public var relativePath: String
        public var url: URL { root.appendingPathComponent(relativePath) }
    }

    /// A path that could not be walked, with the reason.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(printable(path)): \(reason)" }
    }

    /// A path for a one-line message: control characters (a newline in a file name) escaped.
    public static func printable(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return path }
        return path.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? $0.escaped(asASCII: true) : String($0) }.joined()
    }

    /// Every article file under `root`, in a stable order (sorted by relative path).
    /// Directories are followed through symlinks once each, so a symlink loop ends.
    public static func files(under root: URL) -> (files: [File], problems: [Problem]) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            return ([], [Problem(path: root.path, reason: "no such file or directory")])
        }
        if !isDirectory.boolValue {
            return ([File(root: root.deletingLastPathComponent(), relativePath: root.lastPathComponent)], [])
        }
        var files: [File] = []
        var problems: [Problem] = []
        var visited: Set<String> = []
        var pending: [(URL, String)] = [(root, "")]
        while let (directory, prefix) = pending.popLast() {
            let real = directory.resolvingSymlinksInPath().path
            guard visited.insert(real).inserted else { continue }
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: directory.path)
            } catch {
                problems.append(Problem(path: prefix.isEmpty ? directory.path : prefix, reason: "cannot list directory"))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let url = directory.appendingPathComponent(name)
                let relative = prefix.isEmpty ? name : prefix + "/" + name
                var childIsDirectory: ObjCBool = false
                guard manager.fileExists(atPath: url.path, isDirectory: &childIsDirectory) else {
                    // A symlink that loops or points nowhere: say so when it looks like an article.
                    if isArticle(name) { problems.append(Problem(path: relative, reason: unreachableReason(url))) }
                    continue
                }
                if childIsDirectory.boolValue {
                    pending.append((url, relative))
                } else if isArticle(name) {
                    files.append(File(root: root, relativePath: relative))
                }
            }
        }
        files.sort { $0.relativePath < $1.relativePath }
        return (files, problems)
    }

    private static func unreachableReason(_ url: URL) -> String {
        var info = stat()
        // Listed but not there by that name: Foundation decoded a name that is not UTF-8
        // lossily, so the file cannot be opened by name.
        if lstat(url.path, &info) != 0 { return "file name is not valid UTF-8; rename the file" }
        if stat(url.path, &info) == 0 { return "cannot read file" }
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
