/// Who a cue's subject refers to: named speakers, or a pronoun that points back to the last
/// person quoted (他表示, 该负责人表示).
enum SpeakerReference: Sendable, Equatable {
    case speakers([Speaker])
    case previousPerson
    /// 公司表示 / 法院表示: the organization of that kind named last (星辰汽车, 星海市中级人民法院).
    case previousOrganization(String)
    /// The speaker of the quote before it in the given paragraph.
    case previousSpeaker(Int)
    /// 公告显示 / 该报告指出: the organization that published a document of that kind just before,
    /// else the organization of the quote before.
    case documentWord(String)
    /// 《规划》指出: the body that issued the document with this title.
    case document(String)
    /// 官方: the organization when only one has spoken so far, else anonymous.
    case official
    /// 对方: the organization the reporter contacted just before, else the words as written.
    case contacted(Speaker)
    /// 他们: the one organization its paragraph names before it, else the words as written.
    case plural(Speaker)
    /// 这位教授 / 该店主: a description standing for a person named earlier, by its role noun;
    /// `asWritten` is the unnamed source the words are when the article names no such person.
    case description(String, asWritten: Speaker?)
    /// 前者 / 后者: the first or the second of the two named just before, else the word as written.
    case pairMember(latter: Bool, asWritten: Speaker)
}

/// Short forms of foreign names written in full in the article being read (汉森 for 玛丽·汉森),
/// so that a bare 汉森声称 is read as a person. Bound per article by `QuoteExtractor`.
enum KnownNames {
    @TaskLocal static var current: Set<String> = []
    /// Short names the article defines for organizations: 星海星辰科技股份有限公司（下称：星辰科技）.
    @TaskLocal static var organizations: Set<String> = []
    /// Every position of every pair of scalars in the article, to tell a name the article keeps
    /// using (中芯国际, 图虫) from words that occur once.
    @TaskLocal static var mentions: MentionIndex?
    /// The article's title, for the organization an unnamed 官方 most likely is.
    @TaskLocal static var title: [Unicode.Scalar] = []
}

/// Where the names an article is asked about occur in it: answered by scanning the text while
/// few names have been asked about, then from an index of every pair of neighbouring scalars,
/// so that counting a name's occurrences costs only the places its first pair occurs.
final class MentionIndex: @unchecked Sendable {
    private let paragraphs: [[Unicode.Scalar]]
    private let title: [Unicode.Scalar]
    /// The pair index, built once the article has been asked about `scansBeforeIndex` names:
    /// every (pair, paragraph, index) sorted by pair, so that a name's candidates are one run
    /// found by binary search. Most articles ask about a handful of names, and scanning the
    /// text for each costs a tenth of sorting it (callgrind); a text that asks about many
    /// stays linear through the index.
    private var sortedPairs: [(pair: UInt64, paragraph: Int32, index: Int32)]?
    private static let scansBeforeIndex = 32
    /// Answers already given, by name: the same candidate is asked about again and again (at
    /// every cue, figure and time word), and in a text that repeats itself each answer costs a
    /// walk over all its occurrences, so without these the work grows with the square of the text.
    private var found: [[Unicode.Scalar]: [(Int, Int)]] = [:]
    private var marked: [[Unicode.Scalar]: Bool] = [:]
    /// `SpeakerParser.parse` answers already given: the scanner and the linker read the same
    /// spans again and again, and within an article (bound after every other `KnownNames`) the
    /// answer stays the same.
    var speakerParses: [SpeakerParser.Question: SpeakerReference?] = [:]

    init(_ paragraphs: [[Unicode.Scalar]], title: String = "") {
        self.paragraphs = paragraphs
        self.title = Array(title.unicodeScalars)
    }

    private static let nameOpeners: Set<Unicode.Scalar> = ["「", "“", "《", "\"", "『"]
    private static let nameClosers: Set<Unicode.Scalar> = ["」", "”", "》", "\"", "』"]
    private static let listJoiners: Set<Unicode.Scalar> = ["与", "和", "、", "及"]
    private static let organizationWords: [[Unicode.Scalar]] = ["公司", "集团", "官方", "旗下", "团队", "平台", "App", "APP", "官网", "官微", "公众号", "是一家"].map { Array($0.unicodeScalars) }

    /// Whether the article marks `name` as a name at least once: in its title, set off by
    /// 「」 or quotation marks, opening a section heading before a colon, followed by 公司/官方/旗下/是一家 and the like or a post (创始人), by a verb of publishing
    /// or an outlet word (智联招聘发布了……周报, 智联招聘数据显示), or, in an article about listed
    /// companies, by a move of its shares (新开普大涨, listed-company-words.txt market).
    func marksAsName(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        if let known = marked[Array(name)] { return known }
        let answer = findMarkAsName(name)
        marked[Array(name)] = answer
        return answer
    }

    private func findMarkAsName(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        if title.count >= name.count, (0...(title.count - name.count)).contains(where: { title[$0..<($0 + name.count)].elementsEqual(name) }) {
            return true
        }
        return occurrences(name).contains { number, index in
            let text = paragraphs[number]
            let end = index + name.count
            if index > 0, end < text.count, Self.nameOpeners.contains(text[index - 1]), Self.nameClosers.contains(text[end]) { return true }
            // 友谊时光：握紧赛道话语权 — a section heading of a round-up opens with its name and a colon.
            if index == 0, end < text.count, text[end] == "：" || text[end] == ":", text.count <= EventExtractor.maxHeadingLength { return true }
            if Self.organizationWords.contains(where: { end + $0.count <= text.count && text[end..<(end + $0.count)].elementsEqual($0) }) {
                return true
            }
            // 新开普大涨超10%: a move of its shares marks a listed company, among listed companies.
            if QuoteLexicons.listedMarket.longest(at: end, in: text) != nil, speaksOfListedCompanies { return true }
            // 青禾优选创始人林思远: a post (titles.txt) is held in an organization, unless the word
            // before it is a generic group (设计团队负责人).
            if QuoteLexicons.titles.longest(at: end, in: text)?.fields.first == "post",
               !Self.organizationWords.contains(where: { name.count > $0.count && name.suffix($0.count).elementsEqual($0) }) {
                return true
            }
            // 星辰科技与青禾优选 / 青禾优选和星河集团: listed with an organization, a name is one too.
            if index > 2, Self.listJoiners.contains(text[index - 1]), SpeakerParser.organization(endingAt: index - 1, in: text) { return true }
            if end + 2 < text.count, Self.listJoiners.contains(text[end]),
               QuoteLexicons.organizations.longest(at: end + 1, in: text, where: { $0.fields.first != "country" }).map({ $0.length >= 2 }) == true {
                return true
            }
            return QuoteLexicons.publishingVerbs.longest(at: end, in: text) != nil
                || QuoteLexicons.fillers.longest(at: end, in: text, where: { $0.fields.dropFirst().first == "name" }) != nil
        }
    }

    /// Whether the article writes `name` right after a role word somewhere (Meta CEO扎克伯格,
    /// 美国总统拜登).
    func followsRoleWord(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        occurrences(name).contains { number, index in
            let text = paragraphs[number]
            return index > 0 && QuoteLexicons.titles.longest(endingAt: index, in: text, where: { $0.fields.first != "prefix" }) != nil
        }
    }

    /// Whether the article (title or body) sets `name` off as a name with 「」 or quotation marks
    /// at least once (「星河快送」), the strict mark a common noun (广告, 大厂) never gets from compounds.
    func quotesAsName(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        if title.count >= name.count + 2, (1...(title.count - name.count - 1)).contains(where: {
            Self.nameOpeners.contains(title[$0 - 1]) && title[$0..<($0 + name.count)].elementsEqual(name) && Self.nameClosers.contains(title[$0 + name.count])
        }) {
            return true
        }
        return occurrences(name).contains { number, index in
            let text = paragraphs[number]
            let end = index + name.count
            return index > 0 && end < text.count && Self.nameOpeners.contains(text[index - 1]) && Self.nameClosers.contains(text[end])
        }
    }

    private func occurrences(_ name: ArraySlice<Unicode.Scalar>) -> [(Int, Int)] {
        guard name.count >= 2 else { return [] }
        if let known = found[Array(name)] { return known }
        let answer = sortedPairs == nil && found.count < Self.scansBeforeIndex ? scan(name) : lookUp(name, in: sortedPairs ?? buildPairIndex())
        found[Array(name)] = answer
        return answer
    }

    private func scan(_ name: ArraySlice<Unicode.Scalar>) -> [(Int, Int)] {
        var answer: [(Int, Int)] = []
        let first = name[name.startIndex], second = name[name.startIndex + 1]
        for (number, text) in paragraphs.enumerated() where text.count >= name.count {
            for start in 0...(text.count - name.count) where text[start] == first && text[start + 1] == second
                && text[start..<(start + name.count)].elementsEqual(name) {
                answer.append((number, start))
            }
        }
        return answer
    }

    private func lookUp(_ name: ArraySlice<Unicode.Scalar>, in index: [(pair: UInt64, paragraph: Int32, index: Int32)]) -> [(Int, Int)] {
        let pair = Self.key(name[name.startIndex], name[name.startIndex + 1])
        var low = 0, high = index.count
        while low < high {
            let middle = (low + high) / 2
            if index[middle].pair < pair { low = middle + 1 } else { high = middle }
        }
        var answer: [(Int, Int)] = []
        while low < index.count, index[low].pair == pair {
            let (number, start) = (Int(index[low].paragraph), Int(index[low].index))
            if start + name.count <= paragraphs[number].count, paragraphs[number][start..<(start + name.count)].elementsEqual(name) {
                answer.append((number, start))
            }
            low += 1
        }
        return answer
    }

    private func buildPairIndex() -> [(pair: UInt64, paragraph: Int32, index: Int32)] {
        var built: [(pair: UInt64, paragraph: Int32, index: Int32)] = []
        built.reserveCapacity(paragraphs.reduce(0) { $0 + $1.count })
        for (number, text) in paragraphs.enumerated() where text.count >= 2 {
            for index in 0..<(text.count - 1) { built.append((Self.key(text[index], text[index + 1]), Int32(number), Int32(index))) }
        }
        built.sort { $0.pair < $1.pair }
        sortedPairs = built
        return built
    }

    private static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

    /// How many times `name` (two scalars or more) occurs in the body.
    func count(_ name: ArraySlice<Unicode.Scalar>) -> Int { occurrences(name).count }

    /// Whether the article (title or body) speaks of listed companies: it holds a word such as
    /// 个股, 上市公司 or 业绩预告 (listed-company-words.txt, context). Read once, when a short
    /// name (星禾生物) first stands before a cue.
    private(set) lazy var speaksOfListedCompanies: Bool = ([title] + paragraphs).contains { text in
        text.indices.contains { QuoteLexicons.listedContext.longest(at: $0, in: text) != nil }
    }
}

/// Splits the words before a cue into affiliation, title and name, using the lexicons:
/// `中南财经政法大学数字经济研究院执行院长盘和林` → 中南财经政法大学数字经济研究院 / 执行院长 / 盘和林.
enum SpeakerParser {
    typealias Scalars = [Unicode.Scalar]
    private static let maxSpanLength = 40

    /// `publisher`: the cue itself names a publication (报告显示, 发文称), so a name-like subject
    /// no lexicon knows is the organization that published it.
    /// `outlet`: the cue is an outlet verb (报道, 消息), so a title in 《》 is the publication.
    static func parse(_ written: ArraySlice<Unicode.Scalar>, publisher: Bool = false, outlet: Bool = false) -> SpeakerReference? {
        guard let mentions = KnownNames.mentions else { return read(written, publisher: publisher, outlet: outlet) }
        let question = Question(span: written, publisher: publisher, outlet: outlet)
        if let known = mentions.speakerParses[question] { return known }
        let answer = read(written, publisher: publisher, outlet: outlet)
        mentions.speakerParses[question] = answer
        return answer
    }

    /// What a parse is asked: the span as written (equal by its scalars, wherever it was cut
    /// from) and the two flags.
    struct Question: Hashable {
        let span: ArraySlice<Unicode.Scalar>
        let publisher: Bool
        let outlet: Bool

        // One run of bytes: cheaper than hashing scalar by scalar.
        func hash(into hasher: inout Hasher) {
            span.withUnsafeBytes { hasher.combine(bytes: $0) }
            hasher.combine(publisher)
            hasher.combine(outlet)
        }
    }

    private static func read(_ written: ArraySlice<Unicode.Scalar>, publisher: Bool, outlet: Bool) -> SpeakerReference? {
        let span = withoutTypographicSpaces(written)
        // 市场研究机构海川咨询表示: a class noun before a name is apposition; the name after it is
        // an organization's, known or not.
        if let name = nameAfterClassNoun(span) { return name }
        guard let found = parseSpan(span, publisher: publisher, outlet: outlet) else {
            return actorBeforeSequel(span).flatMap { isOutletReporter($0, in: span) ? nil : $0 }
        }
        if isOutletReporter(found, in: span) { return nil }
        // 国际数据公司（IDC）表示: an acronym in brackets after the words makes them a proper name, not a kind.
        if case .speakers(let named) = found, named.count == 1, named[0].kind == .anonymous,
           let glossed = acronymGlossed(span), named[0].name == glossed.string {
            return .speakers([Speaker(name: named[0].name, kind: .organization)])
        }
        // 林思远（星海证券首席分析师）认为: a gloss closing the span gives a bare name its post.
        guard case .speakers(var speakers) = found, speakers.count == 1, speakers[0].kind == .person,
              speakers[0].title.isEmpty, speakers[0].affiliation.isEmpty, let gloss = closingGloss(span) else { return found }
        var described = speakers[0]
        splitHead(gloss, into: &described)
        guard !described.title.isEmpty else { return found }
        speakers[0] = described
        return .speakers(speakers)
    }

    /// 星河科技 CEO 陈亮: a space between Latin letters and the Han scalar after them, or between
    /// a Han scalar and a Latin role word, is typography (written by many outlets), no word
    /// boundary. Spaces between Latin words (Tim Sweeney), before a Latin name (云服务 Pixelo)
    /// and around numbers (140 多位) stay as written.
    static func withoutTypographicSpaces(_ span: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        guard span.contains(" ") else { return span }
        let text = Array(span)
        var kept: Scalars = []
        kept.reserveCapacity(text.count)
        for index in text.indices {
            if text[index] == " ", index > 0, index + 1 < text.count, isLatin(text[index - 1]) && Marks.isHan(text[index + 1])
                || Marks.isHan(text[index - 1]) && startsLatinRole(at: index + 1, in: text) {
                continue
            }
            kept.append(text[index])
        }
        return kept[...]
    }

    private static func startsLatinRole(at start: Int, in text: Scalars) -> Bool {
        var end = start
        while end < text.count, isLatin(text[end]) { end += 1 }
        return end > start && QuoteLexicons.titles.word(text[start..<end]) != nil
    }

    /// 星海日报记者随后登录官网后发现: an outlet's reporter (the outlet, or 记者 of it, read from the
    /// words before 记者) is the subject, and a reporter's own findings are no quote. A reporter
    /// named (星海日报记者周明远) is a person and speaks.
    private static func isOutletReporter(_ found: SpeakerReference, in span: ArraySlice<Unicode.Scalar>) -> Bool {
        guard case .speakers(let speakers) = found, speakers.count == 1,
              let at = span.indices.first(where: { span[$0...].starts(with: reporterWord) }) else { return false }
        let outlet = span[..<at].string.trimmingSpaces
        let speaker = speakers[0]
        return !outlet.isEmpty && (speaker.kind == .organization && speaker.name == outlet
            || speaker.kind == .anonymous && speaker.name == "记者" && speaker.affiliation == outlet)
    }

    /// 该博主拿到新机后发现 / 星河科技收到通知后表示: a clause of what the speaker did first, closed
    /// by 后, stands between the speaker and the cue; the longest start that names a speaker is one.
    private static func actorBeforeSequel(_ span: ArraySlice<Unicode.Scalar>) -> SpeakerReference? {
        guard let text = sequelClause(span), text.count >= 5 else { return nil }
        // (输入手机背后的进网许可证号后: a possessive inside is the clause's object, no speaker.)
        for end in stride(from: text.count - 3, through: 2, by: -1) where text.count - end <= 12 && !text[..<end].contains("的") {
            if let found = parseSpan(text[..<end], publisher: false, outlet: false) { return found }
        }
        return nil
    }

    /// The words of a span that ends in 后 (an adverb such as 却 after it dropped): what someone
    /// did before the cue (收到通知后, 收货开箱测试后却); nil for any other span.
    static func sequelClause(_ span: ArraySlice<Unicode.Scalar>) -> Scalars? {
        var words = Array(span)
        trimSpaces(&words)
        while let last = words.last, last == " " || QuoteLexicons.fillers.longest(endingAt: words.count, in: words, where: { $0.fields.first != "lead" })?.length == 1 {
            words.removeLast()
        }
        guard words.count >= 3, words.last == "后", !words.contains(where: { Marks.isClauseBoundary($0) }) else { return nil }
        return words
    }

    /// `市场研究机构海川咨询`, `美国科技公司Nova`: the organization named after a class noun
    /// (appositive-classes.txt), with a country or place before it: a name the rest of the span
    /// reads as one, else the rest as written when it reads like a name.
    private static func nameAfterClassNoun(_ span: ArraySlice<Unicode.Scalar>) -> SpeakerReference? {
        var name = Array(span)
        // Most spans hold no class noun: look for one before cleaning the span.
        guard name.indices.contains(where: { QuoteLexicons.appositiveClasses.longest(at: $0, in: name) != nil }) else { return nil }
        clean(&name)
        var start = 0
        if let country = QuoteLexicons.organizations.longest(at: 0, in: name), country.fields.first == "country" {
            start = country.length
        } else if let place = QuoteLexicons.places.longest(at: 0, in: name) {
            start = place.length
        } else if let held = name.indices.first(where: { $0 >= 2 && name[$0...].starts(with: heldUnderWord) }) {
            // 星辰科技旗下(的)社交应用星聊: the owner and 旗下 open the class.
            start = held + heldUnderWord.count
            if start < name.count, name[start] == "的" { start += 1 }
        }
        // (被告人 is a title: a longer role word opening there is no class noun 被告.)
        guard let noun = QuoteLexicons.appositiveClasses.longest(at: start, in: name), name.count - start - noun.length >= 2,
              (QuoteLexicons.titles.longest(at: start, in: name)?.length ?? 0) <= noun.length else { return nil }
        var rest = name[(start + noun.length)...]
        // 社交应用“星聊”: the marks set the name off.
        if rest.count > 2, let first = rest.first, let closer = Marks.closer(of: first), rest.last == closer { rest = rest.dropFirst().dropLast() }
        if QuoteLexicons.organizations.word(rest) == nil, case .speakers(let found)? = parseSpan(rest, publisher: false, outlet: false),
           found.count == 1, found[0].kind == .organization {
            return .speakers(found)
        }
        guard isNameLike(Array(rest), apposed: true) || rest.allSatisfy({ isLatin($0) || $0 == " " }) else { return nil }
        return .speakers([Speaker(name: rest.string.trimmingSpaces, kind: .organization)])
    }

