import Foundation

/// Dated events: every time expression of the body that can be placed on the calendar
/// anchors one event, described by the clause around it.
public enum EventExtractor {
    /// At most `limit` events, the first ones.
    /// `quotes`: the article's quotes, whose speakers the words 公司 and 我们 inside their
    /// statements stand for.
    public static func extract(_ article: Article, limit: Int = .max, quotes: [Quote] = []) -> [Event] {
        guard article.publishedDay != nil else { return [] }
        // The quotes' mention detection: a name the article keeps using is a name.
        let paragraphs = article.blocks.map(\.scalars)
        return KnownNames.$mentions.withValue(MentionIndex(paragraphs, title: article.title)) {
            extractEvents(article, paragraphs: paragraphs, limit: limit, quotes: quotes)
        }
    }

    /// `paragraphs`: the scalars of each of the article's blocks.
    private static func extractEvents(_ article: Article, paragraphs: [[Unicode.Scalar]], limit: Int, quotes: [Quote]) -> [Event] {
        let statements = Dictionary(grouping: quotes, by: \.paragraph)
        guard let published = article.publishedDay else { return [] }
        var events: [Event] = []
        // Anaphora (当日, 同期) refer back at most to the previous paragraph.
        var reference: TimeExpression?
        var referenceParagraph = -1
        // 周一鸣: a weekday (周一) that opens the name of a person quoted in the article is that name.
        let namesOpeningWithTime = datedTitles(article) + quotedNames(quotes)
        var recall = Recall()
        // The people the article names, read once and only when a clause says 他, 她 or 其.
        var people: [(paragraph: Int, position: Int, name: String)]?
        // The label of the section being read: a heading's label holds until the next heading.
        var sectionTopic: String?
        for paragraph in article.blocks.indices where events.count < limit {
            // Past that, only words that always point back (同年, 次年) still reach it.
            if paragraph > referenceParagraph + 1 { reference?.isStale = true }
            let scalars = paragraphs[paragraph]
            // 星岚科技：营收创新高 — a section's heading names what the section reports on.
            let label = sectionLabel(scalars)
            if let label { recall.add(.label(label), in: paragraph) }
            if label != nil || isHeading(scalars) { sectionTopic = label }
            // Only an organization the actor lexicons recognize (not a law that 规定).
            for quote in statements[paragraph] ?? [] {
                if let organization = organization(of: quote), Actors.find(in: organization).first?.name == organization {
                    recall.add(.speaker(organization), in: paragraph)
                }
            }
            let habitual = TimeExpressions.contains(TimeLexicon.shared.habitualMarkers, in: scalars)
            for piece in Sentences.ranges(scalars) where events.count < limit {
                let before = reference
                let sentence = Array(scalars[piece])
                let found = TimeExpressions.find(inSentence: sentence, published: published, reference: &reference, habitual: habitual)
                if reference != before { referenceParagraph = paragraph }
                for expression in found where !opensName(expression, namesOpeningWithTime, in: sentence) {
                    var next = Self.event(for: expression, in: sentence, paragraph: paragraph)
                    if next.actors == [EventSubject.personMarker] {
                        // 她于2021年离开…: the person quoted last, in this paragraph or the three before;
                        // 其 inside an organization's statement (据X消息，其新品将于…) is that organization.
                        // Else the person named last before the clause, in this paragraph or the one before.
                        if people == nil { people = SpeakerLinker.personMentions(paragraphs) }
                        let named = people?.last(where: { ($0.paragraph == paragraph && $0.position < piece.lowerBound + expression.offset)
                            || $0.paragraph == paragraph - 1 })?.name
                        let person = (max(0, paragraph - 3)...paragraph).reversed().lazy
                            .compactMap { statements[$0]?.last(where: { $0.speaker.kind == .person })?.speaker.name }.first ?? named
                        let opened = next.summary.hasPrefix("其") ? statements[paragraph]?.last(where: { $0.text.hasPrefix("其") && $0.text.contains(next.summary) }) : nil
                        if let quote = opened, quote.speaker.kind == .organization {
                            next.actors = [quote.speaker.name]
                        } else {
                            next.actors = person.map { [$0] } ?? []
                        }
                    }
                    next.actors = resolveSelfReferences(next.actors, speaker: speaker(of: next.summary, in: statements[paragraph]),
                                                        previous: statements[paragraph - 1]?.last.flatMap(organization(of:)))
                    next.actors = recall.resolve(next.actors).map(EventSubject.articleShortName)
                    // A clause without a subject continues the topic of its paragraph: the
                    // latest actor or sentence subject before it (2020年腾讯投资了…，二季度下降至2个).
                    let clause = EventClause.around(expression.offset, expression.offset + expression.length, in: sentence)
                    // A name inside the setting (在……的公司中) is where, not who.
                    if next.role != .reference, let names = subjectAfterSetting(expression, in: sentence) {
                        next.actors = names
                    }
                    // A reference period (上一年度营业额) names no actor.
                    if next.actors.isEmpty, next.role != .reference,
                       !hasOwnSubject(expression, in: sentence, clause: clause), let names = recall.topic(in: paragraph) {
                        next.actors = names
                    }
                    if next.actors.isEmpty, next.role != .reference, !hasOwnSubject(expression, in: sentence, clause: clause),
                       reportsOwnResult(Array(sentence[clause]), expression: expression, clause: clause),
                       let names = recall.topic(before: paragraph) {
                        next.actors = names
                    }
                    // 星河公司表示，今年下半年将陆续推出…: a subjectless clause of an organization's
                    // statement that announces a plan (将/拟/计划 before an action) or reports its
                    // own results (第三季度营收增长两成, 上半年交付十万台) is the organization's.
                    if next.actors.isEmpty, next.role != .reference, !hasOwnSubject(expression, in: sentence, clause: clause),
                       announcesPlan(Array(sentence[clause]), skipping: (expression.offset - clause.lowerBound)..<(expression.offset + expression.length - clause.lowerBound))
                        || reportsOwnResult(Array(sentence[clause]), expression: expression, clause: clause),
                       let quote = statement(holding: next.summary, in: statements[paragraph]), quote.speaker.kind == .organization {
                        next.actors = [quote.speaker.name]
                    }
                    // 郑州：2022年数字经济达5000亿元 — the heading's label acts, in the heading
                    // and in the subjectless clauses of its section.
                    if next.actors.isEmpty, next.role != .reference, let topic = label ?? sectionTopic,
                       label != nil || !hasOwnSubject(expression, in: sentence, clause: clause) {
                        next.actors = [topic]
                    }
                    // 9月，星海市商务局表示，…… : the time words date the statement; its speaker acts,
                    // not a name inside what was said.
                    if next.role != .reference, let speaker = datedStatementSpeaker(expression, in: sentence, quotes: statements[paragraph]) {
                        next.actors = [speaker]
                    }
                    next.actors = next.actors.filter(EventSubject.namesActor)
                    // A clause whose own subject names no actor (春运将于…开始) ends the topic before it.
                    if !next.actors.isEmpty || next.role != .reference && hasOwnSubject(expression, in: sentence, clause: clause) {
                        recall.add(.actors(next.actors), in: paragraph)
                    }
                    // IT之家 8 月 22 日消息: an outlet's dateline dates its own report, no one's action,
                    // while the subject after it (公安部决定，…) stays the topic.
                    if isOutletDateline(expression, in: sentence) { next.actors = [] }
                    events.append(next)
                }
                recall.add(.sentence(sentence), in: paragraph)
            }
        }
        return Array(events.prefix(limit))
    }

