/// Quantities with value, unit and qualifier (issue: figures). Placeholder until that work lands.
public enum FigureExtractor {
    public static func extract(_ article: Article, quotes: [Quote]) -> [Figure] { [] }
}