    private static let heldUnderWord = Array("旗下".unicodeScalars)

    /// `国际数据公司（IDC）`: the Han words before a bracketed Latin acronym (two to eight capitals)
    /// when they end in an organization's suffix.
    static func acronymGlossed(_ span: ArraySlice<Unicode.Scalar>) -> Scalars? {
        guard let open = span.firstIndex(where: { $0 == "（" || $0 == "(" }), open > span.startIndex,
              let close = span[open...].firstIndex(where: { $0 == "）" || $0 == ")" }), (3...9).contains(close - open),
              span[(open + 1)..<close].allSatisfy({ ("A"..."Z").contains($0) || $0 == "&" }) else { return nil }
        var words = Array(span[..<open])
        clean(&words)
        guard words.count >= 3, words.allSatisfy(Marks.isHan), QuoteLexicons.orgSuffixes.longest(endingAt: words.count, in: words) != nil else { return nil }
        return words
    }

    /// The words inside parentheses that close a span (`林思远（星海证券首席分析师）`), when they end
    /// in a title.
    private static func closingGloss(_ span: ArraySlice<Unicode.Scalar>) -> Scalars? {
        var text = Array(span)
        trimSpaces(&text)
        guard let last = text.last, last == "）" || last == ")",
              let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }), open > 0, text.count - open - 2 >= 2 else { return nil }
        var inner = Array(text[(open + 1)..<(text.count - 1)])
        trimSpaces(&inner)
        guard inner.count <= 30, QuoteLexicons.titles.longest(endingAt: inner.count, in: inner, where: { $0.fields.first != "prefix" }) != nil,
              !inner.contains(where: { Marks.clauseBreaks.contains($0) }) else { return nil }
        return inner
    }

    private static func parseSpan(_ span: ArraySlice<Unicode.Scalar>, publisher: Bool, outlet: Bool) -> SpeakerReference? {
        var text = Array(span)
        let dateline = Dateline.end(in: text, from: 0, to: text.count)
        if dateline > 0 { text.removeFirst(dateline) }
        removeParentheses(&text)
        if let person = handledPerson(text) { return .speakers([person]) }
        removeQuotedEpithets(&text)
        removeAccountHandles(&text)
        joinSpacedNames(&text)
        // 包括星河科技、蓝湾集团在内的多家企业: the members named inside the frame speak (包括 is
        // a lead filler, dropped below).
        if let including = text.indices.first(where: { text[$0...].starts(with: includingWord) }), including <= 2,
           let among = text.indices.first(where: { $0 > including && text[$0...].starts(with: amongWord) }), among > including + includingWord.count + 1 {
            text = Array(text[..<among])
            // The frame marks what it lists as members of the group after it: a name no
            // lexicon knows is one of them too (包括青禾优选、蓝湾到家在内的多家平台).
            let members = text[(including + includingWord.count)...].split(whereSeparator: { listMarks.contains($0) }).map(Array.init)
            let speakers = members.map { member -> Speaker? in
                if case .speakers(let found)? = parseOne(member), found.count == 1 { return found[0] }
                return isNameLike(member) ? Speaker(name: member.string, kind: .organization) : nil
            }
            if members.count >= 2, speakers.allSatisfy({ $0 != nil }) { return .speakers(speakers.compactMap { $0 }) }
        }
        // 招标公告显示 / 研究报告指出: a document named by its topic (not-speakers.txt) speaks for
        // whoever published it, like a bare 公告.
        // 相关数据显示 / 从环比数据来看: a document word marked `bare` speaks only alone.
        if let document = QuoteLexicons.documents.longest(endingAt: text.count, in: text), document.length < text.count,
           document.fields.dropFirst().first != "bare" {
            var topic = Array(text[..<(text.count - document.length)])
            clean(&topic)
            if !topic.isEmpty, QuoteLexicons.notSpeakers.word(topic[...]) != nil {
                return .documentWord(String(document.key.drop { "该这那此份本次".contains($0) }))
            }
        }
        // 携程旅行数据显示 / 飞猪报告显示: an outlet word after the speaker marks it as a publisher.
        var outletMarked = publisher
        clean(&text, outletMarked: &outletMarked)
        // 星海市中级人民法院判决书写道: an organization's document written right after its name
        // speaks for it (…的判决书 is read below).
        if !text.contains("一"), let document = QuoteLexicons.documents.longest(endingAt: text.count, in: text), document.length + 2 <= text.count,
           text[text.count - document.length - 1] != "的" {
            let owner = Array(text[..<(text.count - document.length)])
            if isOrganization(owner[...], lenient: false), case .speakers(let found)? = parseOne(owner), found.count == 1, found[0].kind == .organization {
                return .speakers(found)
            }
        }
        // 该《办法》规定 / 这份《报告》显示: the demonstrative only points at the title.
        if let open = text.firstIndex(of: "《"), open > 0, open <= 2, text[..<open].allSatisfy({ demonstratives.contains($0) || $0 == "份" || $0 == "项" }) {
            text.removeFirst(open)
        }
        // 《星海法》第八条第二款规定 / 《星海法》中规定: the law itself, not its article, speaks.
        stripArticleReference(&text)
        if let found = publisherOfTrailingDocument(text, outletMarked: outletMarked) { return found }
        // 《日经新闻》的报道: the publication whose report it is.
        let documentEnd = text.last == "中" ? text.count - 1 : text.count
        if text.first == "《", let close = text.firstIndex(of: "》"), close > 1, close + 2 < documentEnd, text[close + 1] == "的",
           let document = QuoteLexicons.documents.longest(endingAt: documentEnd, in: text), document.length == documentEnd - close - 2 {
            return .speakers([Speaker(name: text[1..<close].string, kind: .organization)])
        }
        if text.first == "《", text.last == "》", text.count > 2, !text.dropFirst().dropLast().contains("《") {
            let title = Array(text.dropFirst().dropLast())
            // 《华尔街日报》报道: a newspaper or magazine is an organization, not a document; so is
            // any title before an outlet verb (《青禾周报》发表报道).
            if outlet || QuoteLexicons.organizations.word(title[...]) != nil
                || endsInPublicationWord(title[...]) {
                return .speakers([Speaker(name: title.string, kind: .organization)])
            }
            return .document(title.string)
        }
        // 《经济学人》杂志: a title followed by a publication word is that publication, named with
        // the word as 《明镜》周刊 is 明镜周刊.
        let titled = text.first == "《" && text.firstIndex(of: "》").map { close in
            close > 1 && QuoteLexicons.publicationWords.longest(at: close + 1, in: text).map { close + 1 + $0.length == text.count } == true
        } == true
        // 在新书《开放的边界》中: words inside a title name no person (边界).
        let titleWords = text.split(separator: "《").dropFirst().compactMap { $0.split(separator: "》", omittingEmptySubsequences: false).first.map(Array.init) }
        text.removeAll { $0 == "《" || $0 == "》" }
        clean(&text)
        if titled, parseClean(text) == nil { return .speakers([Speaker(name: text.string, kind: .organization)]) }
        // A label such as `NO.4 ` before the speaker is no part of it (a Latin name such as
        // `Meta 发言人` is: only labels with a digit or a mark are dropped).
        if let space = text.lastIndex(of: " "), space > 0, !text[..<space].contains(where: Marks.isHan),
           !text[..<space].allSatisfy({ isNumeral($0) || $0 == " " }), text[..<space].contains(where: { !isLatin($0) && $0 != " " }),
           text[(space + 1)...].contains(where: Marks.isHan) {
            text.removeFirst(space + 1)
        }
        guard !text.isEmpty, text.last != "被", !containsNegation(text), !isPassive(text) else { return nil }
        // 诉讼中写道 / 报告中指出: the document the words are in speaks.
        // 星海晚报的报道中还提到: likewise a document word after 的.
        if text.count >= 3, text.last == "中", QuoteLexicons.anonymous.word(text.dropLast()) != nil
            || QuoteLexicons.documents.word(text.dropLast()) != nil
            || QuoteLexicons.documents.longest(endingAt: text.count - 1, in: text).map({ text.count - 1 - $0.length > 0 && text[text.count - 2 - $0.length] == "的" }) == true {
            text.removeLast()
        }
        if let cited = citation(text) { return cited }
        // 星海市交通局关于加强网约车管理的通知: the body before 关于 issued the document.
        if let issuer = issuerBeforeAbout(text, outletMarked: outletMarked) { return issuer }
        // 星海市监管局根据总局的部署: a setting word that needs its closer and has it (根据…部署)
        // is a setting for sure; the speaker is read before it, never the whole span.
        let whole = (1..<max(1, text.count - 2)).contains {
            QuoteLexicons.closedSettingStarts.contains(text[$0]) && QuoteLexicons.setting(at: $0, in: text)?.fields.dropFirst().first == "closer"
        } ? nil : parseClean(text)
        if let whole, !names(whole).contains(where: containsSetting),
           !names(whole).contains(where: { name in titleWords.contains { $0.count >= 2 && $0.contains(Array(name.unicodeScalars.prefix(2))) } }) {
            return whole
        }
        // 周明远在星辰集团年会上 / 林思远向星海日报: the speaker is what precedes the setting.
        // 星河旅行通过官方微博: an unknown name before a setting that holds an outlet word is
        // the publishing organization (the setting, not the name, carried the outlet word).
        var namedBeforeSetting: Scalars?
        // 与星河公司董事长会谈时: a conjunction opens a setting only when a frame word closes it
        // (周明远与林思远均表示: two speakers; 物流与采购联合会: one name).
        let closedByFrame = text.count > 1 && frameClosers.contains(text[text.count - 1])
        for cut in stride(from: text.count - 1, through: 1, by: -1) {
            guard let word = QuoteLexicons.setting(at: cut, in: text, framed: closedByFrame) else { continue }
            // A setting is short and is no narrative of its own (对该项目做过评估, 对他当选一事; 被问及 is a setting word).
            let setting = text[cut...]
            // 在人社部2021年第四季度新闻发布会上: a setting closed by its frame word may run longer.
            let framed = setting.count <= 30 && settingClosers.contains(setting[setting.endIndex - 1])
            if setting.count > 16 && !framed || setting.contains("了") || setting.dropFirst(word.length).contains("被") { continue }
            var head = Array(text[..<cut])
            clean(&head)
            if !head.isEmpty, let found = parseClean(head) {
                // 张宏在接受采访时: a name read up to a one-scalar setting word (在, 向) that opens a
                // setting of its own ends before it when the shorter name reads too.
                if case .speakers(let people) = found, people.count == 1, people[0].kind == .person, head.count > 2,
                   QuoteLexicons.setting(at: head.count - 1, in: head)?.length == 1,
                   case .speakers(let shorter)? = parseClean(Array(head.dropLast())), shorter.count == 1, shorter[0].kind == .person,
                   shorter[0].name.unicodeScalars.count >= 2 {
                    return .speakers(shorter)
                }
                return found
            }
            if namedBeforeSetting == nil, isNameLike(head) { namedBeforeSetting = head }
        }
        if whole == nil, outletMarked, let head = namedBeforeSetting ?? (isNameLike(text) || outlet && isOutletName(text) ? text : nil) {
            return .speakers([Speaker(name: head.string, kind: .organization)])
        }
        return whole
    }

    /// `荔枝新闻` before 报道: a name and a word that ends outlets' names (not-speakers.txt, outlet).
    private static func isOutletName(_ text: Scalars) -> Bool {
        guard let ending = QuoteLexicons.notSpeakers.longest(endingAt: text.count, in: text), ending.fields.first == "outlet",
              text.count - ending.length >= 2 else { return false }
        return isNameLike(Array(text[..<(text.count - ending.length)]))
    }

    private static let settingClosers: ScalarSet = ["会", "上", "中", "时"]
    /// The frame words that close a setting opened by a conjunction (与…会谈时); not 会, which
    /// also ends names (联合会, 委员会).
    private static let frameClosers: ScalarSet = ["上", "中", "时"]

    /// Words between a publishing verb and the document it names (发布了一份, 发布的最新).
    private static let documentLeads: ScalarSet = ["了", "的", "一", "份", "篇", "则", "项", "最", "新", "本", "期"]
    private static let allPublishingVerbs = QuoteLexicons.publishingVerbs.words.map(\.scalars)

    /// `星辰科技发布售罄公告` (公告 already dropped as an outlet word), `青禾咨询与星海实验室联合发布
    /// 《白皮书》`, `青禾咨询《2021年移动报告》`: the publisher named before the document speaks for it.
    private static func publisherOfTrailingDocument(_ text: Scalars, outletMarked: Bool) -> SpeakerReference? {
        guard text.count >= 3 else { return nil }
        var documentStart = text.count
        if text.last == "》", let open = text.lastIndex(of: "《"), open > 0 {
            documentStart = open
        } else if !outletMarked {
            return nil
        }
        // The publishing verb right before the document, across a short modifier (售罄公告).
        var head = documentStart
        var modifierStart = documentStart
        while modifierStart > 0, documentStart - modifierStart <= 12 {
            var verbEnd = modifierStart
            while verbEnd > 0, documentLeads.contains(text[verbEnd - 1]) { verbEnd -= 1 }
            if let verb = allPublishingVerbs.first(where: { verbEnd >= $0.count + 2 && text[(verbEnd - $0.count)..<verbEnd].elementsEqual($0) }) {
                head = verbEnd - verb.count
                break
            }
            if Marks.clauseBreaks.contains(text[modifierStart - 1]) || text[modifierStart - 1] == "》" { break }
            modifierStart -= 1
        }
        // A document without a verb before it needs its own title (青禾咨询《……》).
        guard head < documentStart || documentStart < text.count, head >= 2 else { return nil }
        var publisher = Array(text[..<head])
        clean(&publisher)
        guard !publisher.isEmpty, !publisher.contains("《") else { return nil }
        if case .speakers(let found)? = parseClean(publisher), found.allSatisfy({ $0.kind == .organization }) { return .speakers(found) }
        if isNameLike(publisher) || publisher.allSatisfy({ isLatin($0) || $0 == " " }) {
            return .speakers([Speaker(name: publisher.string.trimmingSpaces, kind: .organization)])
        }
        return nil
    }

    private static let about = Array("关于".unicodeScalars)

    private static func issuerBeforeAbout(_ text: Scalars, outletMarked: Bool) -> SpeakerReference? {
        guard text.count > about.count + 3, text.contains(about[0]),
              let at = (2..<(text.count - about.count)).first(where: { text[$0..<($0 + about.count)].elementsEqual(about) }),
              outletMarked || QuoteLexicons.documents.longest(endingAt: text.count, in: text) != nil else { return nil }
        var head = Array(text[..<at])
        clean(&head)
        guard case .speakers(let found)? = parseClean(head), found.allSatisfy({ $0.kind == .organization }) else { return nil }
        return .speakers(found)
    }

    private static let citingVerbs: [Scalars] = ["援引", "引述", "引用"].map { Array($0.unicodeScalars) }
    private static let citedEndings: [Scalars] = ["的话", "的说法", "的消息", "的报道", "的数据", "消息", "报道", "的"].map { Array($0.unicodeScalars) }

    /// `星海日报援引知情人士的话称`: the source cited and the outlet citing it both give the words
    /// (like 据X，Y表示); an outlet whose source names nobody speaks alone.
    private static let citingScalars: ScalarSet = ["援", "引"]

    private static func citation(_ text: Scalars) -> SpeakerReference? {
        guard text.contains(where: { citingScalars.contains($0) }), let at = (1..<max(1, text.count - 2)).first(where: { index in citingVerbs.contains { index + $0.count < text.count && text[index..<(index + $0.count)].elementsEqual($0) } }) else { return nil }
        var outlet = Array(text[..<at])
        clean(&outlet)
        // Whoever cites a source publishes: an unknown name is an outlet (青禾视界援引……).
        let citing: [Speaker]
        if case .speakers(let found)? = parseClean(outlet), found.count == 1 {
            citing = found
        } else if isNameLike(outlet) {
            citing = [Speaker(name: outlet.string, kind: .organization)]
        } else {
            return nil
        }
        var source = Array(text[(at + 2)...])
        if let ending = citedEndings.first(where: { source.count > $0.count && source.suffix($0.count).elementsEqual($0) }) {
            source.removeLast(ending.count)
        }
        clean(&source)
        if case .speakers(let cited)? = parseClean(source) { return .speakers(citing + cited) }
        return .speakers(citing)
    }

    /// Parts of a legal text after its number (第十二条, 第二款, 第三项).
    private static let articleParts: ScalarSet = ["条", "款", "项", "章", "节", "目"]

    /// `《星海法》第八条第二款` / `《星海法》中` → `《星海法》`.
    private static func stripArticleReference(_ text: inout Scalars) {
        guard let close = text.lastIndex(of: "》"), close + 1 < text.count, text.first == "《" else { return }
        var index = close + 1
        while index < text.count, text[index] == "第" {
            var end = index + 1
            while end < text.count, isNumeral(text[end]) { end += 1 }
            guard end > index + 1, end < text.count, articleParts.contains(text[end]) else { return }
            index = end + 1
        }
        if index < text.count, text[index] == "中" || text[index] == "的" { index += 1 }
        guard index == text.count, index > close + 1 else { return }
        text.removeLast(text.count - close - 1)
    }

    /// 加拿大鹅被舆论指责: the subject of a passive is what was spoken of, not the speaker
    /// (被告 and 被访者 are nouns; who 被问及 answers is the speaker).
    private static func isPassive(_ text: Scalars) -> Bool {
        text.indices.contains { text[$0] == "被" && $0 + 1 < text.count && text[$0 + 1] != "告" && text[$0 + 1] != "访" && text[$0 + 1] != "问" }
    }

    private static let negations: [Scalars] = ["没有", "并未", "尚未", "从未", "未曾", "并不", "拒绝"].map { Array($0.unicodeScalars) }

    /// 谷歌并没有在周五要求驳回……: what someone did not say is no quote.
    private static func containsNegation(_ text: Scalars) -> Bool {
        guard text.count >= 2 else { return false }
        // 林青未透露, 何东没说: a negation right before the cue negates it.
        if let last = text.last, last == "未" || last == "没" || last == "不" { return true }
        for index in 0..<(text.count - 1) where text[index] == "没" || text[index] == "并" || text[index] == "尚" || text[index] == "从" || text[index] == "未" || text[index] == "拒" {
            if negations.contains(where: { index + $0.count <= text.count && text[index..<(index + $0.count)].elementsEqual($0) }) { return true }
        }
        return false
    }

    /// Whether nothing of a speaker is left once asides, dates and fillers are removed: `（FCO）今日`.
    static func isEmptyAfterCleaning(_ span: ArraySlice<Unicode.Scalar>) -> Bool {
        var text = Array(span)
        removeParentheses(&text)
        clean(&text)
        return text.isEmpty || QuoteLexicons.fillers.word(text[...]) != nil
    }

    /// Whether a clause is only a date or a time word (2月22日, 今年3月, 近日) and names nobody.
    static func isTimeClause(_ span: ArraySlice<Unicode.Scalar>) -> Bool {
        if isEmptyAfterCleaning(span) { return true }
        var text = Array(span)
        trimSpaces(&text)
        while let last = text.last, dayParts.contains(last) { text.removeLast() }
        return !text.isEmpty && text.allSatisfy { isNumeral($0) || timeUnits.contains($0) || $0 == " " } && text.contains(where: { timeUnits.contains($0) })
    }
    private static let dayParts: ScalarSet = ["上", "下", "午", "晚", "早", "间", "夜"]

    private static func names(_ reference: SpeakerReference) -> [String] {
        if case .speakers(let speakers) = reference { return speakers.map(\.name) }
        return []
    }

    private static func containsSetting(_ name: String) -> Bool {
        containsSetting([Unicode.Scalar](scalarsOf: name))
    }

    private static func containsSetting(_ scalars: Scalars) -> Bool {
        scalars.indices.dropFirst().contains { QuoteLexicons.setting(at: $0, in: scalars) != nil }
    }
    /// Whether a name ends in a publication word (publication-words.txt: 星海日报, 蓝湾周刊),
    /// with more before it.
    static func endsInPublicationWord(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        let scalars = Array(name)
        return QuoteLexicons.publicationWords.longest(endingAt: scalars.count, in: scalars, from: 1) != nil
    }
    private static let publishingVerbs = QuoteLexicons.publishingVerbs.words.filter { $0.fields.first != "document" }.map(\.scalars)

    private static func parseClean(_ text: Scalars) -> SpeakerReference? {
        if let group = countedGroup(text) { return .speakers([group]) }
        if let group = countedPeople(text) { return .speakers([group]) }
        if let group = pluralDemonstrative(text) { return .speakers([group]) }
        if text.count <= maxSpanLength, let members = staffOfListedOrganizations(text) { return .speakers(members) }
        let joined = joiningYiji(text)
        if joined.count <= maxSpanLength, let pair = parsePair(joined) { return pair }
        if joined.count <= maxSpanLength, let people = parsePeoplePair(joined) { return .speakers(people) }
        // 海城大学教授王强等专家: the names listed before 等 and a word for their kind speak.
        if text.count <= maxSpanLength, endsWithKindAfterEtc(text), let list = parseList(text) { return list }
        // 店主表示 after 城东面馆店主何晓峰: a bare role of everyday life (titles.txt, role) is the
        // person the article named with it, else an unnamed source as written.
        if QuoteLexicons.titles.word(text[...])?.fields.first == "role" {
            return .description(text.string, asWritten: Speaker(name: text.string, kind: .anonymous))
        }
        if text.count <= maxSpanLength, let single = parseOne(text) { return single }
        if let possessive = text.lastIndex(of: "的") {
            var before = Array(text[..<possessive])
            // 星辰汽车发布的半年报 → 星辰汽车.
            for verb in publishingVerbs where before.count > verb.count && before.suffix(verb.count).elementsEqual(verb) {
                before.removeLast(verb.count)
                clean(&before)
                if case .speakers(let found)? = parseOne(before), found.allSatisfy({ $0.kind == .organization }) {
                    return .speakers(found)
                }
                // 青禾榜在去年年底发布的文章: the publisher before its setting, known or not.
                if before.contains(where: { QuoteLexicons.setting(at: 0, in: [$0]) != nil }),
                   case .speakers(let found)? = parse(before[...], publisher: true), found.allSatisfy({ $0.kind == .organization }) {
                    return .speakers(found)
                }
            }
            // 在星海大学法学院教竞争法的玛丽·汉森: the head noun after the last 的 is the speaker,
            // and a role named before it (前星海市监管部门律师、……的约翰·史密斯) describes them.
            var after = Array(text[(possessive + 1)...])
            clean(&after)
            // 对监管决定提出复议的公司: a generic word described by what it did is an unnamed group, as written.
            if case .previousOrganization(let generic)? = parseOne(after), generic == after.string, text.count <= 20 {
                var description = Array(text[..<possessive])
                clean(&description)
                guard !description.isEmpty, !isOrganization(description[...]) else { return nil }
                return .speakers([Speaker(name: droppingAnonymousLead(text).string, kind: .anonymous)])
            }
            // 星河科技一位不愿具名的高管: an organization and a member lead (一位) before the
            // description: the unnamed member of that organization, as when the organization
            // stands right before the noun (星河科技一位高管).
            if QuoteLexicons.titles.word(after[...]) != nil || QuoteLexicons.anonymous.word(after[...])?.fields.first == "group",
               let lead = (2..<possessive).first(where: { start in memberLeads.contains { text[start...].starts(with: $0) } }),
               isOrganization(text[..<lead], lenient: false) {
                return .speakers([Speaker(name: after.string, kind: .anonymous, affiliation: text[..<lead].string)])
            }
            // 一位电商数据保护公司的经理: a post of an unnamed organization, no name → the source as written.
            // (腾讯的发言人, 蓝湾科技的发言人: a named organization without a lead has the post as its member.)
            if QuoteLexicons.titles.word(after[...]).map({ $0.fields.first != "prefix" }) ?? false, text.count <= 20 {
                let written = Array(text[..<possessive])
                var owner = droppingAnonymousLead(written)
                clean(&owner)
                if owner.count == written.count, QuoteLexicons.anonymous.word(after[...])?.fields.dropFirst().first == "member",
                   isOrganization(owner[...], lenient: false) {
                    return .speakers([Speaker(name: after.string, kind: .anonymous, affiliation: owner.string)])
                }
                if owner.count >= 2, isOrganization(owner[...]) {
                    return .speakers([Speaker(name: droppingAnonymousLead(text).string, kind: .anonymous)])
                }
                // 一位不愿具名的高管: a post described by a clause that names no one is the unnamed
                // source as written, as 不愿具名的律师 is.
                if owner.count >= 2, owner.allSatisfy(Marks.isHan), parseOne(owner) == nil {
                    return .speakers([Speaker(name: droppingAnonymousLead(text).string, kind: .anonymous)])
                }
            }
            // 星海晚报的报道 / 星辰科技的公告: the organization whose document it is.
            let head = parseOne(after)
            if case .documentWord(let kind)? = head {
                var owner = Array(text[..<possessive])
                // 上周召开的会议 / 星辰科技发布的公告: the verb that made the document is no part of
                // its owner; with no one before the verb the document word stands alone, for the
                // linker to find who issued or held it.
                let made = QuoteLexicons.introducers(ofDocument: Array(kind.unicodeScalars)[...]) + allPublishingVerbs
                if let verb = made.filter({ owner.count >= $0.count && owner.suffix($0.count).elementsEqual($0) }).max(by: { $0.count < $1.count }) {
                    owner.removeLast(verb.count)
                    clean(&owner)
                    if owner.isEmpty { return head }
                }
                clean(&owner)
                switch parseOne(owner) {
                case .speakers(let found)? where found.allSatisfy({ $0.kind == .organization }): return .speakers(found)
                case .previousOrganization(let generic)? where !generic.isEmpty: return .previousOrganization(generic)
                default: return isNameLike(owner) ? .speakers([Speaker(name: owner.string, kind: .organization)]) : nil
                }
            }
            guard !after.isEmpty, case .speakers(var found)? = head else { return nil }
            if found.count == 1, found[0].kind == .person, found[0].title.isEmpty, found[0].affiliation.isEmpty {
                describe(&found[0], with: Array(text[..<possessive]))
                // ……的方式, ……的程度: a bare word of two scalars after 的 reads like a surname and a
                // given name; nothing but a second mention makes it one.
                let name = Array(found[0].name.unicodeScalars)
                // (在星海一家公司上班的蒋婷: where someone works or lives describes a person.)
                if found[0].title.isEmpty, found[0].affiliation.isEmpty, name.count == 2, name.allSatisfy(Marks.isHan), text.first != "在",
                   !isAddressedName(name[...]), !isFamiliarName(name[...]), !KnownNames.current.contains(found[0].name),
                   (KnownNames.mentions?.count(name[...]) ?? 0) < 2 {
                    return nil
                }
            }
            // 一位接近头部平台的人士 → 接近头部平台的人士: an unnamed source described by a clause is
            // named as written; 腾讯的相关负责人 belongs to that organization.
            // 腾讯的一位发言人: after an organization and 的, the indefinite lead is dropped as elsewhere.
            if found.count == 1, found[0].kind == .anonymous, found[0].affiliation.isEmpty, found[0].name != after.string,
               found[0].name == droppingAnonymousLead(after).string, !found[0].name.hasSuffix("人士") {
                var owner = Array(text[..<possessive])
                clean(&owner)
                if droppingAnonymousLead(owner).count == owner.count, isOrganization(owner[...]) { found[0].affiliation = owner.string }
            }
            if found.count == 1, found[0].kind == .anonymous, found[0].affiliation.isEmpty, found[0].name == after.string {
                var description = Array(text[..<possessive])
                clean(&description)
                if isSurveyShare(description) { return nil }
                // 人士 are close to or part of what is described (接近头部平台的人士), never its staff.
                if !found[0].name.hasSuffix("人士"), droppingAnonymousLead(description).count == description.count,
                   isOrganization(description[...]) {
                    found[0].affiliation = description.string
                } else if text.count <= 20, !isSurveyShare(description) {
                    found[0].name = droppingAnonymousLead(text).string
                }
            }
            return .speakers(found)
        }
        if text.count <= maxSpanLength, let joined = jointRoles(text) { return .speakers([joined]) }
        if text.count <= maxSpanLength { return parseList(text) ?? parsePair(text) }
        return nil
    }

    /// 腾讯和阿里巴巴相关负责人 / 腾讯、阿里、京东的工作人员: staff (anonymous-sources.txt, member)
    /// of several organizations named before them: one unnamed source of each (GUIDE).
    private static func staffOfListedOrganizations(_ text: Scalars) -> [Speaker]? {
        guard let staff = QuoteLexicons.anonymous.longest(endingAt: text.count, in: text, where: { $0.fields.dropFirst().first == "member" }),
              staff.length + 3 < text.count else { return nil }
        var owners = Array(text[..<(text.count - staff.length)])
        if owners.last == "的" { owners.removeLast() }
        while let last = owners.last, last == "等" || last == " " { owners.removeLast() }
        guard owners.contains("、") || owners.contains(where: conjunctions.contains),
              case .speakers(let organizations)? = parseList(owners) ?? parsePair(owners), organizations.count >= 2,
              organizations.allSatisfy({ $0.kind == .organization }) else { return nil }
        return organizations.map { Speaker(name: staff.key, kind: .anonymous, affiliation: $0.name) }
    }

    /// A known organization, one the article defines, or a name ending in an organization suffix
    /// (not a known name with words after it: 欧盟计划).
    private static func namesOrganizationWhole(_ part: Scalars) -> Bool {
        if QuoteLexicons.organizations.word(part[...]) != nil || KnownNames.organizations.contains(part.string) { return true }
        guard !part.contains("的"), let suffix = QuoteLexicons.orgSuffixes.longest(endingAt: part.count, in: part) else { return false }
        return part.count > suffix.length
    }

    private static let conjunctions: ScalarSet = ["和", "与", "及"]
    private static let jointVerbs: [Scalars] = ["联合", "携手", "会同"].map { Array($0.unicodeScalars) }
    private static let jointScalars: ScalarSet = ["联", "携", "会"]
    /// 星海大学与青禾科技联合实验室: one body set up by both.
    private static let jointBodyWords: [Scalars] = ["联合", "合作", "共建", "合资"].map { Array($0.unicodeScalars) }

    /// 微信和支付宝均回应称: two organizations joined by 和/与/及 each give the quote. Only known or
    /// suffixed names on both sides: 星海大学与青禾科技联合实验室 is one body, caught before this.
    private static func parsePair(_ text: Scalars) -> SpeakerReference? {
        // 星辰咨询联合青禾实验室: a verb of joining between two organizations joins them too.
        if text.contains(where: { jointScalars.contains($0) }), let joined = jointVerbs.lazy.compactMap({ word in (2..<max(2, text.count - word.count - 1)).first { text[$0..<($0 + word.count)].elementsEqual(word) }.map { ($0, word.count) } }).first {
            return organizationPair(Array(text[..<joined.0]), Array(text[(joined.0 + joined.1)...]))
        }
        guard let cut = text.firstIndex(where: { conjunctions.contains($0) }), cut >= 2, text.count - cut > 2,
              text.filter({ conjunctions.contains($0) }).count == 1 else { return nil }
        let second = Array(text[(cut + 1)...])
        guard !jointBodyWords.contains(where: { word in second.indices.contains { second[$0...].starts(with: word) } }) else { return nil }
        return organizationPair(Array(text[..<cut]), second)
    }

    /// Two joined parts that are both organizations: each known or suffixed, or one of them so
    /// and the other a name-like word that is no person's name (星辰科技与青禾优选: what is
    /// joined to an organization is one too). A suffix ending the second part may end a single
    /// name (国家发展和改革委员会, 文化和旅游部), so an unknown part has none, and an unknown first
    /// part needs a second one the lexicon knows whole.
    private static func organizationPair(_ first: Scalars, _ second: Scalars) -> SpeakerReference? {
        // 星河公司 (an unknown name and 公司) reads as an unnamed company, but joined to another
        // body it is a speaker of its own, of whatever kind it reads as.
        func named(_ part: Scalars, unnamedToo: Bool = false) -> Speaker? {
            guard namesOrganizationWhole(part), case .speakers(let found)? = parseOne(part), found.count == 1,
                  found[0].kind == .organization || unnamedToo && found[0].kind == .anonymous else { return nil }
            return found[0]
        }
        func known(_ part: Scalars) -> Bool {
            if let entry = QuoteLexicons.organizations.word(part[...]) { return entry.fields.first != "country" }
            return KnownNames.organizations.contains(part.string)
        }
        // 欧盟计划 is 欧盟 and a verb, not a third name.
        func unknown(_ part: Scalars) -> Speaker? {
            guard isNameLike(part), !hasNameForm(part.string), QuoteLexicons.organizations.longest(at: 0, in: part) == nil,
                  QuoteLexicons.orgSuffixes.longest(endingAt: part.count, in: part) == nil else { return nil }
            return Speaker(name: part.string, kind: .organization)
        }
        if let one = named(first) {
            if let other = named(second, unnamedToo: true) { return .speakers([one, other]) }
            if let other = unknown(second) { return .speakers([one, other]) }
        } else if let one = named(first, unnamedToo: true), let other = named(second, unnamedToo: true) {
            return .speakers([one, other])
        } else if known(second), let other = named(second), let one = unknown(first) {
            return .speakers([one, other])
        }
        return nil
    }

    /// `星辰科技CEO孙一鸣和CTO周丽华`: two titled people joined by 和/与/及 each give the quote.
    private static func parsePeoplePair(_ text: Scalars) -> [Speaker]? {
        guard let cut = text.firstIndex(where: { conjunctions.contains($0) }), cut >= 2, text.count - cut > 2,
              text.filter({ conjunctions.contains($0) }).count == 1,
              let first = person(Array(text[..<cut])), hasNameForm(first.name) || isTitledTransliteration(first),
              let second = person(Array(text[(cut + 1)...])), hasNameForm(second.name) || isTitledTransliteration(second),
              // 局长周明远与林思远均表示: one titled person makes the other a name, not a word; so
              // does a name the article writes again (林青和何东均表示 …… 何东说).
              !first.title.isEmpty || !second.title.isEmpty || [first, second].allSatisfy(isRepeatedName) else { return nil }
        return sharingAffiliation([first, second])
    }

    /// 星辰科技以及蓝湾集团: 以及 between two names joins them as 及 does (the 以 dropped).
    static func joiningYiji(_ text: Scalars) -> Scalars {
        guard let at = (2..<max(2, text.count - 3)).first(where: { text[$0] == "以" && text[$0 + 1] == "及" }) else { return text }
        return Array(text[..<at] + text[(at + 1)...])
    }

    private static func isRepeatedName(_ person: Speaker) -> Bool {
        (KnownNames.mentions?.count(Array(person.name.unicodeScalars)[...]) ?? 0) >= 2
    }

    /// 秘书长古特雷斯: a transliterated name after its title.
    private static func isTitledTransliteration(_ person: Speaker) -> Bool {
        !person.title.isEmpty && person.name.unicodeScalars.count >= 2 && person.name.unicodeScalars.allSatisfy(QuoteLexicons.transliteration.contains)
    }

    /// `星辰科技董事长孙一鸣、总裁周丽华`: a post written without an organization after a person of
    /// one is held in that organization.
    /// `listedWithPause`: the names are listed with 、 (星海证券分析师陈默、韩露), so a bare name after
    /// a titled one shares the title and where it is held; after 与/和 it does not (教授周明远与林思远).
    private static func sharingAffiliation(_ people: [Speaker], listedWithPause: Bool = false) -> [Speaker] {
        var people = people
        for index in people.indices.dropFirst() where people[index].kind == .person && people[index].affiliation.isEmpty {
            let previous = people[index - 1]
            if listedWithPause, people[index].title.isEmpty, previous.kind == .person, !previous.title.isEmpty, hasNameForm(people[index].name) {
                people[index].title = previous.title
                people[index].affiliation = previous.affiliation
                continue
            }
            guard previous.kind == .person, !previous.affiliation.isEmpty,
                  QuoteLexicons.titles.word(people[index].title)?.fields.first == "post" else { continue }
            people[index].affiliation = previous.affiliation
        }
        return people
    }

    /// 星海市商务局副局长、星海市商会会长周明远: one person holding several posts; titles and
    /// affiliations are joined with 、 in the order written.
    private static func jointRoles(_ text: Scalars) -> Speaker? {
        let segments = text.split(separator: "、").map(Array.init)
        guard segments.count >= 2, var person = person(segments[segments.count - 1]), !person.title.isEmpty else { return nil }
        var titles: [String] = []
        var affiliations: [String] = []
        for segment in segments.dropLast() {
            guard QuoteLexicons.titles.longest(endingAt: segment.count, in: segment, where: { $0.fields.first != "prefix" }) != nil else { return nil }
            var role = Speaker(name: "", kind: .person)
            splitHead(segment, into: &role)
            titles.append(role.title)
            if !role.affiliation.isEmpty { affiliations.append(role.affiliation) }
        }
        titles.append(person.title)
        if !person.affiliation.isEmpty { affiliations.append(person.affiliation) }
        person.title = titles.joined(separator: "、")
        person.affiliation = affiliations.joined(separator: "、")
        return person
    }

    /// Takes the title and affiliation from a description such as `前星海市监管局法律顾问、……`.
    private static func describe(_ speaker: inout Speaker, with description: Scalars) {
        for segment in description.split(whereSeparator: { $0 == "、" || $0 == "，" || $0 == "," }) {
            var words = Array(segment)
            if words.first == "前" { words.removeFirst() }
            // 来自星海大学的 / 星海大学的: the organization the person comes from or belongs to.
            let origin = words.starts(with: originWord) ? Array(words[originWord.count...]) : words
            if origin.count >= 3, isOrganization(origin[...], lenient: false) {
                speaker.affiliation = origin.string
                return
            }
            // 在星海大学法学院教竞争法的: where the person works is the affiliation (with a title
            // at the end, 在星河科技担任高管的, the title is read as below).
            let endsInTitle = QuoteLexicons.titles.longest(endingAt: words.count, in: words, where: { $0.fields.first != "prefix" }) != nil
            if words.first == "在", !endsInTitle {
                var end = words.count
                while end > 3, !isOrganization(words[1..<end]) { end -= 1 }
                // 在海城一家广告公司上班的: an organization counted (一家, 某) is unnamed, no affiliation.
                if end > 3, isCountedUnnamed(words[1..<end]) { return }
                if end > 3 {
                    speaker.affiliation = words[1..<end].string
                    return
                }
            }
            guard QuoteLexicons.titles.longest(endingAt: words.count, in: words, where: { $0.fields.first != "prefix" }) != nil else { continue }
            var candidate = speaker
            splitHead(words, into: &candidate)
            if !candidate.affiliation.isEmpty || candidate.title.count <= 6 {
                speaker = candidate
                return
            }
        }
    }

    /// `海城一家广告公司`, `某电商平台`: an organization counted or withheld (一家, 一所, 某) names none.
    private static func isCountedUnnamed(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
        words.contains("某") || words.indices.dropLast().contains { words[$0] == "一" && unnamedMeasures.contains(words[$0 + 1]) }
    }
    private static let unnamedMeasures: ScalarSet = ["家", "所", "间", "个"]

    /// Drops fillers, time words and spaces around a speaker span.
    private static func clean(_ text: inout Scalars) {
        var outletMarked = false
        clean(&text, outletMarked: &outletMarked)
    }

    /// `outletMarked` tells whether a tail dropped was an outlet word (数据, 报告, 官网: field `name`).
    private static func clean(_ text: inout Scalars, outletMarked: inout Bool) {
        var previous = -1
        while previous != text.count {
            previous = text.count
            // “……”——星海大学教授周明远: the dash that signs a quotation is no part of the name.
            while let first = text.first, signingDashes.contains(first) { text.removeFirst() }
            stripLeadingTimeExpression(&text)
            stripPlaceBeforePublication(&text)
            stripFillers(&text, outletMarked: &outletMarked)
            stripTime(&text)
            stripAdverbial(&text)
            stripManner(&text)
        }
    }

    private static let signingDashes: ScalarSet = ["—", "－", "-", "─", " "]

    /// `周明远笑着说` / `小陈一边整理货架一边说`: a manner in 着 or 边 closing the span is how, not who.
    private static func stripManner(_ text: inout Scalars) {
        guard text.count >= 3, let last = text.last else { return }
        var cuts: [Int] = []
        if last == "着" {
            // The manner is a short verb phrase: the shortest cut that leaves a speaker.
            for length in 2...7 where length < text.count {
                let start = text.count - length
                guard text[start..<text.count].allSatisfy(Marks.isHan) else { break }
                cuts.append(start)
            }
        } else if last == "边", let first = text.firstIndex(of: "边"), first < text.count - 1 {
            // 边A边说 / 一边A一边说: the manner starts at the first 边 (with its 一).
            let start = first > 0 && text[first - 1] == "一" ? first - 1 : first
            if start > 0 { cuts.append(start) }
        }
        for start in cuts {
            if let head = speakerBefore(start, in: text) {
                text = head
                return
            }
        }
    }

    /// The words before `cut` once fillers and time words are dropped, when they read as a
    /// speaker (a name, a title or an organization): what a manner or an adverb closing the
    /// span leaves.
    private static func speakerBefore(_ cut: Int, in text: Scalars) -> Scalars? {
        var head = Array(text[..<cut])
        var outlet = false
        stripFillers(&head, outletMarked: &outlet)
        stripTime(&head)
        return !head.isEmpty && parseOne(head) != nil ? head : nil
    }

    /// Scalars before 地 that make a place word, not an adverb (当地, 各地, 本地, 外地).
    private static let placeBeforeDi: ScalarSet = ["当", "各", "本", "异", "外", "两", "内", "基", "土", "场", "产", "属", "腹", "某", "此", "该", "田", "园", "工", "草", "墓", "陆", "高", "低", "圣", "福", "实", "盆"]

    /// `美团代表最后勉为其难地承认` / `周明远无奈地说`: an adverb in 地 closing the span is how, not who.
    private static func stripAdverbial(_ text: inout Scalars) {
        guard text.count >= 4, text.last == "地", !placeBeforeDi.contains(text[text.count - 2]) else { return }
        for length in 3...5 where length < text.count - 1 {
            let start = text.count - length
            guard text[start..<text.count].allSatisfy(Marks.isHan) else { break }
            // The adverb starts after a name, a title or an organization: the shortest cut that leaves one.
            if let head = speakerBefore(start, in: text) {
                text = head
                return
            }
        }
    }

    private static let timeUnits: ScalarSet = ["日", "号", "月", "年"]

    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        Numerals.arabicDigit(scalar) != nil || Numerals.digit(scalar) != nil || Numerals.smallUnit(scalar) != nil
    }

    /// `记者12日从……`, `新华社30日消息`: a date next to a speaker is not part of it.
    private static func stripTime(_ text: inout Scalars) {
        // IT之家 spacing (13 日): a space between a numeral and its unit is dropped first.
        if text.contains(" ") {
            var joined: Scalars = []
            for (index, scalar) in text.enumerated() {
                if scalar == " ", index > 0, index + 1 < text.count, isNumeral(text[index - 1]) || isNumeral(text[index + 1]),
                   timeUnits.contains(text[index + 1]) || isNumeral(text[index + 1]) || timeUnits.contains(text[index - 1]) { continue }
                joined.append(scalar)
            }
            text = joined
        }
        if let last = text.last, timeUnits.contains(last), text.count >= 2, isNumeral(text[text.count - 2]) {
            var start = text.count - 1
            while start > 0, isNumeral(text[start - 1]) || timeUnits.contains(text[start - 1]) { start -= 1 }
            // 今年3月: only the numbered part; 今年 is left to the time-word fillers.
            while start < text.count, !isNumeral(text[start]) { start += 1 }
            if start > 0, start < text.count { text.removeLast(text.count - start) }
        }
        // 星辰科技昨晚 / 星海市商务局近期: a time word (time-words.txt) closing the span is when, not who.
        if let word = QuoteLexicons.timeWords.longest(endingAt: text.count, in: text), word.length < text.count {
            text.removeLast(word.length)
        }
        // 今年2月星海市统计局: likewise one opening it, with the date it starts (not 今日头条).
        if let word = QuoteLexicons.timeWords.longest(at: 0, in: text), word.length < text.count,
           QuoteLexicons.organizations.longest(at: 0, in: text) == nil, word.length + 1 < text.count,
           isNumeral(text[word.length]) || QuoteLexicons.organizations.longest(at: word.length, in: text) != nil
            || QuoteLexicons.orgSuffixes.longest(endingAt: text.count, in: text) != nil {
            text.removeFirst(word.length)
        }
        if let first = text.first, isNumeral(first) {
            var end = 0
            while end < text.count, isNumeral(text[end]) || timeUnits.contains(text[end]) { end += 1 }
            if end > 1, end < text.count, timeUnits.contains(text[end - 1]) { text.removeFirst(end) }
        }
        trimSpaces(&text)
    }

    /// 本周三星辰科技 / 当天下午星辰科技: a time expression the event scanner reads opening the
    /// span, read whole before the time words strip part of it (本周 of 本周三), when a name of
    /// two or more scalars is left after it.
    private static func stripLeadingTimeExpression(_ text: inout Scalars) {
        guard text.count >= 4, let first = text.first, timeOpeners.contains(first), QuoteLexicons.organizations.longest(at: 0, in: text) == nil,
              let length = TimeExpressions.leadingLength(text), length + 2 <= text.count else { return }
        text.removeFirst(length)
    }
    /// 英国《金融时报》 / 德国《明镜》周刊: a country or place before a publication says where it
    /// appears (a law after a country, 美国《芯片法案》, keeps its issuer).
    private static func stripPlaceBeforePublication(_ text: inout Scalars) {
        guard let open = text.firstIndex(of: "《"), open > 0, let close = text[open...].firstIndex(of: "》"),
              isCountry(text[..<open]) || QuoteLexicons.places.word(text[..<open]) != nil else { return }
        let title = text[(open + 1)..<close]
        // 英国《卫报》: a title that ends the span after a country is an outlet's too.
        if endsInPublicationWord(title[...]) || QuoteLexicons.publicationWords.longest(at: close + 1, in: text) != nil || close == text.count - 1 {
            text.removeFirst(open)
        }
    }

    /// First scalars of the time expressions worth scanning for before a speaker.
    private static let timeOpeners = ScalarSet("本上下当同次前去今明昨早周")

    /// 全国妇联、教育部等11部门 / 国家网信办等四部门: a counted group speaks as that group.
    private static func countedGroup(_ text: Scalars) -> Speaker? {
        guard let etc = text.lastIndex(of: "等"), etc > 0 else { return nil }
        let group = Array(text[(etc + 1)...])
        guard let first = group.first, isNumeral(first), group.count >= 2, isOrganization(group[...]) || group.last == "委" else { return nil }
        return Speaker(name: group.string, kind: .organization)
    }

    /// Whether the span ends in 等 and a word for what the names before it are (等专家, 等人, 等企业).
    private static func endsWithKindAfterEtc(_ text: Scalars) -> Bool {
        guard let etc = text.lastIndex(of: "等"), etc > 0 else { return false }
        let kind = text[(etc + 1)...]
        return kind.elementsEqual(["人"]) || QuoteLexicons.anonymous.word(kind) != nil
            || QuoteLexicons.titles.word(kind).map { $0.fields.first != "prefix" } ?? false
            || QuoteLexicons.orgSuffixes.word(kind) != nil
    }

    /// `22位州长`, `140 多位美国议员`, `三名律师`: a count of people with its classifier, then at most a
    /// place and a role or post word, is a group named as written (GUIDE: collectives as written).
    private static func countedPeople(_ text: Scalars) -> Speaker? {
        // 星海银行两位高管: the organization before the count is the group's affiliation.
        if let countStart = text.firstIndex(where: { isNumeral($0) || vagueCounts.contains($0) }), countStart >= 2,
           isOrganization(text[..<countStart], lenient: false), var group = countedPeople(Array(text[countStart...])) {
            group.affiliation = text[..<countStart].string
            return group
        }
        var index = 0
        while index < text.count, isNumeral(text[index]) || text[index] == " " { index += 1 }
        // 多位高管 / 几名教授: a vague count with its classifier counts too.
        if index == 0, text.count > 2, vagueCounts.contains(text[0]), measureWords.contains(text[1]) {
            return namesCountedGroup(Array(text[2...])) ? Speaker(name: text.string, kind: .anonymous) : nil
        }
        // 三家银行 / 多家平台: a count of bodies names none of them, a group as written; 一家银行
        // is an unnamed one, written without its indefinite article (GUIDE: 一位/一名 dropped).
        let countEnd = index == 0 && text.count > 2 && vagueCounts.contains(text[0]) ? 1 : index
        if countEnd > 0, countEnd + 2 < text.count, text[countEnd] == "家",
           QuoteLexicons.orgSuffixes.word(text[(countEnd + 1)...]) != nil || isOrganization(text[(countEnd + 1)...], lenient: false) {
            let indefinite = text[..<countEnd].filter({ $0 != " " }) == ["一"]
            return Speaker(name: (indefinite ? Array(text[(countEnd + 1)...]) : text).string, kind: .anonymous)
        }
        // 一位业内人士: 一 with its classifier is the indefinite article, read by anonymousSource.
        guard index > 0, text[..<index].contains(where: isNumeral), text[..<index].filter({ $0 != " " }) != ["一"] else { return nil }
        if index < text.count, approximateCounts.contains(text[index]) { index += 1 }
        // 两人交代称 / 三人均表示: a count of 人 is a group of people as written.
        if index + 1 == text.count, text[index] == "人" { return Speaker(name: text.string, kind: .anonymous) }
        guard index < text.count, measureWords.contains(text[index]) else { return nil }
        return namesCountedGroup(Array(text[(index + 1)...])) ? Speaker(name: text.string, kind: .anonymous) : nil
    }

    /// What a count of people counts: a role or post word or an unnamed group, after at most a
    /// place (美国议员, 星海市议员: known, or ending in a place word such as 市).
    private static func namesCountedGroup(_ words: Scalars) -> Bool {
        var rest = words
        trimSpaces(&rest)
        guard rest.count <= 12, rest.allSatisfy({ Marks.isHan($0) || isLatin($0) }) else { return false }
        let namesGroup = { (noun: ArraySlice<Unicode.Scalar>) in
            QuoteLexicons.titles.word(noun).map { $0.fields.first != "prefix" } ?? false
                || QuoteLexicons.anonymous.word(noun)?.fields.first == "group"
        }
        return rest.indices.contains { start in
            guard rest.count - start <= 6, namesGroup(rest[start...]) else { return false }
            let place = rest[..<start]
            // 多位星海大学教授: the organization they belong to may stand there too (written as is).
            return place.isEmpty || QuoteLexicons.places.word(place) != nil || isCountry(place)
                || QuoteLexicons.orgSuffixes.longest(endingAt: start, in: rest)?.fields.first == "place"
                || isOrganization(place, lenient: false)
        }
    }
    private static let approximateCounts: ScalarSet = ["多", "余", "几"]
    private static let vagueCounts: ScalarSet = ["多", "几", "数"]

    /// `这些州`, `那些银行`, `这两家公司`, `这两国`: 这/那 with 些 or a count of two or more points at several
    /// bodies, never one, so the source is the group as written (GUIDE: 这些公司 → anonymous).
    private static func pluralDemonstrative(_ text: Scalars) -> Speaker? {
        guard text.count >= 3, text[0] == "这" || text[0] == "那" else { return nil }
        var rest = text.dropFirst()
        if rest.first == "些" {
            rest = rest.dropFirst()
        } else {
            guard let count = rest.first, count != "一", isNumeral(count) || count == "几" else { return nil }
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty, rest.count <= 8, rest.allSatisfy(Marks.isHan), !rest.contains("的") else { return nil }
        return Speaker(name: text.string, kind: .anonymous)
    }

    private static func parseList(_ text: Scalars) -> SpeakerReference? {
        var listPart = text
        if let etc = text.lastIndex(of: "等") { listPart = Array(text[..<etc]) }
        guard listPart.contains("、") || listPart.count < text.count else { return nil }
        var speakers: [Speaker] = []
        let items = listPart.split(separator: "、").map { item -> Scalars in
            var itemText = Array(item)
            trimSpaces(&itemText)
            return itemText
        }
        // 蓝川能源、利元亨预计: beside a listed company's short name, a coined one (利元亨) is another
        // company, not a person or nothing.
        var listed: Bool?
        for (position, itemText) in items.enumerated() {
            // 腾讯、阿里和字节跳动: the last item may join the last two with 和/与/及.
            if position == items.count - 1, items.count > 1, itemText.contains(where: { conjunctions.contains($0) }),
               case .speakers(let pair)? = parsePair(itemText), pair.count == 2 {
                speakers += pair
                continue
            }
            let found = parseOne(itemText)
            if case .speakers(let one)? = found, one.count == 1, one[0].kind == .organization {
                speakers.append(one[0])
                continue
            }
            let bare = found == nil || {
                guard case .speakers(let one)? = found, one.count == 1 else { return false }
                return one[0].kind == .person && one[0].title.isEmpty && one[0].affiliation.isEmpty
            }()
            if items.count > 1, bare, isCoinedShortName(itemText) {
                if listed == nil { listed = items.contains { isListedShortName($0) } }
                if listed == true {
                    speakers.append(Speaker(name: itemText.string, kind: .organization))
                    continue
                }
            }
            guard case .speakers(let one)? = found, one.count == 1, one[0].kind != .anonymous else { return nil }
            speakers.append(one[0])
        }
        return speakers.isEmpty ? nil : .speakers(sharingAffiliation(speakers, listedWithPause: true))
    }

    // MARK: - Listed companies

    /// Scalars that say how many or which, never the second scalar of a trade name (两家化工, 多类材料).
    private static let countingSecond: ScalarSet = ["家", "类", "种", "些", "只", "个", "批", "大", "项"]
    private static let countingFirst: ScalarSet = ["多", "各", "每", "诸", "某", "全", "本", "该", "其", "此", "这", "那", "同", "新", "老", "大", "小"]

    /// `星禾生物` / `蓝川能源` / `天舒股份`: a listed company's short name (证券简称), a two-scalar
    /// trade name and an industry word (listed-company-words.txt, ending), in an article about
    /// listed companies (context). Two scalars that open a sector (清洁能源, 基础化工: generic) or
    /// end in a modifier's scalar (锂电材料, 港股医药: modifier), an industry word (医药生物), a time
    /// word (明年汽车), a place or a country name no company of their own.
    static func isListedShortName(_ text: Scalars) -> Bool {
        guard (4...5).contains(text.count), text.allSatisfy(Marks.isHan),
              let ending = QuoteLexicons.listedEndings.longest(endingAt: text.count, in: text), text.count - ending.length == 2 else { return false }
        let brand = text[..<2]
        // 和 opening the span joins nothing before it: a trade name's first scalar (和邦生物).
        guard brand[0] == "和" || !notInNames.contains(brand[0]), !notInNames.contains(brand[1]), !countingFirst.contains(brand[0]), !countingSecond.contains(brand[1]),
              QuoteLexicons.listedGeneric.word(brand) == nil, QuoteLexicons.listedEndings.word(brand) == nil,
              !QuoteLexicons.listedModifierEnds.contains(brand[1]), QuoteLexicons.timeWords.word(brand) == nil,
              QuoteLexicons.places.word(brand) == nil, !isCountry(brand), QuoteLexicons.orgSuffixes.word(brand) == nil,
              QuoteLexicons.notSpeakers.word(brand) == nil, QuoteLexicons.anonymous.longest(at: 0, in: text) == nil,
              let mentions = KnownNames.mentions else { return false }
        return mentions.speaksOfListedCompanies
    }

    /// A coined short name (利元亨, 三七互娱): two to four scalars of one word, no place, title,
    /// unnamed source or topic.
    private static func isCoinedShortName(_ text: Scalars) -> Bool {
        (2...4).contains(text.count) && text.allSatisfy(Marks.isHan) && !text.contains(where: { notInNames.contains($0) })
            && QuoteLexicons.places.word(text[...]) == nil && !isCountry(text[...])
            && QuoteLexicons.notSpeakers.word(text[...]) == nil && QuoteLexicons.anonymous.longest(endingAt: text.count, in: text) == nil
            && QuoteLexicons.titles.longest(endingAt: text.count, in: text) == nil && QuoteLexicons.documents.longest(endingAt: text.count, in: text) == nil
    }

    /// One-character endings a body is pointed back to by (该局, 该行, 该院).
    private static let bodyEndings: ScalarSet = ["局", "部", "委", "行", "所", "院", "厅", "办", "会", "署", "司", "社", "台", "网", "馆", "站", "校", "处", "队"]
    private static let pointingLeads: [Scalars] = ["这家", "这个", "该", "此", "本"].map { Array($0.unicodeScalars) }

    /// `该局` / `该协会` / `这家平台`: the body of that kind named before.
    private static func pointedBody(_ text: Scalars) -> SpeakerReference? {
        guard text.count >= 2, let lead = pointingLeads.first(where: { text.count > $0.count && text.starts(with: $0) }) else { return nil }
        let rest = Array(text.dropFirst(lead.count))
        guard QuoteLexicons.anonymous.word(text[...]) == nil,
              QuoteLexicons.orgSuffixes.word(rest[...]) != nil || (rest.count == 1 && bodyEndings.contains(rest[0])) else { return nil }
        return .previousOrganization(rest.string)
    }

    private static let meetingEndings: [Scalars] = ["会议", "全会"].map { Array($0.unicodeScalars) }

    /// `国务院常务会议` / `星海市委全会`: a meeting named by the body that holds it speaks for that body.
    private static func meetingBody(_ text: Scalars) -> Speaker? {
        guard text.count >= 4, meetingEndings.contains(where: { text.suffix($0.count).elementsEqual($0) }) else { return nil }
        if let known = QuoteLexicons.organizations.longest(at: 0, in: text), known.length >= 2, known.fields.first != "country",
           text.count - known.length <= 12 {
            return Speaker(name: known.key, kind: .organization)
        }
        for stop in stride(from: text.count - 2, through: 2, by: -1) where text.count - stop <= 12 {
            let head = text[..<stop]
            guard QuoteLexicons.orgSuffixes.longest(endingAt: stop, in: text) != nil, isOrganization(head) else { continue }
            return Speaker(name: head.string, kind: .organization)
        }
        return nil
    }

    private static let sideWord = Array("方面".unicodeScalars)

    /// `星辰科技方面负责人`: 方面 (the side of) between an organization and an unnamed source is
    /// no part of either; the source is the organization's (负责人 of 星辰科技).
    private static func droppingSideWord(_ text: Scalars) -> Scalars? {
        guard text.count >= sideWord.count + 4, text.contains(sideWord[0]) else { return nil }
        for at in 2...(text.count - sideWord.count - 2) where text[at] == sideWord[0] && text[at..<(at + sideWord.count)].elementsEqual(sideWord) {
            let rest = text[(at + sideWord.count)...]
            guard let word = QuoteLexicons.anonymous.word(rest), word.fields.first == "group", isOrganization(text[..<at]) else { return nil }
            return Array(text[..<at]) + Array(rest)
        }
        return nil
    }

    private static func parseOne(_ text: Scalars) -> SpeakerReference? {
        guard !text.isEmpty, !text.contains("、"), !text.contains("，") else { return nil }
        if let sided = droppingSideWord(text) { return parseOne(sided) }
        if let body = pointedBody(text) { return body }
        if let body = meetingBody(text) { return .speakers([body]) }
        let string = text.string
        if text.count <= 6, let document = QuoteLexicons.documents.longest(endingAt: text.count, in: text), document.length == text.count {
            let kind = Array(document.scalars.drop { demonstratives.contains($0) || measureWords.contains($0) || $0 == "份" || $0 == "次" })
            return .documentWord(kind.string)
        }
        let anonymous = QuoteLexicons.anonymous.word(text[...])
        // 该负责人 (anonymous-sources, link) keeps pointing to the person quoted last.
        if anonymous?.fields.first != "link", let described = description(text) { return described }
        if let anonymous {
            if anonymous.fields.first == "link" { return .previousPerson }
            if anonymous.fields.first == "former" || anonymous.fields.first == "latter" { return .pairMember(latter: anonymous.fields.first == "latter", asWritten: Speaker(name: string, kind: .anonymous)) }
            if anonymous.fields.first == "official" { return .official }
            if anonymous.fields.first == "contacted" { return .contacted(Speaker(name: string, kind: .anonymous)) }
            if anonymous.fields.first == "plural" { return .plural(Speaker(name: string, kind: .anonymous)) }
            if anonymous.fields.first == "org" {
                // 该机构 / 监管机构 name no kind of body: any organization quoted before is meant.
                if anonymous.fields.dropFirst().first == "any" { return .previousOrganization("") }
                let generic = Array(string.unicodeScalars).drop { $0 == "该" }
                return .previousOrganization(generic.string)
            }
        }
        if QuoteLexicons.organizations.word(text[...]) != nil || KnownNames.organizations.contains(string) {
            return .speakers([Speaker(name: string, kind: .organization)])
        }
        if let member = memberOfOrganization(text) { return .speakers([member]) }
        // 证券时报•数据宝: a unit or column of the outlet before the dot.
        if let dot = text.firstIndex(where: Marks.nameDots.contains), dot >= 3, dot + 2 <= text.count, !text[(dot + 1)...].contains(where: Marks.nameDots.contains) {
            let before = text[..<dot]
            if isOrganization(before) || endsInPublicationWord(before) {
                return .speakers([Speaker(name: string, kind: .organization)])
            }
        }
        if isListedShortName(text) { return .speakers([Speaker(name: string, kind: .organization)]) }
        if let described = describedOrganization(text) { return .speakers([described]) }
        if let person = person(text) ?? personBeforeTitle(text) { return .speakers([person]) }
        if let anonymous = anonymousSource(text) ?? unnamedPostHolder(text) { return .speakers([anonymous]) }
        if isOrganization(text[...]) {
            return .speakers([Speaker(name: organizationName(text), kind: .organization)])
        }
        // 市场研究公司 eMarketer: a brand or outlet named in Latin after a description.
        // 企名片pro: Latin letters glued to a Han word that describes nothing are part of one name.
        if let last = text.last, isLatin(last) {
            var start = text.count
            // Common Thread Collective: capitalized words joined by spaces are one name.
            while start > 0, isLatin(text[start - 1]) || text[start - 1] == "."
                    || (text[start - 1] == " " && start >= 2 && isLatin(text[start - 2]) && start < text.count && text[start] >= "A" && text[start] <= "Z") {
                start -= 1
            }
            let glued = start > 0 && Marks.isHan(text[start - 1]) && start <= 4 && !isOrganization(text[..<start])
                && QuoteLexicons.titles.longest(endingAt: start, in: text) == nil && QuoteLexicons.anonymous.longest(endingAt: start, in: text) == nil
            if glued, isNameLike(text) { return .speakers([Speaker(name: string, kind: .organization)]) }
            // 青禾东岸新经济REIT: a longer Han name glued to its Latin end, with no word for a kind
            // of organization before the Latin words, is one product's or fund's name.
            if start > 4, start <= 10, text[..<start].allSatisfy(Marks.isHan), !describesLatinName(text[..<start]) {
                return .speakers([Speaker(name: string, kind: .organization)])
            }
            if start < text.count - 1 {
                return .speakers([Speaker(name: text[start...].string, kind: .organization)])
            }
        }
        // 拜登表示 after 美国总统拜登: a transliterated name the article writes right after a role word.
        let transliterated = (2...5).contains(text.count) && text.allSatisfy { QuoteLexicons.transliteration.contains($0) } && isNameLike(text)
            && QuoteLexicons.places.word(text[...]) == nil
        if transliterated, KnownNames.mentions?.followsRoleWord(text[...]) == true {
            return .speakers([Speaker(name: string, kind: .person)])
        }
        if isRecurringName(text) { return .speakers([Speaker(name: string, kind: .organization)]) }
        // 扎克伯格也坦言: three or more such scalars read as a foreign name even without a role word.
        if transliterated, text.count >= 3 { return .speakers([Speaker(name: string, kind: .person)]) }
        return nil
    }

    /// 外卖平台美团, 国内电商巨头京东, 另一家手机厂商中兴: a description ending in a descriptor noun
    /// (event-descriptors.txt), an organization word or an unnamed organization, then a known
    /// organization (not a country) or one the article defines: that organization speaks.
    private static func describedOrganization(_ text: Scalars) -> Speaker? {
        var best: Int?
        if let known = QuoteLexicons.organizations.longest(endingAt: text.count, in: text), known.fields.first != "country",
           known.length >= 2, known.length < text.count {
            best = text.count - known.length
        }
        for name in KnownNames.organizations {
            let count = name.unicodeScalars.count
            if count >= 2, count < text.count, text.suffix(count).elementsEqual(name.unicodeScalars), best.map({ text.count - count < $0 }) ?? true {
                best = text.count - count
            }
        }
        // 电商平台青禾优选, 发行商星海互娱: after a descriptor noun, a Han name of three or more
        // scalars the article keeps using (two are more often a word: 游戏频道); after a word for
        // a business (发行商, 平台, 大厂) one of four or more even when written once.
        if best == nil, let mentions = KnownNames.mentions {
            best = stride(from: text.count - 2, through: 2, by: -1).first { end in
                (3...8).contains(text.count - end) && text[end...].allSatisfy(Marks.isHan) && EventSubject.descriptorNouns.longest(endingAt: end, in: text) != nil
                    && (mentions.count(text[end...]) >= 2 || text.count - end >= 4 && agentDescriptorEnds.contains(text[end - 1]))
                    && isNameLike(Array(text[end...])) && QuoteLexicons.orgSuffixes.word(text[end...]) == nil
            }
        }
        guard let start = best, text[..<start].allSatisfy(Marks.isHan) else { return nil }
        let describes = EventSubject.descriptorNouns.longest(endingAt: start, in: text) != nil
            || QuoteLexicons.orgSuffixes.longest(endingAt: start, in: text).map { $0.length >= 2 } == true
            || QuoteLexicons.anonymous.longest(endingAt: start, in: text)?.fields.first == "org"
        return describes ? Speaker(name: text[start...].string, kind: .organization) : nil
    }

    /// Whether Han words before a Latin name say what kind of organization or person it is
    /// (市场研究公司, 知名博主, 设计工具), so that the Latin words alone are the name.
    private static func describesLatinName(_ head: ArraySlice<Unicode.Scalar>) -> Bool {
        let words = Array(head)
        return EventSubject.descriptorNouns.longest(endingAt: words.count, in: words) != nil
            || QuoteLexicons.orgSuffixes.longest(endingAt: words.count, in: words) != nil
            || QuoteLexicons.anonymous.longest(endingAt: words.count, in: words) != nil
            || QuoteLexicons.titles.longest(endingAt: words.count, in: words) != nil
            || QuoteLexicons.organizations.longest(endingAt: words.count, in: words) != nil
            || QuoteLexicons.fillers.longest(endingAt: words.count, in: words) != nil
    }

    /// Last scalars of descriptor nouns for a business (发行商, 电商平台, 大厂), not a kind of thing (游戏, 品牌).
    private static let agentDescriptorEnds: ScalarSet = ["商", "台", "厂"]

    /// `这位教授`, `该店主`, `这名老人`: a demonstrative, a measure word and a role noun (titles.txt);
    /// `上述营销服务商`, `该服务商`, `上述公司创始人`: 上述 or a demonstrative before an unnamed source
    /// or a post stands for the source named before whose name ends in those words.
    private static func description(_ text: Scalars) -> SpeakerReference? {
        let aforesaid = aforesaidWords.contains { text.starts(with: $0) }
        var noun: Scalars
        if aforesaid {
            noun = Array(text.dropFirst(2))
        } else {
            guard text.count >= 3, let first = text.first, demonstratives.contains(first) else { return nil }
            noun = Array(text.dropFirst())
            if let measure = noun.first, measureWords.contains(measure) { noun.removeFirst() }
        }
        // 这位年轻的董事长, 这位“80后”董事长: a modifier in 的 or quotation marks before the role
        // noun says more about the one described; the noun after it describes.
        if !aforesaid, text.count >= 4, text[1] == "位" || text[1] == "名",
           let cut = noun.lastIndex(where: { $0 == "的" || $0 == "”" || $0 == "」" }), cut + 1 < noun.count {
            let head = Array(noun[(cut + 1)...])
            if QuoteLexicons.titles.word(head[...]).map({ $0.fields.first != "prefix" }) == true || QuoteLexicons.descriptionClasses[head.string] != nil {
                return .description(head.string, asWritten: Speaker(name: text.string, kind: .anonymous))
            }
        }
        // 这些公司 is a collective as written; 该公司负责人 is the company's 负责人 (该公司 points back).
        guard noun.count >= 2, noun.first != "些", !noun.contains("的") else { return nil }
        // 该公司负责人: the organization pointed back to, then its unnamed source (read elsewhere);
        // 上述公司创始人 still stands for the source quoted before.
        if !aforesaid, let head = QuoteLexicons.anonymous.longest(at: 0, in: noun), head.length < noun.count,
           head.fields.first == "org" || head.fields.first == "institution" || QuoteLexicons.orgSuffixes.word(head.scalars[...]) != nil {
            return nil
        }
        if !aforesaid, let head = QuoteLexicons.orgSuffixes.longest(at: 0, in: noun), head.length < noun.count, head.length >= 2 { return nil }
        // 该行相关负责人, 该局负责人: the body pointed back to (该行: anonymous-sources.txt, org), then its source.
        if !aforesaid, let head = QuoteLexicons.anonymous.longest(at: 0, in: text), head.length < text.count, pointsBackToBody(head.scalars) { return nil }
        // Without a source named before, the words are the source as written (这位网友; 上述 only
        // points back, so 上述网友 is 网友).
        let written = Speaker(name: aforesaid ? noun.string : text.string, kind: .anonymous)
        if let role = QuoteLexicons.titles.word(noun[...]), role.fields.first != "prefix" {
            return .description(noun.string, asWritten: QuoteLexicons.anonymous.word(noun[...]).map { _ in written })
        }
        guard noun.count <= 10 else { return nil }
        if let word = QuoteLexicons.anonymous.longest(endingAt: noun.count, in: noun), word.fields.first == "group" {
            return .description(noun.string, asWritten: written)
        }
        if aforesaid, QuoteLexicons.titles.longest(endingAt: noun.count, in: noun, where: { $0.fields.first != "prefix" }) != nil {
            return .description(noun.string, asWritten: written)
        }
        // 这位亿万富翁: 这位 counts a person, so any epithet after it describes one named before.
        if !aforesaid, text.count >= 4, text[1] == "位", noun.count <= 6, noun.allSatisfy(Marks.isHan) {
            return .description(noun.string, asWritten: nil)
        }
        return nil
    }
    /// 上述 / 前述 (aforesaid): two scalars that only point back.
    private static let aforesaidWords = ["上述", "前述"].map { Array($0.unicodeScalars) }

    /// Scalars that never occur inside the name of a company, brand or body.
    /// 企名片: a classifier (个, 位, 名) inside a name counts nothing unless a numeral or a
    /// demonstrative stands before it (两名, 这位).
    private static func isClassifierInName(at index: Int, in text: Scalars) -> Bool {
        guard nameClassifiers.contains(text[index]), index > 0 else { return false }
        return !isNumeral(text[index - 1]) && !demonstratives.contains(text[index - 1])
    }
    private static let nameClassifiers: ScalarSet = ["个", "位", "名"]

    private static let notInNames: ScalarSet = ["的", "了", "在", "是", "把", "被", "将", "对", "向", "从", "与", "和", "及", "或", "等",
        "也", "还", "都", "就", "又", "才", "而", "但", "并", "这", "那", "其", "此", "该", "我", "你", "他", "她", "它", "们",
        "个", "位", "名", "不", "没", "已", "曾", "要", "会", "能", "可", "更", "最", "很", "再", "所", "以", "为", "于", "说", "做"]

    /// `中芯国际表示` / `图虫指出`: a name no lexicon knows is an organization when the article keeps
    /// using it (twice or more), marks it as a name somewhere (its title, 「」, X公司, X官方), and it
    /// is one noun-like word, not a person, title, place, time or an unnamed subject (数据, 研究).
    private static func isRecurringName(_ text: Scalars) -> Bool {
        guard let mentions = KnownNames.mentions, isNameLike(text) else { return false }
        return mentions.count(text[...]) >= 2 && mentions.marksAsName(text[...])
    }

    /// `用巴菲特他老人家的话说`: a short Han name-like word inside a frame that quotes someone's
    /// words is that person (a transliteration with a rare first scalar included).
    static func framedName(_ span: ArraySlice<Unicode.Scalar>) -> Speaker? {
        var text = Array(span)
        removeParentheses(&text)
        clean(&text)
        guard (2...5).contains(text.count), text.allSatisfy(Marks.isHan), isNameLike(text) else { return nil }
        return Speaker(name: text.string, kind: .person)
    }

    /// A name the article uses twice or more and sets off with 「」 or quotation marks (「星河快送」).
    private static func isQuotedName(_ text: Scalars) -> Bool {
        guard let mentions = KnownNames.mentions, isNameLike(text) else { return false }
        return mentions.count(text[...]) >= 2 && mentions.quotesAsName(text[...])
    }

    /// Whether words in quotation marks read as a name (即时设计), not as something said (没问题).
    static func looksLikeName(_ words: [Unicode.Scalar]) -> Bool { isNameLike(words) }

    /// One noun-like word that may name a company, brand or body: not a person, title, place,
    /// time, unnamed subject (数据, 研究) or anything with a particle or pronoun in it.
    /// A name set off in quotation marks (“青禾数据”): short, one word, no particle or pronoun.
    static func isQuotedName(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        (2...12).contains(text.count) && text.allSatisfy({ Marks.isHan($0) || isLatin($0) || ($0 >= "0" && $0 <= "9") || $0 == " " })
            && !text.contains(where: { notInNames.contains($0) })
    }

    /// `apposed`: the name follows a class noun (视频平台星河视频), so a word of a topic at its
    /// end (视频, 游戏: not-speakers.txt) is part of it.
    private static func isNameLike(_ text: Scalars, apposed: Bool = false) -> Bool {
        guard text.count >= 2, text.count <= 10,
              let first = text.first, !isNumeral(first), !demonstratives.contains(first),
              text.contains(where: Marks.isHan) || text.filter(isLatin).count >= 2,
              text.allSatisfy({ Marks.isHan($0) || isLatin($0) || ($0 >= "0" && $0 <= "9") || $0 == " " || $0 == "&" }),
              !text.indices.contains(where: { notInNames.contains(text[$0]) && !isClassifierInName(at: $0, in: text) }),
              QuoteLexicons.notSpeakers.word(text[...]) == nil,
              // 武汉经济数据 / 节后第二周监测数据: a topic or a kind of data is no publisher's name.
              apposed || QuoteLexicons.notSpeakers.longest(endingAt: text.count, in: text) == nil,
              apposed || QuoteLexicons.notSpeakers.longest(at: 0, in: text) == nil, QuoteLexicons.titles.longest(endingAt: text.count, in: text) == nil,
              QuoteLexicons.places.word(text[...]) == nil, QuoteLexicons.fillers.word(text[...]) == nil,
              QuoteLexicons.anonymous.longest(endingAt: text.count, in: text) == nil,
              QuoteLexicons.documents.longest(endingAt: text.count, in: text) == nil,
              QuoteLexicons.speechVerbs.longest(endingAt: text.count, in: text) == nil else { return false }
        return person(text) == nil
    }

    private static let companyWord = Array("公司".unicodeScalars)

    /// Facebook公司 → Facebook: a known or Latin name keeps no generic 公司.
    private static func organizationName(_ text: Scalars) -> String {
        if text.count > companyWord.count, text.suffix(companyWord.count).elementsEqual(companyWord) {
            var base = Array(text.dropLast(companyWord.count))
            trimSpaces(&base)
            if QuoteLexicons.organizations.word(base[...]) != nil || base.allSatisfy({ isLatin($0) || $0 == " " }) {
                return base.string
            }
        }
        return text.string
    }

    // MARK: - Anonymous sources

    /// Counting and additive words before an unnamed source that are no part of its name
    /// (也有业内人士 → 业内人士, 另一位网友 → 网友); a share (部分卖家, 一些消费者) stays as
    /// written, like 不少网友. Longest first.
    private static let anonymousDropped: [Scalars] = [
        "另外一位", "另外一名", "另一位", "另一名", "也有一些", "还有一些", "也有", "还有", "另有", "亦有",
        "一位", "一名", "某位", "某名", "有的", "上述", "前述", "有", "某",
    ].map { Array($0.unicodeScalars) }

    private static func droppingAnonymousLead(_ text: Scalars) -> Scalars {
        // 其负责人 / 其客服: the possessive pronoun points back, no part of the name (其他, 其余 are).
        if text.count >= 1, text[0] == "其", text.count == 1 || !pronounCompounds.contains(text[1]) {
            return Array(text.dropFirst())
        }
        for dropped in anonymousDropped where text.starts(with: dropped) {
            return Array(text.dropFirst(dropped.count))
        }
        return text
    }

    /// 其他, 其余, 其中, 其实: words that begin with 其 and are no pronoun.
    private static let pronounCompounds: ScalarSet = ["他", "余", "中", "实", "次", "它"]

    /// 约45.2%的用户 / 三成受访者: a share of people counted in a survey.
    /// A numeral with a percent sign, 成 or 分之: not the digits inside a name (D3实验室), nor a
    /// count with a classifier (两名专家, 三位律师: a group named as written).
    private static func isSurveyShare(_ words: Scalars) -> Bool {
        if words.contains(where: { $0 == "%" || $0 == "％" || $0 == "‰" }) { return true }
        for index in words.indices.dropFirst() where isNumeral(words[index - 1]) {
            if words[index] == "成" || words[index] == "分" { return true }
        }
        // A bare number (10万, 2000) still counts people unless letters make it a name (D3实验室)
        // or it is a span of time or an age (从业7年, 90后).
        guard !words.contains(where: isLatin) else { return false }
        var index = 0
        while index < words.count {
            guard words[index] >= "0" && words[index] <= "9" else { index += 1; continue }
            var end = index
            while end < words.count, (words[end] >= "0" && words[end] <= "9") || words[end] == "." { end += 1 }
            if end == words.count || !spanUnits.contains(words[end]) { return true }
            index = end
        }
        return false
    }
    private static let spanUnits: ScalarSet = ["年", "岁", "月", "天", "后", "届", "期", "多"]

    private static func anonymousSource(_ text: Scalars) -> Speaker? {
        // 议员们 / 研究人员们: the plural of an unnamed kind is named as written.
        let plural = text.count >= 3 && text.last == "们" && QuoteLexicons.anonymous.longest(endingAt: text.count, in: text) == nil
        let end = plural ? text.count - 1 : text.count
        guard let word = QuoteLexicons.anonymous.longest(endingAt: end, in: text),
              word.fields.first != "link", !plural || word.fields.first == "group" else { return nil }
        let noun = Array(text[(end - word.length)...])
        var prefix = Array(text[..<(end - word.length)])
        trimSpaces(&prefix)
        if prefix.isEmpty { return Speaker(name: noun.string, kind: .anonymous) }
        // 某公司 stays as written; 一位星辰科技工程师 → 星辰科技工程师, read below.
        let organizationWord = word.fields.first == "org" || word.fields.first == "institution" || word.fields.first == "official"
        if word.fields.first != "org" {
            // 评论区有网友 / 现场有一位观众: what stands before the 有 of "there is" says where.
            if let you = prefix.firstIndex(of: "有"), (1...5).contains(you), droppingAnonymousLead(Array(prefix[(you + 1)...])).isEmpty {
                return Speaker(name: noun.string, kind: .anonymous)
            }
            prefix = droppingAnonymousLead(prefix)
            if prefix.isEmpty { return Speaker(name: noun.string, kind: .anonymous) }
            // 星河集团旗下星河支付相关负责人: the unit held, not its owner, has the member.
            if let held = holdingEnd(in: prefix), held < prefix.count - 1 { prefix = Array(prefix[held...]) }
        }
        // 该公司负责人: a demonstrative organization points back; SpeakerLinker resolves it to the
        // organization named before (or drops it when there is none).
        if let first = prefix.first, demonstratives.contains(first), isOrganization(prefix[...]) || pointsBackToBody(prefix) {
            return Speaker(name: noun.string, kind: .anonymous, affiliation: prefix.string)
        }
        if word.fields.first == "org", prefix.allSatisfy(Marks.isHan) {
            // 一家科技公司, 多家平台公司: a counted organization word names none (一家 dropped like 一位).
            if let lead = countedOrganizationLeads.first(where: { prefix.starts(with: $0) }) {
                let rest = lead == countedOrganizationLeads[0] ? Array(prefix.dropFirst(lead.count)) : prefix
                return Speaker(name: (rest + noun).string, kind: .anonymous)
            }
            // 杭州中级人民法院, 美国联邦法院: a word named by its place (anonymous-sources, place)
            // after a place or country is one body; 星河公司: a company word after a name the
            // article keeps using is that company.
            let placed = word.fields.dropFirst().first == "place"
                && (QuoteLexicons.places.longest(at: 0, in: prefix) != nil
                    || QuoteLexicons.organizations.longest(at: 0, in: prefix)?.fields.first == "country")
            if placed || isRecurringName(prefix) { return Speaker(name: organizationName(text), kind: .organization) }
        }
        // 青禾优选客服: staff of a name the article keeps using and marks as one, known or not.
        // 星河支付相关负责人: 相关 and 有关 ("concerned") follow only a body, so a name-like word
        // before them is one even when written once.
        let relational = word.key.hasPrefix("相关") || word.key.hasPrefix("有关")
        // 多家平台企业负责人: staff of counted organizations are a group, named as written (一家 dropped like 一位).
        if word.fields.dropFirst().first == "member", let lead = countedOrganizationLeads.first(where: { prefix.starts(with: $0) }) {
            return Speaker(name: (lead == countedOrganizationLeads[0] ? Array(text.dropFirst(lead.count)) : text).string, kind: .anonymous)
        }
        let staffOfName = word.fields.dropFirst().first == "member" && (isRecurringName(prefix) || relational && prefix.count >= 3 && isNameLike(prefix))
        // 星聊官方表示: 官方 after a name the article keeps using is that organization.
        let officialOfName = word.fields.first == "official" && isRecurringName(prefix)
        if isOrganization(prefix[...], lenient: false) || isQuotedName(prefix) || staffOfName || officialOfName {
            // 欧盟反垄断机构: an institution word after an organization names that organization.
            if word.fields.first == "institution" || word.fields.first == "org" {
                return Speaker(name: organizationName(text), kind: .organization)
            }
            // 特斯拉官方表示: the organization itself.
            if word.fields.first == "official" { return Speaker(name: organizationName(prefix), kind: .organization) }
            return Speaker(name: noun.string, kind: .anonymous, affiliation: prefix.string)
        }
        // 星河快送专送骑手 / 青禾数科产品负责人: a named organization, then a short modifier that
        // stays with the unnamed noun (专送骑手 of 星河快送).
        if !organizationWord, !word.key.hasPrefix("相关"), !word.key.hasPrefix("有关"),
           let organizationEnd = namedOrganizationPrefix(prefix) ?? suffixedOrganizationPrefix(prefix), organizationEnd < prefix.count {
            let modifier = Array(prefix[organizationEnd...])
            // (星河集团通过发言人: a setting word of two or more scalars opens no modifier; the organization
            // speaks through it. 之 binds to the name before it, IT之家网友, and opens none either.)
            if modifier.count <= 4, !modifier.contains("的"), !isSurveyShare(modifier), QuoteLexicons.orgSuffixes.word(modifier[...]) == nil,
               (QuoteLexicons.setting(at: 0, in: modifier)?.length ?? 0) < 2, modifier.first != "之",
               !modifier.contains(where: { notInNames.contains($0) }) {
                return Speaker(name: (modifier + noun).string, kind: .anonymous, affiliation: prefix[..<organizationEnd].string)
            }
        }
        if isOrganization(prefix[...]) {
            if word.fields.first == "institution" || word.fields.first == "org" {
                return Speaker(name: organizationName(text), kind: .organization)
            }
            if word.fields.first == "official" { return Speaker(name: organizationName(prefix), kind: .organization) }
            return Speaker(name: noun.string, kind: .anonymous, affiliation: prefix.string)
        }
        // 市中级人民法院 / 省高级人民法院: a body of the city or province the article is about is
        // one organization, named as written.
        if word.fields.first == "org", let first = prefix.first, placeRelative.contains(first),
           !prefix.contains(where: { notInNames.contains($0) }), prefix.allSatisfy(Marks.isHan) {
            return Speaker(name: organizationName(text), kind: .organization)
        }
        // A short modifier stays part of the name as written (知识产权专家, 不少网友); a share of
        // respondents (约45%的用户) is a survey figure, not a source.
        guard prefix.count <= 6, !prefix.contains("的"), !isSurveyShare(prefix) else { return nil }
        return Speaker(name: (prefix + noun).string, kind: .anonymous)
    }

    /// Leads that count an organization word (一家公司, 多家公司); the first is dropped like 一位.
    private static let countedOrganizationLeads: [Scalars] = ["一家", "多家", "几家", "数家", "两家", "某家", "这家", "那家", "不少"]
        .map { Array($0.unicodeScalars) }

    /// 市 / 省 / 区 / 县 opening a body's name: that body of the place the article is about.
    private static let placeRelative: ScalarSet = ["市", "省", "区", "县", "州"]

    private static let memberLeads: [Scalars] = ["一位", "一名", "某位", "某名", "一个"].map { Array($0.unicodeScalars) }

    /// `星辰科技一位高管` / `星辰科技一名工作人员`: an organization, an indefinite lead and an unnamed
    /// post or source: that source, named without the lead, with the organization as affiliation.
    private static func memberOfOrganization(_ text: Scalars) -> Speaker? {
        for index in 2..<max(2, text.count - 2) {
            guard let lead = memberLeads.first(where: { index + $0.count < text.count && text[index..<(index + $0.count)].elementsEqual($0) }) else { continue }
            let organization = text[..<index]
            let rest = Array(text[(index + lead.count)...])
            // The words before the lead name the organization even when no lexicon knows them
            // (星辰汽车一位销售人员); a place there only says where (星海一位店主).
            let named = isOrganization(organization) || (isNameLike(Array(organization)) && QuoteLexicons.places.word(organization) == nil)
            guard named, rest.count <= 8, !rest.contains("的"), !rest.contains(where: { notInNames.contains($0) }) else { return nil }
            let unnamed = QuoteLexicons.anonymous.longest(endingAt: rest.count, in: rest).map { $0.fields.first == "group" } ?? false
            let post = QuoteLexicons.titles.longest(endingAt: rest.count, in: rest, where: { $0.fields.first != "prefix" }) != nil
            guard unnamed || post, nameStart(rest) == nil || QuoteLexicons.titles.word(rest[...]) != nil else { return nil }
            return Speaker(name: rest.string, kind: .anonymous, affiliation: organization.string)
        }
        return nil
    }

    /// `某海外营销公司创始人` / `一位星辰科技高管` / `星辰科技高管`: a title after an organization or a
    /// short description, and no name: an unnamed source. A named organization is its affiliation
    /// (高管 of 星辰科技, as 有关负责人 of a named company): a known one, or one written without an
    /// indefinite lead. After a lead (一位, 某) the words are a description, kept as written.
    private static func unnamedPostHolder(_ text: Scalars) -> Speaker? {
        let rest = droppingAnonymousLead(text)
        let led = rest.count < text.count
        // 星海银行某支行行长: 某 after an organization leaves the unit and the post unnamed; the
        // organization is the affiliation, the rest the source without 某 (GUIDE).
        if let some = rest.firstIndex(of: "某"), some >= 2, some + 2 < rest.count, isOrganization(rest[..<some], lenient: false),
           let post = QuoteLexicons.titles.longest(endingAt: rest.count, in: rest, where: { $0.fields.first != "prefix" }),
           post.length < rest.count - some {
            return Speaker(name: rest[(some + 1)...].string, kind: .anonymous, affiliation: rest[..<some].string)
        }
        // 一名CEO / 一位教授: after a lead, a title alone is an unnamed holder of it.
        if led, rest.count >= 2, let post = QuoteLexicons.titles.word(rest[...]), post.fields.first != "prefix" {
            return Speaker(name: rest.string, kind: .anonymous)
        }
        guard rest.count >= 3, rest.count <= 12, !rest.contains("的"),
              let post = QuoteLexicons.titles.longest(endingAt: rest.count, in: rest, where: { $0.fields.first != "prefix" }),
              post.length < rest.count, !rest.contains(where: { notInNames.contains($0) }) else { return nil }
        let organization = rest[..<(rest.count - post.length)]
        let known = QuoteLexicons.organizations.word(organization) != nil || KnownNames.organizations.contains(organization.string)
        if known || !led && isOrganization(organization, lenient: false) {
            return Speaker(name: post.key, kind: .anonymous, affiliation: organization.string)
        }
        return led ? Speaker(name: rest.string, kind: .anonymous) : nil
    }

    /// The length of the longest opening of `words` that names an organization by its suffix
    /// (星辰科技 in 星辰科技内部), at least two scalars before the suffix.
    private static func suffixedOrganizationPrefix(_ words: Scalars) -> Int? {
        for length in stride(from: words.count - 1, through: 3, by: -1) {
            let part = words[..<length]
            // A one-scalar suffix (网 in 海外网红) too often ends no name inside a longer word.
            guard let suffix = QuoteLexicons.orgSuffixes.longest(endingAt: length, in: words), suffix.length >= 2, length - suffix.length >= 2,
                  !part.contains(where: { notInNames.contains($0) }), isOrganization(part, lenient: false) else { continue }
            return length
        }
        return nil
    }

    /// Whether a known organization (not a country) or a name with a two-scalar organization
    /// suffix (星河集团) ends at `end` in `text`.
    static func organization(endingAt end: Int, in text: Scalars) -> Bool {
        if let known = QuoteLexicons.organizations.longest(endingAt: end, in: text), known.length >= 2, known.fields.first != "country" { return true }
        guard let suffix = QuoteLexicons.orgSuffixes.longest(endingAt: end, in: text), suffix.length >= 2, end - suffix.length >= 2 else { return false }
        return text[(end - suffix.length - 2)..<(end - suffix.length)].allSatisfy { Marks.isHan($0) && !notInNames.contains($0) }
    }

    /// The length of the named organization that `words` open with: a known one (not a country),
    /// one the article defines, a name it keeps using, or a Latin brand; nil when none.
    private static func namedOrganizationPrefix(_ words: Scalars) -> Int? {
        var best = 0
        if let known = QuoteLexicons.organizations.longest(at: 0, in: words, where: { $0.fields.first != "country" }), known.length >= 2 {
            best = known.length
        }
        for name in KnownNames.organizations where name.unicodeScalars.count > best && words.starts(with: name.unicodeScalars) {
            best = name.unicodeScalars.count
        }
        var latin = 0
        while latin < words.count, isLatin(words[latin]) { latin += 1 }
        if latin >= 2, latin > best { best = latin }
        if words.count > 2 {
            for length in stride(from: words.count - 1, through: max(2, best + 1), by: -1) where isQuotedName(Array(words[..<length])) {
                best = length
                break
            }
        }
        return best >= 2 ? best : nil
    }

    // MARK: - People


    /// ASCII letters and the accented Latin letters of European names (José Castañeda, Müller).
    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "A" && scalar <= "Z") || (scalar >= "a" && scalar <= "z")
            || ((0xC0...0x24F).contains(scalar.value) && scalar != "×" && scalar != "÷")
    }

    private static func person(_ text: Scalars) -> Speaker? {
        guard let nameStart = nameStart(text) else { return nil }
        let name = Array(text[nameStart...])
        // 方面 / 方案: a word that names no source (not-speakers.txt) is no name, whatever its surname.
        guard QuoteLexicons.notSpeakers.word(name[...]) == nil else { return nil }
        // 店长阿姨: a form of address is never a name itself (honorifics.txt); nor is a role or an
        // unnamed kind that opens with a surname (高级官员: 官员 is no 官 + 员).
        guard QuoteLexicons.honorifics.word(name[...]) == nil, QuoteLexicons.titles.word(name[...]) == nil,
              QuoteLexicons.anonymous.word(name[...]) == nil else { return nil }
        // 星海大学专家团队: a unit's word is no name after a title.
        guard !unitWords.contains(name) else { return nil }
        // 专家和学者: a conjunction (read as the surname 和) before a role or an unnamed kind joins two kinds.
        if name.count >= 3, listMarks.contains(name[0]),
           QuoteLexicons.titles.word(name[1...]) != nil || QuoteLexicons.anonymous.word(name[1...]) != nil { return nil }
        var speaker = Speaker(name: name.string.trimmingSpaces, kind: .person)
        splitHead(Array(text[..<nameStart]), into: &speaker)
        return speaker
    }

    /// `周明远律师` / `星海科技首席科学家林思远教授`: a role word written after a Chinese name is the
    /// title when none stands before the name.
    private static func personBeforeTitle(_ text: Scalars) -> Speaker? {
        guard let role = QuoteLexicons.titles.longest(endingAt: text.count, in: text, where: { $0.fields.first != "prefix" }),
              role.length < text.count else { return nil }
        // 相关负责人 / 有关专家 are unnamed sources, not a name 相关.
        guard (QuoteLexicons.anonymous.longest(endingAt: text.count, in: text)?.length ?? 0) <= role.length else { return nil }
        let head = Array(text[..<(text.count - role.length)])
        if let start = nameStart(head), startsWithSurname(head, at: start, length: head.count - start), var found = person(head) {
            if found.title.isEmpty { found.title = role.key }
            return found
        }
        // 星海大学周明远教授: the organization written right before the name.
        for length in [3, 2] where length < head.count {
            let start = head.count - length
            // 星海大学的周明远教授 / 来自星海大学的周明远教授.
            var owner = Array(head[..<start])
            if owner.last == "的" { owner.removeLast() }
            if owner.starts(with: originWord) { owner.removeFirst(originWord.count) }
            // 星海市公安局民警: a body's name (公安局) ending in its suffix is no surname and given name.
            // 腾讯微信团队负责人: a unit's word (团队, 小组) is no given name either.
            guard startsWithSurname(head, at: start, length: length), isOrganization(owner[...]),
                  QuoteLexicons.orgSuffixes.longest(endingAt: head.count, in: head, from: start) == nil,
                  !unitWords.contains(where: { head.count >= $0.count && head.suffix($0.count).elementsEqual($0) }) else { continue }
            return Speaker(name: head[start...].string, kind: .person, title: role.key, affiliation: owner.string)
        }
        return nil
    }

    private static let unitWords: [Scalars] = ["团队", "小组", "项目组", "工作组", "课题组"].map { Array($0.unicodeScalars) }

    /// Whether a person's name reads as one by its form: a Chinese surname and one or two
    /// characters, a name written with ·, or Latin words (not a transliteration guessed from a
    /// role word before it).
    static func hasNameForm(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        if scalars.contains(where: Marks.nameDots.contains) || scalars.allSatisfy({ isLatin($0) || $0 == " " || $0 == "." }) { return true }
        if isFamiliarName(scalars[...]) { return true }
        return startsWithSurname(scalars, at: 0, length: scalars.count) && QuoteLexicons.surnames.longest(at: 0, in: scalars)?.fields.first != "rare"
    }

    /// 王阿姨, 陈女士, 刘师傅: a common surname and a form of address (honorifics.txt), how news
    /// names an ordinary person.
    static func isAddressedName(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        addressedNameLength(at: 0, in: Array(text)) == text.count
    }

    /// The length of the surname and form of address at `index`, if one stands there.
    static func addressedNameLength(at index: Int, in text: [Unicode.Scalar]) -> Int? {
        guard let surname = QuoteLexicons.surnames.longest(at: index, in: text), surname.fields.first != "rare",
              let address = QuoteLexicons.honorifics.longest(at: index + surname.length, in: text) else { return nil }
        return surname.length + address.length
    }

    /// 小陈, 老王: a familiar prefix and a common one-scalar surname.
    static func isFamiliarName(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard text.count == 2, let prefix = QuoteLexicons.namePrefixes.longest(at: 0, in: Array(text)), prefix.length == 1,
              prefix.fields.first == "surname" else { return false }
        let rest = Array(text.dropFirst())
        guard let surname = QuoteLexicons.surnames.longest(at: 0, in: rest) else { return false }
        return surname.length == 1 && surname.fields.first != "rare"
    }

    /// Where the name begins, or nil when the span does not end in a person's name.
    private static func nameStart(_ text: Scalars) -> Int? {
        let count = text.count
        // A Latin name needs two words (Mary Hansen); one Latin word is a brand or an outlet.
        if let last = text.last, isLatin(last) {
            var start = count
            while start > 0, isLatin(text[start - 1]) || text[start - 1] == " " || text[start - 1] == "." || text[start - 1] == "-" {
                start -= 1
            }
            while start < count, text[start] == " " { start += 1 }
            // CTO Chris Aniszczyk: a role word in front is the title, not part of the name.
            while let role = QuoteLexicons.titles.longest(at: start, in: text), start + role.length < count, text[start + role.length] == " " {
                start += role.length
                while start < count, text[start] == " " { start += 1 }
            }
            // Nova Games CEO Tim Sweeney: a role word among the Latin words ends the organization
            // and the title; the name is the words after it.
            var wordStart = start
            for index in start..<count where index == start || text[index - 1] == " " {
                var end = index
                while end < count, text[end] != " " { end += 1 }
                if index > start, end < count, QuoteLexicons.titles.word(text[index..<end]) != nil { wordStart = end + 1 }
            }
            start = wordStart
            let words = text[start...].split(separator: " ")
            guard words.count >= 2, words.allSatisfy({ $0.first?.properties.isUppercase ?? false }) else { return nil }
            // The Verge, The Information: a name opening with the article names an outlet or a work.
            if words[0].elementsEqual("The".unicodeScalars) { return nil }
            // Apple Insider, Sensor Tower: a last word that names an organization is no surname.
            if QuoteLexicons.orgSuffixes.longest(endingAt: count, in: text)?.scalars.first.map(isLatin) == true { return nil }
            // 电商研究公司Common Thread Collective: Latin words right after a word for a company
            // (no role word between) name that company.
            var head = Array(text[..<start])
            trimSpaces(&head)
            if !head.isEmpty, QuoteLexicons.titles.longest(endingAt: head.count, in: head) == nil,
               let suffix = QuoteLexicons.orgSuffixes.longest(endingAt: head.count, in: head), suffix.scalars.allSatisfy(Marks.isHan),
               QuoteLexicons.orgFalseEndings.longest(endingAt: head.count, in: head) == nil {
                return nil
            }
            return start
        }
        guard let last = text.last, Marks.isHan(last) else { return nil }
        // Foreign names written with ·: the name runs from just after the title before it.
        if let dot = text.firstIndex(where: Marks.nameDots.contains) {
            // 约翰·史密斯会谈时: a frame word (时, 后, 中) closes a setting, never a name.
            guard dot > 0, dot < count - 1, text[dot...].allSatisfy({ Marks.isHan($0) || Marks.nameDots.contains($0) }),
                  !frameEnds.contains(text[count - 1]) else { return nil }
            var start = dot - 1
            while start > 0, dot - start < 4, !endsWithRoleWord(text, at: start) { start -= 1 }
            if start > 0, !endsWithRoleWord(text, at: start) { return nil }
            // 证券时报•数据宝: an outlet or organization before the dot names a column or unit.
            let before = text[start..<dot]
            if before.count >= 3, isOrganization(before) || endsInPublicationWord(before) {
                return nil
            }
            return start
        }
        guard count >= 2 else { return nil }
        // A bare name: the whole span is a surname plus one or two characters.
        if count <= 3, startsWithSurname(text, at: 0, length: count),
           QuoteLexicons.surnames.longest(at: 0, in: text)?.fields.first != "rare" { return 0 }
        if count == 4, QuoteLexicons.surnames.longest(at: 0, in: text)?.length == 2, startsWithSurname(text, at: 0, length: count) { return 0 }
        if isFamiliarName(text[...]) { return 0 }
        // A short form of a foreign name written in full elsewhere in the article (汉森).
        if count <= 4, KnownNames.current.contains(text.string) { return 0 }
        // Otherwise a title must sit right before the name (局长赵志国, CEO张毅).
        for length in [3, 2, 4] where length < count {
            let start = count - length
            // 首席执行官陈亮: no name begins inside the role word before it (官陈亮).
            if startsWithSurname(text, at: start, length: length), endsWithRoleWord(text, at: start) || groupWordLength(endingAt: start, in: text) != nil,
               !isSettingPhrase(text[start...]),
               (QuoteLexicons.titles.longest(endingAt: start + 1, in: text)?.length ?? 0) < 2 {
                return start
            }
        }
        // 星辰超市店员小陈 / 学生阿杰（化名）: a familiar name or the article's pseudonym after a role word.
        for length in [2, 3] where count > length && endsWithRoleWord(text, at: count - length) {
            if isFamiliarName(text[(count - length)...]) || KnownNames.current.contains(text[(count - length)...].string) { return count - length }
        }
        // 消费者王女士 / 车主李先生: a surname and a form of address after a role word or an unnamed
        // group is how news names a person it does not name in full.
        for length in [3, 4] where count > length {
            let start = count - length
            guard let surname = QuoteLexicons.surnames.longest(at: start, in: text), surname.fields.first != "rare",
                  let honorific = QuoteLexicons.honorifics.longest(endingAt: count, in: text, from: start + surname.length),
                  start + surname.length + honorific.length == count,
                  endsWithRoleWord(text, at: start)
                    || QuoteLexicons.anonymous.longest(endingAt: start, in: text).map({ $0.fields.first == "group" }) == true else { continue }
            return start
        }
        // A transliterated name has no Chinese surname, but a role word right before it still
        // marks it (星辰科技CEO史密斯, 星海市市长汉森); four scalars only when all are of
        // transliterations (秘书长古特雷斯).
        for length in [2, 3, 4] where length < count {
            let start = count - length
            let name = text[start...]
            // 外长王毅与秘书长古特雷斯: a list separator before the role makes a list, read elsewhere.
            guard name.allSatisfy(Marks.isHan), length < 4 || name.allSatisfy(QuoteLexicons.transliteration.contains), !name.contains("的"),
                  !text[..<start].contains(where: { listMarks.contains($0) }), !name.contains("们"), !notNameStarts.contains(text[start]),
                  !notNameEnds.contains(text[count - 1]),
                  let role = QuoteLexicons.titles.longest(endingAt: start, in: text, where: { $0.fields.first != "prefix" }),
                  start - role.length == 0 || !demonstratives.contains(text[start - role.length - 1]),
                  QuoteLexicons.titles.longest(endingAt: count, in: text, from: start) == nil,
                  QuoteLexicons.orgSuffixes.longest(endingAt: count, in: text, from: start) == nil,
                  QuoteLexicons.anonymous.longest(endingAt: count, in: text, from: start) == nil,
                  QuoteLexicons.documents.longest(endingAt: count, in: text, from: start) == nil,
                  QuoteLexicons.fillers.longest(endingAt: count, in: text, from: start) == nil,
                  (QuoteLexicons.fillers.longest(at: start, in: text, where: { $0.fields.first != "tail" })?.length ?? 0) < 2,
                  // 秘书长先生: a form of address is no name.
                  QuoteLexicons.honorifics.longest(endingAt: count, in: text, from: start) == nil else { continue }
            return start
        }
        return nil
    }

    static let reporterWord = Array("记者".unicodeScalars)

    /// 骑手向媒体: a setting word (向, 对, 在) before an outlet or a group reads like a surname and
    /// a given name, but is where the words were said.
    private static func isSettingPhrase(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
        guard words.count >= 2, let first = QuoteLexicons.setting(at: 0, in: Array(words)) else { return false }
        let rest = words.dropFirst(first.length)
        // 相关负责人向记者证实 / 对本报记者: the reporter is whom the words were said to.
        if rest.count >= 2, rest.suffix(2).elementsEqual(reporterWord) { return true }
        return QuoteLexicons.notSpeakers.word(rest) != nil || QuoteLexicons.anonymous.word(rest) != nil
            || QuoteLexicons.organizations.word(rest) != nil || QuoteLexicons.reporterPhrases.word(rest) != nil
    }

    private static let listMarks: ScalarSet = ["、", "与", "和", "及"]

    /// Scalars that begin a predicate rather than a transliterated name (该委员会起诉 is no 委员 会起诉).
    static let notNameStarts: ScalarSet = ["会", "在", "对", "向", "将", "已", "曾", "也", "还", "则", "都", "就", "表", "称", "说", "认", "指", "起", "发", "提", "与", "和", "及", "等", "是", "为", "被", "把", "从", "于", "所", "并", "又", "再", "不", "没"]

    /// Scalars that end a time or place phrase rather than a name (博主测试后发现).
    private static let notNameEnds: ScalarSet = ["后", "前", "时", "中", "里", "上", "下", "内", "外", "间"]
    static func closesPhrase(_ scalar: Unicode.Scalar) -> Bool { notNameEnds.contains(scalar) }
    private static let frameEnds: ScalarSet = ["后", "前", "时", "中"]

    /// 周三, 周末: a weekday after 周 reads like a surname and a given name.
    private static let weekdayEnds: ScalarSet = ["一", "二", "三", "四", "五", "六", "日", "天", "末"]

    static func isWeekday(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        text.count == 2 && text.first == "周" && weekdayEnds.contains(text[text.startIndex + 1])
    }

    private static func startsWithSurname(_ text: Scalars, at start: Int, length: Int) -> Bool {
        guard text[start...].allSatisfy(Marks.isHan), !isWeekday(text[start..<min(text.count, start + 2)]) || length > 2 else { return false }
        guard let surname = QuoteLexicons.surnames.longest(at: start, in: text) else { return false }
        // 随后登录: a surname that opens a connective (speaker-fillers.txt, lead) of two or more
        // scalars begins that word, not a name (a weekday, a tail filler, may: 周一鸣).
        if (QuoteLexicons.fillers.longest(at: start, in: text, where: { $0.fields.first != "tail" })?.length ?? 0) >= 2 { return false }
        let given = length - surname.length
        // 野村证券, 林集团: a "given name" that is an organization's ending names an organization.
        if given >= 2, QuoteLexicons.orgSuffixes.longest(endingAt: start + length, in: text, from: start + surname.length)?.length == given { return false }
        // 林某, 王某某: a name withheld is the surname and 某 alone (林某入行: 入 is the verb).
        if given >= 1, start + length <= text.count, text[start + surname.length] == "某" {
            return text[(start + surname.length)..<(start + length)].allSatisfy { $0 == "某" }
        }
        return given >= 1 && given <= 2
    }

    private static func endsWithRoleWord(_ text: Scalars, at end: Int) -> Bool {
        QuoteLexicons.titles.longest(endingAt: end, in: text) != nil || derivedRoleLength(endingAt: end, in: text) != nil
    }

    /// 维护者, 发起人, 收藏家: two Han words and an agentive suffix (role-suffixes.txt) form a role
    /// word that titles.txt need not list; the stem holds no particle, pronoun, numeral or
    /// quantifier (很多人, 这家, 三十人 are no roles). An unnamed group (消费者, 人员 of
    /// anonymous-sources.txt) is the subject of its own clause more often than a title.
    private static func derivedRoleLength(endingAt end: Int, in text: Scalars) -> Int? {
        guard end >= 3, end <= text.count, QuoteLexicons.roleSuffixes.word(text[(end - 1)..<end]) != nil,
              text[(end - 3)..<(end - 1)].allSatisfy({ Marks.isHan($0) && !isNumeral($0) && !roleStemBreaks.contains($0) }),
              (QuoteLexicons.anonymous.longest(endingAt: end, in: text)?.length ?? 0) < 2 else { return nil }
        return 3
    }
    /// 从业者汤明, 互联网观察人士汤明: a word for an unnamed group (anonymous-sources.txt) right
    /// before a name marks the name (two-scalar words such as 人员 and 用户 are too general to).
    /// It describes the person rather than giving a post, so it is no title (as 消费者王女士).
    private static func groupWordLength(endingAt end: Int, in text: Scalars) -> Int? {
        guard let word = QuoteLexicons.anonymous.longest(endingAt: end, in: text), word.fields.first == "group", word.length >= 3 else { return nil }
        return word.length
    }
    private static let roleStemBreaks: ScalarSet = ["的", "了", "是", "在", "和", "与", "及", "或", "被", "对", "向", "从", "为", "把",
                                                    "这", "那", "该", "此", "某", "每", "各", "其", "他", "她", "我", "你", "们",
                                                    "个", "位", "名", "有", "多", "少", "些", "数", "所", "任", "全", "众", "很"]

    /// Title = role words before the name; affiliation = the organization before them.
    static func splitHead(_ rawHead: Scalars, into speaker: inout Speaker) {
        var head = rawHead
        trimSpaces(&head)
        guard !head.isEmpty else { return }
        var titleStart = head.count
        // A prefix (联席) joins the role word after it, never stands alone.
        while let title = QuoteLexicons.titles.longest(endingAt: titleStart, in: head, where: { $0.fields.first != "prefix" || titleStart < head.count }) {
            titleStart -= title.length
            // 党委书记、主席 / 国务委员兼外长 / 室友&师姐: joined role words form one title.
            if titleStart > 1, titleJoins.contains(head[titleStart - 1]),
               QuoteLexicons.titles.longest(endingAt: titleStart - 1, in: head) != nil {
                titleStart -= 1
            }
        }
        if titleStart == head.count, let derived = derivedRoleLength(endingAt: head.count, in: head) { titleStart -= derived }

        if titleStart < head.count {
            while titleStart > 0, head[titleStart - 1] == "副" || head[titleStart - 1] == "总" { titleStart -= 1 }
            // 企查查设计负责人: the field of work before a post is part of the title.
            if isPost(Array(head[titleStart...])), let field = QuoteLexicons.titleFields.longest(endingAt: titleStart, in: head),
               titleStart > field.length {
                titleStart -= field.length
            }
        } else {
            // 来自星海大学的周明远教授: the organization before 的 (and after 来自) is the affiliation.
            var owner = head
            while owner.last == "的" { owner.removeLast() }
            if owner.starts(with: originWord) { owner.removeFirst(originWord.count) }
            if isOrganization(owner[...]) { speaker.affiliation = owner.string }
            return
        }
        var rest = Array(head[..<titleStart])
        var title = Array(head[titleStart...])
        // 青禾数科的合伙人: the possessive joins the organization to the post; words before it
        // other than the organization describe the person (分管财务的副总经理), no part of the title.
        let possessive = rest.last == "的"
        while rest.last == "的" { rest.removeLast() }
        // 曾在星河科技担任副总裁: the verb of holding the post belongs to neither side.
        if let verb = holdingVerbs.first(where: { rest.count > $0.count + 1 && rest.suffix($0.count).elementsEqual($0) }) {
            rest.removeLast(verb.count)
        }
        // 星河集团旗下蓝湾科技总经理, 星河母公司Lumen首席执行官: the post is held in the unit named
        // after the relation.
        if let holding = holdingEnd(in: rest), rest.count - holding >= 2, holding > 2,
           isOrganization(rest[holding...]) || namesUnknownOrganization(Array(rest[holding...])) {
            rest.removeFirst(holding)
        }
        guard !rest.isEmpty else {
            speaker.title = title.string
            return
        }
        // 该校副校长, 该行行长: a word pointing back to a body is the affiliation, resolved by SpeakerLinker.
        if pointsBackToBody(rest) {
            speaker.title = title.string
            speaker.affiliation = rest.string
            return
        }
        // 游戏总监: a field of work alone before a post is part of the title.
        if QuoteLexicons.titleFields.word(rest[...]) != nil, isPost(title) {
            speaker.title = (rest + title).string
            return
        }
        // 公司总经理 / 公司工程总监: a bare 公司 before a post is the company of the article, as 该公司
        // is (resolved by SpeakerLinker); a field between them stays with the post.
        if rest.elementsEqual(companyWord) || (rest.starts(with: companyWord) && QuoteLexicons.titleFields.word(rest[companyWord.count...]) != nil), isPost(title) {
            speaker.title = (Array(rest.dropFirst(companyWord.count)) + title).string
            speaker.affiliation = "该公司"
            return
        }
        // The longest start of the rest that names an organization is the affiliation; words
        // between it and the title qualify the title (律师事务所 + 反垄断 + 律师).
        var affiliationEnd = rest.count
        while affiliationEnd >= 2 {
            if isOrganization(rest[..<affiliationEnd]) { break }
            affiliationEnd -= 1
        }
        if affiliationEnd < 2 { affiliationEnd = 0 }
        // 华为消费者业务手机产品线总裁: a known name read with a few more characters is no word
        // boundary; before a post the whole noun phrase names the unit holding it.
        if affiliationEnd > 0, affiliationEnd < rest.count, isPost(title), !isOrganization(rest[..<affiliationEnd], lenient: false),
           let known = QuoteLexicons.organizations.longest(at: 0, in: rest), known.length < affiliationEnd,
           namesUnknownOrganization(Array(rest[known.length...])) || rest.count - known.length == 1 {
            affiliationEnd = rest.count
        }
        // A post (董事长, 合伙人) is held in an organization: the words before it name one even
        // when no lexicon knows them (青禾数科董事长); a profession (分析师) is qualified by them.
        if affiliationEnd == 0, isPost(title) {
            // 论坛由CCF理事长: only the words after the last particle can name the organization.
            if let cut = rest.lastIndex(where: { unknownOrganizationBreaks.contains($0) }), cut + 1 < rest.count {
                rest.removeFirst(cut + 1)
            }
            if namesUnknownOrganization(rest) { affiliationEnd = rest.count }
        }
        // 恒川证券研究所 + 互联网行业 + 首席分析师: a sector before the title belongs to the title, so
        // the affiliation ends at the last full organization suffix before it. A sector's name has
        // two scalars at least, even one that also ends companies' names (东方证券 + 电子行业).
        if affiliationEnd > 0, let sector = sectorWords.first(where: { rest.count > $0.count && rest.suffix($0.count).elementsEqual($0) }) {
            var end = rest.count - sector.count - 2
            while end >= 2, !(isOrganization(rest[..<end]) && (QuoteLexicons.orgSuffixes.longest(endingAt: end, in: rest)?.length ?? 2) >= 2) {
                end -= 1
            }
            if end >= 2 { affiliationEnd = end }
        }
        // 美国地方法官: a country right before the post is the affiliation; 韩国资深节目模式专家: before
        // other words it only tells the person's nationality, dropped with the places.
        if affiliationEnd > 0, affiliationEnd < rest.count, isCountry(rest[..<affiliationEnd]) { affiliationEnd = 0 }
        if !possessive { title = titleModifier(rest[affiliationEnd...]) + title }
        var affiliation = Array(rest[..<affiliationEnd])
        if affiliation.last == "的" { affiliation.removeLast() }
        // 前星辰科技高管 / 曾任星辰科技副总裁的 / 在星辰科技工作的: when or where the post was held
        // is no part of the organization (在线 opens a word of its own).
        // (前海 of 前海开源基金 opens a place's name: places.txt.)
        if let lead = tenureLeads.first(where: { affiliation.count > $0.count + 1 && affiliation.starts(with: $0) }),
           affiliation[lead.count] != "线", isOrganization(affiliation[lead.count...]),
           (QuoteLexicons.places.longest(at: 0, in: affiliation)?.length ?? 0) <= lead.count {
            affiliation.removeFirst(lead.count)
        }
        trimSpaces(&affiliation)
        speaker.title = title.string
        // Nova 公司 CEO: the affiliation is named as the organization itself would be (Nova).
        speaker.affiliation = organizationName(affiliation)
    }
    /// 该行, 该局, 该校: a demonstrative and a body's word (anonymous-sources.txt, org).
    private static func pointsBackToBody(_ words: Scalars) -> Bool {
        words.count >= 2 && words.first == "该" && QuoteLexicons.anonymous.word(words[...])?.fields.first == "org"
    }

    private static let holdingWords: [Scalars] = ["旗下的", "旗下", "下属的", "下属", "的母公司", "母公司", "的子公司", "子公司"].map { Array($0.unicodeScalars) }
    /// Where the first relation word (旗下, 母公司 …) in `words` ends.
    private static func holdingEnd(in words: Scalars) -> Int? {
        for start in words.indices {
            if let word = holdingWords.first(where: { words[start...].starts(with: $0) }) { return start + word.count }
        }
        return nil
    }
    private static let includingWord = Array("包括".unicodeScalars), amongWord = Array("在内".unicodeScalars)
    private static let residenceLeads: [Scalars] = ["家住", "住在", "居住在", "家在"].map { Array($0.unicodeScalars) }
    private static let tenureLeads: [Scalars] = ["曾任", "现任", "时任", "担任", "曾是", "曾在", "前", "原", "在"].map { Array($0.unicodeScalars) }
    private static let holdingVerbs: [Scalars] = ["担任", "出任", "任职", "就职"].map { Array($0.unicodeScalars) }

    private static let originWord = Array("来自".unicodeScalars)
    private static let titleJoins: ScalarSet = ["、", "兼", "&", "＆", "/", "／"]

    private static func isPost(_ title: Scalars) -> Bool {
        QuoteLexicons.titles.longest(endingAt: title.count, in: title)?.fields.first == "post"
    }

    /// Whether words before a post can be the name of the organization holding it: short, one
    /// noun phrase (no particle, verb frame, numeral or demonstrative).
    private static func namesUnknownOrganization(_ words: Scalars) -> Bool {
        guard words.count >= 2, words.count <= 12, let first = words.first, !demonstratives.contains(first),
              !words.contains(where: { unknownOrganizationBreaks.contains($0) || ($0 >= "0" && $0 <= "9") }) else { return false }
        // 公司执行董事: a bare suffix (公司, 集团) names no organization.
        return QuoteLexicons.fillers.longest(at: 0, in: words) == nil && !containsSetting(words) && QuoteLexicons.orgSuffixes.word(words[...]) == nil
    }
    private static let unknownOrganizationBreaks: ScalarSet = ["的", "了", "是", "在", "和", "与", "及", "、", "，", "位", "名", "这", "那", "某", "由", "为", "被", "对", "向", "从"]

    /// Words closing a sector name before a title (互联网行业首席分析师, 消费领域研究员).
    private static let sectorWords: [Scalars] = ["行业", "领域", "产业", "板块", "赛道"].map { Array($0.unicodeScalars) }

    static let demonstratives: ScalarSet = ["这", "该", "那", "此"]
    private static let measureWords: ScalarSet = ["位", "名", "个"]

    /// Words between the affiliation and the role word that qualify the role (通信业观察家, 独立电信分析师),
    /// without a demonstrative (这位吹哨人), a place (河南企业家) or an age (80后青年学者).
    private static func titleModifier(_ words: ArraySlice<Unicode.Scalar>) -> Scalars {
        var modifier = Array(words)
        // 来自星海证券的宏观分析师: the 的 after the organization belongs to neither.
        if modifier.first == "的" { modifier.removeFirst() }
        if let first = modifier.first, demonstratives.contains(first) {
            modifier.removeFirst()
            if let next = modifier.first, measureWords.contains(next) { modifier.removeFirst() }
        }
        // 星海证券一位分析师周明远: the indefinite article qualifies no title.
        if let lead = memberLeads.first(where: { modifier.starts(with: $0) }) { modifier.removeFirst(lead.count) }
        if let lastDigit = modifier.lastIndex(where: { ($0 >= "0" && $0 <= "9") }) {
            var cut = lastDigit + 1
            if cut < modifier.count, modifier[cut] == "后" || modifier[cut] == "年" { cut += 1 }
            modifier.removeFirst(cut)
        }
        while let place = QuoteLexicons.places.longest(at: 0, in: modifier) ?? country(at: 0, in: modifier) { modifier.removeFirst(place.length) }
        // 公司执行董事: a bare 公司 or 集团 qualifies no title.
        if QuoteLexicons.orgSuffixes.word(modifier[...]) != nil { return [] }
        return modifier
    }

    private static func country(at index: Int, in text: Scalars) -> WordTable.Word? {
        QuoteLexicons.organizations.longest(at: index, in: text, where: { $0.fields.first == "country" })
    }

    static func isCountry(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        QuoteLexicons.organizations.word(text)?.fields.first == "country"
    }

    // MARK: - Organizations

    /// `lenient`: a known name with up to four more characters (星辰科技中国) also counts.
    static func isOrganization(_ text: ArraySlice<Unicode.Scalar>, lenient: Bool = true) -> Bool {
        // 家住星海市青禾区(的王阿姨): where someone lives describes them, it names no organization.
        if residenceLeads.contains(where: { text.starts(with: $0) }) { return false }
        let array = Array(text)
        guard !array.isEmpty, !array.contains("的"), array.last != "被", !containsSetting(array) else { return false }
        if QuoteLexicons.organizations.word(text) != nil { return true }
        // 在海城开了十年面馆(的小林): a verb with its aspect particle describes; names (饿了么) are known.
        if array.contains("了") { return false }
        if QuoteLexicons.orgFalseEndings.longest(endingAt: array.count, in: array) != nil { return false }
        if let suffix = QuoteLexicons.orgSuffixes.longest(endingAt: array.count, in: array) {
            // A suffix alone (部, 公司) is not a name.
            return array.count > suffix.length
        }
        // 星海日报社会 is no organization's name; 韩国资深节目 none either (a country only qualifies).
        if lenient, let known = QuoteLexicons.organizations.longest(at: 0, in: array), known.length >= 2, known.fields.first != "country" {
            return array.count - known.length <= 4
        }
        // Latin brand or outlet names (CNET, eMarketer).
        return array.count >= 2 && array.allSatisfy { isLatin($0) || $0 == " " || $0 == "." }
    }

    // MARK: - Clean-up

    private static func stripFillers(_ text: inout Scalars, outletMarked: inout Bool) {
        var changed = true
        while changed {
            changed = false
            trimSpaces(&text)
            // 今日头条 is a name, not 今日 + 头条; 从业者 a word, not 从 + 业者.
            if let lead = QuoteLexicons.fillers.longest(at: 0, in: text, where: { $0.fields.first != "tail" }),
               lead.length < text.count, QuoteLexicons.organizations.word(text[...]) == nil,
               (QuoteLexicons.anonymous.longest(at: 0, in: text)?.length ?? 0) <= lead.length,
               (QuoteLexicons.titles.longest(at: 0, in: text)?.length ?? 0) <= lead.length {
                text.removeFirst(lead.length)
                changed = true
            }
            // 该研报 / 这份报告 name a document quoted before; only 星海证券研报 loses its outlet word.
            // A document word (内部报告) is a speaker in its own right: its tail stays.
            if let tail = QuoteLexicons.fillers.longest(endingAt: text.count, in: text, where: { $0.fields.first != "lead" }),
               tail.length < text.count, QuoteLexicons.documents.word(text[...]) == nil, QuoteLexicons.organizations.word(text[...]) == nil,
               // WhatsApp is no Whats + App: a Latin tail leaves a Latin word whole.
               !(tail.scalars.first.map(isLatin) == true && isLatin(text[text.count - tail.length - 1])),
               !text[..<(text.count - tail.length)].allSatisfy({ demonstratives.contains($0) || measureWords.contains($0) || $0 == "份" }) {
                text.removeLast(tail.length)
                if tail.fields.dropFirst().first == "name" {
                    outletMarked = true
                    dropDataDescription(&text)
                }
                changed = true
            }
        }
    }


    /// 星河研究院用户规模(数据显示), QuestMobile日活跃用户(数据): words between an organization and
    /// its outlet word say what the data measure; the organization speaks. Only a run of three to
    /// eight Han scalars that holds no post or role (星河研究院院长 is a person's title).
    private static func dropDataDescription(_ text: inout Scalars) {
        guard let end = namedOrganizationPrefix(text) ?? suffixedOrganizationPrefix(text), end < text.count,
              (minDataDescription...maxDataDescription).contains(text.count - end), text[end...].allSatisfy(Marks.isHan), !text[end...].contains("的"),
              // 星辰科技与青禾优选联合(发布声明): a second organization joined, no description.
              !text[end...].contains(where: { conjunctions.contains($0) || jointScalars.contains($0) }),
              // 星海大学出版社: a body of the organization continues its name.
              QuoteLexicons.orgSuffixes.longest(endingAt: text.count, in: text, from: end) == nil,
              // 星海大学副教授韩露在(公众号发文): a post anywhere in the words makes them a person.
              !(end..<text.count).contains(where: { QuoteLexicons.titles.longest(at: $0, in: text) != nil }),
              QuoteLexicons.anonymous.longest(endingAt: text.count, in: text, from: end) == nil else { return }
        text.removeLast(text.count - end)
    }
    /// Two scalars are as often part of the name (CVSource投中, 华为手机) as a description.
    private static let minDataDescription = 3, maxDataDescription = 8

    /// 抖音“带货顶流”主播罗永浩: a short quoted epithet right before a title is no part of the title;
    /// 星海市网信办微信公众号“网信星海”: nor is an account's name after its outlet word (speaker-fillers.txt).
    /// `网友“星河小王子”`, `数码博主“@海城老李”在视频中`: a role word (titles.txt, role) or an
    /// unnamed kind (网友, 用户) right before an account name in quotation marks is the person known
    /// by that name; a setting may follow it.
    private static func handledPerson(_ span: Scalars) -> Speaker? {
        guard let open = span.firstIndex(where: { $0 == "“" || $0 == "「" }), let (person, close) = accountHolder(at: open, in: span),
              close + 1 == span.count || QuoteLexicons.setting(at: close + 1, in: span) != nil else { return nil }
        return person
    }

    /// The person an account name in quotation marks opening at `open` names, after its role
    /// (微博大V“@科技小星”, 网友“星河小王子”: the name without its @, titled by the role), and where
    /// the name's closing mark stands. Quotes and their antecedents read handles by this alone.
    static func accountHolder(at open: Int, in text: Scalars) -> (Speaker, close: Int)? {
        guard open > 0, let role = handleRole(endingAt: open, in: text) else { return nil }
        var start = open + 1
        if start < text.count, text[start] == "@" { start += 1 }
        guard start < text.count, let close = text[start...].prefix(13).firstIndex(where: { $0 == "”" || $0 == "」" }), close - start >= 2,
              text[start..<close].allSatisfy({ EventSubject.isNameScalar($0) && $0 != " " }) else { return nil }
        return (Speaker(name: text[start..<close].string, kind: .person, title: role), close)
    }

    /// The role word or unnamed kind that ends at `end` (数码博主, 网友), when it opens the span
    /// after fillers (有, 一位) or a platform (微博, B站).
    static func handleRole(endingAt end: Int, in text: Scalars) -> String? {
        if let role = QuoteLexicons.titles.longest(endingAt: end, in: text, where: { $0.fields.first == "role" }) { return role.key }
        if let kind = QuoteLexicons.anonymous.longest(endingAt: end, in: text), handleKinds.contains(kind.key) { return kind.key }
        return nil
    }
    private static let handleKinds: Set<String> = ["网友", "用户", "消费者"]

    private static func removeQuotedEpithets(_ text: inout Scalars) {
        guard text.contains("“") else { return }
        var index = 0
        while let open = text[index...].firstIndex(of: "“"), let close = text[open...].firstIndex(of: "”") {
            index = close + 1
            let account = QuoteLexicons.outlet(endingAt: open, in: text) != nil
            guard open > 0, close - open <= 9, account || QuoteLexicons.titles.longest(at: close + 1, in: text) != nil else { continue }
            text.removeSubrange(open...close)
            index = open
        }
    }

    /// 星海市公安局官方微信公众号 @平安星海: an account's handle after its outlet word names the
    /// account, not another speaker; the owner before the outlet word speaks.
    private static func removeAccountHandles(_ text: inout Scalars) {
        while let at = text.firstIndex(of: "@") {
            var outletEnd = at
            while outletEnd > 0, text[outletEnd - 1] == " " { outletEnd -= 1 }
            guard outletEnd > 0, QuoteLexicons.outlet(endingAt: outletEnd, in: text) != nil else { return }
            var end = at + 1
            while end < text.count, text[end] != " " { end += 1 }
            while end < text.count, text[end] == " " { end += 1 }
            text.removeSubrange(outletEnd..<end)
        }
    }

    /// IT之家 spacing between digits and Han (58 同城, 铁路 12306): joined where the joined
    /// words are a known organization.
    private static func joinSpacedNames(_ text: inout Scalars) {
        var index = 1
        while index + 1 < text.count {
            defer { index += 1 }
            guard text[index] == " " else { continue }
            let left = text[index - 1], right = text[index + 1]
            guard isDigit(left) && Marks.isHan(right) || Marks.isHan(left) && isDigit(right) else { continue }
            var joined = text
            joined.remove(at: index)
            var start = index
            while start > 0, joined[start - 1] != " " { start -= 1 }
            if let known = QuoteLexicons.organizations.longest(at: start, in: joined), start + known.length > index {
                text = joined
            }
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { Numerals.arabicDigit(scalar) != nil }

    /// FTC, CMA: two to six capital letters stand for an organization.
    static func isAcronym(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        (2...6).contains(text.count) && text.allSatisfy { $0 >= "A" && $0 <= "Z" }
    }

    private static func removeParentheses(_ text: inout Scalars) {
        // Most spans hold none: no copy.
        guard text.contains(where: { $0 == "（" || $0 == "(" || $0 == "）" || $0 == ")" }) else { return }
        var result: Scalars = []
        var depth = 0
        for scalar in text {
            if scalar == "（" || scalar == "(" { depth += 1; continue }
            if scalar == "）" || scalar == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { result.append(scalar) }
        }
        text = result
    }

    static func trimSpaces(_ text: inout Scalars) {
        while let first = text.first, first == " " || first == "\u{3000}" || first == "\u{A0}" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\u{3000}" || last == "\u{A0}" { text.removeLast() }
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = [Unicode.Scalar](scalarsOf: self)
        SpeakerParser.trimSpaces(&scalars)
        return scalars.string
    }
}
