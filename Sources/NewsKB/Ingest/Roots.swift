import Foundation
import GRDB

/// Where an article is stored: `articles.root` is a real folder (symlinks resolved), and a
/// file is stored once, under the outermost stored root that contains it. Ingesting `c`
/// then `c/sub` (or a symlink to `c`, or one file of `c`) stores nothing twice; ingesting
/// `c` after `c/sub` moves `c/sub`'s articles under `c` (a path `sub/…`). Every such decision
/// is made here.
public enum Roots {
    /// A path's real location (symlinks and `..` resolved), nil when it does not exist.
    public static func real(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The folder a path given on the command line is stored under: the folder itself, or a
    /// file's folder (the file keeps its own name, even when it is a symlink), resolved. Nil
    /// when nothing is there.
    public static func folder(of path: String) -> String? {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var info = stat()
        guard stat(absolute, &info) == 0 else { return nil }
        if info.st_mode & S_IFMT == S_IFDIR { return real(absolute) }
        return real((absolute as NSString).deletingLastPathComponent)
    }

    /// Where a path that may no longer exist is (`newskb forget` of a moved folder): its
    /// deepest existing ancestor resolved, and the rest of it as given.
    public static func lexical(_ path: String) -> String {
        var missing: [String] = []
        var url = URL(fileURLWithPath: path).standardizedFileURL
        while url.path != "/" {
            if let resolved = real(url.path) {
                return missing.reversed().reduce(resolved) { ($0 as NSString).appendingPathComponent($1) }
            }
            missing.append(url.lastPathComponent)
            url.deleteLastPathComponent()
        }
        return "/" + missing.reversed().joined(separator: "/")
    }

    /// `inner` relative to `outer` ("" when equal), nil when it is not inside it.
    static func relative(_ inner: String, to outer: String) -> String? {
        if inner == outer { return "" }
        let prefix = outer.hasSuffix("/") ? outer : outer + "/"
        return inner.hasPrefix(prefix) ? String(inner.dropFirst(prefix.count)) : nil
    }

    /// `prefix/path`, or `path` alone under the root itself.
    static func joined(_ prefix: String, _ path: String) -> String {
        prefix.isEmpty ? path : path.isEmpty ? prefix : prefix + "/" + path
    }

    /// Where the articles of `folder` go: the outermost of `roots` containing it, and the
    /// folder's path inside that root ("" for the root itself).
    static func place(_ folder: String, among roots: [String]) -> (root: String, prefix: String) {
        for root in roots.sorted(by: { $0.count < $1.count }) {
            if let prefix = relative(folder, to: root) { return (root, prefix) }
        }
        return (folder, "")
    }

    /// The roots articles are stored under, each with where it really is now (a root stored
    /// before roots were resolved may be a symlink's path; a root that is gone stays as stored).
    static func stored(_ db: Database) throws -> [(stored: String, real: String)] {
        try String.fetchAll(db, sql: "SELECT DISTINCT root FROM articles").map { ($0, real($0) ?? $0) }
    }

    /// Makes `folder` a root when no stored root contains it: the articles of stored roots
    /// inside it (or stored under another name of it) move under it, each path prefixed with
    /// where its root lies; an article stored under both keeps the outer copy. Decided inside
    /// one write transaction, so two ingests cannot split a folder between them.
    /// Returns how many articles moved or were dropped as duplicates.
    @discardableResult
    static func adopt(_ folder: String, in db: Database) throws -> Int {
        var changed = 0
        for root in try stored(db) where root.stored != folder {
            guard let prefix = relative(root.real, to: folder) else { continue }
            // (A root that contains `folder` is not adopted: `place` put `folder` under it.)
            let paths = try String.fetchAll(db, sql: "SELECT path FROM articles WHERE root = ?", arguments: [root.stored])
            for path in paths {
                let target = joined(prefix, path)
                if try Int.fetchOne(db, sql: "SELECT 1 FROM articles WHERE root = ? AND path = ?", arguments: [folder, target]) != nil {
                    try Store.delete(db, root: root.stored, path: path)
                } else {
                    try db.execute(sql: "UPDATE articles SET root = ?, path = ? WHERE root = ? AND path = ?",
                                   arguments: [folder, target, root.stored, path])
                }
                changed += 1
            }
        }
        if changed > 0 { try Link.markStale(db) }
        return changed
    }

    /// Whether the stored path `path` is `folder` or lies inside it ("": the whole root).
    static func isWithin(_ path: String, _ folder: String) -> Bool {
        folder.isEmpty || relative(path, to: folder) != nil
    }

    /// Whether `path` (a stored article path) is within `scope`: a folder inside its root
    /// ("" for all of it) or, for a file given alone, that one path.
    static func contains(_ scope: Scope, _ path: String) -> Bool {
        switch scope {
        case .file(let file): return path == file
        case .folder(let folder): return isWithin(path, folder)
        }
    }

    /// Stored roots other than `root` whose articles belong under it: inside it, or another
    /// name of it.
    static func adoptable(by root: String, _ stored: [(stored: String, real: String)]) -> Bool {
        stored.contains { $0.stored != root && relative($0.real, to: root) != nil }
    }

    /// What one path of the command line covers inside its root.
    enum Scope: Equatable {
        case folder(String)
        case file(String)
    }

    /// Removes every article stored under `path` (a root, a folder inside one, or one file),
    /// whether or not it still exists: how a moved or deleted folder is forgotten. Returns
    /// how many articles were removed.
    static func forget(_ path: String, in db: Database) throws -> Int {
        let target = lexical(path)
        var removed = 0
        for root in try stored(db) {
            let scope: Scope
            if let inside = relative(target, to: root.real) ?? relative(target, to: root.stored) {
                scope = .folder(inside) // the target is this root or lies inside it
            } else if relative(root.real, to: target) != nil || relative(root.stored, to: target) != nil {
                scope = .folder("") // the whole root lies inside the target
            } else {
                continue
            }
            let paths = try String.fetchAll(db, sql: "SELECT path FROM articles WHERE root = ?", arguments: [root.stored])
            for stored in paths where contains(scope, stored) {
                try Store.delete(db, root: root.stored, path: stored)
                removed += 1
            }
        }
        if removed > 0 { try Link.markStale(db) }
        return removed
    }
}

extension KnowledgeBase {
    /// `newskb forget PATH`: removes every article stored under `path` (see `Roots.forget`),
    /// then links again. Returns how many were removed.
    public func forget(_ path: String) throws -> Int {
        let removed = try write { db in try Roots.forget(path, in: db) }
        if removed > 0 { try Link.relink(self) }
        return removed
    }
}
