/// A quote found in one article before pronouns are resolved and speakers linked.
struct RawQuote {
    var paragraph: Int
    var position: Int
    var reference: SpeakerReference
    var mode: Quote.Mode
    var cue: String
    var text: String
    /// The `QuoteSieve` that tied the quotation to its speaker mention.
    var sieve: String
}

/// Punctuation classes used while scanning, on Unicode scalars.
enum Marks {
    /// The closing mark of an opening quotation mark; nil for other scalars.
    static func closer(of opener: Unicode.Scalar) -> Unicode.Scalar? {
        switch opener {
        case "“": return "”"
        case "「": return "」"
        case "『": return "』"
        case "‘": return "’"
        case "﹃": return "﹄"
        default: return nil
        }
    }
    static let closers: ScalarSet = ["”", "」", "』", "’", "﹄"]
    /// A Chinese character (CJK Unified Ideographs and Extension A).
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
    static let terminators: ScalarSet = ["。", "！", "？", "!", "?"]
    /// The dot between the parts of a foreign name, however it was typed (玛丽·汉森, 肯・帕克斯顿).
    static let nameDots: ScalarSet = ["·", "•", "・", "‧", "･", "∙"]
    /// Ends the clause a speaker is looked for in.
    /// A vertical bar parts a headline (行业趋势｜星海大学教授周明远访谈) like a comma, and so do the
    /// bracket closing a headline and the marks of a topic tag (【……】#星河科技回应#).
    static let clauseBreaks: ScalarSet = ["，", ",", "。", "！", "？", "!", "?", "；", ";", "：", ":", "\n", "|", "｜", "】", "#", "＃"]
    static let afterCue: ScalarSet = ["，", ",", "：", ":", " "]
    /// Particles after a verb that make it something other than a speech cue (认为的, 称为, 表示了).
    static let notSpeech: ScalarSet = ["了", "的", "过", "着", "为", "之", "作", "得", "是"]

    static func isClauseBoundary(_ scalar: Unicode.Scalar) -> Bool {
        clauseBreaks.contains(scalar) || closers.contains(scalar) || closer(of: scalar) != nil || scalar == "\""
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
            } else if asciiOpen == nil, let closer = Marks.closer(of: scalar) {
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
        guard let verb = QuoteLexicons.speechCue(endingAt: end, in: text, from: start),
              !QuoteLexicons.insideNonSpeech(end - verb.length, in: text) else { return nil }
        let cueStart = end - verb.length
        guard let reference = speaker(for: verb, clause: start, cueStart: cueStart, in: text)
                ?? carriedSubject(clause: start, cueStart: cueStart, in: text) else { return nil }
        return (reference, verb.key, start)
    }

    /// The subject of a cue: the words from the clause start up to the verb. What data shows
    /// (显示, 表明) an unnamed group cannot vouch for (多家旅游机构显示: guide, 数据显示).
    static func speaker(for verb: WordTable.Word, clause start: Int, cueStart: Int, in text: Scalars) -> SpeakerReference? {
        let found = subject(for: verb, clause: start, cueStart: cueStart, in: text)
        if verb.key.hasSuffix("显示") || verb.key.hasSuffix("表明"), case .speakers(let named)? = found,
           named.allSatisfy({ $0.kind == .anonymous && QuoteLexicons.anonymous.word($0.name)?.fields.first != "official" }) {
            return nil
        }
        return found
    }