    /// What the article has acted or reported on so far, in order: the names 该公司 and 公司 point
    /// back to (`resolve`), and the latest subject of a paragraph that a subjectless clause
    /// continues (`topic`). A sentence's subject is read only when one of them needs it: parsing
    /// the clauses of every sentence as speaker spans was a third of the extractor's time, and
    /// most sentences are never asked about.
    struct Recall {
        enum Entry {
            /// A section heading's label: recalled, never a topic.
            case label(String)
            /// The organization of a statement in the paragraph (美国联邦贸易委员会主席…表示):
            /// recalled for 该委员会, never a topic.
            case speaker(String)
            /// An event's actors: a topic, recalled.
            case actors([String])
            /// A sentence whose subject is not read yet.
            case sentence([Unicode.Scalar])
            /// A sentence's subject once read (nil: none): a topic, recalled when `isRecallable`.
            case subject([String]?)
        }
        private var entries: [(paragraph: Int, entry: Entry)] = []
        /// The names recalled from the first `before.count` entries, and how many came before each.
        private var recalled: [String] = []
        /// The organizations of statements, with how many recalled names came before each.
        private var speakers: [(before: Int, name: String)] = []
        private var before: [Int] = []
        /// The last topic found: in which paragraph, over how many entries.
        private var lastTopic: (paragraph: Int, entries: Int, names: [String]?) = (-1, 0, nil)

        mutating func add(_ entry: Entry, in paragraph: Int) { entries.append((paragraph, entry)) }

        /// `actors` with 该公司/该部门 replaced by what they point back to among all entries so far.
        mutating func resolve(_ actors: [String]) -> [String] { resolve(actors, before: entries.count) }

        private mutating func resolve(_ actors: [String], before end: Int) -> [String] {
            guard actors.contains(where: { $0.hasPrefix("该") }) else { return actors }
            let earlier = names(before: end)
            // A speaker's organization answers only an anaphor of its own kind (该委员会 →
            // 美国联邦贸易委员会), ranked before every actor and subject named after it.
            let heads = actors.filter { $0.hasPrefix("该") }.map { String($0.dropFirst()) }
            let matching = speakers.filter { spoke in
                spoke.before <= earlier.count && heads.contains { spoke.name.hasSuffix($0) && spoke.name.count > $0.count }
            }
            var ordered = earlier
            for spoke in matching.reversed() { ordered.insert(spoke.name, at: spoke.before) }
            return resolveAnaphors(actors, earlier: ordered)
        }

        /// The latest topic among the entries of `paragraph`.
        mutating func topic(in paragraph: Int) -> [String]? {
            let floor = lastTopic.paragraph == paragraph ? lastTopic.entries : 0
            var index = entries.count - 1
            var found = lastTopic.paragraph == paragraph ? lastTopic.names : nil
            while index >= floor, entries[index].paragraph == paragraph {
                if let names = subject(at: index) { found = names; break }
                index -= 1
            }
            lastTopic = (paragraph, entries.count, found)
            return found
        }

        /// The last topic of the paragraph before `paragraph`, when that paragraph set one.
        mutating func topic(before paragraph: Int) -> [String]? {
            var index = entries.count - 1
            while index >= 0, entries[index].paragraph >= paragraph { index -= 1 }
            while index >= 0, entries[index].paragraph == paragraph - 1 {
                if let names = subject(at: index) { return names }
                index -= 1
            }
            return nil
        }

        private mutating func subject(at index: Int) -> [String]? {
            switch entries[index].entry {
            case .label, .speaker: return nil
            case .actors(let names): return names
            case .subject(let names): return names
            case .sentence(let sentence):
                var found: [String]?
                if let names = sentenceTopic(sentence) {
                    let resolved = resolve(names, before: index)
                    if !resolved.isEmpty { found = resolved }
                }
                entries[index].entry = .subject(found)
                return found
            }
        }

        private mutating func names(before end: Int) -> [String] {
            while before.count < end {
                let index = before.count
                let subject = subject(at: index)
                before.append(recalled.count)
                switch entries[index].entry {
                case .label(let name): recalled.append(name)
                case .speaker(let name): speakers.append((recalled.count, name))
                case .actors(let names): recalled += names
                default: recalled += (subject ?? []).filter(isRecallable)
                }
            }
            return end == before.count ? recalled : Array(recalled[..<before[end]])
        }
    }

    /// The article's 《》 titles that open with a digit (《2021年十大消费热点》): written again
    /// in quotation marks or bare (“2021年十大消费热点”具体如下), the year is still the title's.
    static func datedTitles(_ article: Article) -> [[Unicode.Scalar]] {
        var titles: [[Unicode.Scalar]] = []
        for block in article.blocks where block.scalars.contains("《") {
            for title in Documents.titles(in: block.text) {
                let scalars = Array(title.unicodeScalars)
                guard scalars.count >= 6, let first = scalars.first, Numerals.arabicDigit(first) != nil || Numerals.digit(first) != nil,
                      !titles.contains(scalars) else { continue }
                titles.append(scalars)
            }
        }
        return titles
    }

