/// Topic keyword sets from `lexicon/topics.txt`.
public enum Topics {
    /// The keywords for `--topic VALUE`: a listed topic's set, else comma-separated words as given.
    public static func keywords(for topic: String) -> [String] {
        if let entry = Lexicon.bundled("topics").entries.first(where: { $0.key == topic }), let words = entry.fields.first {
            return words.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return topic.split(whereSeparator: { $0 == "," || $0 == "，" }).map(String.init).filter { !$0.isEmpty }
    }

    /// Every keyword of every listed topic (互联互通, 外链 …): words of a story, never names.
    static let allKeywords: Set<String> = Set(Lexicon.bundled("topics").entries.flatMap { [$0.key] + keywords(for: $0.key) })
}
