/// A quote found in one article before pronouns are resolved and speakers linked.
struct RawQuote {
    var paragraph: Int
    var position: Int
    var reference: SpeakerReference
    var mode: Quote.Mode
    var cue: String
    var text: String
}

/// Punctuation classes used while scanning, on Unicode scalars.
enum Marks {
    static let openers: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "「": "」", "『": "』", "‘": "’", "﹃": "﹄"]
    static let closers: Set<Unicode.Scalar> = ["”", "」", "』", "’", "﹄"]
    static let terminators: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?"]
    /// Ends the clause a speaker is looked for in.
    static let clauseBreaks: Set<Unicode.Scalar> = ["，", ",", "。", "！", "？", "!", "?", "；", ";", "：", ":", "\n"]
    static let afterCue: Set<Unicode.Scalar> = ["，", ",", "：", ":", " "]
    /// Particles after a verb that make it something other than a speech cue (认为的, 称为, 表示了).
    static let notSpeech: Set<Unicode.Scalar> = ["了", "的", "过", "着", "为", "之", "作", "得", "是"]

    static func isClauseBoundary(_ scalar: Unicode.Scalar) -> Bool {
        clauseBreaks.contains(scalar) || closers.contains(scalar) || openers[scalar] != nil || scalar == "\""
    }
}

/// One top-level quotation in a paragraph: scalar offsets of its marks (close nil when the
/// paragraph ends inside it).
struct QuotedSpan {
    var open: Int
    var close: Int?
}

enum QuoteScanner {
    typealias Scalars = [Unicode.Scalar]

    static func quotedSpans(_ text: Scalars) -> [QuotedSpan] {
        var spans: [QuotedSpan] = []
        var stack: [Unicode.Scalar] = []
        var asciiOpen: Int?
        for (index, scalar) in text.enumerated() {
            if scalar == "\"" {
                if stack.isEmpty {
                    if let open = asciiOpen {
                        spans.append(QuotedSpan(open: open, close: index))
                        asciiOpen = nil
                    } else {
                        asciiOpen = index
                    }
                }
            } else if asciiOpen == nil, let closer = Marks.openers[scalar] {
                // ‘’ are also used as apostrophes; they only nest inside a quotation.
                if stack.isEmpty { spans.append(QuotedSpan(open: index, close: nil)) }
                stack.append(closer)
            } else if asciiOpen == nil, let expected = stack.last, scalar == expected {
                stack.removeLast()
                if stack.isEmpty { spans[spans.count - 1].close = index }
            }
        }
        if let open = asciiOpen { spans.append(QuotedSpan(open: open, close: nil)) }
        return spans
    }

    /// The cue ending exactly at `end` whose clause names a speaker: `杨益锐表示` before `：“`.
    static func speakerEnding(at end: Int, in text: Scalars, clauseFloor: Int) -> (SpeakerReference, String, Int)? {
        var start = end
        while start > clauseFloor, !Marks.isClauseBoundary(text[start - 1]) { start -= 1 }
        guard let verb = QuoteLexicons.speechVerbs.longest(endingAt: end, in: text, from: start),
              !QuoteLexicons.insideNonSpeech(end - verb.length, in: text) else { return nil }
        return speaker(for: verb, clause: start, cueStart: end - verb.length, in: text).map { ($0, verb.key, start) }
    }

    /// The subject of a cue: the words from the clause start up to the verb.
    static func speaker(for verb: WordTable.Word, clause start: Int, cueStart: Int, in text: Scalars) -> SpeakerReference? {
        guard cueStart > start else { return nil }
        var span = text[start..<cueStart]
        if let lead = verb.fields.dropFirst().first, !lead.isEmpty {
            let leadScalars = Array(lead.unicodeScalars)
            guard span.starts(with: leadScalars) else { return nil }
            span = span.dropFirst(leadScalars.count)
        }
        if mentionsReporter(text[start..<(cueStart + verb.length)]) { return nil }
        return SpeakerParser.parse(span)
    }

    static func mentionsReporter(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let array = Array(text)
        for index in array.indices where QuoteLexicons.reporterPhrases.longest(at: index, in: array) != nil {
            return true
        }
        return false
    }

    /// The speaker named right after a closing mark: `”众诚智库分析师杨益锐说。`.
    static func speakerAfter(close: Int, in text: Scalars) -> (SpeakerReference, String)? {
        var start = close + 1
        while start < text.count, text[start] == " " || text[start] == "，" || text[start] == "," { start += 1 }
        var end = start
        while end < text.count, !Marks.isClauseBoundary(text[end]) { end += 1 }
        var index = start + 1
        while index < end {
            if let verb = QuoteLexicons.speechVerbs.longest(at: index, in: text),
               !QuoteLexicons.insideNonSpeech(index, in: text),
               opensStatement(verb, at: index, in: text, end: text.count),
               let reference = speaker(for: verb, clause: start, cueStart: index, in: text) {
                return (reference, verb.key)
            }
            index += 1
        }
        return nil
    }

    /// Whether what follows a verb lets it be a speech cue: punct verbs need a comma, colon or
    /// quotation mark (分析， but not 分析师); free verbs take anything but a particle (认为这是, not 认为的).
    static func opensStatement(_ verb: WordTable.Word, at index: Int, in text: Scalars, end: Int) -> Bool {
        let after = index + verb.length
        guard after < end else { return true }
        let next = text[after]
        if Marks.afterCue.contains(next) || Marks.openers[next] != nil || next == "\"" || Marks.terminators.contains(next) {
            return true
        }
        return verb.fields.first == "free" && !Marks.notSpeech.contains(next) && !Marks.clauseBreaks.contains(next)
    }

    /// The speaker named right before an opening mark: `杨益锐表示：“`, `他称“`.
    static func speakerBefore(open: Int, in text: Scalars, floor: Int) -> (SpeakerReference, String)? {
        var end = open
        while end > floor, text[end - 1] == " " { end -= 1 }
        if end > floor, text[end - 1] == "：" || text[end - 1] == ":" || text[end - 1] == "，" || text[end - 1] == "," {
            end -= 1
        }
        guard end > floor else { return nil }
        return speakerEnding(at: end, in: text, clauseFloor: floor).map { ($0.0, $0.1) }
    }

    /// The speech verb of the sentence before `position`, when that sentence has one.
    static func cueOfPreviousSentence(before position: Int, in text: Scalars) -> String? {
        var start = position - 1
        while start > 0, !Marks.terminators.contains(text[start - 1]) { start -= 1 }
        var index = start
        while index < position {
            if let verb = QuoteLexicons.speechVerbs.longest(at: index, in: text), !QuoteLexicons.insideNonSpeech(index, in: text) {
                return verb.key
            }
            index += 1
        }
        return nil
    }

    /// Whether the words of a quotation are a statement rather than a scare-quoted term:
    /// nothing but punctuation may follow it in its clause.
    static func closesClause(_ close: Int, in text: Scalars) -> Bool {
        let next = close + 1
        guard next < text.count else { return true }
        return Marks.clauseBreaks.contains(text[next]) || Marks.openers[text[next]] != nil
            || QuoteLexicons.speechVerbs.longest(at: next, in: text) != nil
            || speakerAfter(close: close, in: text) != nil
    }
}