    /// The names of the people the article quotes that are longer than a time word they may
    /// open (周一鸣, 周日新).
    static func quotedNames(_ quotes: [Quote]) -> [[Unicode.Scalar]] {
        var names: [[Unicode.Scalar]] = []
        for quote in quotes where quote.speaker.kind == .person {
            let name = Array(quote.speaker.name.unicodeScalars)
            if name.count >= 3, !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// Whether the expression opens one of `names`: the article's titles written outside 《》, or
    /// a quoted person's name.
    static func opensName(_ expression: TimeExpression, _ names: [[Unicode.Scalar]], in sentence: [Unicode.Scalar]) -> Bool {
        let start = expression.offset
        return names.contains { name in
            start + name.count <= sentence.count && sentence[start..<(start + name.count)].elementsEqual(name)
        }
    }

    /// A sentence subject that 公司 may point back to later: not a description ending in a bare
    /// 公司 (牵手全球素材公司) unless the article repeats it.
    static func isRecallable(_ name: String) -> Bool {
        guard name.hasSuffix("公司"), !SpeakerLinker.isCompanyName(name) else { return true }
        return (KnownNames.mentions?.count(Array(name.unicodeScalars)[...]) ?? 0) >= 2
    }

    /// `星岚科技：营收创新高`, `海城：到2025年数字经济占比过半`: a short paragraph (a heading) opened by
    /// a name and a colon labels what it and its section report on. The name is a known or
    /// suffix-built organization, a place, or a name the article repeats or marks as one.
    static func sectionLabel(_ scalars: [Unicode.Scalar]) -> String? {
        guard scalars.count <= maxHeadingLength,
              let colon = scalars.prefix(maxLabelLength + 1).firstIndex(where: { $0 == "：" || $0 == ":" }), colon >= 2 else { return nil }
        var name = Array(scalars[..<colon])
        while let last = name.last, last == " " { name.removeLast() }
        guard name.count >= 2, name.allSatisfy(EventSubject.isNameScalar), !name.contains(" ") || name.contains(where: \.isASCII) else { return nil }
        let text = String(scalars: name)
        guard EventSubject.isName(text), EventSubject.predicates.longest(at: 0, in: name) == nil,
              EventSubject.leads.longest(at: 0, in: name) == nil else { return nil }
        if isSolidName(text) { return text }
        guard let mentions = KnownNames.mentions, mentions.count(name[...]) >= 3,
              QuoteLexicons.anonymous.word(text) == nil, QuoteLexicons.notSpeakers.word(text) == nil else { return nil }
        return text
    }
    static let maxHeadingLength = 40, maxLabelLength = 10

    /// A paragraph that reads as a heading: short, and not ended as a sentence is.
    static func isHeading(_ scalars: [Unicode.Scalar]) -> Bool {
        guard !scalars.isEmpty, scalars.count <= maxHeadingLength, let last = scalars.last else { return false }
        return !sentenceEnds.contains(last)
    }
    static let sentenceEnds: ScalarSet = ["。", "！", "？", "!", "?", ".", "…", "”", "；", ";", "：", ":"]

    /// The subject of a sentence's first clause, which later subjectless clauses of the
    /// paragraph continue (Chinese drops a subject that stays the topic: 星河公司二季度营收
    /// 增长，三季度…). A subject that only speaks (工信部指出，…) sets no topic: what follows
    /// is its statement, whose topic is its own.
    static func sentenceTopic(_ sentence: [Unicode.Scalar]) -> [String]? {
        subject(ofClausesBefore: sentence.count, in: sentence, solidOnly: true)
    }

    /// A name that can carry a topic beyond its clause: a known or suffix-built organization,
    /// a place, or a name the article repeats (a guessed short name stays in its clause).
    static func isSolidName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        if let known = Actors.find(in: name).first, known.name == name { return true }
        return QuoteLexicons.places.word(scalars[...]) != nil
    }

    /// The subject of the nearest clause of `sentence` that ends at or before `end` and has
    /// one. A subject that only speaks (工信部指出，…) is skipped: what follows is its
    /// statement, whose topic is its own.
    static func subject(ofClausesBefore end: Int, in sentence: [Unicode.Scalar], solidOnly: Bool = false) -> [String]? {
        var clauses: [Range<Int>] = []
        var start = 0
        while start < end {
            let clause = EventClause.plain(from: start, in: sentence)
            guard clause.upperBound <= end, !clause.isEmpty else { break }
            clauses.append(clause)
            start = clause.upperBound + 1
        }
        for clause in clauses.reversed() where clause.count >= 3 && clause.count <= 40 {
            var last = clause.upperBound
            while last > clause.lowerBound, EventSubject.skippable.contains(sentence[last - 1]) { last -= 1 }
            if QuoteLexicons.speechVerbs.longest(endingAt: last, in: sentence, from: clause.lowerBound) != nil { continue }
            if clause.upperBound < sentence.count, sentence[clause.upperBound] == "：" || sentence[clause.upperBound] == ":" { continue }
            // The first clause keeps any subject; a later one only a solid name.
            guard let names = EventSubject.find(in: Array(sentence[clause]), expression: nil) else { continue }
            if (solidOnly || clause.lowerBound > 0) && !names.allSatisfy(isSolidName) { continue }
            return names
        }
        return nil
    }

    static func event(for expression: TimeExpression, in sentence: [Unicode.Scalar], paragraph: Int) -> Event {
        let clause = EventClause.around(expression.offset, expression.offset + expression.length, in: sentence)
        let clauseText = String(scalars: sentence[EventClause.withStatement(clause, in: sentence)])
        let role = EventRole.of(expression, in: sentence, clause: clause)
        if role == .reference {
            return Event(dateText: expression.text, start: expression.start, end: expression.end, precision: expression.precision,
                         actors: [], documents: [], summary: clauseText, policy: false, paragraph: paragraph, role: role)
        }
        // 本周三星辰科技…: the time expression's own scalars name no one (三星).
        var clauseWithoutTime = Array(sentence[clause])
        let time = max(clause.lowerBound, expression.offset)..<min(clause.upperBound, expression.offset + expression.length)
        for index in time where !time.isEmpty { clauseWithoutTime[index - clause.lowerBound] = " " }
        let actors = Actors.find(in: clauseWithoutTime)
        let documents = Documents.titles(in: clauseText)
        let policy = Policy.isPolicy(clauseText, actors: actors)
        return Event(dateText: expression.text, start: expression.start, end: expression.end, precision: expression.precision,
                     actors: subject(of: clause, expression: expression, in: sentence,
                                     // 中国小将林小红夺冠: a country named in the clause is where, not who.
                                     clauseActors: actors.filter { $0.kind != "country" }.map(\.name)),
                     documents: documents, summary: clauseText, policy: policy, paragraph: paragraph, role: role)
    }

    /// The statement (a quote of the paragraph) that holds `summary`, found by its first words.
    static func statement(holding summary: String, in quotes: [Quote]?) -> Quote? {
        guard let quotes, !quotes.isEmpty else { return nil }
        let probe = String(summary.unicodeScalars.prefix(8))
        guard probe.unicodeScalars.count >= 4 else { return nil }
        return quotes.first { $0.text.contains(probe) }
    }

    /// The speaker (a person or an organization) of a statement whose cue the time expression
    /// stands before in its sentence, with only the speaker's words, or a setting closed by a
    /// comma (在星海年会上，), between them: `8月9日，在星海年会上，协会秘书长林思远表示，……`.
    static func datedStatementSpeaker(_ expression: TimeExpression, in sentence: [Unicode.Scalar], quotes: [Quote]?) -> String? {
        let expressionEnd = expression.offset + expression.length
        for quote in quotes ?? [] where quote.speaker.kind != .anonymous && !quote.cue.isEmpty {
            let probe = Array(quote.text.unicodeScalars.prefix(6))
            guard probe.count >= 4, let textStart = sentence.firstIndex(of: probe) else { continue }
            var cueEnd = textStart
            while cueEnd > 0, statementOpeners.contains(sentence[cueEnd - 1]) { cueEnd -= 1 }
            let cue = Array(quote.cue.unicodeScalars)
            let cueStart = cueEnd - cue.count
            guard cueStart >= expressionEnd, sentence[cueStart..<cueEnd].elementsEqual(cue) else { continue }
            // 蓝湾控股10月8日称，……: the speaker named right before the time words, the cue right after.
            if sentence[expressionEnd..<cueStart].allSatisfy({ $0 == " " }) {
                var before = Array(sentence[..<expression.offset]).filter { $0 != " " }
                if before.last == "）" || before.last == ")", let open = before.lastIndex(where: { $0 == "（" || $0 == "(" }) { before.removeSubrange(open...) }
                if before.reversed().starts(with: Array(quote.speaker.name.unicodeScalars).filter({ $0 != " " }).reversed()) { return quote.speaker.name }
                continue
            }
            // IT之家 spacing (铁路 12306) is no part of the name.
            var between = ArraySlice(sentence[expressionEnd..<cueStart].drop { statementOpeners.contains($0) }.filter { $0 != " " })
            // 在星海年会上，: one setting before the speaker.
            if between.first == "在", let comma = between.firstIndex(where: { $0 == "，" || $0 == "," }) {
                between = between[(comma + 1)...]
            }
            guard !between.isEmpty, between.count <= 30, !between.contains(where: { Marks.clauseBreaks.contains($0) }) else { continue }
            // 星河科技公告称: the document word the speaker speaks through is no part of its name.
            if let document = QuoteLexicons.documents.longest(endingAt: between.count, in: Array(between)), document.length < between.count {
                between = between.dropLast(document.length)
            }
            // 星河方面回应称, 星河官方微博发布声明称: what the speaker speaks through (speaker-fillers.txt, tail).
            while let tail = QuoteLexicons.fillers.longest(endingAt: between.count, in: Array(between), where: { $0.fields.first == "tail" }),
                  tail.length < between.count {
                between = between.dropLast(tail.length)
            }
            // The words before the cue end with the speaker as named there (Lina M. Khan as Khan):
            // 上海市消保委接到周女士投诉称 is the 消保委's doing; 《报告》认为 dates the report's forecast.
            let fullName = Array(quote.speaker.name.unicodeScalars)
            let name = fullName.filter { $0 != " " }
            let lastWord = fullName.split(separator: " ").last.map(Array.init) ?? name
            let written = between.reversed().starts(with: name.reversed()) ? name
                : lastWord.count >= 3 && between.reversed().starts(with: lastWord.reversed()) ? lastWord : nil
            // 12月1日，这位局长再次强调: the description the quotes resolved to the speaker.
            if written == nil, quote.sieve.hasSuffix("+description"), quote.speaker.kind == .person,
               let first = between.first, SpeakerParser.demonstratives.contains(first), between.count <= 8 {
                return quote.speaker.name
            }
            guard let written else { continue }
            let head = Array(between.dropLast(written.count))
            // Only the speaker's own affiliation and title stand before the name: no action (接到, 从).
            if head.indices.contains(where: { EventSubject.predicates.longest(at: $0, in: head)?.value == "verb" }) || head.contains("从") || head.contains("向") { continue }
            return quote.speaker.name
        }
        return nil
    }

    /// Time words inside a dateline that opens the sentence (IT之家 8 月 22 日消息), not one that
    /// names its source first (据新华社30日消息).
    static func isOutletDateline(_ expression: TimeExpression, in sentence: [Unicode.Scalar]) -> Bool {
        let start = sentence.firstIndex { !EventSubject.skippable.contains($0) } ?? 0
        guard start < sentence.count, sentence[start] != "据" else { return false }
        if Dateline.end(in: sentence, from: start, to: sentence.count) >= expression.offset + expression.length { return true }
        // 北京时间 12 月 29 日消息，…: the date (with its part of the day, 早间), then 消息 and a
        // comma (据新华社30日消息 names its source).
        let clauseStart = (0..<expression.offset).last { EventClause.isBoundary(at: $0, in: sentence) }.map { $0 + 1 } ?? 0
        guard !sentence[clauseStart...].drop(while: { EventSubject.skippable.contains($0) }).starts(with: ["据"]) else { return false }
        let after = expression.offset + expression.length
        return sentence[after...].starts(with: datelineNews) && after + datelineNews.count < sentence.count
            && EventClause.isBoundary(at: after + datelineNews.count, in: sentence)
    }
    private static let datelineNews = Array("消息".unicodeScalars)

    /// `12月15日，在星海年会上，协会秘书长林思远发布了…` / `在2021年星海年会上，…`: a setting
    /// in 在…上 says where; the subject of the clause after it acts, for time words before the
    /// setting (in a clause of their own) or inside it.
    static func subjectAfterSetting(_ expression: TimeExpression, in sentence: [Unicode.Scalar]) -> [String]? {
        func clause(around index: Int) -> Range<Int> {
            let start = sentence[..<index].lastIndex(where: { settingBreaks.contains($0) }).map { $0 + 1 } ?? 0
            let end = sentence[index...].firstIndex(where: { settingBreaks.contains($0) }) ?? sentence.count
            return start..<end
        }
        func trimmed(_ range: Range<Int>) -> ArraySlice<Unicode.Scalar> { sentence[range].drop { EventSubject.skippable.contains($0) } }
        var setting = clause(around: expression.offset)
        // 12月15日，在……上: the time words are a clause of their own before the setting.
        if trimmed(setting).count == expression.length, setting.upperBound + 1 < sentence.count {
            setting = clause(around: setting.upperBound + 1)
        }
        let words = trimmed(setting)
        guard EventClause.isSetting(words.startIndex..<setting.upperBound, in: sentence), words.count <= 50,
              setting.upperBound + 1 < sentence.count else { return nil }
        // 在昨日召开的星海市新闻发布会上: the time words date a meeting, and whoever held it acts.
        let after = max(setting.lowerBound, expression.offset + expression.length)
        // (在9月13日的发布会上: 发布 inside the noun 发布会 opens no relative clause; 召开的 does.)
        // (在11月29日举行的发布会上, 在星海举行的论坛上: a verb with no agent before it names no
        // holder, so the subject of the clause after acts.)
        if (after..<setting.upperBound).contains(where: { index in
            guard let verb = EventSubject.predicates.longest(at: index, in: sentence), verb.value == "verb" else { return false }
            guard index + verb.length < sentence.count && sentence[index + verb.length] == "的" else { return false }
            let agent = sentence[after..<index].drop { EventSubject.skippable.contains($0) || $0 == "在" }
            let occasion = String(scalars: sentence[(index + verb.length + 1)..<setting.upperBound])
            return !agent.isEmpty && QuoteLexicons.places.word(agent) == nil || !Actors.find(in: occasion).isEmpty
        }) { return nil }
        let next = clause(around: setting.upperBound + 1)
        guard let names = EventSubject.find(in: Array(sentence[next]), expression: nil), !names.isEmpty else { return nil }
        return names
    }

    private static let settingBreaks = ScalarSet("，,；;")

    private static let statementOpeners = ScalarSet("，,：: “\"「")

    /// The speaker of the statement that holds `summary`, by the name an event names it: an
    /// organization, else a person's organization.
    static func speaker(of summary: String, in quotes: [Quote]?) -> String? {
        statement(holding: summary, in: quotes).flatMap(organization(of:))
    }

    /// 上半年营收增长两成, 二季度净利润六亿元, 去年交付十万台: the clause opens with its time
    /// expression, and after it goes straight to an action's verb or to a bare measure word (营收, 净利润, at
    /// most three characters): whose figure it is goes without saying.
    static func reportsOwnResult(_ clause: [Unicode.Scalar], expression: TimeExpression, clause range: Range<Int>) -> Bool {
        let from = max(0, expression.offset - range.lowerBound)
        let to = min(clause.count, from + (expression.timeLength ?? expression.length))
        // Only leads before the time expression: a clause that names something first has its subject.
        guard EventSubject.subjectStart(in: clause, expression: nil).position >= from else { return false }
        let start = EventSubject.subjectStart(in: clause, expression: from..<to).position
        guard start < clause.count else { return false }
        if EventSubject.predicates.longest(at: start, in: clause)?.value == "verb" { return true }
        for length in 2...3 where start + length < clause.count {
            guard EventSubject.measureHeads.longest(endingAt: start + length, in: clause, from: start) != nil else { continue }
            let next = clause[start + length]
            return next.properties.numericType != nil || EventSubject.predicates.longest(at: start + length, in: clause) != nil
        }
        return false
    }

    /// 将陆续出台, 拟推出, 计划上线: a plan marker right before an action's verb (adverbs of
    /// manner between), not a forecast of a figure (预计, 将达到175ZB: a measure's verb).
    /// `skipping`: the time words (in the clause's indices) that may stand between the marker
    /// and the verb (将于明年一季度推出).
    static func announcesPlan(_ clause: [Unicode.Scalar], skipping time: Range<Int>? = nil) -> Bool {
        // 自12月1日起暂停新用户注册: what holds from a date on is a rule the statement announces.
        if let time, time.upperBound < clause.count, time.upperBound > 0, clause[time.upperBound - 1] == "起" {
            var next = time.upperBound
            while let marker = EventSubject.predicates.longest(at: next, in: clause), marker.value == "marker" { next += marker.length }
            if let verb = EventSubject.predicates.longest(at: next, in: clause), verb.value == "verb" || verb.value == "change" { return true }
        }
        for index in clause.indices {
            guard let marker = EventSubject.planMarkers.first(where: { clause[index...].starts(with: $0) }) else { continue }
            var next = index + marker.count
            var moved = true
            while moved, next < clause.count {
                moved = false
                if let adverb = EventSubject.predicates.longest(at: next, in: clause), adverb.value == "marker" { next += adverb.length; moved = true }
                if let manner = EventSubject.mannerAdverbs.first(where: { clause[next...].starts(with: $0) }) { next += manner.count; moved = true }
                if let time, next == time.lowerBound, time.upperBound <= clause.count { next = time.upperBound; moved = true }
            }
            if EventSubject.predicates.longest(at: next, in: clause)?.value == "verb" { return true }
        }
        return false
    }

    /// A person's organization goes by the known organization it opens with (星河集团 of
    /// 星河集团消费者业务部).
    static func organization(of quote: Quote) -> String? {
        if quote.speaker.kind == .organization { return quote.speaker.name }
        let affiliation = Array(quote.speaker.affiliation.unicodeScalars)
        guard !affiliation.isEmpty else { return nil }
        if let known = Actors.known.longest(at: 0, in: affiliation), known.value != "country" {
            return String(scalars: affiliation[..<known.length])
        }
        return quote.speaker.affiliation
    }

    /// 公司, 我们 (event-self-references.txt) → the speaker of the statement they are in; outside
    /// a statement 公司 points back like 该公司, and 我们 to nobody.
    /// `previous`: the organization of the paragraph before's last statement, which a paragraph
    /// of 我们 continues.
    static func resolveSelfReferences(_ actors: [String], speaker: String?, previous: String?) -> [String] {
        guard actors.count == 1, let marker = actors.first,
              marker == EventSubject.organizationMarker || marker == EventSubject.speakerMarker else { return actors }
        if let speaker { return [speaker] }
        guard marker == EventSubject.speakerMarker else { return actors }
        return previous.map { [$0] } ?? []
    }

    /// Heads of 该X that point back to a public body (该委员会, 该部门); any other head (该公司,
    /// 该平台) points back to a company or other organization.
    static let governmentHeads = ["委员会", "部门", "部", "局", "委", "办", "机构", "署", "厅", "院"]

    /// 该公司 → the most recent earlier actor of that sort in the article; dropped when none.
    static func resolveAnaphors(_ actors: [String], earlier: [String]) -> [String] {
        guard actors.contains(where: { $0.hasPrefix("该") }) else { return actors }
        var resolved: [String] = []
        for actor in actors {
            guard actor.hasPrefix("该") else { resolved.append(actor); continue }
            let head = String(actor.dropFirst())
            let wantsGovernment = governmentHeads.contains(where: { head.hasSuffix($0) })
            // 法院 (a court, org-suffixes.txt) points back to a court only, never to 国务院.
            let headScalars = Array(head.unicodeScalars)
            let wantsCourt = QuoteLexicons.orgSuffixes.longest(endingAt: headScalars.count, in: headScalars)?.fields.first == "court"
            let candidates = earlier.reversed().lazy.filter { !$0.hasPrefix("该") }
            // 该委员会 → the latest 海城贸易委员会 first, else the latest actor of that sort.
            let match = candidates.first(where: { $0.hasSuffix(head) && $0.count > head.count }) ?? candidates.first { name in
                let kind = Actors.find(in: name).first?.kind ?? "other"
                return wantsCourt ? kind == "court" : wantsGovernment == (kind == "gov" || kind == "court")
            }
            if let match = match.map(EventSubject.articleAlias), !resolved.contains(match) { resolved.append(match) }
        }
        return resolved
    }

    /// 长飞上半年实现营收: the clause names its own subject before the time expression.
    static func hasOwnSubject(_ expression: TimeExpression, in sentence: [Unicode.Scalar], clause: Range<Int>) -> Bool {
        let from = max(0, expression.offset - clause.lowerBound)
        let to = min(clause.count, from + (expression.timeLength ?? expression.length))
        let words = Array(sentence[clause])
        if EventSubject.hasOwnSubject(in: words, expression: from..<to) { return true }
        // 2022年春运将从1月17日开始: an occasion after the time words is the clause's subject.
        let start = EventSubject.subjectStart(in: words, expression: from..<to).position
        return start < words.count && EventSubject.occasions.longest(at: start, in: words) != nil
    }

    /// Without a subject, the organizations named in the clause stand in (工信部的专项整治).
    /// Leads that join a subject to the time after it (星河科技于2019年推出).
    static let timeJoiners: [[Unicode.Scalar]] = ["于", "在", "自", "从"].map { Array($0.unicodeScalars) }

    /// 手机系青禾今年推出的新款, 星河科技于2019年打造的平台: a name right before the time
    /// expression, with an action's verb right after it, is the subject of that action even
    /// inside a longer phrase (subject, time, verb). The name is a known organization or one the
    /// article keeps using or marks as a name.
    static func nameBeforeTime(in clause: [Unicode.Scalar], expression: Range<Int>) -> String? {
        var end = expression.lowerBound
        if let joiner = timeJoiners.first(where: { end >= $0.count && clause[(end - $0.count)..<end].elementsEqual($0) }) { end -= joiner.count }
        var after = expression.upperBound
        while after < clause.count, let marker = EventSubject.predicates.longest(at: after, in: clause), marker.value == "marker" { after += marker.length }
        guard end >= 2, EventSubject.predicates.longest(at: after, in: clause)?.value == "verb" else { return nil }
        for length in stride(from: min(8, end), through: 2, by: -1) {
            let name = clause[(end - length)..<end]
            guard name.allSatisfy(EventSubject.isNameScalar), !name.contains(" ") else { continue }
            let text = String(scalars: name)
            guard EventSubject.isName(text), EventSubject.predicates.longest(at: end - length, in: clause) == nil else { continue }
            if Actors.known.longest(at: end - length, in: clause)?.length == length
                || EventSubject.isRecurringName(Array(name), text: text) || KnownNames.mentions?.marksAsName(name) == true && length >= 3 {
                return text
            }
        }
        return nil
    }

    static func subject(of clause: Range<Int>, expression: TimeExpression, in sentence: [Unicode.Scalar], clauseActors: [String]) -> [String] {
        var from = max(0, expression.offset - clause.lowerBound)
        var scalars = Array(sentence[clause])
        // 新华社北京9月13日电 工信部新闻发言人……13日表示: the outlet of the dateline opening the
        // clause acts in no event dated after it.
        let dateline = Dateline.end(in: scalars, from: 0, to: scalars.count)
        if dateline > 0, from >= dateline {
            scalars.removeFirst(dateline)
            from -= dateline
        }
        let to = min(scalars.count, from + (expression.timeLength ?? expression.length))
        if let names = EventSubject.find(in: scalars, expression: from..<to) { return names }
        // 从去年被列入清单以来，星河一直…: words held by the expression that name no subject leave
        // it to the clause after them.
        if expression.timeLength != nil, let names = EventSubject.find(in: scalars, expression: from..<min(scalars.count, from + expression.length)) {
            return names
        }
        if let name = nameBeforeTime(in: scalars, expression: from..<to) { return [name] }
        // 对星河公司的处罚: an organization governed by 对 or 关于 is acted on, as is the object of
        // the verb a subjectless clause opens with (希望蓝湾委员会尽快答复) — not a name after a
        // relative clause in 的 (召开的星河公司发布会: whose meeting).
        let opening = EventSubject.subjectStart(in: scalars, expression: from..<to)
        var targeted = opening.governs == "target"
        if !targeted, let first = clauseActors.first, EventSubject.predicates.longest(at: opening.position, in: scalars)?.value == "verb",
           let object = String(scalars: scalars[opening.position...]).range(of: first) {
            targeted = !String(scalars: scalars[opening.position...])[..<object.lowerBound].contains("的")
        }
        guard clauseActors.isEmpty || targeted, clause.lowerBound > 0 else { return targeted ? [] : clauseActors }
        return subject(ofClausesBefore: clause.lowerBound, in: sentence) ?? (targeted ? [] : clauseActors)
    }
}

/// The clause that states an event: the comma-delimited stretch around the expression,
/// extended to the next one when the expression stands alone (近日，微信发布声明称…).
enum EventClause {
    static let opening: ScalarSet = ScalarSet("“「『（(《")
    static let closing: ScalarSet = ScalarSet("”」』）)》")
    static let boundaries: ScalarSet = ["，", ",", "；", ";", "：", ":", "。", "！", "？", "!", "?"]

