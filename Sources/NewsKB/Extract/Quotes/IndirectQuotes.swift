/// Reported speech: `SPEAKER表示，……`, `据SPEAKER介绍，……`, `在SPEAKER看来，……`, `SPEAKER认为……`.
/// The text runs from after the cue to the end of its sentence, or to where the next cue's
/// clause starts.
enum IndirectQuotes {
    typealias Scalars = [Unicode.Scalar]

    private struct Hit {
        var clauseStart: Int
        var textStart: Int
        var reference: SpeakerReference
        var cue: String
        var viaSource: Bool
        var sieve = QuoteSieve.cueIndirect
    }

    static func find(in paragraphs: [Scalars]) -> [RawQuote] {
        var quotes: [RawQuote] = []
        for (paragraph, text) in paragraphs.enumerated() {
            for piece in Sentences.ranges(text, semicolon: false) {
                let hits = cues(in: text, from: piece.lowerBound, to: piece.upperBound)
                for (number, hit) in hits.enumerated() {
                    var end = number + 1 < hits.count ? hits[number + 1].clauseStart : piece.upperBound
                    while end > hit.textStart, Marks.clauseBreaks.contains(text[end - 1]) && !Marks.terminators.contains(text[end - 1]) || text[end - 1] == " " {
                        end -= 1
                    }
                    var body = hit.textStart < end ? Array(text[hit.textStart..<end]) : []
                    // 据X，Y表示，…… / X告诉记者，按照《办法》规定，……: a source whose words are another
                    // cue's gives the same words as the source it cites.
                    if body.isEmpty, number + 1 < hits.count {
                        let next = hits[number + 1]
                        let nextEnd = number + 2 < hits.count ? hits[number + 2].clauseStart : piece.upperBound
                        if next.textStart < nextEnd { body = Array(text[next.textStart..<nextEnd]) }
                    }
                    // 据新华社消息，近日，X联合发布公告，…… / 据星海日报报道，昨晚，X称……: a time word alone
                    // before the next cue is no statement; the source's words run on through that cue's clause.
                    if !body.isEmpty, hit.viaSource || text[hit.clauseStart] == "据", number + 1 < hits.count, SpeakerParser.isTimeClause(body[...]) {
                        var nextEnd = number + 2 < hits.count ? hits[number + 2].clauseStart : piece.upperBound
                        while nextEnd > hit.textStart, Marks.clauseBreaks.contains(text[nextEnd - 1]) && !Marks.terminators.contains(text[nextEnd - 1]) {
                            nextEnd -= 1
                        }
                        body = Array(text[hit.textStart..<nextEnd])
                    }
                    // A cue ending its paragraph with a colon introduces the next paragraph's first sentence.
                    if body.isEmpty, hit.textStart >= text.count, paragraph + 1 < paragraphs.count {
                        let next = paragraphs[paragraph + 1]
                        if let first = Sentences.ranges(next, semicolon: false).first,
                           Marks.closer(of: next.first ?? " ") == nil {
                            body = Array(next[first])
                        }
                    }
                    // ……的能力，“……非常关键。”在宣布……: a quotation whose words end a sentence ends the
                    // statement there; what follows is the article's next sentence.
                    if let span = QuoteScanner.quotedSpans(body).first(where: { span in
                        span.close.map { $0 > span.open + 1 && $0 + 1 < body.count && Marks.terminators.contains(body[$0 - 1]) } ?? false
                    }), let close = span.close {
                        body = Array(body[...close])
                        // 文件说："……。"错误信息……: the statement is that quotation alone.
                        if span.open == 0 {
                            quotes.append(RawQuote(paragraph: paragraph, position: hit.clauseStart, reference: hit.reference,
                                                   mode: .direct, cue: hit.cue, text: body[1..<close].string.trimmingSpaces, sieve: hit.sieve))
                            continue
                        }
                    }
                    // 官方称，……，“……”。: a quotation closing the sentence after a comma is the
                    // speaker's own words; the indirect part stops before it.
                    if let (before, quoted) = splitClosingQuotation(body) {
                        quotes.append(RawQuote(paragraph: paragraph, position: hit.clauseStart + 1, reference: hit.reference,
                                               mode: .direct, cue: hit.cue, text: quoted.string, sieve: hit.sieve))
                        body = before
                    }
                    // 周明远说完，……: 完/罢 after the verb close the saying; no words follow it.
                    if hit.textStart > 0, hit.textStart < text.count, text[hit.textStart] == "完" || text[hit.textStart] == "罢",
                       !Marks.isClauseBoundary(text[hit.textStart - 1]), text[hit.textStart - 1] != " " { continue }
                    // 发布声明，称将……: a verb of saying opening the words is the cue of what follows it.
                    var cue = hit.cue
                    if let lead = QuoteLexicons.speechVerbs.longest(at: 0, in: body), restatingVerbs.contains(lead.key),
                       lead.length + 1 < body.count, !Marks.isClauseBoundary(body[lead.length]), !QuoteLexicons.insideNonSpeech(0, in: body) {
                        cue = lead.key
                        body.removeFirst(lead.length)
                    }
                    guard isStatement(body) else { continue }
                    // ……，但“在Facebook的情况显然更糟”，因为……: the speaker's own words quoted inside
                    // the reported statement are also a direct quote.
                    for quoted in embeddedQuotations(body) {
                        quotes.append(RawQuote(paragraph: paragraph, position: hit.clauseStart + 1, reference: hit.reference,
                                               mode: .direct, cue: cue, text: quoted.string, sieve: QuoteSieve.embedded))
                    }
                    SpeakerParser.trimSpaces(&body) // what `body.string.trimmingSpaces` gives, one String fewer
                    quotes.append(RawQuote(paragraph: paragraph, position: hit.clauseStart, reference: hit.reference,
                                           mode: .indirect, cue: cue, text: body.string, sieve: hit.sieve))
                }
            }
        }
        return quotes
    }