    private static func subject(for verb: WordTable.Word, clause start: Int, cueStart: Int, in text: Scalars) -> SpeakerReference? {
        // 报道称，…… / 该报告称，……: a cue that opens with a document word, with nothing or only a
        // demonstrative before it, is that document speaking.
        let opensWithDocument = QuoteLexicons.documents.longest(at: 0, in: verb.scalars).map { $0.length < verb.length } ?? false
        if text[start..<cueStart].allSatisfy({ documentDeterminers.contains($0) || $0 == " " }),
           let document = QuoteLexicons.documents.longest(at: 0, in: verb.scalars), document.length < verb.length,
           !document.scalars.contains(where: { documentDeterminers.contains($0) }) {
            // 一份报告指出: a document no one is said to have published is no source (guide).
            return text[start..<cueStart].contains("一") ? nil : .documentWord(document.key)
        }
        guard cueStart > start else { return nil }
        // `IT之家 9 月 8 日消息 公安部决定，`: the dateline before the speaker is no part of it.
        var span = text[Dateline.end(in: text, from: start, to: cueStart)..<cueStart]
        // 英国一项调查显示 / 星河研究院的一项研究发现: a count before a document cue counts the
        // document; whoever it belongs to (X的) speaks, else no one does.
        // The document may be named after its count (星河研究院的一份研究报告显示, 蓝湾科技的一份内部邮件称).
        if let counted = countedDocument(in: span, saidBy: verb, opensWithDocument: opensWithDocument) {
            // (星河研究院一份报告 without 的 too; 海城一项调查: a place is no owner.)
            let owner = span[..<counted]
            guard owner.count >= 2, case .speakers(let found)? = SpeakerParser.parse(owner.last == "的" ? owner.dropLast() : owner),
                  found.allSatisfy({ $0.kind == .organization && !isPlaceOrCountry($0.name) }) else { return nil }
            return .speakers(found)
        }
        // 据荔枝新闻报道 / 工信部消息: the subject of an outlet verb is a publication.
        let outlet = verb.fields.dropFirst(3).first == "outlet"
        if let leads = verb.fields.dropFirst().first, !leads.isEmpty {
            // 据|如|正如: any one of the lead words, longest first.
            let options = leads.split(separator: "|").map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
            span = span.dropFirst(QuoteLexicons.connectiveBeforeLead(at: span.startIndex, in: text, leads: options))
            if let lead = options.first(where: { span.starts(with: $0) }) {
                span = span.dropFirst(lead.count)
                // 在周明远的印象中: the possessive joins a person to the frame's noun (a view, a
                // memory); an organization's or a group's "eyes" are the writer's figure of speech.
                if verb.fields.dropFirst(2).first == "frame", span.last == "的" {
                    guard case .speakers(let found)? = SpeakerParser.parse(span.dropLast()), found.allSatisfy({ $0.kind == .person }) else { return nil }
                    return .speakers(found)
                }
            } else if verb.key.hasPrefix("的话"), verb.length > 2, let plain = QuoteLexicons.speechVerbs.word(verb.scalars[2...]) {
                // 援引知情人士的话说: without its lead (用) the frame is 的话 and the verb after it.
                return speaker(for: plain, clause: start, cueStart: cueStart + 2, in: text)
            } else {
                // 工信部消息，…… / 外交部网站消息，……: without its lead an outlet verb speaks for a
                // named organization only, never for a dateline (IT之家 7 月 14 日消息，).
                guard outlet, !span.contains(where: { isDigit($0) }), !mentionsReporter(span),
                      case .speakers(let found)? = SpeakerParser.parse(span), found.allSatisfy({ $0.kind == .organization }) else { return nil }
                return .speakers(found)
            }
        }
        // 央视新闻从交通运输部……获悉: the source is the one the news came from.
        // 记者今日从星海法院了解到: whoever the news came from is the source; without one the
        // reporter or the outlet learnt it, which is no quote.
        if sourcedVerbs.word(verb.scalars[...]) != nil {
            guard let from = span.lastIndex(where: { $0 == "从" || $0 == "向" }), from + 1 < span.endIndex else {
                return verb.key == "获悉" ? SpeakerParser.parse(span) : nil
            }
            span = span[(from + 1)...]
            // 从星海法院那里了解到 / 从国内设计人员处获悉.
            for place in sourcePlaces where span.count > place.count && span.suffix(place.count).elementsEqual(place) {
                span = span.dropLast(place.count)
                break
            }
        }
        if mentionsReporter(text[start..<(cueStart + verb.length)]) { return nil }
        // 根据国务院部署，…… / 按照工信部要求，……: a directive after 根据 names the order followed,
        // not a statement (a document's 根据《办法》规定 still speaks).
        if verb.fields.dropFirst(2).first == "directive", followingFrames.contains(where: { span.starts(with: $0) }), !span.contains("《") {
            return nil
        }
        if let found = SpeakerParser.parse(span, publisher: outlet || namesPublication(verb), outlet: outlet) ?? speakerBeforeRecipient(span) {
            return found
        }
        if let subject = subjectBeforeJoinedPredicate(span) { return subject }
        // 用巴菲特的话说: whose words are quoted is a person, even a name no lexicon knows.
        if verb.key.hasPrefix("的话"), let person = SpeakerParser.framedName(span) { return .speakers([person]) }
        return nil
    }

    private static let followingFrames: [Scalars] = ["根据", "按照", "依据", "遵照", "依照"].map { Array($0.unicodeScalars) }

    /// Where the count of `一项调查显示` / `一份研究报告显示` begins: a numeral (or 某) and a document
    /// classifier right before the cue, or before a short document noun that ends in a document
    /// word or an outlet word (报告, 内部邮件) and so needs no report cue.
    private static func countedDocument(in span: Scalars.SubSequence, saidBy verb: WordTable.Word, opensWithDocument: Bool) -> Int? {
        let reports = opensWithDocument || verb.fields.dropFirst(2).first == "report"
        for classifier in stride(from: span.endIndex - 1, through: max(span.startIndex + 1, span.endIndex - 7), by: -1)
        where documentClassifiers.contains(span[classifier]) && (Numerals.isNumeralScalar(span[classifier - 1]) || span[classifier - 1] == "某") {
            let noun = Array(span[(classifier + 1)...])
            if noun.isEmpty { return reports ? classifier - 1 : nil }
            guard noun.allSatisfy(Marks.isHan) else { return nil }
            let namesDocument = QuoteLexicons.documents.longest(endingAt: noun.count, in: noun) != nil
                || QuoteLexicons.outlet(endingAt: noun.count, in: noun) != nil
            return namesDocument || reports ? classifier - 1 : nil
        }
        return nil
    }

    private static func isPlaceOrCountry(_ name: String) -> Bool {
        EventSubject.isPlace(name) || SpeakerParser.isCountry(Array(name.unicodeScalars)[...])
    }

