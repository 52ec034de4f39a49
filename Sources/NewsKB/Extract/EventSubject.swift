import Foundation

/// The actors of an event are the subject of its clause: what stands before the first
/// predicate (event-predicates.txt) once the time expression and the leading prepositions and
/// connectives (event-leads.txt) are set aside. The subject is read as the quotes read a
/// speaker span (a person by name, an organization, a list), else as a short name.
enum EventSubject {
    /// event-leads.txt, with what each governs ("" for a connective or a framing verb).
    static let leads = PhraseMatcher(Lexicon.bundled("event-leads").entries.map { ($0.key, $0.fields.first.flatMap { $0 == "zone" ? nil : $0 } ?? "") })
    /// 当地时间, 北京时间: time zones, written before the time words (event-leads.txt, zone).
    static let zoneWords = PhraseMatcher(Lexicon.bundled("event-leads").entries.filter { $0.fields.first == "zone" }.map { ($0.key, true) })
    static let predicates = PhraseMatcher(Lexicon.bundled("event-predicates").entries.map { ($0.key, $0.fields.first ?? "verb") })
    /// Verbs whose object acts with the subject (event-predicates.txt, object `partner`: 联合, 会同).
    static let partnerVerbs = PhraseMatcher(Lexicon.bundled("event-predicates").entries
        .filter { $0.fields.dropFirst().first == "partner" }.map { ($0.key, true) })
    /// event-self-references.txt: 公司, 我们 … as a clause's subject.
    static let selfReferences = PhraseMatcher(Lexicon.bundled("event-self-references").entries.map { ($0.key, $0.fields.first ?? "org") })
    /// What a self reference stands for until the extractor resolves it: an organization (like
    /// 该公司), or the speaker of the statement only.
    static let organizationMarker = "该公司", speakerMarker = "该发言方", personMarker = "该人"
    static let selfMarkers = ["org": organizationMarker, "speaker": speakerMarker, "person": personMarker]
    /// Markers that announce a plan (将, 拟, 计划) rather than forecast a figure (预计).
    static let planMarkers: [[Unicode.Scalar]] = ["即将", "将于", "将", "拟", "计划"].map { Array($0.unicodeScalars) }
    /// Adverbs of manner between a plan marker and its verb (将陆续出台).
    static let mannerAdverbs: [[Unicode.Scalar]] = ["陆续", "逐步", "尽快", "全面", "进一步", "首次", "继续"].map { Array($0.unicodeScalars) }
    static let topicWords = PhraseMatcher(Topics.allKeywords.map { ($0, true) })
    /// 平台之间, 公司间: between several of them, none acting.
    static let betweenWords = ScalarSet("之间")
    static let teamWord = Array("团队".unicodeScalars), sideWord = Array("方面".unicodeScalars)
    static let sideCounts = ScalarSet("多各诸一两几些")
    /// 团队已于日前: what joins a subject to the time words after it.
    static let teamJoiners = ScalarSet("已于在")

    /// StarPad, Nova Games: Latin words opening with a capital, a brand's name.
    static func isLatinBrand(_ name: [Unicode.Scalar]) -> Bool {
        guard name.count >= 2, let first = name.first, first >= "A" && first <= "Z" else { return false }
        return name.allSatisfy { ($0 >= "A" && $0 <= "Z") || ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == " " }
    }
    /// Punctuation and brackets around a subject (「即时设计」, “X”).
    static let skippable = ScalarSet(" \u{3000}，,、“”「」『』\"'")
    /// A subject span that reaches one of these is a phrase, not a name.
    static let phraseBreakers = ScalarSet("的是了，,。；;：:！？!?（(")
    static let listSeparators = ScalarSet("、和与及")
    /// Scalars that form a word with a 为 after them (作为, 成为, 认为, 因为, 称为, 以为, 行为, 视为).
    static let copulaCompounds = ScalarSet("作成认因称以行视更较")

    /// The subject names of `clause` (scalars of the clause), whose time expression is at
    /// `expression` (clause coordinates), or nil when the clause states none.
    /// An empty list: the clause has a subject, but it is no actor (该游戏曾获奖).
    static func find(in clause: [Unicode.Scalar], expression: Range<Int>?) -> [String]? {
        if let expression, let inner = framedEvent(in: clause, expression: expression) { return inner }
        guard let found = subjectNames(in: clause, expression: expression) else { return nil }
        if found.isEmpty { return [] }
        // 互联互通已取得进展: a word of the story (topics.txt) is what happens, not who acts.
        let names = found.filter { !Topics.allKeywords.contains($0) && namesActor($0) }
        return names.isEmpty ? nil : names + partners(after: names, in: clause)
    }

    /// `有网友在微博`, `多名用户在`: an unnamed group (anonymous-sources.txt, group), after 有 or a
    /// count, alone or before the 在 of its setting.
    private static func unnamedSource(opening span: [Unicode.Scalar]) -> String? {
        var start = 0
        // (就有媒体报道, 也有网友: an adverb may stand before 有.)
        if span.count > 2, "就也还便又".unicodeScalars.contains(span[0]), span[1] == "有" { start = 1 }
        if start < span.count, span[start] == "有" { start += 1 }
        while start < span.count, numeralOpeners.contains(span[start]) || span[start].properties.numericType != nil || classifierScalars.contains(span[start]) { start += 1 }
        guard let word = QuoteLexicons.anonymous.longest(at: start, in: span), word.fields.first == "group" else { return nil }
        let end = start + word.length
        return end == span.count || span[end] == "在" ? word.key : nil
    }

    /// `钱文博在2019年蓝湾科技上市时表示`: time words that open a setting (在 …… 时, 之初, 之际)
    /// date the event the setting states, so the subject inside it acts, not the sentence's.
    private static func framedEvent(in clause: [Unicode.Scalar], expression: Range<Int>) -> [String]? {
        guard expression.lowerBound > 0, clause[expression.lowerBound - 1] == "在", expression.upperBound + 4 < clause.count else { return nil }
        var end = expression.upperBound
        while end < clause.count, end - expression.upperBound <= 20, !Marks.isClauseBoundary(clause[end]) {
            if let closer = settingClosers.first(where: { clause[end...].starts(with: $0) }), end > expression.upperBound + 3 {
                let setting = Array(clause[expression.upperBound..<end])
                guard let names = subjectNames(in: setting, expression: nil), !names.isEmpty,
                      names.allSatisfy(namesActor), end + closer.count < clause.count else { return nil }
                return names
            }
            end += 1
        }
        return nil
    }
    private static let settingClosers: [[Unicode.Scalar]] = ["之初", "之际", "前夕", "时"].map { Array($0.unicodeScalars) }

