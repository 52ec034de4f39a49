extension Array where Element == Unicode.Scalar {
    var string: String { String(scalars: self) }
}

extension ArraySlice where Element == Unicode.Scalar {
    var string: String { String(scalars: self) }
}

enum QuoteLexicons {
    static let speechVerbs = WordTable(Lexicon.bundled("speech-verbs"))

    /// The cue at `index`: the longest speech verb, with a 道 after a verb of saying taken
    /// into the cue when a mark follows it (阐述道，…… / 抱怨道：“……” / ”……”她抱怨道。), as the
    /// lexicon's own 说道 and 写道 are; 道 opening another word (建议道路) stays out.
    static func speechCue(at index: Int, in text: [Unicode.Scalar]) -> WordTable.Word? {
        guard let verb = speechVerbs.longest(at: index, in: text) else { return nil }
        let after = index + verb.length
        guard verb.fields.dropFirst(2).first == "speech", after + 1 < text.count, text[after] == "道",
              Marks.isClauseBoundary(text[after + 1]) || Marks.closer(of: text[after + 1]) != nil else { return verb }
        return withDao(verb)
    }

    /// The cue ending right before `end` (a mark), read like `speechCue(at:in:)`.
    static func speechCue(endingAt end: Int, in text: [Unicode.Scalar], from start: Int) -> WordTable.Word? {
        let listed = speechVerbs.longest(endingAt: end, in: text, from: start)
        guard end - 1 > start, text[end - 1] == "道", listed.map({ $0.length <= 1 }) ?? true,
              let verb = speechVerbs.longest(endingAt: end - 1, in: text, from: start), verb.fields.dropFirst(2).first == "speech" else { return listed }
        return withDao(verb)
    }

    private static func withDao(_ verb: WordTable.Word) -> WordTable.Word {
        let scalars = verb.scalars + ["道"]
        return speechVerbs.word(scalars[...]) ?? WordTable.Word(key: scalars.string, scalars: scalars, fields: ["punct"] + verb.fields.dropFirst())
    }
    static let titles = WordTable(Lexicon.bundled("titles"))
    /// 者, 人, 家: suffixes that make a role word of the two words before them (维护者).
    static let roleSuffixes = WordTable(Lexicon.bundled("role-suffixes"))
    static let surnames = WordTable(Lexicon.bundled("surnames"))
    static let orgSuffixes = WordTable(Lexicon.bundled("org-suffixes"))
    static let publicationWords = WordTable(Lexicon.bundled("publication-words"))
    /// Words that end like an organization but name none (布局, 总部).
    static let orgFalseEndings = WordTable(Lexicon.bundled("org-false-endings"))
    static let anonymous = WordTable(Lexicon.bundled("anonymous-sources"))
    /// 市场研究机构, 券商: class nouns before an organization's name in apposition.
    static let appositiveClasses = WordTable(Lexicon.bundled("appositive-classes"))
    static let reporterPhrases = WordTable(Lexicon.bundled("reporter-phrases"))
    /// 放下, 研究, 每天: words that open a person's predicate, where a name ends.
    static let personPredicates = WordTable(Lexicon.bundled("person-predicates"))
    static let fillers = WordTable(Lexicon.bundled("speaker-fillers"))
    static let organizations = WordTable(Lexicon.bundled("organizations"))
    static let notSpeech = WordTable(Lexicon.bundled("not-speech"))
    static let notSpeakers = WordTable(Lexicon.bundled("not-speakers"))
    static let places = WordTable(Lexicon.bundled("places"))
    /// Industry words that end a listed company's short name (星禾生物), words that show an article
    /// speaks of listed companies (个股), sector openings that are no trade name (清洁能源), and moves of a share (大涨).
    static let listedEndings = WordTable(Lexicon.bundled("listed-company-words"), where: { $0.fields.first == "ending" })
    static let listedContext = WordTable(Lexicon.bundled("listed-company-words"), where: { $0.fields.first == "context" })
    static let listedGeneric = WordTable(Lexicon.bundled("listed-company-words"), where: { $0.fields.first == "generic" })
    static let listedModifierEnds = ScalarSet(Lexicon.bundled("listed-company-words").entries.compactMap {
        $0.fields.first == "modifier" ? $0.key.unicodeScalars.first : nil
    })
    static let listedMarket = WordTable(Lexicon.bundled("listed-company-words"), where: { $0.fields.first == "market" })
    /// 设计, 技术: a field of work that forms one title with the post after it (设计负责人).
    static let titleFields = WordTable(Lexicon.bundled("title-fields"))
    /// 先生, 女士: forms of address after a name or title, never a name themselves.
    static let honorifics = WordTable(Lexicon.bundled("honorifics"))
    /// 学者 → 教授, 研究员 …: the titles a class noun of a description covers.
    static let descriptionClasses: [String: [String]] = Dictionary(uniqueKeysWithValues: Lexicon.bundled("description-classes").entries.map {
        ($0.key, ($0.fields.first ?? "").split(separator: "|").map(String.init))
    })
    /// 小, 老: prefixes that with a surname form a familiar name (小陈, 老王).
    static let namePrefixes = WordTable(Lexicon.bundled("name-prefixes"))
    /// Verbs by which an organization publishes a report or issues a document.
    static let publishingVerbs = WordTable(Lexicon.bundled("publishing-verbs"))
    /// Documents that speak for their issuer (公告称, 《规划》指出).
    static let documents = WordTable(Lexicon.bundled("speaker-documents"))

