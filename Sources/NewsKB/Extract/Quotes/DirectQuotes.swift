/// Words inside quotation marks attributed to a speaker before or after the marks; a quote that
/// runs over several paragraphs (each continuation paragraph opens with “) is one quote.
enum DirectQuotes {
    typealias Scalars = [Unicode.Scalar]

    private struct Pending {
        var paragraph: Int
        var position: Int
        var text: Scalars
        var before: (SpeakerReference, String)?
        var sieve = QuoteSieve.cueBeforeQuote
    }

    static func find(in paragraphs: [Scalars]) -> [RawQuote] {
        var quotes: [RawQuote] = []
        var pending: Pending?
        // A paragraph ending in `X表示：` introduces quotations in the next paragraph.
        var colonSpeaker: (SpeakerReference, String)?

        func emit(_ item: Pending, after: (SpeakerReference, String)?) {
            guard let (reference, cue) = item.before ?? after else { return }
            let text = item.text.string.trimmingSpaces
            guard !text.isEmpty else { return }
            quotes.append(RawQuote(paragraph: item.paragraph, position: item.position, reference: reference,
                                   mode: .direct, cue: cue, text: text,
                                   sieve: item.before == nil ? QuoteSieve.cueAfterQuote : item.sieve))
        }

        for (paragraph, text) in paragraphs.enumerated() {
            let spans = QuoteScanner.quotedSpans(text)
            let firstContent = text.firstIndex { $0 != " " } ?? text.count
            var previousClose = -1
            // Where the last quotation given a speaker in this paragraph closed.
            var attributedClose = -2
            // Where a quotation broken off by its speaker (“……，”周明远顿了顿，“……”) goes on.
            var resumesAt = -1
            for (number, span) in spans.enumerated() {
                let inner = Array(text[(span.open + 1)..<(span.close ?? text.count)])
                let continues = number == 0 && span.open == firstContent && pending != nil
                var item: Pending
                if continues, let carried = pending {
                    item = carried
                    item.text += inner
                    pending = nil
                } else {
                    if let carried = pending { emit(carried, after: nil); pending = nil }
                    item = Pending(paragraph: paragraph, position: span.open, text: inner,
                                   before: QuoteScanner.speakerBefore(open: span.open, in: text, floor: previousClose + 1))
                    if item.before == nil, span.open == firstContent, let colon = colonSpeaker {
                        item.before = colon
                        item.sieve = QuoteSieve.colonParagraph
                    }
                }
                guard let close = span.close else {
                    pending = item
                    break
                }
                let floor = previousClose + 1
                previousClose = close
                // 警示“58 同城”，……: a name the article uses again, in quotation marks right after
                // the verb, is what the verb is about, not words said.
                if !continues, item.before != nil, span.open > 0, !Marks.afterCue.contains(text[span.open - 1]),
                   inner.count <= 10, SpeakerParser.isQuotedName(inner[...]), (KnownNames.mentions?.count(inner[...]) ?? 0) >= 2,
                   close + 1 < text.count, text[close + 1] == "，" || text[close + 1] == "、" {
                    continue
                }
                // A term in quotation marks inside a clause (“互联互通”背景下) is not a quote: no
                // speaker after it is looked for.
                let opensClause = span.open == 0 || Marks.isClauseBoundary(text[span.open - 1]) || item.before != nil
                guard opensClause else { continue }
                var after = QuoteScanner.speakerAfter(close: close, in: text)
                // `「星河快送」产品负责人介绍`: a short name in quotation marks that the speaker's words
                // run on from (no mark between) is part of the subject, not a statement.
                if after != nil, close + 1 < text.count, !Marks.isClauseBoundary(text[close + 1]), text[close + 1] != " ",
                   item.text.count <= 10, !item.text.contains(where: { Marks.isClauseBoundary($0) || $0 == " " }),
                   SpeakerParser.looksLikeName(item.text) {
                    after = nil
                }
                // `“……，”周明远顿了顿，“……”`: words broken off by a comma, a clause with their speaker,
                // and the words resuming: both parts are that speaker's.
                var interrupted = false
                if item.before == nil, after == nil, let (subject, resumes) = QuoteScanner.interruptingSubject(close: close, in: text) {
                    item.before = (subject, "")
                    item.sieve = QuoteSieve.interrupted
                    resumesAt = resumes
                    interrupted = true
                } else if item.before == nil, after == nil, span.open == resumesAt, !quotes.isEmpty {
                    item.before = (.previousSpeaker(paragraph), quotes.last?.cue ?? "")
                    item.sieve = QuoteSieve.interrupted
                }
                // `“……”星辰家居董事长周明远笑着聊起……`: a statement opening its sentence, then a clause
                // that opens with a titled person and no cue.
                var subjectAfter: SpeakerReference?
                if item.before == nil, after == nil, item.text.count >= 4, span.open == firstContent || Marks.terminators.contains(text[span.open - 1]) {
                    subjectAfter = QuoteScanner.subjectAfter(close: close, in: text, short: item.text.count < 8)
                }
                // `。“……。”这一块蛋糕……`: words that are whole sentences of their own are a statement
                // even when the article's next sentence follows the closing mark directly.
                let wholeSentences = (span.open == firstContent || Marks.terminators.contains(text[span.open - 1]))
                    && item.text.count >= 8 && item.text.last.map { Marks.terminators.contains($0) } == true
                // `X说：“……。”他停顿了一下`: words introduced by their cue that end their own sentence
                // are a statement whatever follows the closing mark.
                let introducedSentence = item.before != nil && span.open > 0 && Marks.afterCue.contains(text[span.open - 1])
                    && item.text.last.map { Marks.terminators.contains($0) } == true
                guard subjectAfter != nil || interrupted || wholeSentences || introducedSentence || QuoteScanner.closesClause(close, in: text) else { continue }
                // A paragraph that is one quotation and names nobody continues the person quoted before.
                if item.before == nil, after == nil, span.open == firstContent, number == 0, spans.count == 1,
                   text[(close + 1)...].allSatisfy({ Marks.terminators.contains($0) || $0 == " " }),
                   item.text.count >= 10, item.text.contains(where: { Marks.terminators.contains($0) || $0 == "，" }) {
                    item.before = (.previousPerson, "")
                    item.sieve = QuoteSieve.continuation
                }
                // `负责人庞利彬算了一笔账，……。“……”`: a bare statement after a sentence with no cue takes
                // the person that sentence opens with.
                // After a colon, a short sentence of its own is a statement too (X对此并不乐观：“……。”).
                // So is one after a comma (他指了指货架，“……。”).
                let shortSentence = span.open > 0 && (text[span.open - 1] == "：" || text[span.open - 1] == ":" || text[span.open - 1] == "，")
                    && item.text.count >= 4 && item.text.last.map { Marks.terminators.contains($0) } == true
                if item.before == nil, after == nil, span.open > firstContent, item.text.count >= 8 || shortSentence,
                   !Marks.terminators.contains(text[span.open - 1]) || QuoteScanner.cueOfPreviousSentence(before: span.open, in: text) == nil,
                   let subject = QuoteScanner.sentenceSubject(before: span.open, in: text, floor: floor) {
                    item.before = (subject, "")
                    item.sieve = QuoteSieve.neighbourSentence
                }
                if item.before == nil, let subject = subjectAfter {
                    item.before = (subject, "")
                    item.sieve = QuoteSieve.neighbourSentence
                }
                // `他问：“……？”“……？”`: a quotation right after an attributed one goes on in the same voice.
                if item.before == nil, after == nil, span.open == floor, attributedClose == floor - 1, item.text.count >= 4 {
                    item.before = (.previousSpeaker(paragraph), quotes.last?.cue ?? "")
                    item.sieve = QuoteSieve.sameParagraph
                }
                // A quotation that is a whole sentence after a quoted sentence of the same paragraph
                // (联邦卡特尔局表示，……。“但是，……。”) carries on that speaker's words.
                if item.before == nil, after == nil, span.open > firstContent, Marks.terminators.contains(text[span.open - 1]),
                   Marks.terminators.contains(text[close - 1]) || (close + 1 < text.count && Marks.terminators.contains(text[close + 1])),
                   item.text.count >= 6 {
                    item.before = (.previousSpeaker(paragraph), QuoteScanner.cueOfPreviousSentence(before: span.open, in: text) ?? "")
                    item.sieve = QuoteSieve.sameParagraph
                }
                if item.before == nil, after == nil { continue }
                emit(item, after: item.before == nil ? after : nil)
                attributedClose = close
            }
            colonSpeaker = nil
            if let last = text.lastIndex(where: { $0 != " " }), text[last] == "：" || text[last] == ":",
               spans.last.map({ $0.close != nil }) ?? true {
                colonSpeaker = QuoteScanner.speakerBefore(open: last + 1, in: text, floor: 0)
            }
        }
        if let carried = pending { emit(carried, after: nil) }
        return quotes
    }
}