    private static let documentDeterminers: ScalarSet = ["该", "这", "此", "份", "篇", "则", "一"]
    /// Classifiers of documents, surveys and studies (一项调查, 两份报告, 一篇论文, 一则公告).
    private static let documentClassifiers: ScalarSet = ["项", "份", "篇", "则", "组"]

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "0" && scalar <= "9") || (scalar >= "０" && scalar <= "９")
    }

    /// Scalars that begin a verb right after a subject (转发, 接受, 出席, 参加), so rarely end a name.
    private static let verbStarts: ScalarSet = ["转", "接", "通", "参", "出", "回", "进", "前", "来", "去", "带", "做", "作", "看", "听",
        "谈", "讲", "召", "主", "率", "亲", "到", "赴", "走", "在", "对", "向", "将", "已", "曾", "也", "还", "则", "都", "就", "表",
        "称", "说", "认", "指", "发", "提", "与", "和", "是", "为", "被", "把", "从", "于", "并", "又", "再", "不", "没"]

    private static let predicateJoins: [Scalars] = ["并且", "随后", "随即", "后又", "并", "又"].map { Array($0.unicodeScalars) }

    /// `星辰科技总裁周明远转发该微博并表示`: the subject of the clause, then a predicate joined to the
    /// cue by 并/随后/又: a titled person or a known or suffixed organization opening the span.
    private static func subjectBeforeJoinedPredicate(_ span: ArraySlice<Unicode.Scalar>) -> SpeakerReference? {
        var words = Array(span)
        SpeakerParser.trimSpaces(&words)
        guard let join = predicateJoins.first(where: { words.count > $0.count + 3 && words.suffix($0.count).elementsEqual($0) }),
              words.count <= 40 else { return nil }
        words.removeLast(join.count)
        // A titled person opening the span: of the readings of the name (何刚 / 何刚转), one the
        // article repeats, else the longest that does not end in the first scalar of a verb.
        var readings: [Speaker] = []
        for end in stride(from: 3, through: words.count - 2, by: 1) {
            guard case .speakers(let found)? = SpeakerParser.parse(words[..<end]), found.count == 1 else { continue }
            let speaker = found[0]
            if speaker.kind == .person, hasNameForm(speaker), !(speaker.title.isEmpty && speaker.affiliation.isEmpty) { readings.append(speaker) }
        }
        let repeated = readings.last { (KnownNames.mentions?.count(Array($0.name.unicodeScalars)[...]) ?? 0) >= 2 }
        if let person = repeated ?? readings.last(where: { $0.name.unicodeScalars.last.map { !verbStarts.contains($0) } ?? false }) ?? readings.first {
            return .speakers([person])
        }
        for end in stride(from: words.count - 2, through: 2, by: -1) {
            guard case .speakers(let found)? = SpeakerParser.parse(words[..<end]), found.count == 1 else { continue }
            let speaker = found[0]
            if speaker.kind == .organization, isPlainOrganizationName(speaker.name), end == speaker.name.unicodeScalars.count { return .speakers(found) }
        }
        return nil
    }

    /// `星海资本合伙人林思远向青禾周刊分享说`: the outlet or person spoken to after 向 is no part
    /// of the speaker (the lexicon holds the common 向记者表示).
    private static func speakerBeforeRecipient(_ span: ArraySlice<Unicode.Scalar>) -> SpeakerReference? {
        guard let to = span.lastIndex(of: "向"), to - span.startIndex >= 2, (2...12).contains(span.endIndex - to - 1),
              !span[(to + 1)...].contains(where: { notRecipient.contains($0) }) else { return nil }
        return SpeakerParser.parse(span[..<to])
    }

    /// A report cue that names the publication it opens (报告显示, 发文称, 消息称, not the bare 显示).
    private static func namesPublication(_ verb: WordTable.Word) -> Bool {
        guard verb.length >= 3, let kind = verb.fields.dropFirst(2).first else { return false }
        // 发布消息， / 发表声明，: an announcement by publishing names its publisher too.
        return kind == "report" || (kind == "announcement" && QuoteLexicons.publishingVerbs.longest(at: 0, in: verb.scalars) != nil)
    }

    /// Verbs of learning whose source follows 从 (记者从星海法院获悉); looked up by the cue's
    /// scalars (hashing a Chinese String normalizes it).
    private static let sourcedVerbs = WordTable(words: ["获悉", "了解到", "得知"])
    private static let sourcePlaces: [Scalars] = ["那里", "这里", "处"].map { Array($0.unicodeScalars) }

    /// `Hansen 指出了……，并补充说：` / `该委员会起诉了星辰科技，称……`: a cue whose clause names nobody
    /// (only 并, 还 or a setting such as 在行政令中) speaks for the subject of the clause before it
    /// in the same sentence: the speaker of a speech verb there, or the organization or titled
    /// person that opens that clause.
    static func carriedSubject(clause start: Int, cueStart: Int, in text: Scalars) -> SpeakerReference? {
        if start >= 2, Marks.terminators.contains(text[start - 1]), isSequel(text[start..<cueStart]) {
            return previousSentenceSpeaker(before: start - 1, in: text)
        }
        guard start >= 2, text[start - 1] == "，" || text[start - 1] == ",", isSubjectless(text[start..<cueStart]) else { return nil }
        var previousStart = start - 1
        // A quoted epithet (抖音“带货顶流”主播罗永浩) does not end the clause.
        while previousStart > 0, start - previousStart < 80, !Marks.clauseBreaks.contains(text[previousStart - 1]) { previousStart -= 1 }
        // The clause before must open its sentence or follow a time or place phrase (去年，).
        if previousStart > 0, !Marks.terminators.contains(text[previousStart - 1]), text[previousStart - 1] != "，" { return nil }
        let previousEnd = start - 1
        guard previousEnd - previousStart >= 2, !mentionsReporter(text[previousStart..<previousEnd]) else { return nil }
        if let reference = firstCueSpeaker(clause: previousStart, from: previousStart + 1, to: previousEnd, in: text) { return reference }
        if let person = appositivePerson(post: previousStart..<previousEnd, in: text) { return .speakers([person]) }
        // The subject ends before the first particle of the predicate (起诉了, 把, 被, 将).
        var limit = previousStart
        while limit < previousEnd, limit - previousStart < 24, !predicateMarks.contains(text[limit]) { limit += 1 }
        // (Down to one scalar: a pronoun, 她在……文章中概述了……，认为.)
        for end in stride(from: limit, through: previousStart + 1, by: -1) {
            guard let reference = SpeakerParser.parse(text[previousStart..<end]) else { continue }
            switch reference {
            case .speakers(let found) where endsInEverydayPredicate(found, at: end, in: text):
                continue // 林青拒(绝): the shorter reading is the name
            case .speakers(let found):
                // 服务人员上门……后终止了服务，并表示: an unnamed group speaks on too.
                let named = found.allSatisfy { ($0.kind == .organization && isPlainOrganizationName($0.name))
                    || ($0.kind == .person && !($0.title.isEmpty && $0.affiliation.isEmpty))
                    || ($0.kind == .person && isIntroducedPerson($0.name))
                    || ($0.kind == .anonymous && QuoteLexicons.anonymous.word($0.name) != nil) }
                // 国家网信办召开会议: a longer span read as one name gives way to the name it starts with.
                if named { return reference }
                continue
            case .previousOrganization(let generic) where !generic.isEmpty:
                return reference
            case .previousPerson:
                // 她在……文章中概述了她的方法，认为……: a pronoun subject speaks on after the comma.
                return reference
            default:
                return nil
            }
        }
        return nil
    }

    /// `林青，星辰科技副总裁，在会上表示`: a name set off by commas before its post (translated news):
    /// the person with that post, read as if written 星辰科技副总裁林青.
    private static func appositivePerson(post: Range<Int>, in text: Scalars) -> Speaker? {
        guard post.lowerBound >= 3, text[post.lowerBound - 1] == "，" || text[post.lowerBound - 1] == ",",
              QuoteLexicons.titles.longest(endingAt: post.upperBound, in: text, from: post.lowerBound) != nil else { return nil }
        var nameStart = post.lowerBound - 1
        while nameStart > 0, post.lowerBound - 1 - nameStart < 12, !Marks.clauseBreaks.contains(text[nameStart - 1]) { nameStart -= 1 }
        guard nameStart == 0 || Marks.terminators.contains(text[nameStart - 1]) else { return nil }
        let name = text[nameStart..<(post.lowerBound - 1)]
        guard name.count >= 2, SpeakerParser.hasNameForm(name.string),
              case .speakers(let found)? = SpeakerParser.parse(text[post] + name), found.count == 1,
              found[0].kind == .person, found[0].name == name.string, !found[0].title.isEmpty else { return nil }
        return found[0]
    }

    /// 收货开箱测试后却发现: a clause of what someone did first that names no one.
    private static func isSequel(_ span: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let words = SpeakerParser.sequelClause(span), words.count <= 16 else { return false }
        return SpeakerParser.parse(span) == nil
    }

    /// The speaker of the first cue in `from..<to` whose subject, read from the clause start, names one.
    private static func firstCueSpeaker(clause start: Int, from: Int, to end: Int, in text: Scalars) -> SpeakerReference? {
        for index in from..<max(from, end) {
            if let verb = QuoteLexicons.speechVerbs.longest(at: index, in: text), !QuoteLexicons.insideNonSpeech(index, in: text),
               let reference = speaker(for: verb, clause: start, cueStart: index, in: text) {
                return reference
            }
        }
        return nil
    }

    /// 该博主在视频中称，……。收货开箱测试后却发现，……: a sentence that opens with what someone did
    /// next and no subject goes on with the speaker of the sentence before (Chinese drops the
    /// subject the paragraph follows).
    private static func previousSentenceSpeaker(before end: Int, in text: Scalars) -> SpeakerReference? {
        var start = end
        while start > 0, !Marks.terminators.contains(text[start - 1]) { start -= 1 }
        var clause = start
        while clause < end, !Marks.isClauseBoundary(text[clause]) { clause += 1 }
        return firstCueSpeaker(clause: start, from: start, to: clause, in: text)
    }

    /// 李文博想了想，说: a bare name opens the clause before, and the article writes it after a
    /// role word elsewhere (星海科技创始人李文博), so it is a person the story follows.
    private static func isIntroducedPerson(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard SpeakerParser.hasNameForm(name), let mentions = KnownNames.mentions else { return false }
        return mentions.followsRoleWord(scalars[...]) || mentions.count(scalars[...]) >= 2
    }

    /// A known organization or a name ending in an organization suffix (not 星海集团董事长周明远).
    private static func isPlainOrganizationName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        // A country (中国数字经济规模……) is the topic of a clause more often than its speaker.
        if let known = QuoteLexicons.organizations.word(name) { return known.fields.first != "country" }
        if KnownNames.organizations.contains(name) { return true }
        guard QuoteLexicons.orgFalseEndings.longest(endingAt: scalars.count, in: scalars) == nil,
              let suffix = QuoteLexicons.orgSuffixes.longest(endingAt: scalars.count, in: scalars) else { return false }
        return scalars.count > suffix.length
    }

    private static let sequenceAdverbs: [Scalars] = ["然后", "接着", "随后", "随即", "继而", "于是", "便", "也", "就", "则"].map { Array($0.unicodeScalars) }

    private static let predicateMarks: ScalarSet = ["了", "把", "被", "将", "的", "已", "也", "还", "在", "向", "对", "于"]

    /// Nothing but fillers, or a setting such as 在7月份签署的行政令中, before a cue.
    private static func isSubjectless(_ span: ArraySlice<Unicode.Scalar>) -> Bool {
        if SpeakerParser.isEmptyAfterCleaning(span) { return true }
        var words = Array(span)
        while let first = words.first, first == "并" || first == "还" || first == "又" || first == " " { words.removeFirst() }
        // 然后说 / 接着表示: an adverb of sequence before the cue names nobody.
        if sequenceAdverbs.contains(where: { words.elementsEqual($0) }) { return true }
        guard words.count <= 20, words.first == "在", let last = words.last else { return false }
        return last == "中" || last == "上"
    }

    private static let telling = Array("告诉".unicodeScalars)
    private static let notRecipient: ScalarSet = ["了", "的", "过", "着", "不", "要", "让", "我", "你", "他", "她", "它", "其", "这", "那"]

    /// `陆向晴告诉IT之家，……`: 告诉 and the outlet or person told, up to a comma or colon, is the cue
    /// as written (the lexicon holds the common 告诉记者).
    /// After a quotation (`”林思远告诉青禾周刊。`) the sentence may end at the recipient.
    static func tellingCue(at index: Int, in text: Scalars, end: Int, closing: Bool = false) -> WordTable.Word? {
        guard index + telling.count < end, text[index] == telling[0], text[index + 1] == telling[1] else { return nil }
        var stop = index + telling.count
        // 告诉他，……: a pronoun alone is the person told.
        if stop < end, pronouns.contains(text[stop]) || text[stop] == "我" || text[stop] == "其" {
            var after = stop + 1
            if after < end, text[after] == "们" { after += 1 }
            if after < end, text[after] == "，" || text[after] == "：" { stop = after }
        }
        while stop < end, stop - index <= 10, !Marks.isClauseBoundary(text[stop]) {
            if notRecipient.contains(text[stop]) { return nil }
            stop += 1
        }
        guard stop < end, stop > index + telling.count else { return nil }
        let mark = text[stop]
        guard mark == "，" || mark == "：" || mark == "," || mark == ":" || (closing && Marks.terminators.contains(mark)) else { return nil }
        let scalars = Array(text[index..<stop])
        return WordTable.Word(key: scalars.string, scalars: scalars, fields: ["punct"])
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
        // `“……”。周明远说。`: a full stop typed before the speaker's own short sentence.
        let stopped = start < text.count && Marks.terminators.contains(text[start]) && start == close + 1
        if stopped { start += 1 }
        var end = clauseEnd(from: start, in: text)
        // `“……”2月22日，周明远在发布会上表示。`: a time phrase before the speaker is its own clause.
        // `“……”在近日举行的论坛上，周明远如是说。`: so is the setting of the statement
        // (`“……”谈到下一步，周明远这样说。`, `“……”针对网友的疑问，星河集团回应称。`).
        if end < text.count, end > start, text[end] == "，" || text[end] == ",",
           SpeakerParser.isTimeClause(text[start..<end]) || isSettingClause(start..<end, in: text) {
            start = end + 1
            end = clauseEnd(from: start, in: text)
        }
        // `“……”，这是星河集团董事长周明远给出的判断。`: the copula points back at the words; who
        // judged follows it.
        if let copula = viewCopulas.first(where: { text[start...].starts(with: $0) }), start + copula.count < end { start += copula.count }
        var index = start + 1
        while index < end {
            if let verb = QuoteLexicons.speechCue(at: index, in: text)
                ?? tellingCue(at: index, in: text, end: text.count, closing: true),
               !QuoteLexicons.insideNonSpeech(index, in: text),
               opensStatement(verb, at: index, in: text, end: text.count),
               !stopped || index + verb.length == text.count || Marks.terminators.contains(text[index + verb.length]),
               let reference = speaker(for: verb, clause: start, cueStart: index, in: text) {
                return (reference, verb.key)
            }
            index += 1
        }
        return nil
    }

    /// `在近日举行的论坛上` / `在接受采访时` / `在星海市的指导下`: 在 … 上/中/时/间/后/下 with nothing
    /// after it; or a clause that a setting word opens (谈到下一步, 针对网友的疑问, 根据总局的部署,
    /// 经董事会审议: speaker-settings.txt).
    static func isSettingClause(_ range: Range<Int>, in text: Scalars) -> Bool {
        let clause = Array(text[range])
        guard clause.count >= 3, clause.count <= 24, let last = clause.last else { return false }
        if clause.first == "在" { return "上中时间后下".unicodeScalars.contains(last) }
        guard let word = QuoteLexicons.setting(at: 0, in: clause) else { return false }
        // A one-scalar word (对, 就) opens too much to be read alone; 经 came with its closer (审议).
        return (word.length >= 2 || word.fields.dropFirst().first == "closer") && word.length < clause.count
    }

    private static func clauseEnd(from start: Int, in text: Scalars) -> Int {
        var end = start
        while end < text.count, !Marks.isClauseBoundary(text[end]) { end += 1 }
        return end
    }

    /// `负责人庞利彬算了一笔账，……。“……”`: the person who opens the sentence before a bare quotation
    /// (or the sentence it closes): a name with a title or affiliation, a name the article keeps
    /// using, or 他/她 for the person mentioned last.
    static func sentenceSubject(before open: Int, in text: Scalars, floor: Int) -> SpeakerReference? {
        var sentenceEnd = open
        while sentenceEnd > floor, text[sentenceEnd - 1] == " " { sentenceEnd -= 1 }
        if sentenceEnd > floor, Marks.terminators.contains(text[sentenceEnd - 1]) { sentenceEnd -= 1 }
        var start = sentenceEnd
        while start > floor, !Marks.terminators.contains(text[start - 1]) { start -= 1 }
        guard sentenceEnd - start >= 2, !text[start..<sentenceEnd].contains(where: { Marks.closer(of: $0) != nil || Marks.closers.contains($0) }),
              !mentionsReporter(text[start..<sentenceEnd]) else { return nil }
        // The clause nearest the quotation that opens with a person (在纪录片中，王林到中关村走访，他问了两个问题：).
        var clauseStart = sentenceEnd
        while clauseStart > start {
            var open = clauseStart - 1
            while open > start, !Marks.isClauseBoundary(text[open - 1]) { open -= 1 }
            if let found = clauseSubject(from: open, to: min(clauseEnd(from: open, in: text), sentenceEnd), in: text) { return found }
            clauseStart = open - 1
        }
        return nil
    }

    /// The named person opening the clause right after a closing mark (not a pronoun: 他 there
    /// starts the next thought more often than it names the speaker).
    /// A person read by the form of the name, not a transliteration guessed after a role word.
    private static func hasNameForm(_ person: Speaker) -> Bool {
        SpeakerParser.hasNameForm(person.name) || KnownNames.current.contains(person.name)
    }

    /// A short quotation (`short`) takes a subject only after a speech frame (说这句话时，……).
    static func subjectAfter(close: Int, in text: Scalars, short: Bool = false) -> SpeakerReference? {
        var start = close + 1
        while start < text.count, text[start] == " " || text[start] == "，" || text[start] == "," { start += 1 }
        if let framed = speechFrameEnd(from: start, in: text) { return framedSubject(from: framed, in: text) }
        // “……”说这话的是星海大学教授林思远。: a cleft naming who said it.
        if let cleft = cleftOpeners.first(where: { text[start...].starts(with: $0) }),
           case .speakers(let found)? = SpeakerParser.parse(text[(start + cleft.count)..<clauseEnd(from: start, in: text)]), found.count == 1 {
            return .speakers(found)
        }
        // “……”这是星海大学教授林思远反复强调的观点。: the copula names whose view the words are.
        if let copula = viewCopulas.first(where: { text[start...].starts(with: $0) }) {
            let end = clauseEnd(from: start, in: text)
            guard viewNouns.contains(where: { end - start > $0.count + 1 && text[(end - $0.count - 1)..<end].elementsEqual([Unicode.Scalar("的")] + $0) }),
                  case .speakers(let found)? = clauseSubject(from: start + copula.count, to: end, in: text), found.count == 1 else { return nil }
            return .speakers(found)
        }
        guard !short else { return nil }
        guard start < text.count, !pronouns.contains(text[start]), !mentionsReporter(text[start..<clauseEnd(from: start, in: text)]),
              case .speakers(let found)? = clauseSubject(from: start, to: clauseEnd(from: start, in: text), in: text),
              found.allSatisfy({ $0.kind == .person }) else { return nil }
        return .speakers(found)
    }

    /// `说这句话时，` / `说完，` / `说到这里，`: a clause that only frames the saying of the words
    /// before it (a verb of speech, what was said, then 时/后/完/这里). Returns where the next clause starts.
    private static func speechFrameEnd(from start: Int, in text: Scalars) -> Int? {
        guard let verb = QuoteLexicons.speechCue(at: start, in: text), verb.length <= 2,
              verb.fields.dropFirst(2).first == "speech" else { return nil }
        var end = start + verb.length
        while end < text.count, end - start <= 10, !Marks.isClauseBoundary(text[end]) { end += 1 }
        guard end < text.count, text[end] == "，" || text[end] == ",",
              frameClosings.contains(where: { end - start > $0.count && text[(end - $0.count)..<end].elementsEqual($0) }) else { return nil }
        return end + 1
    }
    static let viewCopulas: [Scalars] = ["这正是", "这就是", "这也是", "这是"].map { Array($0.unicodeScalars) }
    private static let viewNouns: [Scalars] = ["观点", "看法", "判断", "原话", "话", "心声", "感受", "体会", "结论", "主张"].map { Array($0.unicodeScalars) }
    private static let cleftOpeners: [Scalars] = ["说这番话的是", "说这句话的是", "说这话的是", "这样说的是"].map { Array($0.unicodeScalars) }
    private static let frameClosings: [Scalars] = ["时", "时候", "后", "完", "这里", "此处"].map { Array($0.unicodeScalars) }

    /// The speaker after a speech frame: 他/她 (the person quoted before), the person opening the
    /// clause, or the person whose face or voice it describes (李文博的眼眶有些湿润).
    private static func framedSubject(from start: Int, in text: Scalars) -> SpeakerReference? {
        guard start < text.count else { return nil }
        if pronouns.contains(text[start]), start + 1 < text.count, text[start + 1] != "们" { return .previousPerson }
        let end = clauseEnd(from: start, in: text)
        if case .speakers(let found)? = clauseSubject(from: start, to: end, in: text, byShape: true), found.allSatisfy({ $0.kind == .person }) {
            return .speakers(found)
        }
        guard let possessive = text[start..<end].firstIndex(of: "的"), possessive - start >= 2,
              case .speakers(let found)? = SpeakerParser.parse(text[start..<possessive]), found.count == 1,
              found[0].kind == .person, hasNameForm(found[0]) else { return nil }
        return .speakers(found)
    }

    /// `“……，”周明远顿了顿，“……”`: a quotation broken off at a comma, then a clause with no cue
    /// that opens with a person, then the quotation going on: that person speaks. The shape is
    /// the evidence, so a bare name needs no title. Returns where the quotation resumes.
    static func interruptingSubject(close: Int, in text: Scalars) -> (SpeakerReference, resumesAt: Int)? {
        guard close >= 1, text[close - 1] == "，" || text[close - 1] == "," else { return nil }
        var start = close + 1
        while start < text.count, text[start] == " " { start += 1 }
        let end = clauseEnd(from: start, in: text)
        guard end + 1 < text.count, end - start <= 16, text[end] == "，" || text[end] == "：",
              Marks.closer(of: text[end + 1]) != nil, start < end,
              let subject = clauseSubject(from: start, to: end, in: text, byShape: true) else { return nil }
        switch subject {
        case .previousPerson: return (subject, end + 1) // “……，”她笑了笑，“……”
        case .speakers(let found) where found.count == 1 && found[0].kind == .person: return (subject, end + 1)
        default: return nil
        }
    }

    private static func clauseSubject(from clauseStart: Int, to end: Int, in text: Scalars, byShape: Bool = false) -> SpeakerReference? {
        guard end - clauseStart >= 2 else { return nil }
        if pronouns.contains(text[clauseStart]), clauseStart + 1 < end, !"们".unicodeScalars.contains(text[clauseStart + 1]) {
            return .previousPerson
        }
        var limit = clauseStart
        while limit < end, limit - clauseStart < 40, !predicateMarks.contains(text[limit]) {
            // `一位投资人告诉青禾周刊，“……”`: a cue in that clause names its own speaker.
            if limit > clauseStart, let verb = QuoteLexicons.speechCue(at: limit, in: text) ?? tellingCue(at: limit, in: text, end: text.count),
               !QuoteLexicons.insideNonSpeech(limit, in: text) {
                // A cue whose subject names nobody (周明远这样解释) leaves the subject to the words before it.
                guard let found = speaker(for: verb, clause: clauseStart, cueStart: limit, in: text) else { break }
                if case .speakers(let named) = found, !named.allSatisfy({ $0.kind != .person || hasNameForm($0) }) { return nil }
                return found
            }
            limit += 1
        }
        if let pair = coordinatedNames(from: clauseStart, to: limit, in: text) { return .speakers(pair) }
        if let found = openingPerson(from: clauseStart, limit: limit, end: end, in: text, byShape: byShape) { return found }
        // 今年65岁的王阿姨平时喜欢网购: a person described by a phrase in 的 opens the clause too;
        // 在海城开了十年小卖部的王大海: also a phrase that opens with a preposition or holds 了.
        let possessive: Int? = limit < end && text[limit] == "的" ? limit
            : (clauseStart..<min(end, clauseStart + 24)).first(where: { text[$0] == "的" && $0 - clauseStart >= 4 })
        guard let possessive, possessive > clauseStart else { return nil }
        var after = possessive + 1
        while after < end, after - possessive < 12, !predicateMarks.contains(text[after]) { after += 1 }
        guard after - possessive > 2 else { return nil }
        if possessive != limit {
            // The long description names a person only when the words after it up to the predicate are one name by its form.
            guard case .speakers(let found)? = SpeakerParser.parse(text[(possessive + 1)..<after]), found.count == 1,
                  found[0].kind == .person, hasNameForm(found[0]) else { return nil }
            return .speakers(found)
        }
        guard case .speakers(let found)? = openingPerson(from: possessive + 1, limit: after, end: end, in: text, byShape: byShape),
              found.allSatisfy({ $0.kind == .person }) else { return nil }
        return .speakers(found)
    }

    /// The person (or description of one) that the words from `clauseStart` up to `limit` open with.
    private static func openingPerson(from clauseStart: Int, limit: Int, end: Int, in text: Scalars, byShape: Bool) -> SpeakerReference? {
        for stop in stride(from: limit, through: clauseStart + 2, by: -1) {
            let reference = SpeakerParser.parse(text[clauseStart..<stop])
            // 这位老人叹了口气：“……”: a description of a person named before (or as written).
            if case .description? = reference { return reference }
            guard case .speakers(let found)? = reference, found.count == 1,
                  found[0].kind == .person else { continue }
            let person = found[0]
            // 林青放下茶杯: a name whose last scalar begins an everyday predicate is read shorter.
            if stop - 1 > clauseStart, endsInEverydayPredicate(found, at: stop, in: text) { continue }
            // A bare name before 的 is a possessor (星辰智联的CEO), no subject.
            // (林思远是一家物流公司的老板: the 的 belongs to what the name is said to be.)
            // 店主老周指了指: a reading that is no name form gives way to a shorter one (老周).
            guard hasNameForm(person) else { continue }
            guard limit >= end || text[limit] != "的" || !person.title.isEmpty || text[stop] == "是" else { return nil }
            // 小林（化名）: a pseudonym the article introduces is a name like a titled one.
            let named = byShape || !person.title.isEmpty || !person.affiliation.isEmpty || KnownNames.current.contains(person.name)
                || SpeakerParser.isAddressedName(Array(person.name.unicodeScalars)[...])
                || (KnownNames.mentions?.count(Array(person.name.unicodeScalars)[...]) ?? 0) >= 2
                || isPersonBySentence(after: stop, in: text)
            return named ? .speakers(found) : nil
        }
        return nil
    }

    /// Whether the one person read from words ending at `end` has a name of three or more
    /// scalars whose last begins an everyday predicate (person-predicates.txt: 林青放(下), 林青拒(绝)).
    private static func endsInEverydayPredicate(_ found: [Speaker], at end: Int, in text: Scalars) -> Bool {
        guard found.count == 1, found[0].kind == .person, end >= 1, found[0].name.unicodeScalars.count >= 3,
              found[0].name.unicodeScalars.last == text[end - 1] else { return false }
        return QuoteLexicons.personPredicates.longest(at: end - 1, in: text) != nil
    }

    /// `赵红梅入行已经十年，她对……` / `林思远是一家物流公司的老板`: a bare name whose sentence goes on
    /// with 他/她 opening a later clause, or says the name is (是) someone of a role, names a person.
    private static func isPersonBySentence(after nameEnd: Int, in text: Scalars) -> Bool {
        var end = nameEnd
        while end < text.count, !Marks.terminators.contains(text[end]), Marks.closer(of: text[end]) == nil { end += 1 }
        if nameEnd < end, text[nameEnd] == "是" {
            let clause = clauseEnd(from: nameEnd, in: text)
            let predicate = Array(text[(nameEnd + 1)..<min(clause, end)])
            if predicate.count >= 2, QuoteLexicons.titles.longest(endingAt: predicate.count, in: predicate, where: { $0.fields.first != "prefix" }) != nil
                || QuoteLexicons.anonymous.longest(endingAt: predicate.count, in: predicate).map({ $0.fields.first == "group" }) == true {
                return true
            }
        }
        var index = nameEnd
        while index + 1 < end {
            if text[index] == "，" || text[index] == ",", pronouns.contains(text[index + 1]),
               index + 2 >= end || text[index + 2] != "们" {
                return true
            }
            index += 1
        }
        return false
    }

    private static let pronouns: ScalarSet = ["他", "她"]
    private static let conjunctions: ScalarSet = ["和", "与", "、"]
    /// Words that follow a plural subject (都, 均, 一起) and end the names before them.
    private static let pluralAdverbs: ScalarSet = ["都", "均", "一", "同", "俩", "二", "两"]

    /// `张彪和孔马追都是90后`: two bare names joined by 和/与/、 right before 都 or the predicate are
    /// two people (a pair of names reads as people though neither has a title).
    private static func coordinatedNames(from start: Int, to limit: Int, in text: Scalars) -> [Speaker]? {
        guard let join = (start..<min(limit, start + 5)).first(where: { conjunctions.contains(text[$0]) }), join - start >= 2 else { return nil }
        for length in [3, 2] where join + 1 + length <= text.count {
            let end = join + 1 + length
            guard end == text.count || pluralAdverbs.contains(text[end]) || predicateMarks.contains(text[end])
                    || Marks.isClauseBoundary(text[end]) else { continue }
            let first = text[start..<join].string, second = text[(join + 1)..<end].string
            guard SpeakerParser.hasNameForm(first), SpeakerParser.hasNameForm(second),
                  !first.unicodeScalars.contains(where: { !Marks.isHan($0) }), !second.unicodeScalars.contains(where: { !Marks.isHan($0) }),
                  (2...3).contains(join - start) else { continue }
            return [Speaker(name: first, kind: .person), Speaker(name: second, kind: .person)]
        }
        return nil
    }


    /// Whether what follows a verb lets it be a speech cue: punct verbs need a comma, colon or
    /// quotation mark (分析， but not 分析师); free verbs take anything but a particle (认为这是, not 认为的).
    static func opensStatement(_ verb: WordTable.Word, at index: Int, in text: Scalars, end: Int) -> Bool {
        let after = index + verb.length
        guard after < end else { return true }
        let next = text[after]
        // 数据显示《星际旅途》发布了更新: what 显示/表明 show is always a clause, here one whose subject
        // is a title (other verbs take 《……》 as their object: 公布《办法》, 刊文《……》).
        if next == "《", showingVerbs.contains(where: { verb.scalars.count >= 2 && verb.scalars.suffix(2).elementsEqual($0) }) { return true }
        // 公布“有明显经营行为”的认定标准后: a quoted term inside the object opens no statement;
        // the quotation must close its clause.
        if verb.fields.first != "free", let closer = Marks.closer(of: next),
           let close = text[(after + 1)..<end].firstIndex(of: closer), close + 1 < end,
           !Marks.isClauseBoundary(text[close + 1]), QuoteLexicons.speechVerbs.longest(at: close + 1, in: text) == nil {
            return false
        }
        // 要求 Facebook 停止……: the space typed before a Latin word is no comma; a verb that
        // needs one opens nothing there.
        if next == " ", verb.fields.first != "free" {
            var word = after
            while word < end, text[word] == " " { word += 1 }
            if word < end, isLatinOrDigit(text[word]) { return false }
        }
        if Marks.afterCue.contains(next) || Marks.closer(of: next) != nil || next == "\"" || Marks.terminators.contains(next) {
            return true
        }
        // 发文称为进一步……: after a verb of three or more ending in 称, 为 opens the statement
        // (only a bare 称为 means "called").
        if next == "为", verb.length >= 3, verb.scalars.last == "称" { return true }
        return verb.fields.first == "free" && !Marks.notSpeech.contains(next) && !Marks.clauseBreaks.contains(next)
    }

    private static let showingVerbs: [[Unicode.Scalar]] = ["显示", "表明"].map { Array($0.unicodeScalars) }

    private static func isLatinOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "A" && scalar <= "Z") || (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
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
        return Marks.clauseBreaks.contains(text[next]) || Marks.closer(of: text[next]) != nil
            || QuoteLexicons.speechVerbs.longest(at: next, in: text) != nil
            || speakerAfter(close: close, in: text) != nil
    }
}