    /// `公司将继续在中国投资，星辰科技首席执行官约翰·史密斯表示。` / `……，他说。`: a sentence whose
    /// last clause is a speaker and a speech cue, with no cue of its own before that clause, and
    /// no quotation marks (those are `DirectQuotes`'): the words before the clause are the statement.
    static func trailingCue(in paragraphs: [Scalars]) -> [RawQuote] {
        var quotes: [RawQuote] = []
        for (paragraph, text) in paragraphs.enumerated() {
            for piece in Sentences.ranges(text, semicolon: false) {
                var end = piece.upperBound
                while end > piece.lowerBound, text[end - 1] == " " { end -= 1 }
                guard end > piece.lowerBound, Marks.terminators.contains(text[end - 1]), text[end - 1] != "？" else { continue }
                let close = end - 1
                guard let comma = text[piece.lowerBound..<close].lastIndex(where: { $0 == "，" || $0 == "," }),
                      comma - piece.lowerBound >= 6, close - comma - 1 >= 2, close - comma - 1 <= 30 else { continue }
                // The cue closes the sentence, its speaker stands right before it.
                // (驳回了X对Y的指控: a clause with 了 or 的 before the cue is narrative, the cue a noun.)
                // The sentence's own cues are looked for last: they cost a scan of the sentence.
                guard let ending = QuoteLexicons.speechVerbs.longest(endingAt: close, in: text), close - ending.length >= comma + 2,
                      let cueStart = ((comma + 2)...(close - ending.length)).first(where: { index in
                    QuoteLexicons.speechCue(at: index, in: text).map { index + $0.length == close } ?? false }),
                      !text[(comma + 1)..<cueStart].contains(where: { $0 == "了" || $0 == "的" }),
                      let verb = QuoteLexicons.speechCue(at: cueStart, in: text), verb.fields.dropFirst(2).first == "speech",
                      !text[piece.lowerBound..<close].contains(where: { Marks.closer(of: $0) != nil || $0 == "\"" }),
                      let reference = QuoteScanner.speaker(for: verb, clause: comma + 1, cueStart: cueStart, in: text),
                      namesOneWhoSpeaks(reference), cues(in: text, from: piece.lowerBound, to: piece.upperBound).isEmpty else { continue }
                var start = piece.lowerBound
                while start < comma, text[start] == " " { start += 1 }
                // 据悉，…… / 记者了解到: the reporter's words, no one's statement.
                guard !QuoteScanner.mentionsReporter(text[start..<close]), text[start] != "据" else { continue }
                quotes.append(RawQuote(paragraph: paragraph, position: comma + 1, reference: reference, mode: .indirect, cue: verb.key,
                                       text: (text[start..<comma].string + String(text[close])).trimmingSpaces, sieve: QuoteSieve.trailingCue))
            }
        }
        return quotes
    }