    /// A clause boundary, except an ASCII comma or colon inside a number or a clock time
    /// (1,200 台, 上午 10:00 开始), which ends no clause.
    static func isBoundary(at index: Int, in sentence: [Unicode.Scalar]) -> Bool {
        let scalar = sentence[index]
        guard boundaries.contains(scalar) else { return false }
        guard scalar == "," || scalar == ":", index > 0, index + 1 < sentence.count else { return true }
        // ASCII digits on both sides (the only ASCII decimals; asking `properties.numericType`
        // fetched the type's metadata at every scalar tested).
        return !(("0"..."9").contains(sentence[index - 1]) && ("0"..."9").contains(sentence[index + 1]))
    }

    /// Whether the clause holds nothing but its time expression, leads (不过随后的) and a
    /// parenthesized gloss (今日（8月5日）): the event is stated in the next clause.
    static func isBare(_ clause: Range<Int>, expression: Range<Int>, in sentence: [Unicode.Scalar]) -> Bool {
        var rest = 0
        var index = clause.lowerBound
        var depth = 0
        while index < clause.upperBound {
            let scalar = sentence[index]
            if expression.contains(index) { index = expression.upperBound; continue }
            if scalar == "（" || scalar == "(" { depth += 1 } else if scalar == "）" || scalar == ")" { depth = max(0, depth - 1) }
            else if depth == 0, let lead = EventSubject.leads.longest(at: index, in: sentence), index + lead.length <= clause.upperBound {
                index += lead.length
                continue
            } else if depth == 0, !EventSubject.skippable.contains(scalar), scalar != "的" { rest += 1 }
            index += 1
        }
        return rest < 2
    }

