/// Interviews written as a dialogue: `记者：……？` then `周明远：……`, or `问：……？` then `答：……`.
/// A paragraph opening with a label and a colon is a turn; the article is a dialogue only when
/// a question turn is answered by the next one. An answer is its speaker's words: the person the
/// label names, or, for 答 / A, the source the article says it interviews (专访X, 对话X,
/// X接受……专访, X就……答记者问). The quote is the answer's first sentence, as for any
/// statement after a colon.
enum InterviewQuotes {
    typealias Scalars = [Unicode.Scalar]

    private struct Turn {
        var paragraph: Int
        var label: ArraySlice<Unicode.Scalar>
        var words: ArraySlice<Unicode.Scalar>
        var asks: Bool
    }

    static func find(in paragraphs: [Scalars], title: Scalars) -> [RawQuote] {
        let turns = paragraphs.enumerated().compactMap { turn(in: $0.element, paragraph: $0.offset) }
        let answered = zip(turns, turns.dropFirst()).contains { $0.asks && !$1.asks && $1.paragraph == $0.paragraph + 1 }
        guard answered, let firstQuestion = turns.first(where: \.asks) else { return [] }
        let interviewee = self.interviewee(in: [title] + paragraphs[..<firstQuestion.paragraph])
        var quotes: [RawQuote] = []
        for turn in turns where !turn.asks {
            let speaker: SpeakerReference?
            if answerLabels.contains(where: { turn.label.elementsEqual($0) }) {
                speaker = interviewee
            } else if case .speakers(let found)? = SpeakerParser.parse(turn.label), found.count == 1, found[0].kind == .person,
                      SpeakerParser.hasNameForm(found[0].name) {
                speaker = .speakers(found)
            } else {
                speaker = nil
            }
            let words = Array(turn.words)
            guard let speaker, let first = Sentences.ranges(words, semicolon: false).first else { continue }
            let text = words[first].string.trimmingSpaces
            guard text.count >= 4 else { continue }
            quotes.append(RawQuote(paragraph: turn.paragraph, position: turn.words.startIndex, reference: speaker,
                                   mode: .indirect, cue: "", text: text, sieve: QuoteSieve.interviewTurn))
        }
        return quotes
    }

    /// `周明远：……` / `问：……？`: a label of at most 12 scalars without marks, a colon, then words.
    private static func turn(in text: Scalars, paragraph: Int) -> Turn? {
        guard let start = text.firstIndex(where: { $0 != " " && $0 != "\u{3000}" }),
              let colon = text[start...].prefix(13).firstIndex(where: { $0 == "：" || $0 == ":" }), colon > start,
              !text[start..<colon].contains(where: { Marks.isClauseBoundary($0) || $0 == "《" }) else { return nil }
        var wordsStart = colon + 1
        while wordsStart < text.count, text[wordsStart] == " " { wordsStart += 1 }
        guard text.count - wordsStart >= 4 else { return nil }
        let label = text[start..<colon]
        let words = text[wordsStart...]
        var end = words.endIndex
        while end > words.startIndex, text[end - 1] == " " { end -= 1 }
        let endsInQuestion = end > words.startIndex && (text[end - 1] == "？" || text[end - 1] == "?")
        let asks = questionLabels.contains(where: { label.elementsEqual($0) })
            || (endsInQuestion && !answerLabels.contains(where: { label.elementsEqual($0) }))
        return Turn(paragraph: paragraph, label: label, words: words, asks: asks)
    }

    /// Who the article interviews, from its title and the paragraphs before the first question.
    private static func interviewee(in texts: ArraySlice<Scalars>) -> SpeakerReference? {
        for text in texts {
            for frame in frames {
                guard let at = text.firstIndex(of: frame.word) else { continue }
                if !frame.needs.isEmpty {
                    var end = at + frame.word.count
                    while end < text.count, !Marks.clauseBreaks.contains(text[end]) { end += 1 }
                    let clause = Array(text[at..<end])
                    guard frame.needs.contains(where: { clause.firstIndex(of: $0) != nil }) else { continue }
                }
                let span: ArraySlice<Unicode.Scalar>
                if frame.nameAfter {
                    var start = at + frame.word.count
                    if start < text.count, text[start] == "了" { start += 1 }
                    var end = start
                    while end < text.count, !Marks.isClauseBoundary(text[end]), text[end] != " ", text[end] != "《" { end += 1 }
                    span = text[start..<end]
                } else {
                    // The subject of the clause before 接受 / 就: from the clause start.
                    var start = at
                    while start > 0, !Marks.isClauseBoundary(text[start - 1]), text[start - 1] != " " { start -= 1 }
                    span = text[start..<at]
                }
                if span.count >= 2, case .speakers(let found)? = SpeakerParser.parse(span), found.count == 1 { return .speakers(found) }
            }
        }
        return nil
    }

    /// 专访X / 对话X name the interviewee after the word; X接受……采访 / X就……答记者问 before it
    /// (the clause must go on to the word that makes it an interview).
    private static let frames: [(word: Scalars, nameAfter: Bool, needs: [Scalars])] = [
        ("专访", true, []), ("对话", true, []), ("接受", false, ["采访", "专访"]),
        ("就", false, ["答记者问", "回答记者提问", "答问"]), ("答记者问", false, []),
    ].map { (Array($0.0.unicodeScalars), $0.1, $0.2.map { Array($0.unicodeScalars) }) }
    private static let questionLabels: [Scalars] = ["问", "Q", "记者", "主持人"].map { Array($0.unicodeScalars) }
    private static let answerLabels: [Scalars] = ["答", "A"].map { Array($0.unicodeScalars) }
}