    /// A person, an organization, 他/她, or an unnamed kind written as one word (业内人士): who may
    /// close a sentence as its speaker.
    private static func namesOneWhoSpeaks(_ reference: SpeakerReference) -> Bool {
        switch reference {
        case .previousPerson: return true
        case .speakers(let found):
            return !found.isEmpty && found.allSatisfy { $0.kind != .anonymous || $0.affiliation.isEmpty && QuoteLexicons.anonymous.word($0.name) != nil }
        default: return false
        }
    }

    /// Who a colon heading may introduce: a titled person, or an unnamed member of a named
    /// organization (星辰科技董秘：, answering investors on a listed company's platform).
    private static func introducesByColon(_ speaker: Speaker) -> Bool {
        speaker.kind == .person ? !(speaker.title.isEmpty && speaker.affiliation.isEmpty) : speaker.kind == .anonymous && !speaker.affiliation.isEmpty
    }

    /// `星海市发展改革委副主任周明远：` alone in its paragraph introduces the next paragraph; its
    /// first sentence is the quote (no cue word).
    static func colonIntroduced(in paragraphs: [Scalars]) -> [RawQuote] {
        var quotes: [RawQuote] = []
        for (paragraph, text) in paragraphs.enumerated() {
            // `星海大学教授周明远：开放是唯一的出路。`: a titled person and a colon opening the
            // paragraph introduce the words after it in the same paragraph.
            if let colon = text.prefix(40).firstIndex(where: { $0 == "：" || $0 == ":" }), colon > 2, colon + 3 < text.count,
               Marks.closer(of: text[colon + 1]) == nil, !text[..<colon].contains(where: { Marks.clauseBreaks.contains($0) }),
               case .speakers(let speakers)? = SpeakerParser.parse(text[..<colon]),
               speakers.allSatisfy(introducesByColon),
               let first = Sentences.ranges(text, semicolon: false).first(where: { $0.upperBound > colon + 1 }) {
                quotes.append(RawQuote(paragraph: paragraph, position: 0, reference: .speakers(speakers),
                                       mode: .indirect, cue: "", text: text[(colon + 1)..<first.upperBound].string.trimmingSpaces, sieve: QuoteSieve.colonHeading))
                continue
            }
            guard paragraph + 1 < paragraphs.count else { continue }
            guard let last = text.lastIndex(where: { $0 != " " && $0 != "\u{3000}" }), text[last] == "：" || text[last] == ":",
                  !text[..<last].contains(where: { Marks.clauseBreaks.contains($0) }),
                  case .speakers(let speakers)? = SpeakerParser.parse(text[..<last]),
                  speakers.allSatisfy(introducesByColon) else { continue }
            let next = paragraphs[paragraph + 1]
            guard Marks.closer(of: next.first(where: { $0 != " " && $0 != "\u{3000}" }) ?? " ") == nil,
                  let first = Sentences.ranges(next, semicolon: false).first else { continue }
            quotes.append(RawQuote(paragraph: paragraph + 1, position: 0, reference: .speakers(speakers),
                                   mode: .indirect, cue: "", text: next[first].string, sieve: QuoteSieve.colonHeading))
        }
        return quotes
    }

    /// Verbs of saying that may open the words after another cue (发布声明，称……; 回应，表示……).
    private static let restatingVerbs: Set<String> = ["称", "表示", "指出", "强调", "声称"]

    private static let embeddingLeads: ScalarSet = ["，", ",", "但", "而"]

    /// Whole clauses in quotation marks inside an indirect statement (not quoted terms).
    private static func embeddedQuotations(_ body: Scalars) -> [Scalars] {
        var found: [Scalars] = []
        for span in QuoteScanner.quotedSpans(body) {
            guard let close = span.close, span.open > 0, close - span.open > 8, embeddingLeads.contains(body[span.open - 1]),
                  close + 1 == body.count || Marks.clauseBreaks.contains(body[close + 1]) else { continue }
            let inner = Array(body[(span.open + 1)..<close])
            guard !inner.contains("《") else { continue }
            found.append(inner)
        }
        return found
    }

