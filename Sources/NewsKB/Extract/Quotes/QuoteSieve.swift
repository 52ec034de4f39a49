/// The attribution sieves, most precise first (after CoreNLP's QuoteAttribution, Muzny et al.
/// 2017). Stage one finds quotations and the cue frames around them (`QuoteScanner`,
/// `DirectQuotes`, `IndirectQuotes`); each sieve below names the evidence that tied a quotation
/// to a speaker mention, and a quotation takes the first sieve that fires. Stage three,
/// `SpeakerLinker`, resolves the mention to an entity of the article and appends how
/// (`+pronoun`, `+description` for 这位教授/该店主 by role noun, `+document`, `+organization`, `+continuation`).
enum QuoteSieve {
    /// `周明远表示：“……”`: a cue right before the opening mark.
    static let cueBeforeQuote = "cue-before-quote"
    /// `“……”周明远说。`: a cue right after the closing mark.
    static let cueAfterQuote = "cue-after-quote"
    /// `周明远表示：` closing a paragraph introduces the quotation opening the next one.
    static let colonParagraph = "colon-paragraph"
    /// `X表示，……`: the subject of a speech cue and the rest of its sentence.
    static let cueIndirect = "cue-indirect"
    /// `据X，……`: a named source without a verb.
    static let sourceFrame = "source-frame"
    /// `公司将继续在中国投资，星辰科技首席执行官约翰·史密斯表示。`: a speaker and a cue closing the
    /// sentence after a comma say the words before them (the order of translated news).
    static let trailingCue = "trailing-cue"
    /// `X起诉了Y，称……`: a cue without a subject speaks for the clause before it.
    static let carriedSubject = "carried-subject"
    /// `“联邦卡特尔局”今日宣布`: an organization's name in quotation marks before the cue.
    static let quotedName = "quoted-name"
    /// `X表示，……，“……”`: a quoted clause inside a reported statement.
    static let embedded = "embedded-quote"
    /// `星海市商务局局长周明远：` alone in a paragraph introduces the next one.
    static let colonHeading = "colon-heading"
    /// `周明远：开放是大势所趋` as a heading.
    static let headline = "headline"
    /// `“……”一位投资人告诉记者，“……”` / `负责人周明远算了一笔账，……。“……”` / `他问：“……”`: a bare
    /// quotation takes the person opening the clause nearest before it (a titled name, a name
    /// the article repeats, 他/她, or that clause's own cue), or, opening its sentence, the titled
    /// person opening the clause right after it.
    static let neighbourSentence = "neighbour-sentence"
    /// `“……，”周明远顿了顿，“……”`: a person in the clause that breaks a quotation off at a comma
    /// speaks both of its parts.
    static let interrupted = "interrupted-quote"
    /// A paragraph that is one quotation continues the speaker quoted last (conversation).
    static let continuation = "conversation-continuation"
    /// A bare quotation after a quoted sentence of the same paragraph keeps that speaker.
    static let sameParagraph = "same-paragraph-speaker"
    /// `记者：……？` `周明远：……` / `问：……？` `答：……`: an answer turn of an interview is the
    /// interviewee's (`InterviewQuotes`).
    static let interviewTurn = "interview-turn"

    /// Every sieve in the order it is tried.
    static let ordered = [cueBeforeQuote, cueAfterQuote, colonParagraph, cueIndirect, trailingCue, sourceFrame, carriedSubject,
                          quotedName, embedded, colonHeading, headline, interrupted, neighbourSentence, sameParagraph, continuation, interviewTurn]
}
