/// Topic keyword sets from `lexicon/topics.txt`.
public enum Topics {
    /// The keywords for `--topic VALUE`: a listed topic's set, else comma-separated words as given.
    public static func keywords(for topic: String) -> [String] {
        if let entry = Lexicon.bundled("topics").entries.first(where: { $0.key == topic }), let words = entry.fields.first {
            return words.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return topic.split(whereSeparator: { $0 == "," || $0 == "，" }).map(String.init).filter { !$0.isEmpty }
    }
}
