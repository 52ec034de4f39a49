/// Quotes and their speakers (issue: quoted experts). Placeholder until that work lands.
public enum QuoteExtractor {
    public static func extract(_ article: Article) -> [Quote] { [] }
}