    private static func splitClosingQuotation(_ body: Scalars) -> (Scalars, Scalars)? {
        guard let span = QuoteScanner.quotedSpans(body).last, let close = span.close, span.open > 0,
              body[span.open - 1] == "，" || body[span.open - 1] == ",",
              body[(close + 1)...].allSatisfy({ Marks.terminators.contains($0) || $0 == " " }) else { return nil }
        let quoted = Array(body[(span.open + 1)..<close])
        var before = Array(body[..<(span.open - 1)])
        while let last = before.last, last == " " { before.removeLast() }
        guard quoted.count >= 2 else { return nil }
        return (before, quoted)
    }

    /// `周明远：开放是大势所趋……` as a heading: a named speaker, a colon, and the words, with no
    /// sentence end in the block. 要闻精选：1、……。2、星海市市长周明远：推进公平竞争。3、……: in a
    /// numbered round-up of headlines, an item of a person's or a body's name, a colon and one
    /// sentence is theirs.
    static func headlineQuotes(in paragraphs: [Scalars]) -> [RawQuote] {
        var quotes: [RawQuote] = []
        for (paragraph, text) in paragraphs.enumerated() {
            if let quote = headline(text[...], persons: true, in: paragraph) { quotes.append(quote) }
            let items = numberedItems(text)
            guard items.count >= 2 else { continue }
            for item in items {
                var words = text[item]
                // 2、……；3、……: the semicolon separates the items; one sentence end may close one.
                if let last = words.last, last == "；" || last == ";" || Marks.terminators.contains(last) { words = words.dropLast() }
                if var quote = headline(words, persons: false, in: paragraph) {
                    if item.upperBound > words.endIndex, Marks.terminators.contains(text[words.endIndex]) { quote.text += String(text[words.endIndex]) }
                    quotes.append(quote)
                }
            }
        }
        return quotes
    }

    /// `Name：words` of at most 60 scalars without a sentence end: the words of the person (or,
    /// unless `persons`, the body) named before the colon; never a place (郑州：2022年数字经济达
    /// 5000亿元 heads a section on a city).
    private static func headline(_ text: ArraySlice<Unicode.Scalar>, persons: Bool, in paragraph: Int) -> RawQuote? {
        guard text.count <= 60, let colon = text.firstIndex(where: { $0 == "：" }), colon > text.startIndex, colon + 2 < text.endIndex,
              !text.contains(where: { Marks.terminators.contains($0) }),
              !text[..<colon].contains(where: { Marks.clauseBreaks.contains($0) }),
              case .speakers(let speakers)? = SpeakerParser.parse(text[..<colon]),
              speakers.allSatisfy({ (persons ? $0.kind == .person : $0.kind != .anonymous) && QuoteLexicons.places.word($0.name) == nil })
        else { return nil }
        return RawQuote(paragraph: paragraph, position: colon, reference: .speakers(speakers),
                        mode: .indirect, cue: "", text: text[(colon + 1)...].string.trimmingSpaces, sieve: QuoteSieve.headline)
    }

    private static let itemOpeners: ScalarSet = ["：", "；", ";", " "]

    /// The items of `1、……。2、……。` in a paragraph: after each number and its 、, up to the next
    /// number that opens an item (after a sentence end, a semicolon or the colon before the list) or the end.
    private static func numberedItems(_ text: Scalars) -> [Range<Int>] {
        var starts: [Int] = []
        var index = 0
        while index < text.count {
            // Most scalars are no digit; only a digit may open an item.
            guard text[index] >= "0" && text[index] <= "9" else { index += 1; continue }
            let opensItem = index == 0 || Marks.terminators.contains(text[index - 1]) || itemOpeners.contains(text[index - 1])
            var end = index
            while end < text.count, text[end] >= "0" && text[end] <= "9" { end += 1 }
            if opensItem, end > index, end - index <= 2, end < text.count, text[end] == "、",
               Int(text[index..<end].string) == starts.count + 1 {
                starts.append(end + 1)
                index = end + 1
                continue
            }
            index += 1
        }
        return starts.enumerated().map { number, start in
            let next = number + 1 < starts.count ? starts[number + 1] - String(number + 2).unicodeScalars.count - 1 : text.count
            return start..<max(start, next)
        }
    }

    /// A comma or a colon: what may follow a gloss after a cue, or the person a cue addresses.
    static let glossClosers: ScalarSet = ["，", ",", "：", ":"]
    static let colons: ScalarSet = ["：", ":"]