    /// The verbs speaker-documents.txt lists for a kind of document (会议: 召开, 举行 …), longest first.
    static func introducers(ofDocument kind: ArraySlice<Unicode.Scalar>) -> [[Unicode.Scalar]] {
        (documents.word(kind)?.fields.first ?? "").split(separator: "|").map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }
    /// Words that start the setting of a statement after its speaker (在会上, 向记者, 接受采访时).
    static let settingWords = WordTable(Lexicon.bundled("speaker-settings"))

    /// A setting word at `index` (speaker-settings.txt), unless it opens one of the words its
    /// entry lists as no setting (就 of 就业促进司).
    /// A closer ending the text (为例 of 以上海为例, 部署 of 根据总局部署) makes it a setting whatever
    /// it opens, and a word that needs its closer (根据, 经) is one only then; a word that needs a
    /// frame (与 of 与林思远会谈时) opens a setting only when `framed`: the setting ends in a frame
    /// word (时, 上, 中).
    static func setting(at index: Int, in text: [Unicode.Scalar], framed: Bool = false) -> WordTable.Word? {
        guard let word = settingWords.longest(at: index, in: text) else { return nil }
        if let closers = settingClosers[word.key], closers.contains(where: { text.count - index > $0.count + word.length && text.suffix($0.count).elementsEqual($0) }) {
            return word
        }
        let needs = word.fields.count > 1 ? word.fields[1] : ""
        if needs == "closer" || !framed && needs == "frame" { return nil }
        for exception in settingExceptions[word.key] ?? [] where index + exception.count <= text.count {
            if text[index..<(index + exception.count)].elementsEqual(exception) { return nil }
        }
        return word
    }

    /// First scalars of the setting words that need their closer (根据, 经): most spans hold none.
    static let closedSettingStarts = ScalarSet(settingWords.words.filter { $0.fields.dropFirst().first == "closer" }.compactMap(\.scalars.first))

    /// The words that close each setting word's frame (以……为例), read once.
    private static let settingClosers: [String: [[Unicode.Scalar]]] = Dictionary(uniqueKeysWithValues: settingWords.words.compactMap { word in
        let list = (word.fields.dropFirst(2).first ?? "").split(separator: "|").map { Array($0.unicodeScalars) }
        return list.isEmpty ? nil : (word.key, list)
    })
    /// The words each setting word opens that are no setting, read once.
    private static let settingExceptions: [String: [[Unicode.Scalar]]] = Dictionary(uniqueKeysWithValues: settingWords.words.compactMap { word in
        let list = (word.fields.first ?? "").split(separator: "|").map { Array($0.unicodeScalars) }
        return list.isEmpty ? nil : (word.key, list)
    })
    /// 今日, 昨晚, 近期: time words (shared with the event extractor) that may close a speaker span.
    static let timeWords = WordTable(Lexicon.bundled("time-words"))
    /// The scalars of Chinese transliterations of foreign personal names (扎, 克, 伯, 格).
    static let transliteration = ScalarSet(Lexicon.bundled("transliteration").keys.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })

    /// 而在X看来 / 不过据X介绍: the length of a connective (speaker-fillers.txt, lead) at `index` that
    /// stands right before one of a frame's `leads`, else 0.
    static func connectiveBeforeLead(at index: Int, in text: [Unicode.Scalar], leads: [[Unicode.Scalar]]) -> Int {
        guard !leads.contains(where: { text[index...].starts(with: $0) }),
              let connective = fillers.longest(at: index, in: text, where: { $0.fields.first == "lead" || $0.fields.first == "both" }),
              leads.contains(where: { text[(index + connective.length)...].starts(with: $0) }) else { return 0 }
        return connective.length
    }

    /// The length of an outlet word (speaker-fillers.txt, tail and name: 微信公众号, 官方微博) ending at `end`.
    static func outlet(endingAt end: Int, in text: [Unicode.Scalar]) -> Int? {
        fillers.longest(endingAt: end, in: text, where: { $0.fields == ["tail", "name"] })?.length
    }

    /// Whether the verb at `index` sits inside a word that is not speech (简称, 被指控, 简单来说).
    static func insideNonSpeech(_ index: Int, in text: [Unicode.Scalar]) -> Bool {
        for start in max(0, index - 3)...index {
            // 分析师, 评论员, 发言人: a role word (titles.txt) holding the verb is no cue.
            if let role = titles.longest(at: start, in: text), start + role.length > index, role.length >= 3,
               role.fields.first != "prefix" { return true }
            guard let word = notSpeech.longest(at: start, in: text), start + word.length > index else { continue }
            // 该负责人称: the 人 of 人称 ends a role word (负责人, 发言人), and 称 is the cue.
            let roleLength = max(titles.longest(endingAt: start + 1, in: text)?.length ?? 0,
                                 anonymous.longest(endingAt: start + 1, in: text)?.length ?? 0)
            if roleLength > 1 { continue }
            // 该公司又称，……: a word marked `comma` is speech when a comma or colon follows it.
            let end = start + word.length
            if word.fields.first == "comma", end < text.count, Marks.afterCue.contains(text[end]), text[end] != " " { continue }
            return true
        }
        // 对记者表示感谢: a cue that opens with its addressee ends in the verb the word extends.
        if let cue = speechVerbs.longest(at: index, in: text), cue.length > 2,
           let word = notSpeech.longest(at: index + cue.length - 2, in: text), word.length > 2 {
            return true
        }
        return false
    }
}