    /// 中消协联合人民网舆情数据中心发布…: the named organizations or people after a partner verb
    /// right after the subject act with it; a generic object (会同有关部门) names none.
    static func partners(after names: [String], in clause: [Unicode.Scalar]) -> [String] {
        guard let last = names.last.map({ Array($0.unicodeScalars) }),
              let at = clause.indices.first(where: { clause[$0...].starts(with: last) }) else { return [] }
        // 由星河学会联合虹桥大学等单位发起的论坛: 由 names the one responsible, the others join.
        if let first = names.first.map({ Array($0.unicodeScalars) }),
           let opening = clause.indices.first(where: { clause[$0...].starts(with: first) }), opening > 0, clause[opening - 1] == "由" {
            return []
        }
        var verbAt = at + last.count
        // 中国消费者协会(以下简称“中消协”)联合…: the defined short name's closing marks.
        while verbAt < clause.count, "”)）」\"".unicodeScalars.contains(clause[verbAt]) { verbAt += 1 }
        guard let verb = partnerVerbs.longest(at: verbAt, in: clause) else { return [] }
        let rest = Array(clause[(verbAt + verb.length)...])
        // …联合星海日报舆情数据中心，对……: the object may end the clause.
        let found = subjectNames(in: rest, expression: nil) ?? [String(scalars: rest)]
        return found.filter { name in
            !names.contains(name) && namesActor(name) && QuoteLexicons.anonymous.word(name) == nil
                && (EventExtractor.isSolidName(name) || isBuiltOrganization(name) || isPerson(name))
        }
    }

    /// event-occasions.txt: 春运, 高考 …
    static let occasions = PhraseMatcher(Lexicon.bundled("event-occasions").entries.map { ($0.key, true) })
    /// Classifiers left at the front of a counted group (家网约车平台公司 of 5家…).
    static let classifierScalars = ScalarSet("家个位名所只款")
    static let negations = ScalarSet("不未没非")

    /// Whether a subject read from a clause names an actor: not an occasion (春运将于…开始), a
    /// counted group (31个省市区, 两家公司), a negated phrase (不包括…), a measured quantity
    /// (出货量) or a generic word (平台).
    static func namesActor(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.first else { return false }
        if occasions.longest(at: 0, in: scalars)?.length == scalars.count { return false }
        // A numeral right before a classifier counts members (全国5家网约车平台公司, 两家公司).
        if countsMembers(scalars) { return false }
        if classifierScalars.contains(first), scalars.count >= 4, QuoteLexicons.orgSuffixes.longest(endingAt: scalars.count, in: scalars) != nil,
           Actors.known.longest(at: 0, in: scalars) == nil {
            return false
        }
        if negations.contains(first) { return false }
        // 手机出货量, 工业增加值: what a statistic measures (event-measure-heads.txt) acts for no one.
        if measureHeads.longest(endingAt: scalars.count, in: scalars) != nil { return false }
        return QuoteLexicons.notSpeakers.word(scalars[...]) == nil
    }

    /// 长飞上半年实现营收…: words before the time expression with an action right after it are
    /// the clause's own subject, even one not read as a name; the clause continues no topic.
    static func hasOwnSubject(in clause: [Unicode.Scalar], expression: Range<Int>) -> Bool {
        var position = 0
        var moved = true
        while moved, position < expression.lowerBound {
            moved = false
            while position < clause.count, skippable.contains(clause[position]) { position += 1; moved = true }
            if let hit = leads.longest(at: position, in: clause) { position += hit.length; moved = true }
        }
        guard expression.lowerBound - position >= 2, expression.upperBound < clause.count,
              clause[position..<expression.lowerBound].allSatisfy(isNameScalar),
              !(position..<expression.lowerBound).contains(where: { predicates.longest(at: $0, in: clause) != nil }),
              predicates.longest(at: expression.upperBound, in: clause)?.value == "verb" else { return false }
        return true
    }

    /// Where the subject of `clause` may start, past leading punctuation, leads and the time
    /// expression, and what the last lead governs there: "" for none or a connective, else
    /// place (在Switch发售的…: where, not who) or target (对X的处罚, 关于X的传闻: acted on).
    static func subjectStart(in clause: [Unicode.Scalar], expression: Range<Int>?) -> (position: Int, governs: String) {
        var position = 0
        var moved = true
        var governs = ""
        while moved {
            moved = false
            while position < clause.count, skippable.contains(clause[position]) { position += 1; moved = true }
            if let expression, position >= expression.lowerBound, position < expression.upperBound {
                position = expression.upperBound
                // 今日（8月5日）: a bracketed gloss of the time words belongs to them.
                if position < clause.count, clause[position] == "（" || clause[position] == "(",
                   let close = clause[position...].prefix(maxGlossLength).firstIndex(where: { $0 == "）" || $0 == ")" }) {
                    position = close + 1
                }
                moved = true
                governs = ""
            } else if position > 0, clause[position - 1] == "，" || clause[position - 1] == ",",
                      let comma = clause[position...].firstIndex(where: { $0 == "，" || $0 == "," }), comma + 2 < clause.count,
                      QuoteScanner.isSettingClause(position..<comma, in: clause) {
                // 12月3日，针对用户投诉，星辰科技发布……: a setting clause after the time words says how
                // or why; the subject follows it.
                position = comma + 1
                moved = true
                governs = ""
            } else if let hit = leads.longest(at: position, in: clause) {
                governs = hit.value
                position += hit.length
                moved = true
            }
        }
        return (position, governs)
    }