    /// Something was said: not empty, not only punctuation, and not one quotation (that is a direct quote).
    /// Two scalars say nothing: `对此表示认同。` names an attitude, not words.
    private static func isStatement(_ body: Scalars) -> Bool {
        let content = body.filter { !Marks.terminators.contains($0) && $0 != " " && !Marks.clauseBreaks.contains($0) }
        guard content.count >= 3 else { return false }
        if let first = body.first, Marks.closer(of: first) != nil || first == "\"" {
            let spans = QuoteScanner.quotedSpans(body)
            if let span = spans.first, let close = span.close {
                let rest = body[(close + 1)...].filter { !Marks.terminators.contains($0) && $0 != " " && !Marks.clauseBreaks.contains($0) }
                if rest.isEmpty { return false }
            } else if spans.first?.close == nil {
                return false
            }
        }
        return true
    }

    private static func cues(in text: Scalars, from start: Int, to end: Int) -> [Hit] {
        var hits: [Hit] = []
        var depth = 0
        var asciiOpen = false
        var clauseStart = start
        var clauseHasCue = false
        var parentheses = 0
        var titles = 0
        var quoteOpen: Int?
        // The last quotation closed right before the clause: a name in quotation marks
        // (德国反垄断机构“联邦卡特尔局”（FCO）今日宣布) is the speaker when nothing else is.
        var lastQuoted: Range<Int>?
        // Read once: every scalar asks.
        let closers = Marks.closers, clauseBreaks = Marks.clauseBreaks
        var index = start
        while index < end {
            let scalar = text[index]
            // (下称：小米私募) and other asides never hold a cue or end a clause.
            // 《斗罗龙王传说》: a title in book-title marks holds no cue (传说 is no 说).
            if scalar == "《" { titles += 1; index += 1; continue }
            if scalar == "》" { titles = max(0, titles - 1); index += 1; continue }
            if titles > 0 { index += 1; continue }
            if scalar == "（" || scalar == "(" { parentheses += 1; index += 1; continue }
            if scalar == "）" || scalar == ")" { parentheses = max(0, parentheses - 1); index += 1; continue }
            if parentheses > 0 { index += 1; continue }
            if scalar == "\"" {
                asciiOpen.toggle()
                if !asciiOpen { clauseStart = index + 1 }
                index += 1
                continue
            }
            if Marks.closer(of: scalar) != nil {
                if depth == 0 { quoteOpen = index }
                depth += 1
                index += 1
                continue
            }
            if closers.contains(scalar), depth > 0 {
                depth -= 1
                if depth == 0 {
                    lastQuoted = quoteOpen.map { ($0 + 1)..<index }
                    // 星海市网信办微信公众号“网信星海”发文称: an account's name after its outlet word
                    // belongs to the speaker span.
                    // 网友“星河小王子”留言称: so does an account name after a role word.
                    // 社交应用“星聊”宣布: so does a name after a class noun (appositive-classes.txt).
                    let accountName = quoteOpen.map { index - $0 <= 13 && (index - $0 <= 10 && QuoteLexicons.outlet(endingAt: $0, in: text) != nil
                        || SpeakerParser.handleRole(endingAt: $0, in: text) != nil
                        || index - $0 <= 10 && QuoteLexicons.appositiveClasses.longest(endingAt: $0, in: text) != nil
                        // 这位“80后”董事长坦言: so does an epithet inside a description.
                        || index - $0 <= 10 && $0 >= 2 && (text[$0 - 1] == "位" || text[$0 - 1] == "名") && SpeakerParser.demonstratives.contains(text[$0 - 2])) } ?? false
                    if !accountName { clauseStart = index + 1 }
                }
                index += 1
                continue
            }
            // 《仙境传说》: a cue inside a title is part of the title.
            if scalar == "《" { titles += 1; index += 1; continue }
            if scalar == "》" { titles = max(0, titles - 1); index += 1; continue }
            if depth > 0 || asciiOpen || titles > 0 { index += 1; continue }
            if clauseBreaks.contains(scalar) {
                if !clauseHasCue, let hit = sourceFrame(in: text, clause: clauseStart, end: index) { hits.append(hit) }
                clauseHasCue = false
                clauseStart = index + 1
                index += 1
                continue
            }
            if let verb = QuoteLexicons.speechCue(at: index, in: text) ?? QuoteScanner.tellingCue(at: index, in: text, end: end),
               index + verb.length <= end,
               !QuoteLexicons.insideNonSpeech(index, in: text) {
                let after = index + verb.length
                // 工信部的相关要求 / 专家的建议: after 的 or 相关 the word is a noun (but 据星海日报的报道).
                // 弹出安全提示的做法 / 他们表示的意见: a verb right before 的 modifies a noun and opens nothing.
                if verb.fields.dropFirst(2).first != "report",
                   isNounUse(at: index, in: text, clause: clauseStart, framed: verb.fields.dropFirst(2).first == "frame", verb: verb)
                    || (after < end && text[after] == "的" && (index == 0 || text[index - 1] != "所"))
                    || isInsideSetting(index..<after, clause: clauseStart, in: text, end: end)
                    // 面对网友质疑，蓝湾集团表示: a cue word closing a setting names what was met when
                    // the next clause has a speaker and a cue of its own.
                    || after < end && (text[after] == "，" || text[after] == ",") && QuoteLexicons.setting(at: clauseStart, in: text).map({ $0.length >= 2 }) == true
                        && QuoteScanner.isSettingClause(clauseStart..<after, in: text) && nextClauseHasSpeaker(after: after, in: text, end: end) {
                    index += verb.length
                    continue
                }
                var accepted = after < end && !Marks.terminators.contains(text[after])
                    && QuoteScanner.opensStatement(verb, at: index, in: text, end: end)
                // 周明远宣布了……三项安排：(list follows): the cue introduces the next paragraph.
                var introducesNext = false
                if !accepted, after < text.count, text[after] == "了", let colon = text.lastIndex(where: { $0 != " " }),
                   text[colon] == "：" || text[colon] == ":",
                   !text[after..<colon].contains(where: { Marks.clauseBreaks.contains($0) }) {
                    accepted = true
                    introducesNext = true
                }
                // 报道了这一消息：…… / 解析过分拆的逻辑：……: a short object after 了 or 过 and a colon
                // introduce the statement in the same sentence. 提醒广大消费者，……: a verb that takes
                // the person addressed (attach `object`) may name them before the comma.
                var colonStart: Int?
                let aspect = after < end && (text[after] == "了" || text[after] == "过") && verb.fields.first != "free"
                let addressed = verb.fields.first == "object"
                // 警示“青禾到家”，……: a short name in quotation marks is the party addressed.
                if accepted, addressed, after < end, let closer = Marks.closer(of: text[after]),
                   let close = text[(after + 1)..<min(end, after + 12)].firstIndex(of: closer), close + 2 < end,
                   text[close + 1] == "，" || text[close + 1] == ",", SpeakerParser.isQuotedName(text[(after + 1)..<close]) {
                    colonStart = close + 2
                }
                // 星海市统计局13日公布8月经济运行情况：…… : what an announcement verb makes public may
                // stand between it and the colon.
                let announced = !aspect && !addressed && verb.fields.first == "punct" && verb.fields.dropFirst(2).first == "announcement"
                if !accepted, !introducesNext, after < end, aspect || addressed || announced {
                    let objectStart = aspect ? after + 1 : after
                    let reach = aspect ? 40 : announced ? 24 : 8
                    var colon = objectStart
                    var quoted = 0
                    while colon < end, colon - objectStart <= reach, quoted > 0 || !Marks.clauseBreaks.contains(text[colon]) {
                        if Marks.closer(of: text[colon]) != nil { quoted += 1 } else if Marks.closers.contains(text[colon]) { quoted -= 1 }
                        colon += 1
                    }
                    let opener = addressed && !aspect ? Self.glossClosers : Self.colons
                    // 提出了三大建议，一是……: after a comma, the first item of the list opens the statement.
                    let listed = colon < end && (text[colon] == "，" || text[colon] == ",") && opensEnumeration(at: colon + 1, in: text)
                    if colon < end, colon > objectStart, colon - objectStart <= reach, quoted == 0, opener.contains(text[colon]) || aspect && listed, end - colon > 4 {
                        accepted = true
                        colonStart = colon + 1
                    }
                }
                // 财报显示（截至6月30日），……: a bracketed gloss right after the cue qualifies the
                // source; the statement follows the comma or colon after it, and there is none
                // when the sentence ends there (表示（见下图）。).
                if after < end, text[after] == "（" || text[after] == "(",
                   let close = text[(after + 1)..<min(end, after + 24)].firstIndex(where: { $0 == "）" || $0 == ")" }) {
                    accepted = close + 5 < end && Self.glossClosers.contains(text[close + 1])
                    colonStart = accepted ? close + 2 : nil
                }
                var reference = accepted ? QuoteScanner.speaker(for: verb, clause: clauseStart, cueStart: index, in: text) : nil
                var sieve = QuoteSieve.cueIndirect
                if accepted, reference == nil, hits.allSatisfy({ $0.viaSource }) {
                    reference = QuoteScanner.carriedSubject(clause: clauseStart, cueStart: index, in: text)
                    sieve = QuoteSieve.carriedSubject
                } else if accepted, reference == nil, let previous = hits.last, !previous.viaSource,
                          SpeakerParser.isEmptyAfterCleaning(text[clauseStart..<index]),
                          clauseStart >= previous.textStart + 3, let closer = Marks.closer(of: text[previous.textStart]),
                          text[clauseStart - 2] == closer, !text[(previous.textStart + 1)..<(clauseStart - 2)].contains(closer) {
                    // 何东称“不会退出”，并表示将加大投入: after words in quotation marks the first cue
                    // said, a second cue with nothing before it but 并 or 还 goes on in that voice.
                    reference = previous.reference
                    sieve = QuoteSieve.carriedSubject
                }
                if accepted, reference == nil, let quoted = lastQuoted, quoted.upperBound + 1 == clauseStart,
                   SpeakerParser.isEmptyAfterCleaning(text[clauseStart..<index]),
                   case .speakers(let named)? = SpeakerParser.parse(text[quoted]), named.allSatisfy({ $0.kind == .organization }) {
                    // 据“青禾数据”不完全统计: a name set off in quotation marks is kept as written.
                    reference = .speakers(named.count == 1 && SpeakerParser.isQuotedName(text[quoted]) ? [Speaker(name: text[quoted].string, kind: .organization)] : named)
                    sieve = QuoteSieve.quotedName
                }
                if accepted, let reference {
                    var textStart = introducesNext ? text.count : colonStart ?? after
                    while textStart < end, Marks.afterCue.contains(text[textStart]) { textStart += 1 }
                    let opener = Dateline.end(in: text, from: clauseStart, to: index)
                    // 据新华社从星海市交通局获悉: the outlet reports what the body told it; both are sources.
                    if text[opener] == "据", let from = text[(opener + 1)..<index].firstIndex(of: "从"), from > opener + 2,
                       case .speakers(let outlets)? = SpeakerParser.parse(text[(opener + 1)..<from]),
                       outlets.count == 1, outlets[0].kind == .organization {
                        hits.append(Hit(clauseStart: clauseStart, textStart: textStart, reference: .speakers(outlets), cue: "据", viaSource: true, sieve: sieve))
                    }
                    hits.append(Hit(clauseStart: clauseStart, textStart: textStart, reference: reference,
                                    cue: verb.key, viaSource: text[opener] == "据", sieve: sieve))
                    clauseHasCue = true
                    index = colonStart ?? after
                    continue
                }
                // 声称 whose subject is no speaker: do not try its tail 称 on its own.
                index += verb.length
                continue
            }
            index += 1
        }
        return hits
    }

