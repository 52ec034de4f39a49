/// Quotes and their speakers (issue 3): direct quotes in quotation marks, indirect quotes
/// after a speech cue, speakers split into affiliation/title/name and linked within the article.
public enum QuoteExtractor {
    public static func extract(_ article: Article) -> [Quote] {
        let paragraphs = article.blocks.map { [Unicode.Scalar](scalarsOf: $0.text) }
        // The article's own names hold while speakers are linked too (兆易创新 defined by 下称).
        return KnownNames.$current.withValue(SpeakerLinker.shortForeignNames(in: paragraphs).union(SpeakerLinker.pseudonyms(in: paragraphs))) {
            KnownNames.$organizations.withValue(SpeakerLinker.organizationAliases(in: paragraphs)) {
              KnownNames.$mentions.withValue(MentionIndex(paragraphs, title: article.title)) {
              KnownNames.$title.withValue(Array(article.title.unicodeScalars)) {
                var raw = DirectQuotes.find(in: paragraphs)
                raw += IndirectQuotes.find(in: paragraphs)
                raw += IndirectQuotes.colonIntroduced(in: paragraphs)
                raw += IndirectQuotes.headlineQuotes(in: paragraphs)
                raw.sort { ($0.paragraph, $0.position) < ($1.paragraph, $1.position) }
                return SpeakerLinker.resolve(raw, paragraphs: paragraphs)
              }
              }
            }
        }
    }
}