    private static func subjectNames(in clause: [Unicode.Scalar], expression: Range<Int>?) -> [String]? {
        var (start, governs) = subjectStart(in: clause, expression: expression)
        if !governs.isEmpty { return nil }
        // 以海城为首的多个州: the frame names who leads; the group after it acts.
        if clause[start...].starts(with: leaderFrameOpen),
           let close = (start..<min(clause.count, start + 16)).first(where: { clause[$0...].starts(with: leaderFrameClose) }) {
            start = close + leaderFrameClose.count
        }
        // 星海日报记者从星海市交通局获悉: an outlet's byline before its reporter is no subject;
        // the clause reads on from 记者 as when the reporter stands alone.
        if let byline = (start..<min(clause.count, start + maxGlossLength)).first(where: { clause[$0...].starts(with: SpeakerParser.reporterWord) }), byline > start {
            let outlet = Array(clause[start..<(clause[start..<byline].firstIndex(where: Marks.nameDots.contains) ?? byline)])
            if Actors.find(in: outlet).map(\.name) == [String(scalars: outlet)] { start = byline }
        }
        // 今年是星河集团成立100周年: the copula after the time words opens no subject.
        if start < clause.count - 2, clause[start] == "是" { start += 1 }
        // 公司于上季度…, 我们积极…: a word standing for the organization reported on.
        // 平台互联互通将…: before a word of the story (topics.txt) the word modifies what happens.
        if let hit = selfReferences.longest(at: start, in: clause), let marker = selfMarkers[hit.value],
           start + hit.length >= clause.count || !betweenWords.contains(clause[start + hit.length]) && topicWords.longest(at: start + hit.length, in: clause) == nil {
            return [marker]
        }
        // 打造公司业务新增长极: a clause that opens with its verb has no subject, unless the verb
        // opens a relative clause in 的 before it (成立于2018年的星岚科技获得…: 星岚科技).
        if let verb = predicates.longest(at: start, in: clause), verb.value == "verb", !isMeetingNoun(clause, start + verb.length),
           (descriptorNouns.longest(at: start, in: clause)?.length ?? 0) <= verb.length {
            guard let de = clause[start...].firstIndex(of: "的"), de + 2 < clause.count else { return nil }
            let head = Array(clause[(de + 1)...])
            // …发布的视觉洞察报告: a document (speaker-documents.txt) is no actor, but a meeting
            // named in full is (去年召开的海城经济工作会议提出).
            let acts = { (name: String) in
                let scalars = Array(name.unicodeScalars)
                return meetingName(scalars) != nil || QuoteLexicons.documents.longest(endingAt: scalars.count, in: scalars) == nil
                    && (EventExtractor.isSolidName(name) || isBuiltOrganization(name) || isPerson(name) || isRecurringName(scalars, text: name))
            }
            if let names = find(in: head, expression: nil), !names.isEmpty, names.allSatisfy(acts) { return names }
            // …刚完成B轮融资的星岚科技: the clause may end with the name it describes.
            var name = head
            while let last = name.last, skippable.contains(last) { name.removeLast() }
            let text = String(scalars: name)
            return name.allSatisfy(isNameScalar) && acts(text) ? [text] : nil
        }
        var end = start
        var depth = 0 // a predicate inside brackets (以下简称…) is no predicate of the clause
        while end < clause.count {
            if let expression, end == expression.lowerBound { break }
            if clause[end] == "（" || clause[end] == "(" { depth += 1 } else if clause[end] == "）" || clause[end] == ")" { depth = max(0, depth - 1) }
            // (发行商: a verb opening a descriptor noun is no predicate.)
            // (以 of 以及 joins a list: event-predicates' 以 is the preposition of means.)
            if depth == 0, end > start, !clause[end...].starts(with: yiji), let hit = predicates.longest(at: end, in: clause), hit.value == "marker" || !isMeetingNoun(clause, end + hit.length),
               !startsName(clause, at: end, longerThan: hit.length), !insideKnownName(clause, from: start, at: end),
               (descriptorNouns.longest(at: end, in: clause)?.length ?? 0) <= hit.length, !insideListMember(clause, from: start, at: end) { break }
            end += 1
        }
        // The subject stands before a predicate; a span that runs to the end is no subject.
        // 星河公司近日发布…: a subject may stand before the time expression when a predicate follows it.
        let predicateAt = expression?.lowerBound == end ? expression!.upperBound : end
        let beforeTime = expression?.lowerBound == end
        // 欧盟委员会当地时间12月1日宣布: a time zone (event-leads.txt, zone) before the time words
        // belongs to them, not to the subject.
        if beforeTime, let zone = zoneWords.longest(endingAt: end, in: clause, from: start + 2) { end -= zone.length }
        // 星河科技去年营收增长两成: what is measured after the time words belongs to the name before them.
        if let expression, beforeTime, end > start,
           let owner = measuredOwnerBeforeTime(Array(clause[start..<end]), after: expression.upperBound, in: clause) {
            return [owner]
        }
        // 星辰科技12月1日与蓝湾集团签署…: after the time words 与 is "with", as after 于 (a marker).
        guard predicateAt < clause.count, predicates.longest(at: predicateAt, in: clause) != nil
                || beforeTime && comitatives.contains(clause[predicateAt]) else { return nil }
        var span = Array(clause[start..<end])
        // 有网友在微博发文: an unnamed source acts as written (这些公司: none); what follows 在 is where.
        if let source = unnamedSource(opening: span) { return SpeakerParser.demonstratives.contains(source.unicodeScalars.first!) ? [] : [source] }
        // 星河科技及StarPad团队上线…, StarPad团队发布…: a team acts as whose team it is — names known
        // or suffix-built, Latin brands, or names the article keeps using, one of them known when
        // several are listed.
        var team = span
        while let last = team.last, teamJoiners.contains(last) { team.removeLast() }
        if team.count > teamWord.count + 1, team.suffix(teamWord.count).elementsEqual(teamWord),
           let members = split(Array(team.dropLast(teamWord.count))) {
            let named = { (member: String) in isBuiltOrganization(member) }
            let brand = { (member: String) in isLatinBrand(Array(member.unicodeScalars)) || isRecurringName(Array(member.unicodeScalars), text: member) }
            if members.allSatisfy({ named($0) || brand($0) }), members.count == 1 || members.contains(where: named) { return members }
        }
        // 《星海日报》理论版刊发…: a publication named in 《》 acts, its column with it.
        if let name = publicationTitle(span) { return [name] }
        // 蓝湾航空控股股份有限公司（以下简称“蓝湾控股”）: the actor goes by the short name defined.
        if let short = definedShortName(span) { return [short] }
        // 国际数据公司（IDC）发布…: an acronym in brackets glosses the name before it, which acts.
        if let close = span.lastIndex(where: { $0 == "）" || $0 == ")" }), close == span.count - 1,
           let full = SpeakerParser.acronymGlossed(span[...]) {
            return [String(scalars: full)]
        }
        // 星海委员会和蓝湾司法部的反垄断部门: a department named only by its kind of work (an
        // organization word marked `span`, 部门/中心) belongs to the bodies before 的, which act.
        if let owners = ownersOfUnit(span) { return owners }
        // 星河科技旗下青禾优选上线…: the unit the owner holds acts, by its own name.
        if let held = heldUnit(span) { span = held }
        // 星河科技被海城市监管局罚款, 星河科技遭海城市监管局约谈: the one it happens to and the
        // agent of the passive both act.
        if let parties = passiveParties(span) { return parties }
        // 海城省十三届人大五次会议表决通过…: a meeting named in full acts under its name.
        if let meeting = meetingName(span) { return [meeting] }
        // 深圳有8家企业上榜, 广东省有17家: a place or body that has the counted group is what the
        // clause is about.
        if let has = span.firstIndex(of: "有"), has >= 2, countsMembers(Array(span[(has + 1)...])) {
            let owner = String(scalars: span[..<has])
            if isPlace(owner) || Actors.find(in: owner).first?.name == owner { return [owner] }
        }
        // 中国大陆 56 家主要制造商, 星海市前 10 家单位, 智能手表（56 家）: a counted group is the
        // subject, and it names no one; whatever place or trade stands before it modifies it.
        // 星河科技、青禾集团和蓝湾控股三家公司: a list of names counted after it is the names.
        // (百 of 百度 opens a name, no count.)
        if let count = span.indices.dropFirst(2).first(where: { (numeralOpeners.contains(span[$0]) || span[$0].properties.numericType != nil)
            && Actors.known.longest(at: $0, in: span) == nil }),
           countsMembers(Array(span[count...])) || Actors.isCounted(count + 1, in: span),
           // (星辰科技、蓝湾集团等五家企业: 等 closes the list, no part of its last name.)
           let members = split(Array(span[..<count]).reversed().drop(while: { $0 == "等" }).reversed()), members.count >= 2,
           members.allSatisfy({ isName($0) && (isBuiltOrganization($0) || isPlace($0) || countsOrganizations(Array(span[count...]))) }) {
            return members
        }
        if !span.contains("等"), countsMembers(span) { return [] }
        span = stripParenthesized(span)
        while let last = span.last, skippable.contains(last) { span.removeLast() }
        // 星辰科技和蓝湾集团均…: an adverb of the whole list closes it, no part of its last name.
        if span.count > 4, let last = span.last, listAdverbs.contains(last), span.contains(where: listSeparators.contains) { span.removeLast() }
        let apposed = appositive(span)
        span = apposed.name
        // 社交应用“星聊”, 知名博主“@星河”: a name marked so acts though no lexicon knows it.
        if apposed.marked, isName(String(scalars: span)) { return [String(scalars: span)] }
        // 蓝湾集团全资子公司蓝湾物流, 合作伙伴蓝湾集团: the organization named after a class noun.
        if let name = nameAfterClassNoun(span) { return [name] }
        // 青禾方面: the side of a name is that name, and 方面 marks it as a party to the matter.
        // (多方面, 各方面, 另一方面 count sides and name none.)
        if span.count > sideWord.count + 1, span.suffix(sideWord.count).elementsEqual(sideWord),
           !sideCounts.contains(span[span.count - sideWord.count - 1]), !span.contains("等") {
            span.removeLast(sideWord.count)
            if span.count <= 12, span.allSatisfy(isNameScalar), isName(String(scalars: span)) { return [String(scalars: span)] }
        }
        // 青禾素材库为星河科技于2019年打造: after the copula 为 (not 作为, 成为, 认为, 因为 …) comes
        // the subject of the action dated right after it. Before its predicate, or after an
        // organization, 为 is "for" (工信部为企业减负出台新政: 工信部 acts).
        if let expression, end <= expression.lowerBound, expression.lowerBound - end <= 1,
           let copula = span.lastIndex(of: "为"), copula >= 2, span.count - copula - 1 >= 2, !copulaCompounds.contains(span[copula - 1]),
           Actors.find(in: String(scalars: span[..<copula])).first?.name != String(scalars: span[..<copula]) {
            span = Array(span[(copula + 1)...])
        }
        guard span.count >= 2 else { return nil }
        // 瑞典服装品牌Acme, 国外设计工具Pixelo: a Latin name after a Han descriptor acts.
        if let name = describedLatinName(span) { return [name] }
        // 国产设计工具青禾设计: a Han name the article keeps using, after a descriptor.
        if let name = describedHanName(span) { return [name] }
        let text = String(scalars: span)
        // 该公司/该委员会: an anaphor the extractor resolves against the article's earlier actors.
        // 该游戏, 该产品: a head that is no organization word points back to no actor.
        if span.first == "该", span.count <= 5, span.allSatisfy(isNameScalar) {
            let head = Array(span.dropFirst())
            let organizationHead = QuoteLexicons.orgSuffixes.longest(endingAt: head.count, in: head) != nil
                || QuoteLexicons.anonymous.word(String(scalars: head)).map { $0.fields.first == "org" || $0.fields.first == "institution" } == true
                || EventExtractor.governmentHeads.contains { String(scalars: head).hasSuffix($0) }
            return organizationHead ? [text] : []
        }
        // 本次会议审议通过…, 该报告发布于…: a document word (speaker-documents.txt) stands for
        // whoever issued or held it, which the clause or the topic names.
        if QuoteLexicons.documents.word(span[...]) != nil { return [] }
        // 公司于去年完成融资: the bare word is the article's company, resolved like 该公司.
        if QuoteLexicons.anonymous.word(text)?.value.first == "org" { return ["该" + text] }
        // 「星岚设计」近日宣布: a bracketed name (a brand or product) standing alone.
        if let name = bracketedName(Array(clause[start..<end])) { return [name] }
        // 商务部、工信部等5部门: the members named before 等 act, not the count.
        // A list acts when one member is a known organization or an organization word follows
        // 等 (星岚、蓝象等隐私计算公司); 受到疫情、供应链不畅等因素 lists causes.
        // 瑞典服装品牌Acme等跨国企业: a described member goes by its name.
        if let etc = span.firstIndex(of: "等"), etc >= 2, let members = split(Array(span[..<etc]))?.filter(isName), !members.isEmpty {
            let described = members.map { describedLatinName(Array($0.unicodeScalars)) }
            // 林某等操纵团伙: a member who is a person (a name by surname, 林某) acts too.
            // (青禾数科、蓝象智联等企业: a noun for organizations after 等, event-descriptors.txt org.)
            let head = Array(span[(etc + 1)...])
            if described.contains(where: { $0 != nil }) || members.contains(where: { Actors.find(in: $0).first?.name == $0 || isPerson($0) })
                || !Actors.find(in: String(scalars: head)).isEmpty
                || descriptorNouns.longest(endingAt: head.count, in: head)?.fields.first == "org" {
                return zip(members, described).map { $1 ?? $0 }
            }
        }
        // A span that is one known name needs no parse; the quote speaker parser reads titles
        // and lists (局长周明远, 星河、蓝湾), which fit in a short span.
        let known = Actors.find(in: text)
        if let only = known.first, only.name == text, known.count == 1, isName(text) { return [text] }
        // 欧盟和美国计划…, 海城市税务局、蓝湾市税务局联合…: a list of known or suffix-built names acts whole.
        if let members = split(span), members.count >= 2,
           members.allSatisfy({ member in known.contains { $0.name == member } || isPlace(member) }) { return members }
        // 失业率达…, 疫情持续…: before a statistic's or a change's verb only a known name acts.
        let kind = predicates.longest(at: predicateAt, in: clause)?.value
        let measured = kind == "measure" || kind == "change"
        if span.count <= maxParsedSpan, case .speakers(let speakers)? = SpeakerParser.parse(span[...]) {
            // 外长李明远与秘书长约翰·史密斯: each member of a list ends the span or its part.
            let names = speakers.filter { $0.kind != .anonymous && isName($0.name)
                && (text.hasSuffix($0.name) || endsListPart($0.name, in: text) || endsBeforeOutlet($0, in: span)) }
                .filter { !measured || $0.kind == .person || isBuiltOrganization($0.name) }.map(\.name)
            if !names.isEmpty { return names }
        }
        // 年仅14岁的蓝湾小将林小红夺得…: a person described by a phrase in 的 acts.
        if let de = span.lastIndex(of: "的"), de + 1 < span.count, span.count - de - 1 <= maxParsedSpan,
           case .speakers(let speakers)? = SpeakerParser.parse(span[(de + 1)...]),
           let person = speakers.last, person.kind == .person, text.hasSuffix(person.name) {
            return [person.name]
        }
        // A known or suffix-built organization that the span opens with.
        // 英国一项调查发现: a name before a counted noun modifies it.
        let knownLength = known.first?.name.unicodeScalars.count ?? 0
        if let first = known.first, text.hasPrefix(first.name), isName(first.name),
           knownLength == span.count || !numeralOpeners.contains(span[knownLength]) {
            // 美国法官周五命令…: a country's unnamed official acts, not the country.
            if first.kind == "country", knownLength < span.count,
               QuoteLexicons.titles.longest(at: knownLength, in: span)?.length == span.count - knownLength {
                return [text]
            }
            return [first.name]
        }
        // 青禾科技股价大涨, 青禾科技的海外营收下降: what is measured belongs to the company named
        // before it, and a company's results are its own.
        if let owner = measuredOwner(span) { return [owner] }
        // 海城今年1-10月共签约…, 蓝湾省数字经济规模达…: a place acts or is measured.
        // A place before a number modifies a dated name (海城2025年博览会).
        if let place = QuoteLexicons.places.longest(at: 0, in: span),
           place.length == span.count || !(span[place.length].properties.numericType != nil || span[place.length] == " ") {
            // 海城法官 / 蓝湾省长: an unnamed official of the place acts.
            if place.length < span.count, QuoteLexicons.titles.longest(at: place.length, in: span)?.length == span.count - place.length {
                return [text]
            }
            // 海城联通 / 蓝湾国会: a place before an organization names a body of that place.
            let rest = String(scalars: span[place.length...])
            if place.length < span.count, isName(rest),
               Actors.find(in: rest).first?.name == rest
                || rest.count <= 6 && QuoteLexicons.orgSuffixes.longest(endingAt: span.count, in: span, from: place.length) != nil {
                return [text]
            }
            // 海城联通系统升级: the body of that place, before what of it is meant.
            if let known = Actors.known.longest(at: place.length, in: span), known.value != "country" {
                return [String(scalars: span[..<(place.length + known.length)])]
            }
            return [String(scalars: span[..<place.length])]
        }
        // 友谊时光保持…: a name the article keeps using acts before a change's verb too.
        if measured ? kind == "change" && isRecurringName(span, text: text) : isUnknownName(span, text: text) { return [text] }
        // 青禾无忧发布《……》: whoever publishes a titled document before it is named, as the quotes
        // read a publisher (a name-like span, 前 and 时 allowed).
        if isPublisher(span, text: text, before: predicateAt, in: clause) { return [text] }
        return nil
    }