    /// The comma-delimited clause that starts at `start` (brackets kept whole), spaces trimmed.
    static func plain(from start: Int, in sentence: [Unicode.Scalar]) -> Range<Int> {
        var end = start
        var depth = 0
        while end < sentence.count {
            let scalar = sentence[end]
            if opening.contains(scalar) { depth += 1 }
            if closing.contains(scalar) { depth = max(0, depth - 1) }
            if depth == 0, isBoundary(at: end, in: sentence) { break }
            end += 1
        }
        return start..<end
    }

    static func around(_ from: Int, _ to: Int, in sentence: [Unicode.Scalar]) -> Range<Int> {
        var start = from
        var depth = 0
        while start > 0 {
            let scalar = sentence[start - 1]
            if closing.contains(scalar) { depth += 1 }
            if opening.contains(scalar) { depth = max(0, depth - 1) }
            if depth == 0, isBoundary(at: start - 1, in: sentence) { break }
            start -= 1
        }
        func clauseEnd(from index: Int) -> Int { plain(from: index, in: sentence).upperBound }
        var end = clauseEnd(from: to)
        // 本报讯（记者 林青）12月5日，……: a byline closed by its bracket right before the time words
        // is no part of the event's clause.
        if from > start + 2, closing.contains(sentence[from - 1]), let open = sentence[start..<from].lastIndex(where: opening.contains),
           sentence[open..<from].contains(where: { $0 == "记" }) || sentence[start..<open].last == "讯" {
            start = from
        }
        // 星海研究院研究员 林思远 9月22日上午，……: words set off by a space before time words that
        // close their clause are a byline or a heading, no part of the event's clause (in a text
        // that spaces its digits, 为 8 月 20 日, the time words hold spaces too).
        if from > start + 1, TextCleaning.isSpace(sentence[from - 1]), sentence[to..<end].allSatisfy(TextCleaning.isSpace),
           !sentence[from..<to].contains(where: TextCleaning.isSpace) {
            start = from
        }
        // 近日，… / 9月17日，…: the clause is the one after the bare expression.
        if end - start - (to - from) < 4 || isBare(start..<end, expression: from..<to, in: sentence), end < sentence.count - 1 {
            let next = end + 1
            end = clauseEnd(from: next)
            // 12月3日，针对用户投诉，星辰科技发布……: a setting clause after the bare time words says
            // how or why; the event is stated in the clause after it.
            if end < sentence.count - 1, QuoteScanner.isSettingClause(next..<end, in: sentence) { end = clauseEnd(from: end + 1) }
        }
        while end > start, TextCleaning.isSpace(sentence[end - 1]) { end -= 1 }
        while start < end, TextCleaning.isSpace(sentence[start]) { start += 1 }
        return start..<end
    }

