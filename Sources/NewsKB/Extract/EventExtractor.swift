/// Dated events (issue: policy timeline). Placeholder until that work lands.
public enum EventExtractor {
    public static func extract(_ article: Article) -> [Event] { [] }
}