    /// 星岚互娱成立于…, eBay在…: a short name the lexicons do not know, right before an action's
    /// predicate. Two Han characters are more often a word (得益, 通过, 最终) than a name; a
    /// measured quantity (失业率), a generic group (公司, 网友) or a phrase (的, 同比, 较) is none.
    static func isUnknownName(_ span: [Unicode.Scalar], text: String) -> Bool {
        if isRecurringName(span, text: text) { return true }
        let latin = span.contains(where: { $0.isASCII && $0.properties.isAlphabetic })
        // Six Han characters are more often a phrase (平台互联互通) than a name; 不 negates, and 新
        // opens "the new …" (新版本, 新线路), not a name no lexicon knows.
        guard span.count <= (latin ? 6 : 5), span.allSatisfy(isNameScalar), isName(text), span.first != "不", span.first != "新",
              span.count >= 3 || latin,
              QuoteLexicons.anonymous.longest(endingAt: span.count, in: span) == nil,
              !span.contains(where: { Actors.stops.contains($0) || numeralOpeners.contains($0) || phraseWords.contains($0) }),
              measureHeads.longest(endingAt: span.count, in: span) == nil,
              QuoteLexicons.anonymous.word(text) == nil, QuoteLexicons.notSpeakers.word(text) == nil
        else { return false }
        return true
    }
    /// 郑州, 海城省: a place the lexicon knows or a short name with a place suffix.
    static func isPlace(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        return QuoteLexicons.places.word(scalars[...]) != nil
            || scalars.count <= 6 && scalars.allSatisfy({ Marks.isHan($0) && !Numerals.isNumeralScalar($0) })
            && QuoteLexicons.orgSuffixes.longest(endingAt: scalars.count, in: scalars, from: 1)?.fields.first == "place"
    }