    /// Whether the clause ends in a speech or report cue (speech-verbs.txt: 称, 表示, 消息 …).
    static func endsInSpeechCue(_ clause: Range<Int>, in sentence: [Unicode.Scalar]) -> Bool {
        var last = clause.upperBound
        while last > clause.lowerBound, EventSubject.skippable.contains(sentence[last - 1]) { last -= 1 }
        return QuoteLexicons.speechVerbs.longest(endingAt: last, in: sentence, from: clause.lowerBound) != nil
    }

    /// 在9月份举行的发布会上，… : a clause that only sets the scene (在…上/中/期间) for the next.
    static let settingClosers: [[Unicode.Scalar]] = ["上", "中", "期间", "之际", "时"].map { Array($0.unicodeScalars) }
    static func isSetting(_ clause: Range<Int>, in sentence: [Unicode.Scalar]) -> Bool {
        guard clause.count >= 3, sentence[clause.lowerBound] == "在" else { return false }
        return settingClosers.contains { clause.count > $0.count && sentence[(clause.upperBound - $0.count)..<clause.upperBound].elementsEqual($0) }
    }

    /// The last comma-delimited piece of a range (9月1日，在星海论坛上 → 在星海论坛上), spaces trimmed.
    static func lastPiece(of range: Range<Int>, in sentence: [Unicode.Scalar]) -> Range<Int> {
        var start = range.lowerBound
        if let boundary = range.reversed().first(where: { isBoundary(at: $0, in: sentence) }) { start = boundary + 1 }
        while start < range.upperBound, TextCleaning.isSpace(sentence[start]) { start += 1 }
        return start..<range.upperBound
    }