    /// 专家的建议 / 发布的一则公告: after these the word is a noun.
    private static let nounMarks: [Scalars] = ["的", "相关", "有关", "一则", "一份", "这则", "这份", "该份", "一篇"].map { Array($0.unicodeScalars) }

    /// Whether the clause after the comma at `comma` holds a speech cue with a speaker before it.
    private static func nextClauseHasSpeaker(after comma: Int, in text: Scalars, end: Int) -> Bool {
        let start = comma + 1
        var index = start + 2
        while index < end, !Marks.isClauseBoundary(text[index]) {
            if let verb = QuoteLexicons.speechCue(at: index, in: text) {
                return QuoteScanner.speaker(for: verb, clause: start, cueStart: index, in: text) != nil
            }
            index += 1
        }
        return false
    }

    /// `framed`: the cue is a frame of someone's words (说法, 话说), which 按照 and 照 report too.
    private static func isNounUse(at index: Int, in text: Scalars, clause: Int, framed: Bool, verb: WordTable.Word) -> Bool {
        guard nounMarks.contains(where: { index - clause >= $0.count && text[(index - $0.count)..<index].elementsEqual($0) }) else { return false }
        // 在星海论坛上的讲话中指出: a cue that holds its own setting noun (讲话中, 发言时) after a
        // setting that 在 opens takes the 的 of that setting.
        if verb.scalars.dropLast().contains(where: { $0 == "中" || $0 == "时" }), text[clause..<index].contains("在") { return false }
        // 据星海日报的报道 reports; 按照工信部的部署 only follows an order, but 按照林思远的说法 and
        // 在林思远的印象中 report.
        let frames = framed ? reportFrames + wordFrames : reportFrames
        return !frames.contains { index - clause > $0.count && text[clause..<(clause + $0.count)].elementsEqual($0) }
    }
    /// `在答复人大代表建议时表示` / `在回复网友提问时称`: a cue word inside a setting that 在 or 当
    /// opens and 时 closes right before the clause's own cue says what the setting was, not who spoke.
    /// `说这话时语气坚定`: a verb whose demonstrative object 时 closes says when, and opens nothing.
    private static func isInsideSetting(_ verb: Range<Int>, clause: Int, in text: Scalars, end: Int) -> Bool {
        if verb.upperBound < end, SpeakerParser.demonstratives.contains(text[verb.upperBound]),
           let close = text[verb.upperBound..<min(end, verb.upperBound + 6)].firstIndex(where: { $0 == "时" || Marks.isClauseBoundary($0) }),
           text[close] == "时" {
            return true
        }
        guard text[clause..<verb.lowerBound].contains(where: { $0 == "在" || $0 == "当" }) else { return false }
        var index = verb.upperBound
        while index < end, index - verb.upperBound <= 12, !Marks.isClauseBoundary(text[index]) {
            if text[index] == "时", QuoteLexicons.speechCue(at: index + 1, in: text) != nil { return true }
            index += 1
        }
        return false
    }