/// The dateline that opens a news item: `IT之家 9 月 8 日消息 `, `北京时间 3 月 9 日早间消息 `,
/// `新华社北京1月20日电 `. What follows it (after a space) starts the first sentence.
enum Dateline {
    typealias Scalars = [Unicode.Scalar]
    private static let words: [Scalars] = ["消息", "电", "讯"].map { Array($0.unicodeScalars) }
    private static let reach = 30
    /// 本报讯: the paper's own dateline needs no day.
    private static let ownPaper = Array("本报".unicodeScalars)
    /// 记者, 通讯员: what opens the byline in the dateline's brackets (（记者林晓 通讯员王强）).
    private static let bylineOpeners: Set<Unicode.Scalar> = ["记", "通"]

    /// Where the words after a dateline opening `text[start..<end]` begin; `start` when there is none.
    static func end(in text: Scalars, from start: Int, to end: Int) -> Int {
        guard start < end, text[start..<min(end, start + reach)].contains("日") || text[start...].starts(with: ownPaper) else { return start }
        var sawDay = false
        var index = start
        while index < end, index - start < reach {
            let scalar = text[index]
            if scalar == "日", index > start, isNumeral(text[index - 1] == " " && index - 1 > start ? text[index - 2] : text[index - 1]) { sawDay = true }
            if sawDay || text[start..<index].elementsEqual(ownPaper), let word = words.first(where: { index + $0.count < end && text[index..<(index + $0.count)].elementsEqual($0) }) {
                var after = index + word.count
                let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\u{3000}" || scalar == "\u{A0}" }
                // 新华社北京9月13日电（记者林晓）: the byline in brackets belongs to the dateline and
                // ends it as a space does.
                if text[after] == "（" || text[after] == "(",
                   let close = text[after..<min(end, after + 24)].firstIndex(where: { $0 == "）" || $0 == ")" }),
                   text[after..<close].contains(where: { bylineOpeners.contains($0) }) {
                    after = close + 1
                } else if !isSpace(text[after]) {
                    return start
                }
                while after < end, isSpace(text[after]) { after += 1 }
                return after
            }
            index += 1
        }
        return start
    }

    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "0" && scalar <= "9") || Numerals.digit(scalar) != nil || Numerals.smallUnit(scalar) != nil
    }
}