    /// 腾讯当日回应称，… / 据新华社30日消息，近日，…: a clause that only opens a statement is
    /// summarized with the statement, through further frames and bare time words.
    static func withStatement(_ clause: Range<Int>, in sentence: [Unicode.Scalar]) -> Range<Int> {
        var last = clause
        for _ in 0..<3 {
            let end = last.upperBound
            guard last.count < 4 || endsInSpeechCue(last, in: sentence) || isSetting(lastPiece(of: last, in: sentence), in: sentence), end + 1 < sentence.count,
                  sentence[end] == "，" || sentence[end] == "," else { break }
            last = plain(from: end + 1, in: sentence)
        }
        return clause.lowerBound..<last.upperBound
    }
}

/// Titles in 《…》, nested 〈…〉 kept, the outer brackets removed.
enum Documents {
    static func titles(in text: String) -> [String] {
        var titles: [String] = []
        var depth = 0
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "《" {
                if depth > 0 { current.append("〈") }
                depth += 1
            } else if scalar == "》", depth > 0 {
                depth -= 1
                if depth == 0 {
                    let title = String(current)
                    if !title.isEmpty, !titles.contains(title) { titles.append(title) }
                    current = String.UnicodeScalarView()
                } else {
                    current.append("〉")
                }
            } else if depth > 0 {
                current.append(scalar)
            }
        }
        return titles
    }
}

/// Organizations acting in a clause: known names (organizations.txt) and names ending in an
/// organization suffix (org-suffixes.txt: 委员会, 管理局, 集团 …).
enum Actors {
    struct Actor: Equatable {
        var name: String
        var kind: String
    }

    /// organizations.txt, and every name of organization-aliases.txt (人力资源和社会保障部, 人社部).
    static let known = PhraseMatcher(Lexicon.bundled("organizations").entries.map { ($0.key, $0.fields.first ?? "other") }
        + Lexicon.bundled("organization-aliases").entries.flatMap { entry in ([entry.key] + entry.fields.dropFirst()).map { ($0, entry.fields.first ?? "other") } })
    /// Suffixes that mark an organization in running text, by first scalar (longest first within
    /// each): not places, not the endings marked `span` (too common outside a speaker span,
    /// such as 网 in 互联网).
    static let suffixes = ScalarBuckets(Lexicon.bundled("org-suffixes").entries
        .filter { $0.fields.first != "place" && !$0.fields.contains("span") }
        .map { (Array($0.key.unicodeScalars), $0.fields.first ?? "other") }, key: { $0.0.first })
    /// Words such as 外部 or 格局 that end like an organization but name none.
    static let falseEndings = Lexicon.bundled("org-false-endings").entries.map { Array($0.key.unicodeScalars) }
    /// Characters that cannot be part of an organization name found by its suffix.
    static let stops = ScalarSet("的在于和与及、是对向将由被据从为了已也等今日月年称说时后前中上下里其该这那此各个之并又曾就把让给所都还")

    static let distributives = ScalarSet("各每诸多")