    /// A known organization, or one built with an organization word (星河软件公司, 蓝湾市统计局).
    static func isBuiltOrganization(_ name: String) -> Bool {
        if let known = Actors.find(in: name).first, known.name == name { return true }
        let scalars = Array(name.unicodeScalars)
        return QuoteLexicons.orgSuffixes.longest(endingAt: scalars.count, in: scalars) != nil
    }

    /// A span of two to six name characters before a publishing verb (publishing-verbs.txt) whose
    /// object is a title in 《》.
    static func isPublisher(_ span: [Unicode.Scalar], text: String, before predicate: Int, in clause: [Unicode.Scalar]) -> Bool {
        guard span.count >= 2, span.count <= 6, span.allSatisfy(isNameScalar), isName(text),
              let verb = QuoteLexicons.publishingVerbs.longest(at: predicate, in: clause) else { return false }
        var after = predicate + verb.length
        while after < clause.count, clause[after] == "了" || clause[after] == " " { after += 1 }
        guard after < clause.count, clause[after] == "《" else { return false }
        return !span.contains(where: { numeralOpeners.contains($0) || $0 == "的" || $0 == "在" || $0 == "将" || $0 == "已" })
            && QuoteLexicons.anonymous.longest(endingAt: span.count, in: span) == nil && QuoteLexicons.anonymous.word(text) == nil
            && QuoteLexicons.notSpeakers.word(text) == nil && QuoteLexicons.places.word(span[...]) == nil
    }

    /// 友谊时光在…, 前程无忧发布…: three to six Han characters that the article repeats at
    /// least three times are a name even with a character that usually ends a phrase (时, 前).
    static func isRecurringName(_ span: [Unicode.Scalar], text: String) -> Bool {
        guard let mentions = KnownNames.mentions, span.count >= 3, span.count <= 6, span.allSatisfy(isNameScalar),
              isName(text), !span.contains(where: { numeralOpeners.contains($0) || $0 == "的" }),
              QuoteLexicons.anonymous.longest(endingAt: span.count, in: span) == nil,
              measureHeads.longest(endingAt: span.count, in: span) == nil, QuoteLexicons.notSpeakers.word(text) == nil
        else { return false }
        return mentions.count(span[...]) >= 3
    }

    /// Adverbs and conjunctions inside a span make it a phrase (同比, 较快, 分别, 或).
    static let phraseWords = ScalarSet("比较分或均约")

    static let maxParsedSpan = 24
    /// The longest bracketed gloss after time words (（3 月 1 日）), brackets included.
    static let maxGlossLength = 16

    /// The owner before the time words when a short phrase ending in a measure head (营收,
    /// 净利润, 出货量) and then a predicate follow them.
    static func measuredOwnerBeforeTime(_ owner: [Unicode.Scalar], after start: Int, in clause: [Unicode.Scalar]) -> String? {
        guard start + 1 < clause.count else { return nil }
        for end in (start + 1)..<min(clause.count, start + 7) where predicates.longest(at: end, in: clause) != nil {
            guard clause[start..<end].allSatisfy(isNameScalar), measureHeads.longest(endingAt: end, in: clause) != nil else { return nil }
            return measuredOwner(owner + clause[start..<end])
        }
        return nil
    }

