import Foundation

/// Names the rules and lexicons that made an article's stored rows, so that an upgraded
/// newskb re-extracts unchanged files instead of keeping stale results.
public enum ExtractionVersion {
    /// Bump when an extractor's code changes what it finds; lexicon edits are noticed by themselves.
    static let rules = "290"

    public static let current: String = {
        let directory = Lexicon.directory
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        var bytes: [UInt8] = []
        for name in names {
            bytes += Array(name.utf8)
            bytes += (try? Array(Data(contentsOf: directory.appendingPathComponent(name)))) ?? []
        }
        return "rules-\(rules) lexicons-\(ContentHash.of(bytes))"
    }()
}
