/// Quotes and their speakers (issue 3): direct quotes in quotation marks, indirect quotes
/// after a speech cue, speakers split into affiliation/title/name and linked within the article.
public enum QuoteExtractor {
    public static func extract(_ article: Article) -> [Quote] {
        let paragraphs = article.blocks.map(\.scalars)
        // The article's own names hold while speakers are linked too (兆易创新 defined by 下称).
        return KnownNames.$current.withValue(SpeakerLinker.shortForeignNames(in: paragraphs).union(SpeakerLinker.pseudonyms(in: paragraphs))) {
            KnownNames.$organizations.withValue(SpeakerLinker.organizationAliases(in: paragraphs)) {
              KnownNames.$title.withValue(Array(article.title.unicodeScalars)) {
              KnownNames.$mentions.withValue(MentionIndex(paragraphs, title: article.title)) {
                var raw = DirectQuotes.find(in: paragraphs)
                raw += IndirectQuotes.find(in: paragraphs)
                raw += IndirectQuotes.colonIntroduced(in: paragraphs)
                raw += IndirectQuotes.trailingCue(in: paragraphs)
                raw += IndirectQuotes.headlineQuotes(in: paragraphs)
                raw += InterviewQuotes.find(in: paragraphs, title: Array(article.title.unicodeScalars))
                raw.sort { ($0.paragraph, $0.position) < ($1.paragraph, $1.position) }
                let outlet = outletName(article.source)
                return SpeakerLinker.resolve(raw, paragraphs: paragraphs).filter { !isOutletsOwnObservation($0, outlet: outlet) }
              }
              }
            }
        }
    }

    /// `快科技注意到，……` in an article of 快科技: the outlet that wrote the article observing or
    /// learning something is the reporter, no source (cognition cues and 了解到/获悉/得知).
    /// `outlet` is the article's source without its glosses (`outletName`).
    static func isOutletsOwnObservation(_ quote: Quote, outlet: String) -> Bool {
        guard quote.speaker.kind == .organization, outlet.count >= 2, quote.speaker.name.filter({ $0 != " " }) == outlet else { return false }
        let cue = QuoteLexicons.speechVerbs.word(quote.cue)
        return cue?.fields.dropFirst(2).first == "cognition" || learningCues.contains(quote.cue)
    }

    private static let learningCues: Set<String> = ["了解到", "获悉", "得知"]

    /// `快科技（原驱动之家）` → 快科技; `IT 之家` → IT之家.
    private static func outletName(_ source: String) -> String {
        var name = ""
        var depth = 0
        for character in source {
            if character == "（" || character == "(" { depth += 1; continue }
            if character == "）" || character == ")" { depth = max(0, depth - 1); continue }
            if depth == 0, character != " " { name.append(character) }
        }
        return name
    }
}