    /// The organization opening a span that ends in a measured quantity (青禾科技股价 → 青禾科技):
    /// name scalars up to an organization's suffix (not a place's), then at most twelve scalars
    /// ending in the measure head.
    static func measuredOwner(_ span: [Unicode.Scalar]) -> String? {
        guard span.count <= 16, measureHeads.longest(endingAt: span.count, in: span) != nil else { return nil }
        for end in stride(from: span.count - 1, through: 3, by: -1) {
            guard let suffix = QuoteLexicons.orgSuffixes.longest(endingAt: end, in: span), suffix.fields.first != "place",
                  end - suffix.length >= 2, span[..<end].allSatisfy(isNameScalar), span.count - end <= 12,
                  !Actors.suffixRunsOn(span, at: end - suffix.length, length: suffix.length),
                  // 星海市网络零售额: a place and a company's word before a measure name the place's trade, no company.
                  !(["company", "media"].contains(suffix.fields.first) && isPlace(String(scalars: span[..<(end - suffix.length)]))) else { continue }
            let owner = String(scalars: span[..<end])
            // (A numeral inside the suffix is no count: 青禾数科.)
            guard isName(owner), !span[..<end].contains(where: Actors.stops.contains),
                  !span[..<(end - suffix.length)].contains(where: numeralOpeners.contains),
                  QuoteLexicons.orgFalseEndings.longest(endingAt: end, in: span) == nil else { return nil }
            return owner
        }
        return nil
    }

    /// Measured quantities (event-measure-heads.txt): a span ending in one is what a statistic
    /// measures, not who acts. Matched by scalars at the span's end (a `hasSuffix` per head on a
    /// String was a fifth of the event extractor's instructions).
    static let measureHeads = WordTable(Lexicon.bundled("event-measure-heads"))
    static let numeralOpeners = ScalarSet("0123456789０１２３４５６７８９一二三四五六七八九十百千万两几数多第")

    /// Nouns that end a descriptor before a name (event-descriptors.txt: 品牌, 工具, 平台).
    static let descriptorNouns = WordTable(Lexicon.bundled("event-descriptors"))

    /// 瑞典服装品牌Acme → Acme: a span of Han words ending in a descriptor noun (an organization
    /// word, a role or event-descriptors.txt), then a Latin name of at least two letters.
    static func describedLatinName(_ span: [Unicode.Scalar]) -> String? {
        guard let boundary = span.firstIndex(where: { $0.isASCII && $0.properties.isAlphabetic }), boundary >= 2,
              span[..<boundary].allSatisfy({ Marks.isHan($0) }),
              span[boundary...].allSatisfy({ $0.isASCII && isNameScalar($0) }) else { return nil }
        let name = String(scalars: span[boundary...]).trimmingCharacters(in: .whitespaces)
        guard name.count >= 2 else { return nil }
        // 全市GDP: a place word (市, 省) says where a measure is taken, it describes no name.
        let describes = [descriptorNouns, QuoteLexicons.anonymous].contains { $0.longest(endingAt: boundary, in: span) != nil }
            || QuoteLexicons.orgSuffixes.longest(endingAt: boundary, in: span).map { $0.fields.first != "place" } == true
        return describes ? name : nil
    }

    /// 国产设计工具青禾设计 → 青禾设计: Han words ending in a descriptor noun (event-descriptors.txt),
    /// then a name the article keeps using (isRecurringName) or a known organization.
    static func describedHanName(_ span: [Unicode.Scalar]) -> String? {
        let span = span.filter { $0 != " " }
        guard span.count >= 5 else { return nil }
        for end in stride(from: span.count - 2, through: 2, by: -1) where descriptorNouns.longest(endingAt: end, in: span) != nil {
            let name = Array(span[end...]), text = String(scalars: name)
            guard name.allSatisfy({ Marks.isHan($0) }) else { break }
            if isRecurringName(name, text: text) || Actors.known.longest(at: 0, in: name)?.length == name.count { return text }
        }
        return nil
    }

    /// 「星岚设计」 / “星岚设计”: the whole span one bracketed name.
    static func bracketedName(_ span: [Unicode.Scalar]) -> String? {
        var inner = span
        while let last = inner.last, last == " " || last == "\u{3000}" { inner.removeLast() }
        guard inner.count >= 4, let open = inner.first, let close = inner.last,
              (open == "「" && close == "」") || (open == "“" && close == "”") else { return nil }
        inner = Array(inner.dropFirst().dropLast())
        guard inner.count >= 2, inner.count <= 12, inner.allSatisfy(isNameScalar) else { return nil }
        return String(scalars: inner)
    }

    /// 欧洲监管机构“北辰委员会” / 视频号“@蓝湾小记”: a descriptor before a quoted name; the name
    /// acts when the descriptor ends in a role or an organization word, or the name is an
    /// account (@…). Other quoted words are labels (吉祥物“雪团”). After an outlet word
    /// with its owner before it (星海市网信办微信公众号“星海发布”) the owner acts; after a class noun
    /// (社交应用“星聊”: appositive-classes.txt) the name does.
    static func appositive(_ span: [Unicode.Scalar]) -> (name: [Unicode.Scalar], marked: Bool) {
        // 中国最大的货运航空公司——星河航空: after a dash, the name the description before it names.
        if let dash = span.indices.dropLast().first(where: { span[$0] == "—" && span[$0 + 1] == "—" }), dash > 0,
           [QuoteLexicons.titles, QuoteLexicons.orgSuffixes, QuoteLexicons.anonymous].contains(where: { $0.longest(endingAt: dash, in: span) != nil }) {
            let name = Array(span[(dash + 2)...])
            if name.count >= 2, name.allSatisfy(isNameScalar) { return (name, false) }
        }
        guard let open = span.lastIndex(where: { $0 == "“" || $0 == "「" }), open > 0 else { return (span, false) }
        if let outlet = QuoteLexicons.outlet(endingAt: open, in: span), outlet < open { return (Array(span[..<open]), false) }
        var name = Array(span[(open + 1)...])
        name.removeAll { $0 == "”" || $0 == "」" }
        let account = name.first == "@"
        if account { name.removeFirst() }
        guard name.count >= 2, name.allSatisfy(isNameScalar) else { return (span, false) }
        let describes = [QuoteLexicons.titles, QuoteLexicons.orgSuffixes, QuoteLexicons.anonymous, QuoteLexicons.appositiveClasses]
            .contains { $0.longest(endingAt: open, in: span) != nil }
        // 「」 mark a name (国产设计工具「星岚设计」); “” also quote labels and words.
        let cornered = span[open] == "「"
        return account || describes || cornered ? (name, true) : (span, false)
    }