    static let wordContinuations = ScalarSet("长门分属内外面位下里署队务级际落委势部")

    /// 部长, 局面, 部分: a one-character suffix that starts another word; 大学生, 公司法, 网民: a
    /// longer word that opens with the suffix (org-false-endings.txt).
    static func suffixRunsOn(_ scalars: [Unicode.Scalar], at index: Int, length: Int) -> Bool {
        let end = index + length
        if length == 1, end < scalars.count, wordContinuations.contains(scalars[end]) { return true }
        return falseEndings.contains { $0.count > length && index + $0.count <= scalars.count && scalars[index..<(index + $0.count)].elementsEqual($0) }
    }

    static func find(in text: String) -> [Actor] {
        find(in: [Unicode.Scalar](scalarsOf: text))
    }

    /// 新京报记者了解到 / 中国证券报·中证金牛座记者: an outlet named before its reporter (and
    /// column) is the byline of the one who found out, no actor.
    static func isReporterByline(after end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var index = end
        if index < scalars.count, Marks.nameDots.contains(scalars[index]) {
            index += 1
            while index < scalars.count, index - end <= 9, !SpeakerParser.reporterWord.elementsEqual(scalars[index..<min(scalars.count, index + 2)]),
                  EventSubject.isNameScalar(scalars[index]) {
                index += 1
            }
        }
        return scalars[index...].starts(with: SpeakerParser.reporterWord)
    }

    /// Whether a suffix (org-suffixes.txt) starts inside `range` and ends after it.
    private static func runsIntoSuffix(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        range.dropFirst().contains { start in
            (suffixes[scalars[start]] ?? []).contains { suffix, _ in
                start + suffix.count > range.upperBound && start + suffix.count <= scalars.count && scalars[start..<(start + suffix.count)].elementsEqual(suffix)
            }
        }
    }

    static func find(in scalars: [Unicode.Scalar]) -> [Actor] {
        var actors: [Actor] = []
        var positions: [String: Int] = [:]
        var covered = Array(repeating: false, count: scalars.count)
        func add(_ range: Range<Int>, kind: String) {
            let name = String(scalars: scalars[range])
            for index in range { covered[index] = true }
            if isReporterByline(after: range.upperBound, in: scalars) { return }
            if !actors.contains(where: { $0.name == name || $0.name.contains(name) }) {
                actors.append(Actor(name: name, kind: kind))
                positions[name] = range.lowerBound
            }
        }
        var index = 0
        var titleDepth = 0
        while index < scalars.count {
            if scalars[index] == "《" { titleDepth += 1 }
            if scalars[index] == "》" { titleDepth = max(0, titleDepth - 1) }
            // 美国最高法院: a known short name (最高法) running into a suffix (法院) opens a longer name.
            if titleDepth == 0, let hit = known.longest(at: index, in: scalars), !runsIntoSuffix(index..<(index + hit.length), in: scalars) {
                // Prefer a longer suffix-built name that ends where the known one does.
                add(index..<(index + hit.length), kind: hit.value)
                index += hit.length
                continue
            }
            index += 1
        }
        // Suffix names: scan right to left from each suffix over name characters.
        index = 0
        titleDepth = 0
        while index < scalars.count {
            if scalars[index] == "《" { titleDepth += 1 }
            if scalars[index] == "》" { titleDepth = max(0, titleDepth - 1) }
            guard titleDepth == 0, !covered[index] else { index += 1; continue }
            var matched = false
            for (suffix, kind) in suffixes[scalars[index]] ?? [] where index + suffix.count <= scalars.count && scalars[index..<(index + suffix.count)].elementsEqual(suffix) {
                let end = index + suffix.count
                if falseEndings.contains(where: { end >= $0.count && scalars[(end - $0.count)..<end].elementsEqual($0) }) { continue }
                if suffixRunsOn(scalars, at: index, length: suffix.count) { continue }
                var start = index
                while start > 0, index - start < 12, Marks.isHan(scalars[start - 1]), !covered[start - 1],
                      !stops.contains(scalars[start - 1]) || opensName(scalars, at: start - 1) {
                    // 举办海城省大学生大赛: a name that opens with a place starts after the verb before it.
                    if opensName(scalars, at: start), let verb = EventSubject.predicates.longest(endingAt: start, in: scalars),
                       verb.value == "verb" { break }
                    start -= 1
                }
                // Known names right before the suffix belong to the new, longer name.
                while start > 0, covered[start - 1], index - start < 16, Marks.isHan(scalars[start - 1]) { start -= 1 }
                // 各地党委政府, 多地政府: after 各 or 多 the words name a kind, not one body.
                if index - start >= 2, !isCounted(start, in: scalars), start == 0 || !distributives.contains(scalars[start - 1]) {
                    actors.removeAll { String(scalars: scalars[start..<end]).contains($0.name) }
                    add(start..<end, kind: kind)
                    index = end
                    matched = true
                }
                break
            }
            if !matched { index += 1 }
        }
        // In text order: the subject of a clause usually comes before its objects.
        return actors.sorted { positions[$0.name, default: 0] < positions[$1.name, default: 0] }
    }


    /// 10家子公司, 三所高校: a numeral and a classifier (figure-units.txt, kind count) before the
    /// words count members of a kind; they name no organization.
    static func isCounted(_ start: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard start > 0, EventSubject.numeralOpeners.contains(scalars[start - 1]) || scalars[start - 1].properties.numericType != nil,
              let unit = FigureLexicon.units.longest(at: start, in: scalars) else { return false }
        return unit.value.count > 1 && unit.value[1] == "count"
    }

    /// 中共中央宣传部, 中国计算机学会, 海城市中级人民法院: 中 opening 中国/中共/中央/中华/中级
    /// begins a name (elsewhere 中 ends a phrase: 会议中); so does a stop character that opens
    /// a place (上海市消保委).
    static let nameOpeningAfterZhong = ScalarSet("国共央华级")
    static func opensName(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        if scalars[index] == "中" && index + 1 < scalars.count && nameOpeningAfterZhong.contains(scalars[index + 1]) { return true }
        return QuoteLexicons.places.longest(at: index, in: scalars) != nil
    }
}

/// The policy flag: a government body acts, or a regulation / measure / campaign / penalty
/// is the object, or a platform changes its rules (policy-keywords.txt).
enum Policy {
    static let keywords = PhraseMatcher(Lexicon.bundled("policy-keywords").entries.map { ($0.key, $0.fields.first ?? "measure") })

    static func isPolicy(_ clause: String, actors: [Actors.Actor]) -> Bool {
        if actors.contains(where: { $0.kind == "gov" || $0.kind == "court" }) { return true }
        let scalars = [Unicode.Scalar](scalarsOf: clause)
        for index in scalars.indices where keywords.longest(at: index, in: scalars) != nil {
            return true
        }
        return false
    }
}