    private static let reportFrames: [Scalars] = ["根据", "据"].map { Array($0.unicodeScalars) }
    private static let wordFrames: [Scalars] = ["按照", "依照", "按", "照", "在"].map { Array($0.unicodeScalars) }

    /// 一是, 其一, 第一, 首先: the words that open the first item of a list of points.
    private static let enumerationOpeners: [Scalars] = ["一是", "其一", "第一", "首先", "一、"].map { Array($0.unicodeScalars) }
    private static func opensEnumeration(at index: Int, in text: Scalars) -> Bool {
        enumerationOpeners.contains { index + $0.count <= text.count && text[index..<(index + $0.count)].elementsEqual($0) }
    }

    private static let sourceFrames: [Scalars] = ["根据", "依据", "按照", "据"].map { Array($0.unicodeScalars) }

    /// `据新华社，……`: a named source without a verb.
    private static func sourceFrame(in text: Scalars, clause start: Int, end: Int) -> Hit? {
        guard end - start >= 3, end < text.count, text[end] == "，" || text[end] == "," else { return nil }
        // 据 / 根据 / 依据 / 按照 a named source, its document or its data.
        guard let frame = sourceFrames.first(where: { end - start > $0.count && text[start..<(start + $0.count)].elementsEqual($0) }) else {
            return nil
        }
        let lead = frame.count
        if QuoteScanner.mentionsReporter(text[start..<end]) { return nil }
        // 根据国务院部署，: the order followed, no statement.
        if let verb = QuoteLexicons.speechVerbs.longest(endingAt: end, in: text, from: start + lead), verb.fields.dropFirst(2).first == "directive",
           !text[start..<end].contains("《") {
            return nil
        }
        let reference: SpeakerReference
        switch SpeakerParser.parse(text[(start + lead)..<end]) {
        // 按照《实施方案》，…… / 根据《报告》，……: the document speaks for its issuer.
        case .document(let title)?:
            reference = .document(title)
        // 据新华社，……; 按照工信部的部署 only follows an order, so 按照/依据 take documents alone.
        case .speakers(let speakers)? where speakers.allSatisfy({ $0.kind != .anonymous }) && reportFrames.contains(frame):
            reference = .speakers(speakers)
        default:
            return nil
        }
        return Hit(clauseStart: start, textStart: end + 1, reference: reference, cue: frame.string, viaSource: true,
                   sieve: QuoteSieve.sourceFrame)
    }
}