    /// `蓝湾集团全资子公司蓝湾物流`, `合作伙伴蓝湾集团` → the organization after the last class noun
    /// (appositive-classes.txt).
    static func nameAfterClassNoun(_ span: [Unicode.Scalar]) -> String? {
        guard let end = span.indices.reversed().lazy.compactMap({ index in
            QuoteLexicons.appositiveClasses.longest(at: index, in: span).map { index + $0.length }
        }).first(where: { $0 <= span.count - 2 }) else { return nil }
        let rest = Array(span[end...])
        // (星河、蓝湾等视频平台: a list closed by 等 before the class noun is read as a list.)
        guard rest.allSatisfy(isNameScalar), !span[..<end].contains("等") else { return nil }
        let name = String(scalars: rest)
        // (Every class noun is one of organizations: a short name after it is one, known or not.)
        return rest.count <= 8 && isName(name) ? name : nil
    }

    /// `星河科技旗下青禾优选`, `星河科技旗下的青禾优选` → 青禾优选: the words after 旗下 are the subject.
    static func heldUnit(_ span: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let at = (0..<max(0, span.count - 1)).first(where: { span[$0] == "旗" && span[$0 + 1] == "下" }), at >= 2 else { return nil }
        var unit = Array(span[(at + 2)...])
        if unit.first == "的" { unit.removeFirst() }
        while let first = unit.first, first == " " { unit.removeFirst() }
        // 旗下的青禾优选等应用: the units named before 等 (what the owner holds is a product or body).
        if let etc = unit.firstIndex(of: "等"), etc >= 2 { unit = Array(unit[..<etc]) }
        guard unit.count >= 2, !unit.contains("的"), !unit.contains(where: { Marks.clauseBreaks.contains($0) }) else { return nil }
        return unit
    }

    /// `星河科技被海城市监管局`: both names around 被 or 遭, when each names someone.
    static let passiveMarkers = ScalarSet("被遭")
    static func passiveParties(_ span: [Unicode.Scalar]) -> [String]? {
        guard let at = span.firstIndex(where: passiveMarkers.contains), at >= 2, span.count - at - 1 >= 2 else { return nil }
        let patient = String(scalars: span[..<at]), agent = String(scalars: span[(at + 1)...])
        let named = { (name: String) in isName(name) && (isBuiltOrganization(name) || isPlace(name) || isPerson(name)) }
        guard named(patient), named(agent) else { return nil }
        return [patient, agent]
    }

    /// `海城省十三届人大五次会议`, `中央经济工作会议`: a name ending in a meeting word, with at
    /// least two scalars of its own before it (not 本次会议, 该会议, 发布会).
    static let meetingWords: [[Unicode.Scalar]] = ["会议", "全会", "大会"].map { Array($0.unicodeScalars) }
    static func meetingName(_ span: [Unicode.Scalar]) -> String? {
        let words = span.filter { $0 != " " }
        guard meetingWords.contains(where: { words.count >= $0.count + 4 && words.suffix($0.count).elementsEqual($0) }),
              words.allSatisfy({ Marks.isHan($0) || ("0"..."9").contains($0) }),
              !words.contains("的"), !pointingOpeners.contains(words[0]) else { return nil }
        let name = String(scalars: words)
        return isName(name) ? name : nil
    }
    static let pointingOpeners = ScalarSet("本此该这那上下首")

    /// 各大平台, 更多平台, 阿里旗下的淘菜菜: groups and phrases, not named actors.
    static let phraseOpeners = ScalarSet("各有更多会要该这那某我你他她它")
    static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count >= 2 else { return false }
        return !phraseOpeners.contains(first) && !name.unicodeScalars.contains("的")
    }

    /// 联合国, 联合会, 联合创始人: a predicate that opens a known organization, an organization
    /// word or a title is part of a name.
    static func startsName(_ clause: [Unicode.Scalar], at position: Int, longerThan length: Int) -> Bool {
        let known = Actors.known.longest(at: position, in: clause)?.length ?? 0
        let suffix = QuoteLexicons.orgSuffixes.longest(at: position, in: clause)?.length ?? 0
        let title = QuoteLexicons.titles.longest(at: position, in: clause)?.length ?? 0
        return max(known, suffix, title) > length
    }

    /// 中共中央政治局委员林思远: a predicate's scalar (共) inside a known organization that starts
    /// earlier in the span is part of the name.
    static func insideKnownName(_ clause: [Unicode.Scalar], from start: Int, at position: Int) -> Bool {
        (max(start, position - 12)..<position).contains { index in
            (Actors.known.longest(at: index, in: clause)?.length ?? 0) > position - index
                // 小将, 老将: a title word (titles.txt) holds no predicate (将).
                || (QuoteLexicons.titles.longest(at: index, in: clause)?.length ?? 0) > position - index
        }
    }

    /// 发布会, 举办会: a verb followed by 会 names a meeting, not the action (a marker before
    /// 会见 stays one: 分别会见); 会 opening a noun of its own (召开会议, 举行会谈) is the verb's object.
    static func isMeetingNoun(_ clause: [Unicode.Scalar], _ after: Int) -> Bool {
        after < clause.count && clause[after] == "会" && (after + 1 == clause.count || !meetingObjects.contains(clause[after + 1]))
    }
    private static let meetingObjects = ScalarSet("议谈晤")

    /// 以海城为首的: the frame that names a group by its leader.
    static let leaderFrameOpen = Array("以".unicodeScalars), leaderFrameClose = Array("为首的".unicodeScalars)

    /// 《星海日报》 or 《星海日报》理论版: the publication (a title ending in a publication word,
    /// publication-words.txt) and at most a short column name after it.
    /// 《星海》杂志: a title followed by the publication word is that publication, named as the
    /// quotes name it (星海杂志).
    static func publicationTitle(_ span: [Unicode.Scalar]) -> String? {
        guard span.first == "《", let close = span.firstIndex(of: "》"), close >= 2, span.count - close - 1 <= 8 else { return nil }
        let inner = Array(span[1..<close]), after = span[(close + 1)...]
        guard inner.allSatisfy(isNameScalar), after.allSatisfy({ isNameScalar($0) || $0 == "・" || $0 == "·" }) else { return nil }
        if SpeakerParser.endsInPublicationWord(inner[...]) { return String(scalars: inner) }
        guard let ending = QuoteLexicons.publicationWords.longest(at: close + 1, in: span) else { return nil }
        return String(scalars: inner + ending.scalars)
    }

    /// A person by the quotes' reading of a short span: 林某, 局长周明远.
    static func isPerson(_ name: String) -> Bool {
        guard name.unicodeScalars.count <= 8, case .speakers(let found)? = SpeakerParser.parse(Array(name.unicodeScalars)[...]),
              found.count == 1, found[0].kind == .person else { return false }
        return name.hasSuffix(found[0].name)
    }

    /// 星海市网信办微信公众号发文称: a known or suffix-built organization before its outlet word
    /// (speaker-fillers.txt, tail and name) ends the span as the quotes read it.
    static func endsBeforeOutlet(_ speaker: Speaker, in span: [Unicode.Scalar]) -> Bool {
        guard speaker.kind == .organization, isBuiltOrganization(speaker.name),
              let outlet = QuoteLexicons.outlet(endingAt: span.count, in: span) else { return false }
        return String(scalars: span[..<(span.count - outlet)]).hasSuffix(speaker.name)
    }

    /// Whether `name` stands in `text` right before a list separator (、和与及, 以及).
    static func endsListPart(_ name: String, in text: String) -> Bool {
        ["、", "和", "与", "及", "以及"].contains { text.contains(name + $0) }
    }

    /// 星岚智算、云启在线、白鹭数据等公司: a predicate's scalars (在) inside a later member of a list
    /// that 等 closes are part of that member's name: a 、 or 等 follows within a few scalars.
    static func insideListMember(_ clause: [Unicode.Scalar], from start: Int, at position: Int) -> Bool {
        guard let next = (position..<min(clause.count, position + 4)).first(where: { clause[$0] == "、" || clause[$0] == "等" }),
              clause[position..<next].allSatisfy(isNameScalar) else { return false }
        let memberStart = clause[start..<position].lastIndex(of: "、").map { $0 + 1 } ?? start
        // (The first member is not read so: 星河在北京、上海等地 is 星河 acting in a list of places.)
        guard next - memberStart <= 6, memberStart > start else { return false }
        // The list is closed by 等 before the clause ends.
        return clause[next...].prefix(40).prefix(while: { !Marks.isClauseBoundary($0) }).contains("等")
    }

    /// 星河、蓝湾和白沙 → three names; 星河以及蓝湾 → two; 工业和信息化部 → one, the 和 inside a
    /// known name (organizations.txt, organization-aliases.txt) joining no list.
    static func split(_ span: [Unicode.Scalar]) -> [String]? {
        var names: [String] = []
        var current: [Unicode.Scalar] = []
        let span = SpeakerParser.joiningYiji(span)
        var knownEnd = 0
        for (index, scalar) in span.enumerated() {
            if current.isEmpty, let known = Actors.known.longest(at: index, in: span) { knownEnd = index + known.length }
            if listSeparators.contains(scalar), index >= knownEnd {
                if current.count >= 2 { names.append(String(scalars: current)) }
                current = []
            } else {
                current.append(scalar)
            }
        }
        if current.count >= 2 { names.append(String(scalars: current)) }
        return names.isEmpty ? nil : names
    }

    private static let listAdverbs = ScalarSet("均都皆")
    private static let comitatives = ScalarSet("与和同跟")
    private static let yiji = Array("以及".unicodeScalars)

    /// 星河软件公司 → 星河软件 when the article also writes the bare name: actors go by the short
    /// name the article uses.
    static func articleShortName(_ name: String) -> String {
        let scalars = Array(name.unicodeScalars)
        guard name.hasSuffix("公司"), scalars.count >= 4, let mentions = KnownNames.mentions else { return name }
        let stem = scalars.dropLast(2)
        guard isName(String(scalars: stem)), QuoteLexicons.anonymous.word(String(scalars: stem)) == nil else { return name }
        return mentions.count(stem) > mentions.count(scalars[...]) ? String(scalars: stem) : name
    }

    /// 该委员会 pointing back to 美国联邦贸易委员会 goes by FTC when the article writes that name
    /// of it (organization-aliases.txt) more often; a name written in the clause stays as written.
    static func articleAlias(_ name: String) -> String {
        guard let line = OrganizationAliases.lineByName[name], let mentions = KnownNames.mentions else { return name }
        let counted = OrganizationAliases.lines[line].names.map { ($0, mentions.count(Array($0.unicodeScalars)[...])) }
        guard let best = counted.max(by: { $0.1 < $1.1 || $0.1 == $1.1 && $0.0.count > $1.0.count }),
              best.1 > mentions.count(Array(name.unicodeScalars)[...]) else { return name }
        return best.0
    }

    /// The words that introduce a short name in brackets after a full one.
    static let shortNameIntroducers = ["以下简称", "以下称", "下称", "简称"]

    /// `X（以下简称“Y”）` or `X(Y)` where X is an organization and Y a shorter name of it
    /// (every character of Y in X, in order: 中国广播电视网络股份有限公司(中国广电)).
    static func definedShortName(_ span: [Unicode.Scalar]) -> String? {
        guard let open = span.firstIndex(where: { $0 == "（" || $0 == "(" }), open >= 4,
              let close = span.lastIndex(where: { $0 == "）" || $0 == ")" }), close > open, close >= span.count - 1 else { return nil }
        var inner = String(scalars: span[(open + 1)..<close])
        for word in shortNameIntroducers where inner.hasPrefix(word) { inner.removeFirst(word.count); break }
        inner = inner.trimmingCharacters(in: CharacterSet(charactersIn: "“”「」\"'：: "))
        let full = String(scalars: span[..<open])
        let shortScalars = Array(inner.unicodeScalars)
        guard shortScalars.count >= 2, shortScalars.count < open, shortScalars.allSatisfy(isNameScalar),
              Actors.find(in: full).first?.name == full || QuoteLexicons.orgSuffixes.longest(endingAt: open, in: span) != nil else { return nil }
        var rest = full.unicodeScalars[...]
        for scalar in shortScalars {
            guard let found = rest.firstIndex(of: scalar) else { return nil }
            rest = rest[rest.index(after: found)...]
        }
        return inner
    }

    /// 万兴科技(300624.SZ) → 万兴科技: stock codes and glosses are not part of the name.
    private static func ownersOfUnit(_ span: [Unicode.Scalar]) -> [String]? {
        guard let de = span.lastIndex(of: "的"), de >= 2, span.count - de - 1 >= 2, span.count - de - 1 <= 6,
              let ending = QuoteLexicons.orgSuffixes.longest(endingAt: span.count, in: span, from: de + 1),
              ending.fields.dropFirst().first == "span" else { return nil }
        let unit = String(scalars: span[(de + 1)...])
        guard Actors.find(in: unit).first?.name != unit,
              let owners = split(Array(span[..<de])), owners.allSatisfy({ EventExtractor.isSolidName($0) || SpeakerParser.isAcronym(Array($0.unicodeScalars)[...]) }) else { return nil }
        return owners
    }

    /// 三家公司, 两家平台: a count whose noun names organizations (event-descriptors.txt, org), so
    /// the names counted are organizations, known or not.
    static func countsOrganizations(_ count: [Unicode.Scalar]) -> Bool {
        guard let classifier = count.firstIndex(where: { classifierScalars.contains($0) }) else { return false }
        return descriptorNouns.longest(at: classifier + 1, in: count)?.fields.first == "org"
    }

    /// A numeral, a space at most, then a classifier of members (56 家, 两家, 3 名).
    static func countsMembers(_ span: [Unicode.Scalar]) -> Bool {
        span.indices.dropFirst().contains { index in
            guard classifierScalars.contains(span[index]) else { return false }
            var before = index - 1
            if span[before] == " ", before > span.startIndex { before -= 1 }
            return numeralOpeners.contains(span[before]) || span[before].properties.numericType != nil
        }
    }

    static func stripParenthesized(_ span: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var depth = 0
        for scalar in span {
            if scalar == "(" || scalar == "（" { depth += 1; continue }
            if scalar == ")" || scalar == "）" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(scalar) }
        }
        return out
    }

    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        Marks.isHan(scalar) || (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "&" || scalar == " " || scalar == "-"))
    }
}
